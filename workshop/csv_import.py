"""Import contributions from a CSV file: every row, or none.

The file is UTF-8 (a byte-order mark is fine) with a header row naming the
columns ``kind`` (delight, obstacle, hero, value) and ``text``, and optionally
``author``; hero stories may also give ``date`` (of the story: 2026-11-03,
03.11.2026, 3 November 2026...), ``customer`` and ``employee`` (the employees
credited, separated by ``;``, ``,``, ``&``, ``/`` or "and"), read exactly as the
feedback dialog reads them. Commas,
semicolons or tabs separate the columns, whichever the header uses.

Every row is checked before anything is written; a problem is reported with
the line of the file it is on. Then all rows are written in ONE operation:
one commit, one undo step, one notification to listeners.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput
from .feedback import parse_day, split_employees
from .i18n import _
from .model import HeroType, Kind, ObstacleStatus
from .text import clean_date, clean_text, optional_text

if TYPE_CHECKING:
    from .book import Book

COLUMNS = ("kind", "text", "author", "date", "customer", "employee")
REQUIRED = ("kind", "text")
HERO_ONLY = ("date", "customer", "employee")
DELIMITERS = (",", ";", "\t")
MAX_PROBLEMS = 20
KINDS = "use delight, obstacle, hero or value"


@dataclass(frozen=True)
class ImportRow:
    """One checked row of the file, ready to be written."""

    line: int
    kind: Kind
    text: str
    author: str | None = None
    story_date: str | None = None
    customer: str | None = None
    credited: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    session_id: int
    session_title: str
    created_session: bool
    ids: tuple[int, ...]


class CsvRejected(InvalidInput):
    """The file cannot be imported; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(f"{self.problems[0]}{suffix}; nothing was imported.")


# -- reading and checking ----------------------------------------------------
def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvRejected(["The file is UTF-16 text: save it as “CSV UTF-8” and try again"])
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise CsvRejected(
            [f"line {line}: byte 0x{byte:02X} is not UTF-8 text (save the file as “CSV UTF-8”)"]
        ) from None


