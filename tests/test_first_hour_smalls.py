"""The small stumbles of a facilitator's first hour: a new theme that moves nothing by
surprise, real plurals and readable dates, what the projector counts, Ctrl+U with a
typed name, and a timer that needs a session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from ui.projector import ProjectorWindow
from ui.series import common
from ui.series.dashboard import Dashboard
from workshop.model import Kind, Phase

from .ui_fixtures import click_card, column_cards, go_to, open_book_with_session, type_card

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key


def test_a_new_theme_moves_nothing_unless_cards_were_selected(
    qtbot, console, book_file, monkeypatch
):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    ids = [book.contributions.add(sid, Kind.DELIGHT, t) for t in ("Water", "Coffee", "Tea")]
    page = go_to(console, Phase.GROUP)
    view = page.board
    assert QApplication.focusWidget() is view
    assert view.currentIndex() == column_cards(page, None)[0]
    assert not view.selectionModel().hasSelection()  # the first card is not chosen for you
    asked: list[str] = []

    def name_it(_parent, _title, label, *_a, **_k):
        asked.append(label)
        return ("Drinks" if len(asked) == 1 else "Hot drinks"), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(name_it))
    qtbot.keyClick(view, Key.Key_G, CTRL | SHIFT)
    assert asked[-1] == "Name of the new theme:"
    assert [book.contributions.get(i).theme_id for i in ids] == [None, None, None]
    # Two cards chosen with clicks: the dialog says so and the theme takes them.
    for row, modifier in ((1, Qt.KeyboardModifier.NoModifier), (2, CTRL)):
        click_card(qtbot, view, column_cards(page, None)[row], modifier)
    qtbot.keyClick(view, Key.Key_G, CTRL | SHIFT)
    assert asked[-1] == "Name of the new theme, with 2 selected cards:"
    hot = next(t.id for t in book.themes.list(sid) if t.name == "Hot drinks")
    moved = {book.contributions.get(i).text for i in ids if book.contributions.get(i).theme_id}
    assert moved == {"Coffee", "Tea"} and book.contributions.get(ids[1]).theme_id == hot


def test_the_dashboard_counts_with_real_plurals_and_readable_dates(
    qtbot, book, session_id, monkeypatch
):
    from ui.state.bridge import BookBridge
    from ui.state.context import WorkshopContext

    monkeypatch.setattr(common, "today", lambda: date(2026, 12, 1))
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    book.contributions.add(session_id, Kind.DELIGHT, "Water")
    dashboard = Dashboard(context)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.tiles["sessions"].caption.text() == "session"
    assert dashboard.tiles["contributions"].caption.text() == "contribution"
    assert dashboard.tiles["done"].caption.text() == "actions done"
    assert dashboard.note.text() == "1 session from 20 November 2026 to 20 November 2026"
    assert dashboard.contributions_chart.categories == ("20 Nov",)
    book.sessions.create("January", date="2027-01-12")
    dashboard.refresh()
    assert dashboard.tiles["sessions"].caption.text() == "sessions"
    assert dashboard.note.text().startswith("2 sessions from 20 November 2026")
    assert dashboard.contributions_chart.categories == ("20 Nov 2026", "12 Jan 2027")
    assert dashboard.sessions_chart.categories == ("Nov 2026", "Dec 2026", "Jan 2027")
    context.set_book(None)


def test_the_projector_counts_the_ideas_of_the_round_by_their_name(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    page = go_to(console, Phase.IDEATE)
    type_card(qtbot, page, "Offer water while they wait")
    book.contributions.add(sid, Kind.OBSTACLE, "The card reader fails")
    book.contributions.add(sid, Kind.HERO, "Mia drove a phone to the hotel")
    projector = ProjectorWindow(console.context)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitUntil(lambda: projector.phase == Phase.IDEATE)
    view = projector.current_view()
    qtbot.waitUntil(lambda: view.count_text == "1 delight idea on the wall")
    qtbot.keyClick(page.box, Key.Key_2, CTRL)  # the obstacle round
    qtbot.waitUntil(lambda: view.count_text == "1 obstacle on the wall")
    qtbot.keyClick(page.box, Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: view.count_text == "1 hero story on the wall")


def test_ctrl_u_then_a_typed_name_picks_anyone(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file, participants=("Ann", "Bob", "Chen", "Dana"))
    page = go_to(console, Phase.IDEATE)
    qtbot.keyClick(page.box, Key.Key_U, CTRL)
    assert QApplication.focusWidget() is page.author  # the cursor is in the name
    assert page.author.currentText() == "Ann"  # Ctrl+U alone still moves to the next
    qtbot.keyClicks(page.author, "da")  # the first letters of Dana
    qtbot.keyClick(page.author, Key.Key_Return)
    assert QApplication.focusWidget() is page.box and page.author.currentText() == "Dana"
    type_card(qtbot, page, "Birthday coupons")
    qtbot.keyClick(page.box, Key.Key_U, CTRL)
    qtbot.keyClick(page.author, Key.Key_U, CTRL)  # again: the next one
    assert page.author.currentText() == "Ann"  # after Dana: no name, then Ann
    qtbot.keyClicks(page.author, "CH")
    qtbot.keyClick(page.author, Key.Key_Tab)
    type_card(qtbot, page, "Kids' corner")
    qtbot.keyClick(page.box, Key.Key_U, CTRL)
    qtbot.keyClicks(page.author, "Zed")  # nobody: refused, the person stays
    qtbot.keyClick(page.author, Key.Key_Return)
    assert "Nobody called “Zed”" in console.statusBar().currentMessage()
    qtbot.keyClick(page.author, Key.Key_Escape)  # back, with the person chosen before
    assert QApplication.focusWidget() is page.box
    type_card(qtbot, page, "Umbrellas")
    cards = console.context.book.contributions.list(sid)
    assert [(c.text, c.author) for c in cards] == [
        ("Birthday coupons", "Dana"),
        ("Kids' corner", "Chen"),
        ("Umbrellas", "Chen"),
    ]


def test_the_round_timer_cannot_start_without_a_book(qtbot, console, book_file):
    timer_action = console.action("timer.toggle")
    assert not timer_action.isEnabled()
    qtbot.keyClick(console, Key.Key_T, CTRL)
    assert not console.context.timer.running
    open_book_with_session(console, book_file)
    console.refresh_actions()
    assert timer_action.isEnabled()
    timer_action.trigger()
    assert console.context.timer.running
    qtbot.keyClick(console, Key.Key_W, CTRL)  # close the book: the round stops
    assert console.context.book is None and not console.context.timer.running
    assert not timer_action.isEnabled()
