"""Book-wide views open in windows of their own beside the console, one of each kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.series.common import tr
from ui.state.context import WorkshopContext


def add_undo_actions(widget: QWidget, context: WorkshopContext) -> None:
    """Ctrl+Z / Ctrl+Shift+Z in a window of its own, undoing the book like the console does."""

    def undo() -> None:
        if context.bridge is not None:
            context.bridge.undo()

    def redo() -> None:
        if context.bridge is not None:
            context.bridge.redo()

    for text, keys, slot in (
        (tr("Undo"), [QKeySequence.StandardKey.Undo], undo),
        (tr("Redo"), [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")], redo),
    ):
        action = QAction(text, widget)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)


def show_window(
    owner: QWidget, key: str, factory: Callable[[], QWidget], size: tuple[int, int]
) -> QWidget:
    """Show *owner*'s window called *key*, building it with *factory* the first time."""
    windows: dict[str, QWidget] = owner.__dict__.setdefault("_series_windows", {})
    window = windows.get(key)
    if window is None:
        window = factory()
        window.setParent(owner, Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.resize(*size)
        windows[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
