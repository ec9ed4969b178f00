"""The obstacle board (F7), recognition (F8) and dashboard (F9) close with Esc or their own key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_fixtures import open_book_with_session

WINDOWS = [(Qt.Key.Key_F7, "obstacles"), (Qt.Key.Key_F8, "recognition"),
           (Qt.Key.Key_F9, "dashboard")]  # fmt: skip


def press_in(qtbot, window, key: Qt.Key) -> None:
    """A key pressed in *window*, where the keyboard is (the widget with focus)."""
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    assert target.window() is window
    qtbot.keyClick(target, key)


@pytest.mark.parametrize(("key", "name"), WINDOWS)
def test_a_book_wide_window_closes_with_esc_and_with_its_own_key(
    qtbot, console, book_file: Path, key: Qt.Key, name: str
) -> None:
    sid = open_book_with_session(console, book_file)
    console.context.book.contributions.add(sid, "obstacle", "Refunds need two signatures")
    qtbot.keyClick(console, key)
    window = console.__dict__["_series_windows"][name]
    assert window.isVisible()
    press_in(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    qtbot.waitUntil(console.isActiveWindow)  # the keyboard is back in the console
    qtbot.keyClick(console, key)  # open again ...
    assert window.isVisible()
    press_in(qtbot, window, key)  # ... and its own key closes it: the key toggles it
    assert not window.isVisible()
    qtbot.waitUntil(console.isActiveWindow)
