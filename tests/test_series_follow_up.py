"""The Follow-up page across three sessions, driven with the D, P and X keys."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.models.dates import short_date
from ui.phases import PAGE_FACTORIES, load_pages
from ui.series import common
from ui.series.follow_up import FollowUpPage
from ui.series.status_dialogs import DateDialog, ReasonDialog
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop.book import Book
from workshop.model import ActionStatus, Phase

from .conftest import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 10, 1, 9, 0))


@pytest.fixture
def series_book(tmp_path: Path, clock: FakeClock):
    book = Book.create(tmp_path / "series.dwbook", clock=clock)
    yield book
    book.close()


def _page(qtbot, book: Book, session_id: int) -> FollowUpPage:
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(session_id)
    page = FollowUpPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # the keys are window shortcuts
    page.focus_default()
    return page


def _whats(page: FollowUpPage) -> list[str]:
    return [i.action.what for i in page.model.items()]


def _select(page: FollowUpPage, what: str) -> None:
    page.table.selectRow(_whats(page).index(what))


def test_follow_up_page_is_registered_for_the_review_phase() -> None:
    load_pages()
    assert PAGE_FACTORIES[Phase.REVIEW].__module__ == "ui.series.follow_up"


def test_three_sessions_second_reviews_first_third_sees_statuses(
    qtbot, series_book: Book, clock: FakeClock, monkeypatch
) -> None:
    book = series_book
    monkeypatch.setattr(common, "today", lambda: clock.current.date())
    first = book.sessions.create("October", date="2026-10-01")
    book.actions.plan(first, "Greet regulars by name", owner="Ann", due="2026-10-20")
    book.actions.plan(first, "Coffee for waiting guests", owner="Bob", due="2026-10-25")
    book.actions.plan(first, "Weekend rota on the wall", owner="Chen", due="2026-12-31")

    # -- second session: review the first one's promises with D, P and X.
    clock.current = datetime(2026, 11, 3, 9, 0)
    second = book.sessions.create("November", date="2026-11-03", phase=Phase.REVIEW)
    book.actions.plan(second, "Not reviewed in its own session")
    page = _page(qtbot, book, second)
    assert _whats(page) == [
        "Greet regulars by name",
        "Coffee for waiting guests",
        "Weekend rota on the wall",
    ]
    overdue = [i.overdue_days for i in page.model.items()]
    assert overdue == [14, 9, 0]  # due 20 and 25 October, reviewed on 3 November
    assert "2 overdue" in page.summary.text()

    qtbot.keyClick(page.table, Qt.Key.Key_D)  # first row: done
    assert book.actions.list(first)[0].status is ActionStatus.DONE
    assert page.table.currentIndex().row() == 1  # on to the next action

    qtbot.keyClick(page.table, Qt.Key.Key_P)  # in progress: asks for a new date
    dialog = page.dialog
    assert isinstance(dialog, DateDialog) and dialog.isVisible()
    dialog.date_edit.edit.setFocus()
    dialog.date_edit.edit.selectAll()
    for char in "2026-12-15":  # typed as it is shown, key by key
        qtbot.keyClick(dialog.date_edit.edit, char)
    qtbot.keyClicks(dialog.note_edit, "Machine ordered")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    coffee = book.actions.list(first)[1]
    assert (coffee.status, coffee.due, coffee.status_note) == (
        ActionStatus.IN_PROGRESS, "2026-12-15", "Machine ordered",
    )  # fmt: skip

    _select(page, "Weekend rota on the wall")
    qtbot.keyClick(page.table, Qt.Key.Key_X)  # dropped: asks for the reason
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog) and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "The rota moved to the staff app")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    rota = book.actions.list(first)[2]
    assert rota.status is ActionStatus.DROPPED
    assert rota.status_note == "The rota moved to the staff app"

    # Reviewed rows stay in the list with their new status; the good news is beside it.
    statuses = [page.model.index(r, 3).data() for r in range(3)]
    assert statuses == ["✓ Done", "In progress", "✗ Dropped"]
    assert page.model.index(1, 2).data() == short_date("2026-12-15")  # no longer overdue
    closed = [page.closed_model.index(r, 0).data() for r in range(page.closed_model.rowCount())]
    assert closed[0].startswith("✓  Greet regulars by name")
    assert "dropped: The rota moved to the staff app" in closed[1]
    assert page.closed_title.text().endswith(": 1")

    # Ctrl+Z in the book puts the drop back; the row follows without a reset.
    book.undo()
    assert page.model.index(2, 3).data() == "Open"
    book.redo()

    # -- third session: sees what the second decided, read from the disk.
    clock.current = datetime(2026, 12, 1, 9, 0)
    third = book.sessions.create("December", date="2026-12-01", phase=Phase.REVIEW)
    with Book.open(book.path, clock=clock) as reopened:
        later = _page(qtbot, reopened, third)
        assert _whats(later) == ["Coffee for waiting guests", "Not reviewed in its own session"]
        coffee_row = later.model.items()[0]
        assert coffee_row.action.status is ActionStatus.IN_PROGRESS
        assert coffee_row.action.due == "2026-12-15" and not coffee_row.overdue
        assert later.model.index(0, 3).data() == "In progress"
        celebrated = [i.action.what for i in later.closed_model.items()]
        assert celebrated == ["Greet regulars by name", "Weekend rota on the wall"]
        later.close()


def test_new_action_of_an_earlier_session_is_inserted_not_reset(
    qtbot, series_book: Book, monkeypatch
) -> None:
    monkeypatch.setattr(common, "today", lambda: date(2026, 12, 1))
    first = series_book.sessions.create("October", date="2026-10-01")
    series_book.actions.plan(first, "One")
    second = series_book.sessions.create("November", date="2026-11-01")
    page = _page(qtbot, series_book, second)
    with qtbot.assertNotEmitted(page.model.modelReset):
        with qtbot.waitSignal(page.model.rowsInserted):
            series_book.actions.plan(first, "Two", due="2026-11-15")
        series_book.actions.plan(second, "This session's own action")
    assert _whats(page) == ["One", "Two"]
    assert page.model.items()[1].overdue_days == 16
    assert "1 overdue" in page.summary.text()


def test_follow_up_models_pass_the_model_tester(qtbot, qtmodeltester, series_book: Book) -> None:
    first = series_book.sessions.create("October", date="2026-10-01")
    a = series_book.actions.plan(first, "Done <b>one</b>", due="2026-10-02")
    series_book.actions.plan(first, "Open one")
    second = series_book.sessions.create("November", date="2026-11-01")
    page = _page(qtbot, series_book, second)
    series_book.actions.set_status(a, "done")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.closed_model)
    assert page.model.index(0, 0).data() == "Done <b>one</b>"  # shown as typed


def test_empty_follow_up_says_so(qtbot, series_book: Book) -> None:
    sid = series_book.sessions.create("First ever", date="2026-10-01")
    page = _page(qtbot, series_book, sid)
    assert page.empty.isVisible() and not page.table.isVisible()
    QApplication.processEvents()


def test_overdue_colours_follow_a_palette_switch(qtbot, series_book: Book, monkeypatch) -> None:
    from ui.widgets.palette import build_palette

    monkeypatch.setattr(common, "today", lambda: date(2026, 12, 1))
    first = series_book.sessions.create("October", date="2026-10-01")
    series_book.actions.plan(first, "Late one", due="2026-10-15")
    second = series_book.sessions.create("November", date="2026-11-01")
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(build_palette("light"))
    page = _page(qtbot, series_book, second)
    light = page.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color()
    try:
        app.setPalette(build_palette("dark"))
        qtbot.waitUntil(lambda: page.model.dark)
        dark = page.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color()
    finally:
        app.setPalette(original)
    assert dark.lightness() > light.lightness()  # readable red on a dark background
