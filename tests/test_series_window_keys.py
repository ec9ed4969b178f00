"""The obstacle board (F7), recognition (F8) and dashboard (F9) close with Esc or their own key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_fixtures import open_book_with_session

ROOT = Path(__file__).resolve().parent.parent

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


def test_closing_the_console_closes_its_book_wide_windows(qtbot, console, book_file: Path) -> None:
    open_book_with_session(console, book_file)
    for key, _name in WINDOWS:
        qtbot.keyClick(console, key)
    windows = console.__dict__["_series_windows"]
    assert sorted(windows) == sorted(name for _key, name in WINDOWS)
    assert all(window.isVisible() for window in windows.values())
    console.close()
    assert not console.isVisible()
    assert [name for name, window in windows.items() if window.isVisible()] == []


SMALL_SCREEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    app = QApplication([])
    from ui.app.application import configure_app
    configure_app(app, "light")
    from ui.console.main_window import MainWindow
    from tests.ui_fixtures import open_book_with_session
    window = MainWindow()
    window.show()
    open_book_with_session(window, Path(sys.argv[1]) / "room.dwbook")
    for action in ("view.obstacle_board", "view.recognition", "view.dashboard"):
        window.trigger_action(action)
    app.processEvents()
    for name, opened in window.__dict__["_series_windows"].items():
        g = opened.frameGeometry()
        print(name, g.width(), g.height())
    """
)


def test_the_book_wide_windows_fit_1366x768_at_125_percent(tmp_path: Path) -> None:
    screens = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1093, "height": 614,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", SMALL_SCREEN, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    sizes = {
        name: (int(w), int(h)) for name, w, h in (line.split() for line in done.stdout.splitlines())
    }
    assert set(sizes) == {"obstacles", "recognition", "dashboard"}
    for name, (width, height) in sizes.items():
        assert width <= 1093 and height <= 614, (name, width, height)