@contextmanager
def _large_fields() -> Iterator[None]:
    """Let a cell hold a long paste (the csv module stops at 128 kB by default)."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, 16 * 1024 * 1024))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _header(first_line: str) -> tuple[str, list[str]]:
    for delimiter in DELIMITERS:
        cells = [c.strip().lower() for c in next(csv.reader([first_line], delimiter=delimiter))]
        if all(name in cells for name in REQUIRED):
            return delimiter, cells
    raise CsvRejected(
        ["line 1: the first line must be a header naming the columns kind and text "
         "(and optionally author, date, customer, employee)"]
    )  # fmt: skip


def _check_columns(cells: list[str]) -> None:
    for name in cells:
        if name and name not in COLUMNS:
            raise CsvRejected(
                [f"line 1: unknown column “{name}”: the columns are {', '.join(COLUMNS)}"]
            )
        if name and cells.count(name) > 1:
            raise CsvRejected([f"line 1: the column “{name}” appears twice"])


def _row(line: int, cells: dict[str, str]) -> ImportRow:
    raw_kind = cells.get("kind", "").strip()
    if not raw_kind:
        raise InvalidInput(_("the kind is missing: {KINDS}").format(KINDS=KINDS))
    try:
        kind = Kind(raw_kind.lower())
    except ValueError:
        raise InvalidInput(
            _("unknown kind “{raw_kind}”: {KINDS}").format(raw_kind=raw_kind, KINDS=KINDS)
        ) from None
    text = cells.get("text", "").strip()
    if not text:
        raise InvalidInput(_("the text is empty"))
    author = optional_text(cells.get("author"))
    extra = [name for name in HERO_ONLY if cells.get(name, "").strip()]
    if kind is not Kind.HERO:
        if extra:
            raise InvalidInput(
                _("{join} can only be given for hero stories").format(join=" and ".join(extra))
            )
        return ImportRow(line, kind, text, author)
    story_date = parse_day(cells.get("date", ""))
    credited = split_employees(cells.get("employee", ""))
    return ImportRow(
        line, kind, text, author, story_date, optional_text(cells.get("customer")), credited
    )


def read_csv(data: bytes) -> list[ImportRow]:
    """Check a whole CSV file; raise CsvRejected listing its problems by line."""
    text = _decode(data)
    if not text.strip():
        raise CsvRejected(["The file is empty: it needs a header row with kind and text"])
    first_line = text.splitlines()[0]
    delimiter, header = _header(first_line)
    _check_columns(header)
    rows: list[ImportRow] = []
    problems: list[str] = []
    with _large_fields():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            next(reader)  # the header
            line = reader.line_num + 1
            for cells in reader:
                start, line = line, reader.line_num + 1
                if not any(c.strip() for c in cells):
                    continue  # a blank line
                if any(c.strip() for c in cells[len(header) :]):
                    problems.append(f"line {start}: more values than the header has columns")
                    continue
                try:
                    rows.append(_row(start, dict(zip(header, cells, strict=False))))
                except InvalidInput as exc:
                    problems.append(f"line {start}: {exc}".rstrip("."))
                if len(problems) >= MAX_PROBLEMS:
                    break
        except csv.Error as exc:
            problems.append(f"line {reader.line_num}: {exc}")
    if problems:
        raise CsvRejected(problems)
    if not rows:
        raise CsvRejected(["The file has a header but no rows to import"])
    return rows


def read_csv_file(path: str | Path) -> list[ImportRow]:
    return read_csv(Path(path).read_bytes())


# -- writing -----------------------------------------------------------------
def _values(book: Book, session: dict[str, Any], row: ImportRow) -> dict[str, Any]:
    values: dict[str, Any] = {
        "session_id": session["id"],
        "kind": row.kind.value,
        "text": clean_text(row.text, "The text"),
        "author": None if session["anonymous"] else optional_text(row.author),
        "created_at": book.now(),
        "revealed": int(not session["silent_mode"]),
    }
    if row.kind is Kind.OBSTACLE:
        values["obstacle_status"] = ObstacleStatus.OPEN.value
    if row.kind is Kind.HERO:
        values["hero_type"] = HeroType.ROUTINE.value
        values["customer"] = optional_text(row.customer)
        values["story_date"] = clean_date(row.story_date, "The story date")
    return values


def _label(count: int) -> str:
    return f"Import {count} contribution{'s' if count != 1 else ''}"


def add_many(book: Book, session_id: int, rows: Sequence[ImportRow]) -> list[int]:
    """Add every row to a session in one operation; returns the new ids."""
    return list(_write(book, session_id, None, rows).ids)


def import_rows(book: Book, session_title: str, rows: Sequence[ImportRow]) -> ImportResult:
    """Add *rows* to the newest session called *session_title*, creating it if needed.

    The session (when new) and every row are written in one operation.
    """
    title = clean_text(session_title, "The session title")
    found = book.db.execute(
        "SELECT id FROM sessions WHERE title = ? ORDER BY date DESC, id DESC LIMIT 1", [title]
    ).fetchone()
    return _write(book, found[0] if found else None, title, rows)


def import_csv(book: Book, path: str | Path, session_title: str) -> ImportResult:
    return import_rows(book, session_title, read_csv_file(path))


def _write(
    book: Book, session_id: int | None, title: str | None, rows: Sequence[ImportRow]
) -> ImportResult:
    if not rows:
        raise InvalidInput(_("There is nothing to import."))
    session = book.sessions.require("sessions", session_id, "session") if session_id else None
    ids: list[int] = []
    with book.operation(_label(len(rows))) as tx:
        if session is None:
            now = book.clock()
            new_id = tx.insert(
                "sessions",
                {"title": title, "date": now.date().isoformat(),
                 "created_at": now.isoformat(timespec="seconds")},
            )  # fmt: skip
            session = book.sessions.require("sessions", new_id, "session")
        for row in rows:
            new_id = tx.insert("contributions", _values(book, session, row))
            ids.append(new_id)
            for name in row.credited if row.kind is Kind.HERO else ():
                tx.insert("hero_credits", {"contribution_id": new_id, "employee": name})
    return ImportResult(session["id"], session["title"], session_id is None, tuple(ids))
