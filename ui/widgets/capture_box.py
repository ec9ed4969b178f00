"""The capture box: type what was said, Enter, next.

A QLineEdit claims some keys for text editing (Ctrl+K, Ctrl+U, Ctrl+Z...). In the
capture box the console's commands win: the kind and author shortcuts always,
and undo/redo of the book when the box is empty (with text typed, Ctrl+Z undoes
the typing first, as in any text box).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.widgets.basics import long_text_line

ALWAYS_COMMANDS = ("Ctrl+K", "Ctrl+U", "Ctrl+Shift+U", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class CaptureEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        long_text_line(self)
        self._always = [QKeySequence(k) for k in ALWAYS_COMMANDS]
        self._when_empty = [
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        ]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = _sequence(event)
            if pressed in self._always or (not self.text() and pressed in self._when_empty):
                event.ignore()  # not ours: let the window's action have it
                return True
        return super().event(event)
