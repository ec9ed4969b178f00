"""File > Roll-up of Several Books…: the roll-up window, beside the console."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ui.commands.declare import spec


def open_rollup(window: Any) -> Any:
    """Show the window's roll-up (made the first time); a new one first asks for a folder."""
    from ui.rollup.window import RollupWindow

    rollup = getattr(window, "_rollup_window", None)
    if rollup is None:
        books = getattr(window, "books", None)
        opener = None if books is None else (lambda path: _open_in_console(window, path))
        rollup = RollupWindow(opener)
        rollup.setParent(window, Qt.WindowType.Window)
        rollup.resize(1240, 760)
        window._rollup_window = rollup
    rollup.show()
    rollup.raise_()
    rollup.activateWindow()
    if not rollup.sources:
        rollup.choose_folder()
    return rollup


def _open_in_console(window: Any, path: Any) -> None:
    if window.books.open_path(path):
        window.raise_()
        window.activateWindow()


spec(
    "file.rollup",
    QT_TRANSLATE_NOOP("Actions", "Roll-&up of Several Books…"),
    "File",
    open_rollup,
    ("Ctrl+Alt+R",),
    tip=QT_TRANSLATE_NOOP(
        "Actions",
        "Many teams' books side by side, read-only: late actions, shared obstacles, hero stories",
    ),
    section=2,
    needs="nothing",
)
