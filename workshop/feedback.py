"""Customer feedback into hero stories: read a survey tool's CSV, map its columns, import.

Survey tools export a header row and one answer per line; the columns come in
any order and under any name, so the user chooses which column holds the
customer's words (required) and, optionally, the date, the customer, the
employee(s) to credit and the recovery-playbook entry the story is about. The
import is one operation: all rows or none, undone in one step.

A story linked to a playbook entry is a recovery story, and the link records a
use of the entry that worked (the customer praised it); the ``import`` command
reads a ``playbook`` column through the same functions.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .book import Book
from .csv_text import looks_like_utf16, read_records
from .errors import InvalidInput
from .i18n import _
from .model import HeroType, Kind
from .stores.sessions import clean_names

FIELDS = ("text", "date", "customer", "employee", "playbook")
# Names survey tools give their columns, for a first guess at the mapping.
GUESSES = {
    "text": ("comment", "feedback", "story", "text", "review", "message", "answer", "remarks"),
    "date": ("date", "submitted", "timestamp", "time", "created", "when"),
    "customer": ("customer", "client", "guest", "respondent", "name", "from"),
    "employee": ("employee", "staff", "agent", "served", "team member", "colleague", "credit"),
    "playbook": ("playbook", "recovery used", "recovery card"),
}
# Several employees in one cell: "Ann; Bob", "Ann, Bob", "Ann & Bob", "Ann / Bob", "Ann and Bob".
# The one source of the separators: the parser and every help text use it.
NAME_SEPARATORS = (";", ",", "&", "/", "+")
_NAME_SPLIT = re.compile(r"\s*(?:[" + re.escape("".join(NAME_SEPARATORS)) + r"\n]|\band\b)\s*")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d.%m.%Y", "%d %B %Y", "%d %b %Y",
                 "%B %d, %Y", "%b %d, %Y")  # fmt: skip


@dataclass(frozen=True)
class FeedbackTable:
    """A CSV file as read: its header row and the non-empty rows under it."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    skipped_empty: int = 0


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (by index) holds each field; None when the file has no such column."""

    text: int
    date: int | None = None
    customer: int | None = None
    employee: int | None = None
    playbook: int | None = None


@dataclass(frozen=True)
class FeedbackStory:
    text: str
    date: str | None
    customer: str | None
    employees: tuple[str, ...]
    playbook: str | None = None  # the playbook entry named in the row (number or mishap)
    row: int = 0


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    order = looks_like_utf16(data)
    if order:
        return data.decode(f"utf-16-{order.lower()}", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheets saved on Windows


def parse_csv(text: str) -> FeedbackTable:
    """Split CSV text into a header row and rows; blank rows are skipped and counted.

    The strict reader of ``csv_text`` (shared with the ``import`` command) refuses an
    unclosed quote, text after a closing quote and control characters by line.
    """
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, ",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    header, records, skipped = read_records(text, delimiter)
    if header is None:
        raise InvalidInput(_("The file is empty: it needs a header row and one answer per row."))
    width = len(header.cells)
    body = []
    for record in records:
        cells = tuple(cell.strip() for cell in record.cells)
        body.append(cells[:width] + ("",) * (width - len(cells)))
    headers = tuple(h.strip() or f"Column {i + 1}" for i, h in enumerate(header.cells))
    return FeedbackTable(headers, tuple(body), skipped)


def read_csv(path: str | Path) -> FeedbackTable:
    return parse_csv(_decode(Path(path).read_bytes()))


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """A first guess of each field's column from the header names."""
    guess: dict[str, int | None] = dict.fromkeys(FIELDS)
    lowered = [h.casefold() for h in headers]
    for field in FIELDS:
        for word in GUESSES[field]:
            for index, header in enumerate(lowered):
                if word in header and index not in guess.values():
                    guess[field] = index
                    break
            if guess[field] is not None:
                break
    return guess


def parse_date(value: str, row_number: int) -> str | None:
    """An ISO day from the date formats survey tools write (None if the cell is empty)."""
    try:
        return parse_day(value)
    except InvalidInput as exc:
        raise InvalidInput(
            _("Row {row_number}: {exc}").format(row_number=row_number, exc=exc)
        ) from None


def parse_day(value: str) -> str | None:
    """The day of a date as survey tools and spreadsheets write it, in ISO form.

    Shared by the feedback dialog and the ``import`` command, so both accept the same dates.
    """
    value = value.strip()
    if not value:
        return None
    try:  # ISO dates and date-times: 2026-11-03, 2026-11-03 14:02:11, 2026-11-03T14:02Z
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    head = value.split(" ")[0] if re.match(r"^\d{4}[/.]", value) else value
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(head, fmt).date().isoformat()
        except ValueError:
            continue
    raise InvalidInput(
        _(
            "“{value}” is not a date this import understands (use 2026-11-03, or leave it empty)."
        ).format(value=value)
    )


