"""View > Projector (F5): opens and closes the projector, full screen on a second screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

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


def test_f5_opens_and_closes_the_projector_and_the_keyboard_stays_with_the_console(qtbot) -> None:
    console = Console()
    qtbot.addWidget(console)
    console.show()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    projector = projector_of(console)
    assert projector is not None and projector.isVisible()
    assert not projector.isFullScreen()  # one screen: a window the facilitator can move
    assert console.projector_action.isChecked()
    assert QApplication.activeWindow() is console
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert not projector.isVisible() and not console.projector_action.isChecked()
    toggle_projector(console)
    assert projector_of(console) is projector and projector.isVisible()
    projector.close()  # closed from its own window: the menu's check follows
    assert not console.projector_action.isChecked()
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
    console.show()
    console.projector_action.trigger()
    app.processEvents()
    from ui.projector.actions import projector_of
    p = projector_of(console)
    print(p.isFullScreen(), p.screen().name(), p.geometry().width(), p.geometry().height())
    """
)


def test_with_a_second_screen_the_projector_goes_full_screen_there(tmp_path: Path) -> None:
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
    done = subprocess.run([sys.executable, "-c", SECOND_SCREEN], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "projector", "1920", "1080"]


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
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not projector.isVisible()
    window.close()
