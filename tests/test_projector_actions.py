"""View > Projector (F5): opens and closes the projector, full screen on a second screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.commands.registry import load_action_modules
from ui.projector.actions import PROJECTOR_ACTION, projector_of, toggle_projector
from ui.state.context import WorkshopContext

ROOT = Path(__file__).resolve().parent.parent


class Console(QMainWindow):
    """A stand-in main window: a context and the registered projector action."""

    def __init__(self) -> None:
        super().__init__()
        self.context = WorkshopContext(self)
        spec = load_action_modules()[PROJECTOR_ACTION]
        self.projector_action = QAction(spec.text, self)
        self.projector_action.setObjectName(spec.id)
        self.projector_action.setCheckable(spec.checkable)
        self.projector_action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
        self.projector_action.triggered.connect(lambda: spec.handler(self))
        self.addAction(self.projector_action)


def test_projector_is_a_checkable_view_action_on_f5() -> None:
    spec = load_action_modules()[PROJECTOR_ACTION]
    assert spec.menu == "View" and spec.checkable
    assert QKeySequence(spec.shortcuts[0]) == QKeySequence(Qt.Key.Key_F5)


def test_f5_with_one_screen_puts_the_projector_in_front_full_screen_with_a_way_back(qtbot) -> None:
    console = Console()
    qtbot.addWidget(console)
    console.show()
    qtbot.waitUntil(console.isActiveWindow)
    assert len(QApplication.screens()) == 1
    qtbot.keyClick(console, Qt.Key.Key_F5)
    projector = projector_of(console)
    assert projector is not None and projector.isVisible()
    # One screen (a laptop alone, or mirrored to the projector): in front, full screen ...
    assert projector.isFullScreen() and projector.single_screen
    assert projector.geometry() == console.screen().geometry()
    qtbot.waitUntil(projector.isActiveWindow)
    assert console.projector_action.isChecked()
    # ... saying on screen how to get back
    assert "Esc or F5: back to the console" in projector.rendered_texts()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible() and not console.projector_action.isChecked()
    qtbot.waitUntil(console.isActiveWindow)
    # F5 again, from the projector itself, comes back too
    qtbot.keyClick(console, Qt.Key.Key_F5)
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    assert not projector.isVisible() and not console.projector_action.isChecked()
    qtbot.waitUntil(console.isActiveWindow)
    # and F5 in the console (if it has the keyboard) closes it as before
    toggle_projector(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert not projector.isVisible()
    toggle_projector(console)
    console.close()  # closing the console closes the projector too
    assert not projector.isVisible()


SECOND_SCREEN = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    from PySide6.QtGui import QGuiApplication
    app = QApplication([])
    from tests.test_projector_actions import Console
    console = Console()
    console.setScreen(QGuiApplication.screens()[CONSOLE_SCREEN])
    console.move(console.screen().geometry().topLeft())
    console.show()
    console.projector_action.trigger()
    app.processEvents()
    from ui.projector.actions import projector_of
    p = projector_of(console)
    print(p.isFullScreen(), p.screen().name(), p.geometry().width(), p.geometry().height(),
          p.single_screen, QApplication.activeWindow() is console,
          "Esc or F5: back to the console" in p.rendered_texts())
    """
)


@pytest.mark.parametrize(
    ("console_screen", "expected"),
    [(0, ["True", "projector", "1920", "1080"]), (1, ["True", "laptop", "1366", "768"])],
)
def test_with_a_second_screen_the_projector_goes_full_screen_on_the_other_one(
    tmp_path: Path, console_screen: int, expected: list[str]
) -> None:
    screens = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
            {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        ]
    }  # fmt: skip
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    script = SECOND_SCREEN.replace("CONSOLE_SCREEN", str(console_screen))
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Full screen on the screen the console is not on; the keyboard stays with the
    # console, and no "back to the console" hint covers the room's view.
    assert done.stdout.split() == [*expected, "False", "True", "False"]


def test_f5_in_the_console_main_window_opens_the_projector(qtbot, tmp_path: Path) -> None:
    from ui.console import main_window

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    from workshop.book import Book
    from workshop.model import Phase

    path = tmp_path / "room.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Console", participants=["Ann", "Bob"], phase=Phase.VOTE)
        book.contributions.add(sid, "delight", "Offer umbrellas on rainy days")
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_book(str(path)) is not False
    window.context.set_session(sid)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = projector_of(window)
    assert projector is not None and projector.isVisible()
    assert window.action(PROJECTOR_ACTION).isChecked()
    qtbot.waitUntil(lambda: "Offer umbrellas on rainy days" in projector.rendered_texts())
    # One screen: the projector has the keyboard, and the console's shortcuts still work there.
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.context.timer.running
    qtbot.keyClick(projector, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.context.timer.running
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    assert not projector.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    window.close()
