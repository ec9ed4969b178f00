"""Named operations: each commits atomically, notifies listeners and can be undone."""

from __future__ import annotations

import pytest

from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.journal import Change
from workshop.model import ActionStatus, Kind, ObstacleStatus


def test_added_contribution_is_on_disk_when_add_returns(book: Book, session_id: int) -> None:
    cid = book.contributions.add(session_id, "delight", "  Greet regulars by name \n", "Ann")
    with Book.open(book.path) as other:
        stored = other.contributions.get(cid)
    assert stored.text == "Greet regulars by name"
    assert stored.author == "Ann"
    assert stored.kind is Kind.DELIGHT


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> <img src=x> & \"quotes\" 'single'",
        "Emoji 🎉👩‍👩‍👧 and ZWJ",
        "שלום עולם — مرحبا بالعالم",
        "line one\nline two\r\nthree\ttabbed\x07bell\x1b[31m",
        "x" * 100_000,
    ],
)
def test_text_is_stored_exactly(book: Book, session_id: int, text: str) -> None:
    cid = book.contributions.add(session_id, "obstacle", text)
    assert book.contributions.get(cid).text == text


def test_empty_text_is_refused_and_nothing_is_written(book: Book, session_id: int) -> None:
    with pytest.raises(InvalidInput, match="cannot be empty"):
        book.contributions.add(session_id, "delight", "   \n\t ")
    assert book.contributions.list(session_id) == []


def test_unknown_kind_is_refused(book: Book, session_id: int) -> None:
    with pytest.raises(InvalidInput, match="Unknown kind"):
        book.contributions.add(session_id, "complaint", "text")


def test_listeners_hear_each_change(book: Book, session_id: int) -> None:
    heard: list[Change] = []
    book.subscribe(heard.append)
    cid = book.contributions.add(session_id, "value", "Free coffee refill")
    book.contributions.edit(cid, text="Free refill")
    assert [c.label for c in heard] == ["Add value idea", "Edit contribution"]
    assert heard[0].rows[0].kind == "insert" and heard[0].rows[0].row_id == cid
    assert heard[1].session_ids() == {session_id}


def test_anonymous_session_records_no_author(book: Book) -> None:
    sid = book.sessions.create("Anon", anonymous=True)
    cid = book.contributions.add(sid, "obstacle", "Forms in triplicate", "Ann")
    assert book.contributions.get(cid).author is None


def test_undo_and_redo_a_delete_restores_votes_and_credits(book: Book, session_id: int) -> None:
    hero = book.contributions.add(session_id, "hero", "Stayed late for a guest", credited=["Bob"])
    book.votes.cast(session_id, hero, "Ann", 2)
    book.contributions.delete(hero)
    assert book.contributions.list(session_id) == []
    assert book.votes.tally(session_id) == {}
    book.undo()
    assert book.contributions.get(hero).credited == ("Bob",)
    assert book.votes.tally(session_id) == {hero: 2}
    book.redo()
    assert book.contributions.list(session_id) == []


def test_merge_keeps_both_authors_and_votes_and_split_gives_them_back(
    book: Book, session_id: int
) -> None:
    a = book.contributions.add(session_id, "delight", "Call back within the hour", "Ann")
    b = book.contributions.add(session_id, "delight", "Return calls same hour", "Bob")
    book.votes.cast(session_id, a, "Chen", 1)
    book.votes.cast(session_id, b, "Ann", 2)
    book.contributions.merge(a, b)
    assert [c.id for c in book.contributions.list(session_id)] == [a]
    assert book.contributions.authors(a) == ["Ann", "Bob"]
    assert book.votes.tally(session_id) == {a: 3}
    book.contributions.split(a)
    assert book.votes.tally(session_id) == {a: 1, b: 2}
    book.undo()  # undo the split: merged again
    assert book.votes.tally(session_id) == {a: 3}


def test_vote_limits_refuse_the_extra_dot(book: Book, session_id: int) -> None:
    ids = [book.contributions.add(session_id, "delight", f"Idea {i}") for i in range(3)]
    for _ in range(3):
        book.votes.cast(session_id, ids[0], "Ann")
    with pytest.raises(InvalidInput, match="At most 3 dot"):
        book.votes.cast(session_id, ids[0], "Ann")
    book.votes.cast(session_id, ids[1], "Ann", 2)
    with pytest.raises(InvalidInput, match="no dots left"):
        book.votes.cast(session_id, ids[2], "Ann")
    assert book.votes.used_by(session_id, "Ann") == 5


