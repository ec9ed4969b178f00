"""Core voting additions: open/close, methods, taking back the last dot, secrecy."""

from __future__ import annotations

import pytest

from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.model import VoteMode
from workshop.stores.votes import VoteRefused, tallies_hidden


def test_open_voting_fixes_limits_and_method_in_one_undoable_step(
    book: Book, session_id: int
) -> None:
    book.votes.open_voting(session_id, dots_per_person=4, max_dots_per_item=9, method="hands",
                           secret=False)  # fmt: skip
    session = book.sessions.get(session_id)
    assert session.voting_open
    assert (session.dots_per_person, session.max_dots_per_item) == (4, 4)  # capped at budget
    assert session.vote_mode is VoteMode.HANDS and not session.secret_votes
    book.undo()
    session = book.sessions.get(session_id)
    assert not session.voting_open and session.dots_per_person == 5


def test_a_closed_ballot_refuses_dots_when_asked_to(book: Book, session_id: int) -> None:
    card = book.contributions.add(session_id, "delight", "Warm towels")
    with pytest.raises(VoteRefused, match="closed"):
        book.votes.cast(session_id, card, "Ann", require_open=True)
    book.votes.open_voting(session_id)
    book.votes.cast(session_id, card, "Ann", require_open=True, method="phones")
    book.votes.close_voting(session_id)
    with pytest.raises(VoteRefused):
        book.votes.cast(session_id, card, "Bob", require_open=True)
    method = book.db.execute("SELECT method FROM votes").fetchone()[0]
    assert method == "phones"
    with pytest.raises(InvalidInput):
        book.votes.cast(session_id, card, "Bob", method="hands")


def test_retract_last_takes_back_the_latest_dot_of_that_voter_only(
    book: Book, session_id: int
) -> None:
    a, b = (book.contributions.add(session_id, "delight", t) for t in ("A", "B"))
    book.votes.cast(session_id, a, "Ann")
    book.votes.cast(session_id, b, "Ann", 2)
    book.votes.cast(session_id, a, "Bob")
    assert book.votes.retract_last(session_id, "Ann") == b
    assert book.votes.tally(session_id) == {a: 2, b: 1}
    assert book.votes.retract_last(session_id, "Ann") == b
    assert book.votes.retract_last(session_id, "Ann") == a
    assert book.votes.retract_last(session_id, "Ann") is None
    assert book.votes.tally(session_id) == {a: 1}


def test_usage_counts_each_voters_dots_per_card_including_merged_duplicates(
    book: Book, session_id: int
) -> None:
    a, b = (book.contributions.add(session_id, "delight", t) for t in ("A", "A again"))
    book.votes.cast(session_id, a, "Ann")
    book.votes.cast(session_id, b, "Ann")
    book.votes.set_hands(session_id, a, 7)
    book.contributions.merge(a, b)
    assert book.votes.usage(session_id) == {("Ann", a): 2}


def test_tallies_are_hidden_only_while_secret_voting_is_open(book: Book, session_id: int) -> None:
    assert not tallies_hidden(book.sessions.get(session_id))  # not open yet
    book.votes.open_voting(session_id, secret=True)
    assert tallies_hidden(book.sessions.get(session_id))
    book.sessions.update(session_id, vote_mode="hands")
    assert not tallies_hidden(book.sessions.get(session_id))  # hands are counted in the open
    book.sessions.update(session_id, vote_mode="turns")
    book.votes.close_voting(session_id)
    assert not tallies_hidden(book.sessions.get(session_id))
