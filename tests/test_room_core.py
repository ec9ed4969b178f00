"""The room's core without a server: joining, anonymity, budgets, ownership, undo."""

from __future__ import annotations

import json

import pytest

from workshop.book import Book
from workshop.model import Phase
from workshop.room.errors import Invalid, NotJoined, NotNow, TooManyTries, WrongCode
from workshop.room.room import Room
from workshop.room.security import CODE_ALPHABET, AttemptLimiter, new_join_code, new_token


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def room(book: Book, session_id: int) -> Room:
    book.sessions.set_phase(session_id, Phase.IDEATE)
    return Room(book, session_id)


def test_codes_and_tokens_are_long_random_and_distinct():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    # url-safe base64: 6 bits a character; at least 128 bits.
    assert min(len(t) for t in tokens) * 6 >= 128


def test_wrong_codes_are_limited_per_address_then_released_after_a_minute(book, session_id):
    clock = Clock()
    room = Room(book, session_id, limiter=AttemptLimiter(limit=10, window=60, clock=clock))
    for _ in range(10):
        with pytest.raises(WrongCode):
            room.join("10.0.0.5", {"code": "AAAAAA", "name": "Eve"})
    with pytest.raises(TooManyTries):
        room.join("10.0.0.5", {"code": room.code, "name": "Eve"})
    room.join("10.0.0.6", {"code": room.code.lower(), "name": "Ann"})  # another address joins
    clock.now += 61
    room.join("10.0.0.5", {"code": room.code, "name": "Eve"})
    assert sorted(ph.name for ph in room.phones) == ["Ann", "Eve"]


def test_names_are_required_and_unique_unless_anonymous(book, session_id, room):
    with pytest.raises(Invalid):
        room.join("a", {"code": room.code})
    for bad in ("Ann\nBoss", "x" * 41, 7, ["Ann"]):
        with pytest.raises(Invalid):
            room.join("a", {"code": room.code, "name": bad})
    room.join("a", {"code": room.code, "name": "Ann"})
    with pytest.raises(NotNow):
        room.join("b", {"code": room.code, "name": " ann "})


def test_a_card_goes_through_the_book_and_undo_takes_it_away(book, session_id, room):
    token, phone = room.join("a", {"code": room.code, "name": "Ann"})
    heard = []
    book.subscribe(heard.append)
    assert room.view(phone)["me"]["cards"] == []
    card, created = room.add_card(phone, {"key": "key-00001", "text": "  Fresh towels  "})
    assert created and card["text"] == "Fresh towels"
    assert [c["text"] for c in room.view(phone)["me"]["cards"]] == ["Fresh towels"]
    stored = book.contributions.get(card["id"])
    assert (stored.author, stored.kind.value) == ("Ann", "delight")
    assert [c.label for c in heard] == ["Add delight idea"]
    again, created = room.add_card(phone, {"key": "key-00001", "text": "Fresh towels"})
    assert not created and again == card
    assert len(book.contributions.list(session_id)) == 1
    book.undo()
    assert book.contributions.list(session_id) == []
    assert room.view(room.phone(token))["me"]["cards"] == []


def test_a_phone_writes_the_rounds_kind_only_while_the_room_writes(book, session_id, room):
    _token, phone = room.join("a", {"code": room.code, "name": "Ann"})
    room.set_kind("obstacle")
    with pytest.raises(NotNow):
        room.add_card(phone, {"key": "key-00001", "kind": "delight", "text": "Late"})
    card, _ = room.add_card(
        phone, {"key": "key-00002", "kind": "obstacle", "text": "Printer", "way_around": "Walk"}
    )
    assert book.contributions.get(card["id"]).way_around == "Walk"
    book.sessions.set_phase(session_id, Phase.GROUP)
    with pytest.raises(NotNow):
        room.add_card(phone, {"key": "key-00003", "kind": "obstacle", "text": "Too late"})


def test_a_phone_edits_and_deletes_only_its_own_cards_until_revealed(book, session_id, room):
    book.sessions.update(session_id, silent_mode=True)
    _t, ann = room.join("a", {"code": room.code, "name": "Ann"})
    _t, bob = room.join("b", {"code": room.code, "name": "Bob"})
    card, _ = room.add_card(ann, {"key": "key-00001", "text": "Coffee"})
    typed = book.contributions.add(session_id, "delight", "Typed at the laptop")
    for phone, cid in ((bob, card["id"]), (ann, typed)):
        with pytest.raises(Invalid):
            room.edit_card(phone, cid, {"text": "Mine now"})
        with pytest.raises(Invalid):
            room.delete_card(phone, cid)
    room.edit_card(ann, card["id"], {"text": "Better coffee"})
    assert book.contributions.get(card["id"]).text == "Better coffee"
    book.contributions.reveal_all(session_id)
    with pytest.raises(NotNow):
        room.edit_card(ann, card["id"], {"text": "Changed after reveal"})
    with pytest.raises(NotNow):
        room.delete_card(ann, card["id"])
    assert book.contributions.get(card["id"]).text == "Better coffee"


def _vote(book: Book, session_id: int, room: Room, **settings) -> list[int]:
    cards = [book.contributions.add(session_id, "delight", f"Idea {i}") for i in range(3)]
    book.sessions.set_phase(session_id, Phase.VOTE)
    book.votes.open_voting(session_id, method="phones", **settings)
    return cards