def date_examples() -> list[str]:
    """One example of every date form parse_day reads (for help texts)."""
    day = datetime(2026, 11, 3)
    examples = [day.date().isoformat()]
    for fmt in _DATE_FORMATS:
        text = day.strftime(fmt)
        if text not in examples:
            examples.append(text)
    return examples


def separators_text() -> str:
    """The separators of several employees in one cell, for help texts."""
    return " ".join(f"“{s}”" for s in NAME_SEPARATORS) + ' or the word "and"'


def split_employees(value: str) -> tuple[str, ...]:
    return tuple(clean_names(_NAME_SPLIT.split(value)))


def stories(table: FeedbackTable, mapping: ColumnMapping) -> list[FeedbackStory]:
    """The stories the import would write; raises InvalidInput naming the first bad row."""
    width = len(table.headers)
    for field in FIELDS:
        index = getattr(mapping, field)
        if index is not None and not 0 <= index < width:
            raise InvalidInput(_("The {field} column is not in this file.").format(field=field))
    chosen = [i for i in (getattr(mapping, f) for f in FIELDS) if i is not None]
    if len(chosen) != len(set(chosen)):
        raise InvalidInput(_("Choose a different column for each field."))
    found = []
    for number, row in enumerate(table.rows, start=2):  # row 1 is the header
        text = row[mapping.text].strip()
        if not text:
            continue  # an answer with no words for us: nothing to celebrate
        found.append(
            FeedbackStory(
                text=text,
                date=parse_date(row[mapping.date], number) if mapping.date is not None else None,
                customer=(row[mapping.customer].strip() or None)
                if mapping.customer is not None
                else None,
                employees=split_employees(row[mapping.employee])
                if mapping.employee is not None
                else (),
                playbook=(row[mapping.playbook].strip() or None)
                if mapping.playbook is not None
                else None,
                row=number,
            )
        )
    return found


def playbook_entries(book: Book, named: Sequence[tuple[str, str]]) -> dict[str, int]:
    """The entry id of each (where, value) named in a file, by number or by mishap.

    Raises InvalidInput naming the first value that is no entry of the book's playbook.
    """
    found: dict[str, int] = {}
    for where, value in named:
        if value in found:
            continue
        entry = book.playbook.find(value)
        if entry is None:
            count = len(book.playbook.list())
            if count:
                message = _(
                    "{where}: “{value}” is no entry of the recovery playbook "
                    "(use its number (1 to {count}) or its mishap)."
                )
            else:
                message = _(
                    "{where}: “{value}” is no entry of the recovery playbook (it is empty)."
                )
            raise InvalidInput(message.format(where=where, value=value, count=count))
        found[value] = entry.id
    return found


def import_feedback(
    book: Book,
    session_id: int,
    table: FeedbackTable,
    mapping: ColumnMapping,
    hero_type: HeroType | str = HeroType.ROUTINE,
    playbook_entry: int | None = None,
) -> list[int]:
    """Add every story of *table* to the session as hero stories, in one undoable operation.

    A story whose row names a playbook entry (or every story, when *playbook_entry*
    is given and its row names none) is a recovery story linked to that entry.
    """
    session = book.sessions.get(session_id)
    found = stories(table, mapping)
    if not found:
        raise InvalidInput(_("No row of this file has text in the chosen story column."))
    if playbook_entry is not None:
        book.playbook.require("playbook_entries", playbook_entry, "playbook entry")
    entries = playbook_entries(book, [(f"Row {s.row}", s.playbook) for s in found if s.playbook])
    kind_type = HeroType(hero_type).value
    now = book.now()
    ids = []
    label = "Import customer feedback"
    with book.operation(label) as tx:
        for story in found:
            entry_id = entries[story.playbook] if story.playbook else playbook_entry
            new_id = tx.insert(
                "contributions",
                {
                    "session_id": session_id,
                    "kind": Kind.HERO.value,
                    "text": story.text,
                    "author": None,  # the customer's words, not a participant's
                    "created_at": now,
                    "revealed": int(not session.silent_mode),
                    "hero_type": HeroType.RECOVERY.value if entry_id else kind_type,
                    "customer": story.customer,
                    "story_date": story.date,
                },
            )
            for name in story.employees:
                tx.insert("hero_credits", {"contribution_id": new_id, "employee": name})
            if entry_id is not None:
                book.playbook.link_story(tx, entry_id, new_id, story.date)
            ids.append(new_id)
    return ids
