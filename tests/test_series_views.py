"""Recognition, dashboard, backlog dialog and the series menu commands, driven like a user."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.commands.registry import REGISTRY, load_action_modules
from ui.series import common
from ui.series.backlog_dialog import BacklogDialog
from ui.series.dashboard import Dashboard
from ui.series.recognition import RecognitionView
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop.book import Book


@pytest.fixture
def context(book: Book, session_id: int) -> WorkshopContext:
    ctx = WorkshopContext()
    ctx.set_book(BookBridge(book))
    ctx.set_session(session_id)
    return ctx


@pytest.fixture
def heroes(book: Book, session_id: int) -> Book:
    add = book.contributions.add
    add(session_id, "hero", "Remembered my name <b>and</b> my room", credited=["Ann"],
        customer="Mr. Okafor", story_date="2026-11-02")  # fmt: skip
    add(session_id, "hero", "Drove my laptop to the airport", hero_type="recovery",
        credited=["Bob"], story_date="2026-11-05")  # fmt: skip
    add(session_id, "hero", "Rebooked everything after the flood", hero_type="recovery",
        credited=["Bob", "Chen"], story_date="2026-11-12")  # fmt: skip
    add(session_id, "hero", "Kind words at breakfast", credited=["Dee"], story_date="2025-03-01")
    return book


def _ranking(view: RecognitionView) -> list[tuple[str, str]]:
    m = view.ranking
    return [(m.index(r, 1).data(), m.index(r, 4).data()) for r in range(m.rowCount())]


def test_recognition_ranks_by_period_and_prints_a_certificate(
    qtbot, qtmodeltester, heroes: Book, context: WorkshopContext, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(common, "today", lambda: date(2026, 11, 25))
    view = RecognitionView(context)
    qtbot.addWidget(view)
    view.show()
    assert "2 points" in view.rule.text() and "1 for each recovery" in view.rule.text()
    assert _ranking(view) == [("Ann", "2"), ("Bob", "2"), ("Chen", "1")]  # last 90 days
    view.period.setFocus()
    qtbot.keyClicks(view.period, "All")
    assert _ranking(view) == [("Ann", "2"), ("Dee", "2"), ("Bob", "2"), ("Chen", "1")]
    qtmodeltester.check(view.ranking)
    qtmodeltester.check(view.stories)

    # Bob: two recoveries, newest first; print the certificate for the laptop story.
    view.table.selectRow(2)
    assert view.who.text() == "Bob: 2 stories, score 2"
    assert view.stories.index(0, 2).data() == "Rebooked everything after the flood"
    view.story_table.selectRow(1)
    target = tmp_path / "bob.pdf"
    asked: list[str] = []
    view.ask_path = lambda suggested: asked.append(suggested) or str(target)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert asked == ["certificate-bob-2026-11-05.pdf"]
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Bob" in text and "Drove my laptop to the airport" in text and "5 November 2026" in text
    assert view.saved.text() == "Saved bob.pdf"

    # A new story crediting Chen moves him up, without leaving the view.
    heroes.contributions.add(context.session_id, "hero", "Fixed it before I asked",
                             credited=["Chen"], story_date="2026-11-20")  # fmt: skip
    assert ("Chen", "3") in _ranking(view)


def test_dashboard_figures_follow_the_book_and_export_open_actions(
    qtbot, book: Book, context: WorkshopContext, session_id: int, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(common, "today", lambda: date(2026, 12, 1))
    book.actions.plan(session_id, "Name badges", owner="Ann", due="2026-11-25")
    dashboard = Dashboard(context)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.tiles["open"].value.text() == "1"
    done = book.actions.plan(session_id, "Door lock")
    book.actions.set_status(done, "done")
    qtbot.waitUntil(lambda: dashboard.tiles["done"].value.text() == "1")
    assert dashboard.actions_chart.series[0].values == (1,)
    target = tmp_path / "open.pdf"
    dashboard.ask_path = lambda suggested: str(target)
    qtbot.mouseClick(dashboard.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Name badges" in text and "6 days late" in text and "Door lock" not in text


def test_backlog_dialog_ticks_with_space_and_pulls_in_one_undo(
    qtbot, qtmodeltester, book: Book, context: WorkshopContext, session_id: int
) -> None:
    earlier = book.sessions.create("September", date="2026-09-01")
    book.contributions.add(earlier, "value", "Free coffee while waiting", "Ann")
    book.contributions.add(earlier, "value", "Call back after a repair")
    dialog = BacklogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # ticks "Call back after a repair"
    assert dialog.ok.text() == "&Pull 1 into this session"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert [c.text for c in book.contributions.list(session_id, "value")] == [
        "Call back after a repair"
    ]
    book.undo()
    assert book.contributions.list(session_id, "value") == []


def test_series_commands_are_registered_with_free_shortcuts(
    qtbot, book: Book, context: WorkshopContext
) -> None:
    load_action_modules()
    mine = {
        "view.obstacle_board": "View",
        "view.recognition": "View",
        "view.dashboard": "View",
        "file.import_feedback": "File",
        "session.pull_backlog": "Session",
    }
    assert {k: REGISTRY[k].menu for k in mine} == mine
    users: dict[str, set[str]] = {}
    for spec in REGISTRY.values():
        for key in spec.shortcuts:
            if isinstance(key, str):
                users.setdefault(key.casefold(), set()).add(spec.id)
    for spec_id in mine:
        for key in REGISTRY[spec_id].shortcuts:
            assert users[key.casefold()] == {spec_id}, (
                f"{key} is also used by {users[key.casefold()]}"
            )
    window = QWidget()
    window.context = context
    qtbot.addWidget(window)
    REGISTRY["view.obstacle_board"].handler(window)
    REGISTRY["view.obstacle_board"].handler(window)  # the same window again, raised
    REGISTRY["view.dashboard"].handler(window)
    windows = window.__dict__["_series_windows"]
    assert sorted(windows) == ["dashboard", "obstacles"] and windows["obstacles"].isVisible()


def test_screenshots_of_the_series_views(
    qtbot, heroes: Book, context: WorkshopContext, session_id: int, tmp_path: Path
) -> None:
    """Saved to $SERIES_SCREENSHOTS (or a temporary folder) to be looked at."""
    from ui.series.follow_up import FollowUpPage
    from ui.series.obstacle_board import ObstacleBoard

    folder = Path(os.environ.get("SERIES_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    earlier = heroes.sessions.create("October", date="2026-10-01")
    heroes.actions.plan(earlier, "Greet regulars by name", owner="Ann", due="2026-10-20")
    heroes.contributions.add(earlier, "obstacle", "Refunds need two signatures", remover="IT")
    for name, widget in (
        ("follow-up", FollowUpPage(context)),
        ("obstacle-board", ObstacleBoard(context)),
        ("recognition", RecognitionView(context)),
        ("dashboard", Dashboard(context)),
    ):
        qtbot.addWidget(widget)
        widget.resize(1180, 640)
        widget.show()
        qtbot.waitExposed(widget)
        path = folder / f"series-{name}.png"
        assert widget.grab().save(str(path))
        assert path.stat().st_size > 5_000
