"""No dialog is narrower than its title: the window manager would cut it ("Round…kshop")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui_fixtures import open_book_with_session
from ui.widgets.dialog_titles import TITLE_BAR_EXTRAS, shown_title


def whole_title_width(dialog: QDialog) -> int:
    bold = QFont(QApplication.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(shown_title(dialog)) + TITLE_BAR_EXTRAS


def test_the_round_length_dialog_is_as_wide_as_its_title(qtbot, console, book_file: Path) -> None:
    open_book_with_session(console, book_file)
    seen: list[tuple[str, int, int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((shown_title(dialog), dialog.width(), whole_title_width(dialog)))
        dialog.reject()

    QTimer.singleShot(100, look)
    qtbot.keyClick(console, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert seen, "Ctrl+Shift+T opened no dialog"
    title, width, needed = seen[0]
    assert title == "Round length — Delight Workshop"
    assert width >= needed


def test_every_small_dialog_of_the_app_gets_the_width_of_its_title(qtbot, console) -> None:
    dialog = QDialog(console)
    dialog.setWindowTitle("In progress: a new date for this action")
    dialog.resize(120, 80)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    # Widened as it becomes the active window (what the window manager does on show).
    qtbot.waitUntil(lambda: dialog.width() >= whole_title_width(dialog) > 120)
