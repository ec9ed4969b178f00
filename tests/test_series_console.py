"""The series features inside the facilitator console: the Follow-up phase and the menus."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.series import common
from ui.series.follow_up import FollowUpPage
from workshop.book import Book
from workshop.model import ActionStatus, Phase


@pytest.fixture
def console(qtbot, tmp_path: Path, monkeypatch):
    from ui.app.application import configure_app
    from ui.console.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(common, "today", lambda: date(2026, 12, 1))
    configure_app(QApplication.instance(), "light")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()


def test_follow_up_phase_in_the_console_and_the_series_menus(
    qtbot, console, tmp_path: Path
) -> None:
    path = tmp_path / "Front desk.dwbook"
    with Book.create(path) as book:
        october = book.sessions.create("October", date="2026-10-01")
        book.actions.plan(october, "Greet regulars by name", owner="Ann", due="2026-10-20")
        book.actions.plan(october, "Name badges for the weekend team", owner="Bob")
        book.contributions.add(october, "obstacle", "Refunds need two signatures", remover="IT")
        december = book.sessions.create("December", date="2026-12-01", phase=Phase.REVIEW)
    assert console.open_book(str(path))
    console.context.set_session(december)
    qtbot.waitUntil(lambda: isinstance(console.current_page(), FollowUpPage))
    page = console.current_page()
    assert [i.action.what for i in page.model.items()] == [
        "Greet regulars by name",
        "Name badges for the weekend team",
    ]
    page.focus_default()
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert console.context.book.actions.list(october)[0].status is ActionStatus.DONE
    folder = os.environ.get("SERIES_SCREENSHOTS")
    if folder:
        console.grab().save(str(Path(folder) / "series-console-follow-up.png"))

    # Ctrl+Z from the console's Edit menu undoes the keystroke.
    assert console.trigger_action("edit.undo")
    assert console.context.book.actions.list(october)[0].status is ActionStatus.OPEN

    for action_id in ("view.obstacle_board", "view.recognition", "view.dashboard"):
        assert console.has_action(action_id), action_id
        assert console.trigger_action(action_id)
    windows = console.__dict__["_series_windows"]
    assert windows["obstacles"].model.rowCount() == 1
    assert console.action("file.import_feedback").isEnabled()
    assert console.action("session.pull_backlog").isEnabled()
