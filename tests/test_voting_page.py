"""The Vote page driven like a voter and a facilitator would: keys, clicks, messages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from ui.projector import ProjectorWindow
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from ui.voting.models import BallotModel, RankingModel
from ui.voting.page import VotePage
from ui.voting.state import PAGE_SIZE
from workshop.book import Book
from workshop.model import Phase
from workshop.stores.votes import rank

NAMES = ["Ann", "Bob", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana"]


@pytest.fixture
def room(qtbot, book: Book) -> Iterator[tuple[WorkshopContext, VotePage, ProjectorWindow]]:
    sid = book.sessions.create("Vote test", date="2026-11-20", participants=NAMES,
                               phase=Phase.VOTE, secret_votes=False)  # fmt: skip
    for i in range(12):
        book.contributions.add(sid, "delight", f"Idea {i + 1}: something guests would love")
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
    page.activateWindow()  # the projector never takes the keyboard from the console
    qtbot.waitUntil(page.isActiveWindow)
    yield context, page, projector
    context.set_book(None)


def all_pages(projector: ProjectorWindow) -> list[str]:
    """What the projector draws on every page of its current view."""
    view = projector.current_view()
    texts = []
    for _ in range(view.page_count()):
        texts += projector.rendered_texts()
        projector.next_page()
    return texts


def key(qtbot, widget, k) -> None:
    qtbot.keyClick(widget, k)


def dot(qtbot, page: VotePage, number: int) -> None:
    """The voter types the item's number as the board shows it (01-12 for twelve items)."""
    qtbot.keyClicks(page.board, page.state.number_label(number - 1))


def open_voting(qtbot, page: VotePage) -> None:
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.state.is_open
    assert page.board.hasFocus() or page.hands.hasFocus()


def test_eight_participants_vote_turn_by_turn_with_keys(qtbot, room) -> None:
    context, page, projector = room
    book, sid = context.book, context.session_id
    open_voting(qtbot, page)
    items = [c.id for c in page.state.items]
    # Each voter: the item numbers (1-12) they give a dot to, in order.
    plans = [[1, 1, 2, 3, 10], [2, 2, 11, 4, 5], [1, 3, 3, 12, 12], [6, 7, 8, 9, 1],
             [10, 10, 10, 2, 2], [5, 5, 4, 4, 3], [12, 11, 1, 2, 3], [7, 7, 8, 8, 9]]  # fmt: skip
    expected: dict[int, int] = {}
    for voter, plan in enumerate(plans):
        banner = page.banner.text()
        assert NAMES[voter] in banner and "5 of 5" in banner
        assert NAMES[voter] in projector.rendered_texts()
        assert page.state.page == 0  # each voter starts at the top
        for number in plan:
            dot(qtbot, page, number)  # any item, on any page, by its number
            assert page.state.page == (number - 1) // PAGE_SIZE  # the voter sees it
            card = items[number - 1]
            expected[card] = expected.get(card, 0) + 1
            assert page.message.text() == ""
        assert "0 of 5" in page.banner.text()
        key(qtbot, page.board, Qt.Key.Key_Return)
    assert "Everyone has voted" in page.banner.text()
    assert book.votes.tally(sid) == expected
    assert sorted(book.votes.voters(sid)) == sorted(NAMES)
    # The projector shows the live tally of each item on the page showing.
    qtbot.waitUntil(
        lambda: projector.current_view().shown_side.get(items[0]) == str(expected[items[0]])
    )
    # Close and reveal: the ranking in the book matches the votes, ties share a rank.
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    ranking = book.votes.ranking(sid)
    assert [(r.contribution.id, r.dots) for r in ranking][: len(expected)] == sorted(
        expected.items(), key=lambda kv: (-kv[1], items.index(kv[0]))
    )
    for r in ranking:
        same = [x for x in ranking if x.dots == r.dots]
        assert r.tied == (len(same) > 1)
        assert r.rank == 1 + sum(1 for x in ranking if x.dots > r.dots)
    assert page.stack.currentWidget() is page.results
    shown = all_pages(projector)
    assert "The result" in shown
    tied_ranks = {f"{r.rank}=" for r in ranking if r.tied and r.dots}
    assert tied_ranks and tied_ranks <= set(shown)


