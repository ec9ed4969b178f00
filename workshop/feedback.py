"""Customer feedback into hero stories: read a survey tool's CSV, map its columns, import.

Survey tools export a header row and one answer per line; the columns come in
any order and under any name, so the user chooses which column holds the
customer's words (required) and, optionally, the date, the customer and the
employee(s) to credit. The import is one operation: all rows or none, undone
in one step.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .book import Book
from .errors import InvalidInput
from .i18n import _
from .model import HeroType, Kind
from .stores.sessions import clean_names

FIELDS = ("text", "date", "customer", "employee")
# Names survey tools give their columns, for a first guess at the mapping.
GUESSES = {
    "text": ("comment", "feedback", "story", "text", "review", "message", "answer", "remarks"),
    "date": ("date", "submitted", "timestamp", "time", "created", "when"),
    "customer": ("customer", "client", "guest", "respondent", "name", "from"),
    "employee": ("employee", "staff", "agent", "served", "team member", "colleague", "credit"),
}
# Several employees in one cell: "Ann; Bob", "Ann, Bob", "Ann & Bob", "Ann / Bob".
_NAME_SPLIT = re.compile(r"\s*(?:[;,&/+\n]|\band\b)\s*")
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


@dataclass(frozen=True)
class FeedbackStory:
    text: str
    date: str | None
    customer: str | None
    employees: tuple[str, ...]


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheets saved on Windows


def parse_csv(text: str) -> FeedbackTable:
    """Split CSV text into a header row and rows; blank rows are skipped and counted."""
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InvalidInput(
            _("This file is not a readable CSV file ({exc}).").format(exc=exc)
        ) from None
    headers: tuple[str, ...] | None = None
    body: list[tuple[str, ...]] = []
    skipped = 0
    for raw in rows:
        cells = tuple(cell.strip() for cell in raw)
        if not any(cells):
            skipped += headers is not None
            continue
        if headers is None:
            headers = cells
            continue
        width = len(headers)
        body.append(cells[:width] + ("",) * (width - len(cells)))
    if headers is None:
        raise InvalidInput(_("The file is empty: it needs a header row and one answer per row."))
    headers = tuple(h or f"Column {i + 1}" for i, h in enumerate(headers))
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
            )
        )
    return found


def import_feedback(
    book: Book,
    session_id: int,
    table: FeedbackTable,
    mapping: ColumnMapping,
    hero_type: HeroType | str = HeroType.ROUTINE,
) -> list[int]:
    """Add every story of *table* to the session as hero stories, in one undoable operation."""
    session = book.sessions.get(session_id)
    found = stories(table, mapping)
    if not found:
        raise InvalidInput(_("No row of this file has text in the chosen story column."))
    kind_type = HeroType(hero_type).value
    now = book.now()
    ids = []
    label = "Import customer feedback"
    with book.operation(label) as tx:
        for story in found:
            new_id = tx.insert(
                "contributions",
                {
                    "session_id": session_id,
                    "kind": Kind.HERO.value,
                    "text": story.text,
                    "author": None,  # the customer's words, not a participant's
                    "created_at": now,
                    "revealed": int(not session.silent_mode),
                    "hero_type": kind_type,
                    "customer": story.customer,
                    "story_date": story.date,
                },
            )
            for name in story.employees:
                tx.insert("hero_credits", {"contribution_id": new_id, "employee": name})
            ids.append(new_id)
    return ids
