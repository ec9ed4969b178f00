"""The projector view: what the room sees, in a second window (F5)."""

from ui.projector.window import ProjectorWindow

__all__ = ["ProjectorWindow"]