def test_ties_share_a_rank(book: Book, session_id: int) -> None:
    a, b, c = (book.contributions.add(session_id, "delight", t) for t in "abc")
    book.votes.cast(session_id, b, "Ann", 2)
    book.votes.cast(session_id, c, "Bob", 2)
    book.votes.cast(session_id, a, "Bob", 1)
    ranking = [(r.rank, r.tied, r.contribution.id) for r in book.votes.ranking(session_id)]
    assert ranking == [(1, True, b), (1, True, c), (3, False, a)]


def test_actions_stay_open_across_sessions_until_done(book: Book, session_id: int) -> None:
    cid = book.contributions.add(session_id, "obstacle", "Printer jams")
    aid = book.actions.plan(session_id, "Replace printer", owner="Bob", due="2026-12-01",
                            contribution_id=cid)  # fmt: skip
    later = book.sessions.create("December", date="2026-12-15")
    assert [a.id for a in book.actions.open_actions(before_session=later)] == [aid]
    book.actions.set_status(aid, ActionStatus.DONE)
    assert book.actions.open_actions() == []
    book.contributions.set_obstacle(
        cid, status=ObstacleStatus.REMOVED, way_around="Use the back office"
    )
    obstacle = book.contributions.obstacles()[0]
    assert obstacle.obstacle_status is ObstacleStatus.REMOVED
    assert obstacle.status_changed_at is not None


def test_failed_operation_leaves_the_book_unchanged(book: Book, session_id: int) -> None:
    book.contributions.add(session_id, "delight", "keep me")
    with pytest.raises(RuntimeError), book.operation("Broken") as tx:
        tx.insert("themes", {"session_id": session_id, "name": "half", "position": 0})
        raise RuntimeError("boom")
    assert book.themes.list(session_id) == []
    assert book.history.undo_label == "Add delight idea"


def test_a_new_session_starts_with_the_follow_up_when_actions_are_open(book: Book) -> None:
    from workshop.model import Phase
    from workshop.templates import create_session_from

    first = create_session_from(book, "delight-ideas", "First")
    assert book.sessions.get(first).phase is Phase.IDEATE  # the template's first phase
    stories = create_session_from(book, "hero-stories", "Stories")
    assert book.sessions.get(stories).phase is Phase.WARMUP
    book.actions.plan(first, "Greet every caller by name", owner="Ann")
    second = create_session_from(book, "value-ideas", "Second")
    assert book.sessions.get(second).phase is Phase.REVIEW
    review = create_session_from(book, "follow-up-review", "Review")
    assert book.sessions.get(review).phase is Phase.REVIEW


def test_moving_to_another_phase_is_not_undone_by_ctrl_z(book: Book, session_id: int) -> None:
    from workshop.model import Phase

    book.contributions.add(session_id, "delight", "Remember the dog's name")
    book.sessions.update(session_id, dots_per_person=4)
    book.sessions.set_phase(session_id, Phase.GROUP)
    book.undo()  # undoes the settings change, not the move
    session = book.sessions.get(session_id)
    assert session.phase is Phase.GROUP
    assert session.dots_per_person == 5
    book.undo()
    assert book.contributions.list(session_id) == []


def test_cards_deleted_or_merged_together_come_back_with_one_undo(
    book: Book, session_id: int
) -> None:
    ids = [book.contributions.add(session_id, "delight", f"Idea {i}", "Ann") for i in range(5)]
    book.votes.cast(session_id, ids[1], "Bob", 2)
    book.contributions.merge(ids[0], ids[1], ids[2])
    assert [c.id for c in book.contributions.list(session_id)] == [ids[0], ids[3], ids[4]]
    assert book.votes.tally(session_id) == {ids[0]: 2}
    book.contributions.delete(ids[0], ids[3])
    assert [c.id for c in book.contributions.list(session_id)] == [ids[4]]
    assert book.history.undo_label == "Delete 2 contributions"
    book.undo()
    assert len(book.contributions.list(session_id)) == 3
    assert book.votes.tally(session_id) == {ids[0]: 2}
    book.undo()
    assert len(book.contributions.list(session_id)) == 5
    assert book.votes.tally(session_id) == {ids[1]: 2}


def test_cards_split_together_are_merged_again_with_one_undo(book: Book, session_id: int) -> None:
    a, b, c, d = (book.contributions.add(session_id, "delight", t) for t in "abcd")
    book.contributions.merge(a, b)
    book.contributions.merge(c, d)
    book.contributions.split(a, c)
    assert len(book.contributions.list(session_id)) == 4
    book.undo()
    assert [x.id for x in book.contributions.list(session_id)] == [a, c]
