"""Windows of their own beside the console (the book-wide views, the playbook): one of
each kind, closed with Esc or their own key, undoing the book like the console."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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
        (QCoreApplication.translate("Series", "Undo"), [QKeySequence.StandardKey.Undo], undo),
        (
            QCoreApplication.translate("Series", "Redo"),
            [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")],
            redo,
        ),
    ):
        action = QAction(text, widget)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)


class CloseKeys(QObject):
    """Esc, or the key that opened the window, closes it (a key no child used)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.keys: set[QKeySequence] = {QKeySequence(Qt.Key.Key_Escape)}
        window.installEventFilter(self)

    def add(self, key: QKeySequence | str) -> None:
        self.keys.add(QKeySequence(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only key presses that reached the window itself: an editor's Esc (cancel the
        # edit) or a list's typing are used by the child and never get here.
        if watched is self.window and event.type() == QEvent.Type.KeyPress:
            pressed = QKeySequence(event.keyCombination())  # type: ignore[attr-defined]
            if pressed in self.keys:
                self.window.close()
                owner = self.window.parentWidget()
                if owner is not None:  # the keyboard goes back to the console
                    owner.activateWindow()
                return True
        return False


def close_keys(window: QWidget) -> CloseKeys:
    found = window.findChild(CloseKeys, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else CloseKeys(window)


def fit_screen(owner: QWidget, size: tuple[int, int]) -> tuple[int, int]:
    """*size*, or less on a small screen (1366x768 at 125 % is 1093x614), frame included."""
    screen = owner.screen()
    if screen is None:
        return size
    available = screen.availableGeometry()
    return min(size[0], available.width() - 16), min(size[1], available.height() - 72)


def close_windows(owner: QWidget) -> None:
    """Close *owner*'s windows of its own (the console is closing: they show its book)."""
    for window in owner.__dict__.get("_series_windows", {}).values():
        window.close()


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
        window.resize(*fit_screen(owner, size))
        close_keys(window)
        windows[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