def test_budgets_and_caps_hold_whatever_a_phone_sends(book, session_id, room):
    _t, phone = room.join("a", {"code": room.code, "name": "Ann"})
    a, b, c = _vote(book, session_id, room, dots_per_person=3, max_dots_per_item=2)
    room.place_dot(phone, {"card": a})
    room.place_dot(phone, {"card": a})
    with pytest.raises(NotNow, match="At most 2"):
        room.place_dot(phone, {"card": a})
    room.place_dot(phone, {"card": b})
    with pytest.raises(NotNow, match="You have no dots left"):
        room.place_dot(phone, {"card": c})
    assert book.votes.used_by(session_id, "Ann") == 3
    room.take_back_dot(phone, a)
    assert room.view(phone)["me"]["dots_left"] == 1
    with pytest.raises(NotNow):
        room.take_back_dot(phone, c)
    for bad in ("1", 1.5, True, -1, 10**30, None, [a]):
        with pytest.raises(Invalid):
            room.place_dot(phone, {"card": bad})
    book.votes.close_voting(session_id)
    with pytest.raises(NotNow):
        room.place_dot(phone, {"card": c})
    assert book.votes.tally(session_id) == {a: 1, b: 1}


def test_phones_and_the_laptop_vote_in_one_vote(book, session_id, room):
    _t, phone = room.join("a", {"code": room.code, "name": "Ann"})
    a, b, _c = _vote(book, session_id, room, dots_per_person=2)
    room.place_dot(phone, {"card": a})
    book.votes.cast(session_id, b, "Bob")  # Bob has no phone: he votes at the laptop
    assert book.votes.tally(session_id) == {a: 1, b: 1}
    methods = {m for (m,) in book.db.execute("SELECT method FROM votes")}
    assert methods == {"phones", "turns"}


def test_anonymous_sessions_tell_no_phone_who_wrote_or_voted_what(book):
    sid = book.sessions.create("Anonymous", rounds=[("delight", "?")], anonymous=True)
    book.sessions.set_phase(sid, Phase.IDEATE)
    room = Room(book, sid)
    assert not room.needs_name()
    _t, one = room.join("a", {"code": room.code, "name": "Ann"})
    _t, two = room.join("b", {"code": room.code})
    assert one.name is None and one.voter != two.voter
    card, _ = room.add_card(one, {"key": "key-00001", "text": "Quiet idea"})
    assert book.contributions.get(card["id"]).author is None
    book.sessions.set_phase(sid, Phase.VOTE)
    book.votes.open_voting(sid, method="phones", secret=False)
    room.place_dot(one, {"card": card["id"]})
    seen_by_two = json.dumps(room.view(two))
    assert "Quiet idea" in seen_by_two  # the card, yes
    assert one.voter not in seen_by_two and one.id not in seen_by_two and "Ann" not in seen_by_two
    assert room.view(two)["me"]["cards"] == []
    assert book.votes.voters(sid) == [one.voter]  # a pseudonym keeps the budget, no name


def test_secret_tallies_stay_off_the_phones_until_voting_closes(book, session_id, room):
    _t, phone = room.join("a", {"code": room.code, "name": "Ann"})
    a, _b, _c = _vote(book, session_id, room, secret=True)
    room.place_dot(phone, {"card": a})
    assert room.view(phone)["vote"]["tally"] is None
    assert room.view(phone)["me"]["mine"] == {str(a): 1}
    book.votes.close_voting(session_id)
    view = room.view(phone)
    assert view["vote"]["tally"][str(a)] == 1
    assert view["result"][0]["id"] == a and view["result"][0]["dots"] == 1


def test_done_is_counted_and_closing_the_room_revokes_every_token(book, session_id, room):
    token, phone = room.join("a", {"code": room.code, "name": "Ann"})
    _vote(book, session_id, room)
    room.set_done(phone, {"done": True})
    assert room.view(phone)["vote"]["done"] == 1
    heard = []
    room.subscribe(heard.append)
    room.close()
    assert heard == ["closed"]
    with pytest.raises(NotJoined):
        room.phone(token)
    with pytest.raises(NotJoined):
        room.join("a", {"code": room.code, "name": "Ann"})


def test_removing_a_phone_revokes_its_token_only(book, session_id, room):
    token_a, ann = room.join("a", {"code": room.code, "name": "Ann"})
    token_b, _bob = room.join("b", {"code": room.code, "name": "Bob"})
    assert room.remove_phone(ann.id)
    with pytest.raises(NotJoined):
        room.phone(token_a)
    assert room.phone(token_b).name == "Bob"


def test_hero_stories_and_value_ideas_keep_their_own_fields(book, session_id, room):
    _t, phone = room.join("a", {"code": room.code, "name": "Ann"})
    room.set_kind("hero")
    card, _ = room.add_card(
        phone, {"key": "key-hero-1", "text": "Drove the lost bag over", "customer": "Mr Ito"}
    )
    stored = book.contributions.get(card["id"])
    assert (stored.kind.value, stored.customer, stored.author) == ("hero", "Mr Ito", "Ann")
    room.set_kind("value")
    with pytest.raises(Invalid):
        room.add_card(phone, {"key": "key-value-1", "text": "x", "customer": "Mr Ito"})
    with pytest.raises(Invalid):
        room.add_card(phone, {"key": "key-value-2", "text": "x", "way_around": "y"})
    card, _ = room.add_card(phone, {"key": "key-value-3", "text": "Fewer forms"})
    assert book.contributions.get(card["id"]).kind.value == "value"