def test_budget_and_per_item_limit_refuse_the_extra_dot_with_a_message(qtbot, room) -> None:
    context, page, projector = room
    book, sid = context.book, context.session_id
    open_voting(qtbot, page)
    first = page.state.items[0].id
    for _ in range(3):
        dot(qtbot, page, 1)
    dot(qtbot, page, 1)  # a fourth dot on one item: refused
    assert "At most 3" in page.message.text() and page.message.isVisible()
    assert page.message.text() in projector.rendered_texts()
    assert book.votes.tally(sid) == {first: 3}
    dot(qtbot, page, 2)
    assert page.message.text() == ""
    dot(qtbot, page, 3)
    dot(qtbot, page, 4)  # a sixth dot: over the budget
    assert "No dots left" in page.message.text()
    assert book.votes.used_by(sid, "Ann") == 5
    # Backspace takes the last dot back; the voter may then place it elsewhere.
    key(qtbot, page.board, Qt.Key.Key_Backspace)
    assert book.votes.used_by(sid, "Ann") == 4
    assert "1 of 5" in page.banner.text()
    dot(qtbot, page, 5)
    assert book.votes.on_item(page.state.items[4].id, "Ann") == 1
    # A click on an item gives a dot too (next voter).
    key(qtbot, page.board, Qt.Key.Key_Tab)
    assert "Bob" in page.banner.text()
    rect = page.board.visualRect(page.ballot.index(1, BallotModel.TEXT))
    qtbot.mouseClick(page.board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert book.votes.on_item(page.state.items[1].id, "Bob") == 1


def test_show_of_hands_round(qtbot, room) -> None:
    context, page, projector = room
    book, sid = context.book, context.session_id
    page.method.setFocus()
    page.method.setCurrentIndex(page.method.findData("hands"))
    assert book.sessions.get(sid).vote_mode == "hands"
    open_voting(qtbot, page)
    assert page.hands.hasFocus() and page.hands_row.isVisible()
    counts = [7, 3, 0, 5, 5]
    for count in counts:
        qtbot.keyClicks(page.hands, str(count))
        key(qtbot, page.hands, Qt.Key.Key_Return)
    items = page.state.items
    assert book.votes.tally(sid) == {items[i].id: c for i, c in enumerate(counts) if c}
    # Correct a count: Up twice to the fourth item, type over it.
    key(qtbot, page.hands, Qt.Key.Key_Up)
    key(qtbot, page.hands, Qt.Key.Key_Up)
    assert page.state.selected == items[3].id
    page.hands.selectAll()
    qtbot.keyClicks(page.hands, "6")
    key(qtbot, page.hands, Qt.Key.Key_Return)
    assert book.votes.tally(sid)[items[3].id] == 6
    view = projector.current_view()
    projector.rendered_texts()
    assert view.shown_side[items[0].id] == "7"  # hands are never secret
    assert "Show of hands" in projector.rendered_texts()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    ranking = book.votes.ranking(sid)
    assert [r.contribution.id for r in ranking[:2]] == [items[0].id, items[3].id]


def test_secret_votes_stay_hidden_until_revealed(qtbot, room) -> None:
    _context, page, projector = room
    page.secret.setChecked(True)
    open_voting(qtbot, page)
    for number in (1, 1, 2):
        dot(qtbot, page, number)
    view = projector.current_view()
    texts = projector.rendered_texts()
    assert all(v == "" for v in view.shown_side.values())
    assert page.ballot.index(0, BallotModel.TOTAL).data() != "2"
    assert any("secret" in t for t in texts)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    texts = projector.rendered_texts()
    first = page.state.items[0]
    assert "The result" in texts and first.text in texts
    assert projector.current_view().shown_side[first.id] == "2"


def test_ballot_and_ranking_models_pass_the_model_tester(qtbot, qtmodeltester, room) -> None:
    context, page, _projector = room
    open_voting(qtbot, page)
    dot(qtbot, page, 3)
    assert context.book.votes.tally(context.session_id) == {page.state.items[2].id: 1}
    qtmodeltester.check(BallotModel(page.state))
    qtmodeltester.check(RankingModel(page.state))
    tally = dict(page.state.tally)
    ids = [c.id for c in page.state.items]
    assert next(row[2] for row in rank(tally, ids)) == ids[2]


def test_a_card_edited_mid_vote_keeps_the_voter_and_a_restart_resumes_the_turn(qtbot, room) -> None:
    context, page, _projector = room
    book, sid = context.book, context.session_id
    open_voting(qtbot, page)
    key(qtbot, page.board, Qt.Key.Key_Return)  # Ann passes with all her dots
    dot(qtbot, page, 1)
    assert "Bob" in page.banner.text()
    book.contributions.edit(page.state.items[5].id, text="Edited while voting")
    assert "Bob" in page.banner.text() and "4 of 5" in page.banner.text()
    # The app restarts mid-vote: every dot is in the book, the turn resumes.
    fresh = WorkshopContext()
    fresh.set_book(BookBridge(book))
    fresh.set_session(sid)
    again = VotePage(fresh)
    qtbot.addWidget(again)
    assert again.state.is_open and again.state.tally == page.state.tally
    assert "Ann" in again.banner.text()  # the first voter with dots left
    fresh.set_book(None)
