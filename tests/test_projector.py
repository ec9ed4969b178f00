"""The projector shows the room only what it should, readably, and live."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from ui.projector import ProjectorWindow
from ui.projector.blocks import BlockView
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from ui.voting.state import VotingState
from workshop.book import Book
from workshop.model import Kind, Phase

NAMES = ["Ann", "Bob", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana"]


def make_room(qtbot, book: Book, sid: int, size=(1920, 1080)) -> ProjectorWindow:
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(sid)
    projector = ProjectorWindow(context)
    qtbot.addWidget(projector)
    projector.resize(*size)
    projector.show()
    qtbot.waitExposed(projector)
    qtbot.wait(20)  # let the first layout settle
    return projector


def go(qtbot, projector: ProjectorWindow, phase: Phase) -> None:
    context = projector.context
    context.book.sessions.set_phase(context.session_id, phase)
    qtbot.waitUntil(lambda: projector.phase == phase)


def every_page(projector: ProjectorWindow) -> list[tuple[str, float]]:
    view = projector.current_view()
    seen = []
    for _ in range(max(1, view.page_count() if isinstance(view, BlockView) else 1)):
        seen += projector.rendered()
        projector.next_page()
    return seen


def everything_shown(qtbot, projector: ProjectorWindow) -> list[str]:
    texts = []
    for phase in Phase:
        go(qtbot, projector, phase)
        texts += [t for t, _ in every_page(projector)]
    return texts


@pytest.fixture
def anonymous_room(qtbot, book: Book) -> Iterator[ProjectorWindow]:
    earlier = book.sessions.create("October", date="2026-10-20", participants=["Zora"])
    book.contributions.add(earlier, "hero", "Drove a lost bag to the airport",
                           "Zora", credited=["Ivo"])  # fmt: skip
    book.actions.plan(earlier, "Fix the bell", owner="Ivo", due="2026-11-01")
    sid = book.sessions.create("Anonymous", date="2026-11-20", participants=NAMES,
                               anonymous=True, secret_votes=False)  # fmt: skip
    for i, name in enumerate(NAMES):
        book.contributions.add(sid, "delight", f"Offer a map {i}", name)
    yield make_room(qtbot, book, sid)


def test_projector_never_shows_an_author_in_an_anonymous_session(qtbot, anonymous_room) -> None:
    projector = anonymous_room
    context = projector.context
    state = VotingState.of(context)
    context.book.votes.open_voting(context.session_id)
    for number in (1, 2):
        state.cast_number(number)
    state.set_turn(2)
    texts = everything_shown(qtbot, projector)
    joined = "\n".join(texts)
    for name in [*NAMES, "Zora"]:  # "Zora" wrote the earlier hero story
        assert name not in joined
    go(qtbot, projector, Phase.VOTE)
    assert "Voter 3 of 8" in projector.rendered_texts()
    assert "Offer a map 0" in joined and "Thanks to Ivo" in joined  # the content itself shows


def test_named_session_shows_authors_and_whose_turn(qtbot, book: Book) -> None:
    sid = book.sessions.create("Named", participants=NAMES, phase=Phase.GROUP)
    book.contributions.add(sid, "delight", "Remember regulars' names", "Chen")
    projector = make_room(qtbot, book, sid)
    assert "Chen" in projector.rendered_texts()
    book.votes.open_voting(sid)
    go(qtbot, projector, Phase.VOTE)
    assert "Ann" in projector.rendered_texts()


def test_unrevealed_contributions_never_appear(qtbot, book: Book) -> None:
    sid = book.sessions.create("Silent", participants=NAMES, phase=Phase.IDEATE)
    book.contributions.add(sid, "delight", "Shown before silence")
    book.sessions.update(sid, silent_mode=True)
    hidden = [book.contributions.add(sid, "obstacle", f"Quiet card {i}") for i in range(3)]
    projector = make_room(qtbot, book, sid)
    texts = everything_shown(qtbot, projector)
    assert "Shown before silence" in texts
    assert not [t for t in texts if "Quiet card" in t]
    assert VotingState.of(projector.context).items[0].text == "Shown before silence"
    go(qtbot, projector, Phase.GROUP)
    book.contributions.reveal_all(sid)
    qtbot.waitUntil(lambda: "Quiet card 0" in projector.rendered_texts())
    assert len(VotingState.of(projector.context).items) == 1 + len(hidden)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 768), (3840, 2160)])
def test_text_is_at_least_28_points_at_1080p_and_scales_with_height(qtbot, book, size) -> None:
    sid = book.sessions.create("Sizes", participants=NAMES,
                               rounds=[("delight", "How could we delight a guest?")])  # fmt: skip
    for i in range(30):
        book.contributions.add(sid, "delight", f"Card {i} " + "word " * (i % 12), NAMES[i % 8])
    book.actions.plan(sid, "Greet by name", owner="Ann", due="2026-12-01")
    projector = make_room(qtbot, book, sid, size)
    smallest = 28 * size[1] / 1080
    for phase in Phase:
        go(qtbot, projector, phase)
        shown = every_page(projector)
        assert shown, phase
        assert min(points for _, points in shown) >= smallest - 0.01, phase


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_a_wall_of_200_cards_pages_without_overlap_or_clipping(qtbot, book, size) -> None:
    sid = book.sessions.create("Big wall", phase=Phase.GROUP)
    themes = [book.themes.create(sid, f"Theme {t}") for t in range(5)]
    for i in range(200):
        text = f"Card {i}: " + " ".join(["friendly"] * (i % 25)) + (" Supercalifragilistic" * 3)
        cid = book.contributions.add(sid, "delight", text)
        if i % 4:
            book.contributions.set_theme([cid], themes[i % 5])
    projector = make_room(qtbot, book, sid, size)
    view = projector.current_view()
    assert view.page_count() > 1
    seen = []
    bounds = view.rect().toRectF() if hasattr(view.rect(), "toRectF") else None
    for page in view.pages:
        rects = [p.rect for p in page]
        for i, a in enumerate(rects):
            assert bounds is None or bounds.contains(a), a
            for b in rects[i + 1 :]:
                assert not a.intersected(b).isValid() or a.intersected(b).isEmpty()
        for placed in page:
            if placed.block is None:
                continue
            seen.append(placed.block.key)
            layout = placed.text.layout
            for n in range(layout.lineCount()):
                assert layout.lineAt(n).naturalTextWidth() <= placed.text.width + 0.5
            assert placed.text.height + 2 * view._geometry.m["pad"] <= placed.rect.height() + 0.5
    assert sorted(seen) == sorted(c.id for c in book.contributions.list(sid))
    texts = every_page(projector)
    assert any("Card 199" in t for t, _ in texts)


def test_user_text_is_plain_text(qtbot, book: Book) -> None:
    sid = book.sessions.create("Markup", phase=Phase.GROUP)
    raw = "<b>bold</b> & <img src=x> <font size=60>big</font>"
    book.contributions.add(sid, "delight", raw)
    projector = make_room(qtbot, book, sid)
    assert raw in projector.rendered_texts()


def test_a_vote_repaints_one_tally_without_rebuilding_the_board(qtbot, book: Book) -> None:
    sid = book.sessions.create("Live", participants=NAMES, phase=Phase.VOTE, secret_votes=False)
    cards = [book.contributions.add(sid, "value", f"Value idea {i}") for i in range(9)]
    book.votes.open_voting(sid)
    projector = make_room(qtbot, book, sid)
    view = projector.current_view()
    pages_before = view.pages
    VotingState.of(projector.context).cast_number(4)
    qtbot.waitUntil(lambda: view.shown_side.get(cards[3]) == "1")
    assert view.pages is pages_before  # no relayout, no rebuild
    assert book.votes.tally(sid) == {cards[3]: 1}


def test_ideation_shows_the_prompt_countdown_and_new_cards_live(qtbot, book: Book) -> None:
    sid = book.sessions.create("Ideate", phase=Phase.IDEATE, rounds=[
        ("delight", "How could we delight a guest?"), ("obstacle", "What gets in the way?")])  # fmt: skip
    projector = make_room(qtbot, book, sid)
    projector.context.timer.set_minutes(2)
    texts = projector.rendered_texts()
    assert "How could we delight a guest?" in texts and "2:00" in texts
    book.contributions.add(sid, "obstacle", "The printer jams")
    qtbot.waitUntil(lambda: "The printer jams" in projector.rendered_texts())
    assert "What gets in the way?" in projector.rendered_texts()


def test_projector_shows_the_prompt_of_the_kind_the_console_captures(qtbot, book: Book) -> None:
    sid = book.sessions.create("Rounds", phase=Phase.IDEATE, rounds=[
        ("delight", "How could we delight a guest?"), ("obstacle", "What gets in the way?")])  # fmt: skip
    projector = make_room(qtbot, book, sid)
    assert "How could we delight a guest?" in projector.rendered_texts()
    projector.context.set_capture_kind(Kind.OBSTACLE)
    qtbot.waitUntil(lambda: "What gets in the way?" in projector.rendered_texts())
    assert "How could we delight a guest?" not in projector.rendered_texts()


def test_follow_up_celebrates_what_was_done_first(qtbot, book: Book) -> None:
    first = book.sessions.create("October", date="2026-10-20")
    done = book.actions.plan(first, "Repaint the sign", owner="Bob")
    book.actions.plan(first, "New coffee machine", owner="Ann", due="2026-11-01")
    book.actions.set_status(done, "done")
    sid = book.sessions.create("November", date="2026-11-20", phase=Phase.REVIEW)
    projector = make_room(qtbot, book, sid)
    texts = projector.rendered_texts()
    assert texts.index("Repaint the sign") < texts.index("New coffee machine")
    assert "✓" in texts and any("1 Nov 2026" in t for t in texts)


def test_plan_shows_what_who_and_by_when(qtbot, book: Book) -> None:
    sid = book.sessions.create("Plan", phase=Phase.PLAN)
    card = book.contributions.add(sid, "delight", "Call guests back within the hour")
    book.votes.cast(sid, card, "Ann", 2)
    projector = make_room(qtbot, book, sid)
    assert "Call guests back within the hour" in projector.rendered_texts()  # the vote result
    book.actions.plan(sid, "Call-back rota", owner="Dara", due="2026-12-05", contribution_id=card)
    qtbot.waitUntil(lambda: "Call-back rota" in projector.rendered_texts())
    assert any("Dara" in t and "5 Dec 2026" in t for t in projector.rendered_texts())


def test_projector_keys_turn_pages_and_escape_closes(qtbot, book: Book) -> None:
    sid = book.sessions.create("Keys", phase=Phase.GROUP)
    for i in range(80):
        book.contributions.add(sid, "delight", f"Card {i} " + "long words here " * 4)
    projector = make_room(qtbot, book, sid)
    view = projector.current_view()
    assert view.page_count() > 2
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert view.page == 1
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert view.page == 0
    with qtbot.waitSignal(projector.closed):
        qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_undo_of_a_dot_takes_it_off_the_projector(qtbot, book: Book) -> None:
    sid = book.sessions.create("Undo", participants=NAMES, phase=Phase.VOTE, secret_votes=False)
    card = book.contributions.add(sid, "delight", "Umbrellas at the door")
    book.votes.open_voting(sid)
    projector = make_room(qtbot, book, sid)
    view = projector.current_view()
    state = VotingState.of(projector.context)
    state.cast_number(1)
    state.cast_number(1)
    qtbot.waitUntil(lambda: view.shown_side.get(card) == "2")
    projector.context.bridge.undo()
    qtbot.waitUntil(lambda: view.shown_side.get(card) == "1")
    assert state.dots_left() == 4 and book.votes.tally(sid) == {card: 1}
