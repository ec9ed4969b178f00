"""What a phone may see: the shared state of the room and the phone's own part.

Nothing here says who wrote or voted what: cards carry no author, the tally is a
count per item (and hidden while secret voting is open), and a phone learns only
its own cards and its own dots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..book import Book
from ..i18n import current_language
from ..model import Contribution, Phase, VoteMode
from ..stores.votes import tallies_hidden

if TYPE_CHECKING:
    from .room import Phone, Room


def ballot(book: Book, session_id: int) -> list[Contribution]:
    """The items of the vote, in the console's order: revealed cards, theme by theme."""
    themes = {t.id: t.position for t in book.themes.list(session_id)}
    last = len(themes) + 1
    cards = [c for c in book.contributions.list(session_id) if c.revealed]
    cards.sort(key=lambda c: (themes.get(c.theme_id, last) if c.theme_id else last, c.id))
    return cards


def _card(card: Contribution) -> dict[str, Any]:
    out: dict[str, Any] = {"id": card.id, "kind": card.kind.value, "text": card.text}
    if card.way_around:
        out["way_around"] = card.way_around
    if card.customer:
        out["customer"] = card.customer
    return out


def shared_view(room: Room) -> dict[str, Any]:
    book, sid = room.book, room.session_id
    session = book.sessions.get(sid)
    prompt = book.sessions.prompt_for(sid, room.kind)
    state: dict[str, Any] = {
        "type": "state",
        "rev": room.revision,
        "open": room.is_open,
        "lang": current_language(),  # the page asks /api/strings again when it changes
        "session": {
            "title": session.title,
            "phase": session.phase.value,
            "phase_label": session.phase.label,
            "anonymous": session.anonymous,
            "silent": session.silent_mode,
        },
        "round": {"kind": room.kind.value, "label": room.kind.label, "prompt": prompt or ""},
        "timer": room.timer,
        "vote": None,
        "result": None,
    }
    if session.phase in (Phase.VOTE, Phase.PLAN):
        items = room.ballot()
        hidden = tallies_hidden(session)
        tally = book.votes.tally(sid)
        phones = room.phones
        on_ballot = {c.id for c in items}
        state["vote"] = {
            "open": session.voting_open,
            "budget": session.dots_per_person,
            "per_item": session.max_dots_per_item,
            "phones_allowed": session.vote_mode != VoteMode.HANDS,
            # Phones keep the items they have while items_version stays the same.
            "items_version": room.ballot_version,
            "items": [_card(c) for c in items] if session.phase == Phase.VOTE else [],
            # Items with dots only; an item missing here has none.
            "tally": None
            if hidden
            else {str(cid): n for cid, n in tally.items() if n and cid in on_ballot},
            "phones": len(phones),
            "done": sum(1 for ph in phones if ph.done),
        }
        if not session.voting_open and sum(tally.values()) > 0:
            state["result"] = [
                {"rank": r.rank, "tied": r.tied, "dots": r.dots, **_card(r.contribution)}
                for r in book.votes.ranking(sid)
                if r.contribution.revealed
            ]
    return state


def phone_view(room: Room, phone: Phone, shared: dict[str, Any]) -> dict[str, Any]:
    """The phone's own part ("me"): its cards and, in a vote, its dots."""
    book, sid = room.book, room.session_id
    session = shared["session"]
    cards = []
    if phone.cards:
        marks = ", ".join("?" for _ in phone.cards)
        rows = book.db.execute(
            f"SELECT id, kind, text, way_around, customer, revealed, merged_into "
            f"FROM contributions WHERE session_id = ? AND id IN ({marks}) ORDER BY id",
            [sid, *sorted(phone.cards)],
        ).fetchall()
        for cid, kind, text, way, customer, revealed, merged in rows:
            editable = (
                session["phase"] == Phase.IDEATE.value
                and merged is None
                and not (session["silent"] and revealed)
            )
            card: dict[str, Any] = {"id": cid, "kind": kind, "text": text, "editable": editable}
            if way:
                card["way_around"] = way
            if customer:
                card["customer"] = customer
            cards.append(card)
    me: dict[str, Any] = {"id": phone.id, "name": phone.name, "cards": cards}
    if shared["vote"] is not None:
        mine: dict[str, int] = {}
        for cid, dots in book.db.execute(
            "SELECT COALESCE(c.merged_into, c.id), SUM(v.dots) FROM votes v "
            "JOIN contributions c ON c.id = v.contribution_id "
            "WHERE v.session_id = ? AND v.voter = ? GROUP BY 1",
            [sid, phone.voter],
        ):
            mine[str(cid)] = int(dots)
        me["mine"] = mine
        me["dots_left"] = max(0, shared["vote"]["budget"] - sum(mine.values()))
    return me
