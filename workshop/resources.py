"""Where the app's shipped files (templates, fonts, icons) are found.

The same lookup works from a source checkout, an installed wheel (where
``resources/`` is installed as the package ``delight_resources``) and a
PyInstaller bundle (where it is copied next to the executable's files).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source = Path(__file__).resolve().parent.parent / "resources"
    if source.is_dir():
        return source
    import delight_resources  # installed wheel

    return Path(delight_resources.__file__).resolve().parent


def resource(*parts: str) -> Path:
    """Path of a shipped file; raises FileNotFoundError if it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        from .i18n import _  # i18n finds its catalogues through this module

        raise FileNotFoundError(
            _("Missing app file: {name} (looked in {folder})").format(
                name="/".join(parts), folder=resources_dir()
            )
        )
    return path
