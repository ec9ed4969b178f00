"""What every playbook export shows: the entries in order, with where each came from
and how often it was used, read once from the book."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from ..book import Book
from ..errors import InvalidInput
from ..i18n import _
from ..playbook import EntryRecord
from .formatting import long_date, slug

FORMATS = ("playbook-pdf", "playbook-cards", "playbook-md", "playbook-csv")
SUFFIXES = {"playbook-pdf": ".pdf", "playbook-cards": ".pdf", "playbook-md": ".md",
            "playbook-csv": ".csv"}  # fmt: skip
STEMS = {"playbook-pdf": "recovery-playbook", "playbook-cards": "recovery-cards",
         "playbook-md": "recovery-playbook", "playbook-csv": "recovery-playbook"}  # fmt: skip


@dataclass(frozen=True)
class PlaybookItem:
    number: int
    record: EntryRecord
    origin: str  # "Session “Front desk, March” of 3 March 2026", or ""


@dataclass(frozen=True)
class PlaybookDoc:
    book_name: str
    printed: Date
    items: tuple[PlaybookItem, ...]


def build_playbook(book: Book, printed: Date | None = None) -> PlaybookDoc:
    """The whole playbook; refuses an empty one (there would be nothing to hand out)."""
    records = book.playbook.records()
    if not records:
        raise InvalidInput(_("The playbook is empty: write an entry first (Playbook window, F6)."))
    sessions = {s.id: s for s in book.sessions.list()}
    items = []
    for number, record in enumerate(records, start=1):
        session = sessions.get(record.entry.session_id or -1)
        origin = (
            _("Session “{title}” of {date}").format(
                title=session.title, date=long_date(session.date)
            )
            if session
            else ""
        )
        items.append(PlaybookItem(number, record, origin))
    return PlaybookDoc(book.name, printed or book.clock().date(), tuple(items))


def default_playbook_name(book: Book, fmt: str) -> str:
    """``recovery-playbook-front-desk.pdf``, ``recovery-cards-front-desk.pdf``..."""
    if fmt not in FORMATS:
        raise InvalidInput(
            _("Unknown playbook format {format!r}: use {formats}.").format(
                format=fmt, formats=", ".join(FORMATS)
            )
        )
    name = slug(book.name) or "book"
    return f"{STEMS[fmt]}-{name}{SUFFIXES[fmt]}"
