"""The shipped fonts (resources/fonts) registered with Qt, so every script shows on any machine.

Qt shapes text itself (HarfBuzz inside Qt) and falls back from font to font,
but only among fonts it knows: a machine without Noto or DejaVu would show
boxes for Devanagari, Arabic or emoji. Registering the files the PDF embeds
makes them part of Qt's fallback list.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from workshop.resources import resources_dir

log = logging.getLogger(__name__)
_registered: dict[str, list[str]] = {}


def register_shipped_fonts() -> dict[str, list[str]]:
    """Add every shipped TrueType file to Qt's font database once; returns file -> families."""
    if _registered:
        return _registered
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path.name)
            continue
        _registered[path.name] = list(QFontDatabase.applicationFontFamilies(font_id))
    return _registered
