"""The projector view: what the room sees, in a second window (F5)."""

from __future__ import annotations

from typing import Any

__all__ = ["ProjectorWindow"]


def __getattr__(name: str) -> Any:
    # Imported when first asked for: the console's start-up does not build the projector.
    if name == "ProjectorWindow":
        from ui.projector.window import ProjectorWindow

        return ProjectorWindow
    raise AttributeError(name)
