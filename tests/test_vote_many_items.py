"""Voting on more than nine items with the keyboard, the lock after the reveal, what is
on the ballot, and one ranking with one tie order on every screen and in the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.projector import ProjectorWindow
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from ui.voting.models import BallotModel
from ui.voting.page import VotePage
from workshop.book import Book
from workshop.exports.plan_data import build_plan
from workshop.model import Kind, Phase
from workshop.templates import create_session_from

from .ui_fixtures import go_to, open_book_with_session

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
NAMES = ["Ann", "Bob", "Chen"]


@pytest.fixture
def room(qtbot, book: Book) -> Iterator[tuple[WorkshopContext, VotePage, ProjectorWindow]]:
    sid = create_session_from(book, "delight-ideas", "Many items", participants=NAMES,
                              phase=Phase.VOTE, secret_votes=False)  # fmt: skip
    for i in range(14):
        book.contributions.add(sid, Kind.DELIGHT, f"Idea {i + 1}")
    book.contributions.add(sid, Kind.HERO, "Mia drove a phone to the hotel")
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(sid)
    page = VotePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    projector = ProjectorWindow(context)
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.board.hasFocus()
    yield context, page, projector
    context.set_book(None)


def dots_of(context: WorkshopContext, voter: str) -> dict[str, int]:
    book, sid = context.book, context.session_id
    texts = {c.id: c.text for c in book.contributions.list(sid)}
    return {texts[card]: n for (who, card), n in book.votes.usage(sid).items() if who == voter}


def test_hero_stories_are_not_on_a_delight_ballot(room) -> None:
    _context, page, _projector = room
    assert len(page.state.items) == 14
    assert all(c.kind is Kind.DELIGHT for c in page.state.items)


def test_typed_numbers_reach_every_item(qtbot, room) -> None:
    context, page, projector = room
    keys = [page.ballot.index(r, BallotModel.KEY).data() for r in range(page.ballot.rowCount())]
    assert keys == ["01", "02", "03", "04", "05", "06", "07", "08", "09"]
    qtbot.keyClicks(page.board, "12")  # on the second page: it is shown and gets the dot
    assert page.state.page == 1
    assert page.ballot.index(2, BallotModel.KEY).data() == "12"
    assert page.board.currentIndex().row() == 2  # the highlight is on the item typed
    assert dots_of(context, "Ann") == {"Idea 12": 1}
    assert "12" in projector.rendered_texts()  # the room sees the same numbers
    qtbot.keyClicks(page.board, "1")
    assert "Item 1" in page.message.text()  # waiting for the second digit
    qtbot.keyClick(page.board, Key.Key_Backspace)  # clears the digit, keeps the dot
    assert page.message.text() == ""
    qtbot.keyClicks(page.board, "03")
    assert page.state.page == 0
    qtbot.keyClicks(page.board, "1")
    qtbot.keyClick(page.board, Key.Key_Return)  # Enter after one digit: item 1
    assert dots_of(context, "Ann") == {"Idea 12": 1, "Idea 3": 1, "Idea 1": 1}
    assert "Ann" in page.banner.text()  # that Enter did not pass the turn
    qtbot.keyClicks(page.board, "15")
    assert page.message.text() == "There is no item 15."


def test_arrows_and_space_give_a_dot_and_each_voter_starts_at_the_top(qtbot, room) -> None:
    context, page, _projector = room
    assert page.board.currentIndex().row() == 0  # the first item is highlighted
    for _ in range(10):
        qtbot.keyClick(page.board, Key.Key_Down)  # past the ninth: the next page
    assert page.state.page == 1 and page.board.currentIndex().row() == 1
    qtbot.keyClick(page.board, Key.Key_Space)
    qtbot.keyClick(page.board, Key.Key_Up)
    qtbot.keyClick(page.board, Key.Key_Space)
    assert dots_of(context, "Ann") == {"Idea 11": 1, "Idea 10": 1}
    qtbot.keyClick(page.board, Key.Key_Return)  # Bob's turn
    assert "Bob" in page.banner.text()
    assert page.state.page == 0 and page.board.currentIndex().row() == 0
    assert page.ballot.index(0, BallotModel.TEXT).data() == "Idea 1"
    qtbot.keyClick(page.board, Key.Key_Space)
    assert dots_of(context, "Bob") == {"Idea 1": 1}


def test_voting_is_locked_after_the_reveal(qtbot, room) -> None:
    context, page, _projector = room
    book, sid = context.book, context.session_id
    qtbot.keyClicks(page.board, "02")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.results
    for widget in (page.open_button, page.close_button, page.take_back_button, page.prev_voter,
                   page.next_voter, page.method, page.dots, page.per_item, page.secret,
                   page.prev_page, page.next_page):  # fmt: skip
        assert not widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
    assert not page.page_label.isVisible()  # the result is one list, not pages
    assert "Ctrl+Z reopens voting" in page.banner.text()
    page.open_voting()  # the page's own button, were it enabled
    assert not book.sessions.get(sid).voting_open
    page.board.setFocus()
    qtbot.keyClicks(page.board, "03")
    qtbot.keyClick(page.board, Key.Key_Backspace)
    assert book.votes.tally(sid) == {page.state.items[1].id: 1}


def test_the_open_voting_command_is_locked_after_the_reveal(qtbot, console, book_file) -> None:
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    book.contributions.add(sid, Kind.DELIGHT, "Water")
    page = go_to(console, Phase.VOTE)
    open_action = console.action("voting.open")
    console.refresh_actions()
    assert open_action.isEnabled()
    qtbot.keyClick(page.board, Key.Key_O, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert book.sessions.get(sid).voting_open
    qtbot.keyClicks(page.board, "1")
    qtbot.keyClick(page.board, Key.Key_R, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert not book.sessions.get(sid).voting_open
    console.refresh_actions()
    assert not open_action.isEnabled()
    open_action.trigger()  # even if something triggers it
    assert not book.sessions.get(sid).voting_open


def test_a_hero_story_template_votes_on_its_ideas_only(qtbot, book: Book) -> None:
    sid = create_session_from(book, "hero-stories", "Stories", phase=Phase.VOTE)
    book.contributions.add(sid, Kind.HERO, "Sam stayed late")
    idea = book.contributions.add(sid, Kind.DELIGHT, "Thank-you cards")
    assert [c.id for c in book.votes.ballot(sid)] == [idea]


def test_one_ranking_and_one_tie_order_everywhere(qtbot, console, book_file: Path) -> None:
    sid = open_book_with_session(console, book_file, participants=("Ann", "Bob", "Chen"))
    book = console.context.book
    ids = [book.contributions.add(sid, Kind.DELIGHT, f"Idea {n}") for n in range(1, 7)]
    book.contributions.add(sid, Kind.HERO, "A hero story with dots from an old import")
    # Themes put the later cards first on the ballot.
    late = book.themes.create(sid, "Late ones")
    book.contributions.set_theme(ids[3:], late)
    early = book.themes.create(sid, "Early ones")
    book.contributions.set_theme(ids[:3], early)
    for voter, card in [("Ann", ids[0]), ("Bob", ids[5]), ("Chen", ids[2]), ("Ann", ids[4])]:
        book.votes.cast(sid, card, voter)  # four cards tied on one dot each
    vote_page = go_to(console, Phase.VOTE)
    vote_page.close_voting()
    on_vote_page = [
        vote_page.ranking.index(r, 1).data() for r in range(vote_page.ranking.rowCount())
    ]
    projector = ProjectorWindow(console.context)
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitUntil(lambda: projector.phase == Phase.VOTE)
    drawn = projector.rendered_texts()
    plan_page = go_to(console, Phase.PLAN)
    on_plan_page = [
        plan_page.ranking.index(r, 3).data() for r in range(plan_page.ranking.rowCount())
    ]
    in_pdf = [c.contribution.text for c in build_plan(book, sid).cards]
    expected_top = ["Idea 5", "Idea 6", "Idea 1", "Idea 3"]  # theme order, then capture order
    assert on_vote_page[:4] == expected_top
    assert on_plan_page[:4] == expected_top
    assert [t for t in in_pdf if t.startswith("Idea")][:4] == expected_top
    shown = [t for t in drawn if t in expected_top]
    assert shown == expected_top
    assert plan_page.ranking.index(0, 0).data() == "1="
    assert all(not t.startswith("A hero story") for t in on_plan_page + on_vote_page)
