"""The value-ideas backlog: value ideas carry across sessions until one is acted on.

A value idea raised in one session and not yet turned into an action stays in
the backlog; the facilitator pulls chosen ones into a later session, where they
are copied as new cards (so the room can vote on them again) in one undoable
operation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InvalidInput
from .i18n import _
from .model import Kind

if TYPE_CHECKING:
    from .book import Book


@dataclass(frozen=True)
class BacklogIdea:
    contribution_id: int
    text: str
    author: str | None
    session_id: int
    session_title: str
    session_date: str
    dots: int  # most dots it got in a session's vote
    times_raised: int  # sessions in which the same words were raised


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def value_backlog(book: Book, session_id: int | None = None) -> list[BacklogIdea]:
    """Value ideas of other sessions not yet acted on nor already in *session_id*, newest first.

    The same idea raised again in several sessions appears once (its latest card).
    """
    rows = book.db.execute(
        "SELECT c.id, c.text, c.author, c.session_id, s.title, s.date, "
        "(SELECT COALESCE(SUM(v.dots), 0) FROM votes v WHERE v.contribution_id IN "
        " (SELECT m.id FROM contributions m WHERE m.id = c.id OR m.merged_into = c.id)) "
        "FROM contributions c JOIN sessions s ON s.id = c.session_id "
        "WHERE c.kind = 'value' AND c.merged_into IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.contribution_id = c.id) "
        "ORDER BY s.date DESC, s.id DESC, c.id"
    ).fetchall()
    acted = {
        _key(text)
        for (text,) in book.db.execute(
            "SELECT c.text FROM contributions c JOIN actions a ON a.contribution_id = c.id "
            "WHERE c.kind = 'value'"
        )
    }
    here = set()
    if session_id is not None:
        here = {
            _key(text)
            for (text,) in book.db.execute(
                "SELECT text FROM contributions WHERE session_id = ? AND kind = 'value'",
                [session_id],
            )
        }
    seen: dict[str, list] = {}
    for cid, text, author, sid, title, day, dots in rows:
        key = _key(text)
        if sid == session_id or key in here or key in acted:
            continue
        if key in seen:
            seen[key][-1] += 1
            seen[key][6] = max(seen[key][6], dots)
            continue
        seen[key] = [cid, text, author, sid, title, day, dots, 1]
    return [BacklogIdea(*values) for values in seen.values()]


def pull_value_ideas(book: Book, session_id: int, contribution_ids: Iterable[int]) -> list[int]:
    """Copy earlier value ideas into *session_id* as new cards; one undoable operation."""
    session = book.sessions.get(session_id)
    ids = list(dict.fromkeys(contribution_ids))
    if not ids:
        raise InvalidInput(_("Choose at least one value idea to pull into the session."))
    sources = []
    for cid in ids:
        source = book.contributions.get(cid)
        if source.kind is not Kind.VALUE:
            raise InvalidInput(_("Only value ideas can be pulled from the backlog."))
        sources.append(source)
    now = book.now()
    new_ids = []
    label = "Pull value idea from backlog" if len(ids) == 1 else "Pull value ideas from backlog"
    with book.operation(label) as tx:
        for source in sources:
            new_ids.append(
                tx.insert(
                    "contributions",
                    {
                        "session_id": session_id,
                        "kind": Kind.VALUE.value,
                        "text": source.text,
                        "author": None if session.anonymous else source.author,
                        "created_at": now,
                        "revealed": int(not session.silent_mode),
                    },
                )
            )
    return new_ids
