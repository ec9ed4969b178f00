"""Import contributions from a CSV file: every row, or none.

The file is UTF-8 (a byte-order mark is fine) with a header row naming the
columns ``kind`` (delight, obstacle, hero, value) and ``text``, and optionally
``author``; hero stories may also give ``date`` (of the story: 2026-11-03,
03.11.2026, 3 November 2026...), ``customer`` and ``employee`` (the employees
credited, separated by ``;``, ``,``, ``&``, ``/`` or "and"), read exactly as the
feedback dialog reads them; a hero story may name the recovery-playbook entry it
used in ``playbook`` (its number or its mishap), which makes it a recovery story
linked to that entry. Commas,
semicolons or tabs separate the columns, whichever the header uses.

Every row is checked before anything is written; a problem is reported with
the line of the file it is on. Then all rows are written in ONE operation:
one commit, one undo step, one notification to listeners.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .csv_text import CsvProblem, check_characters, decode_utf8, read_records, split_line
from .errors import InvalidInput
from .feedback import parse_day, playbook_entries, split_employees
from .i18n import _
from .model import HeroType, Kind, ObstacleStatus
from .text import clean_date, clean_text, optional_text

if TYPE_CHECKING:
    from .book import Book

COLUMNS = ("kind", "text", "author", "date", "customer", "employee", "playbook")
REQUIRED = ("kind", "text")
HERO_ONLY = ("date", "customer", "employee", "playbook")
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
    playbook: str | None = None  # the recovery-playbook entry the story used


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
def _header(first_line: str) -> tuple[str, list[str]]:
    for delimiter in DELIMITERS:
        try:
            cells = [c.strip().lower() for c in split_line(first_line, delimiter)]
        except CsvProblem:
            continue
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
        line, kind, text, author, story_date, optional_text(cells.get("customer")), credited,
        optional_text(cells.get("playbook")),
    )  # fmt: skip


def read_csv(data: bytes) -> list[ImportRow]:
    """Check a whole CSV file; raise CsvRejected listing its problems by line."""
    try:
        text = decode_utf8(data)
        check_characters(text)
    except CsvProblem as exc:
        raise CsvRejected([str(exc)]) from None
    if not text.strip():
        raise CsvRejected(["The file is empty: it needs a header row with kind and text"])
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter, header = _header(first_line)
    _check_columns(header)
    try:
        _head, records, _blank = read_records(text, delimiter)
    except CsvProblem as exc:
        raise CsvRejected([str(exc)]) from None
    rows: list[ImportRow] = []
    problems: list[str] = []
    for record in records:
        cells = record.cells
        if any(c.strip() for c in cells[len(header) :]):
            problems.append(f"line {record.line}: more values than the header has columns")
        else:
            try:
                rows.append(_row(record.line, dict(zip(header, cells, strict=False))))
            except InvalidInput as exc:
                problems.append(f"line {record.line}: {exc}".rstrip("."))
        if len(problems) >= MAX_PROBLEMS:
            break
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
        values["hero_type"] = (HeroType.RECOVERY if row.playbook else HeroType.ROUTINE).value
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
    try:
        entries = playbook_entries(
            book, [(f"line {r.line}", r.playbook) for r in rows if r.playbook]
        )
    except InvalidInput as exc:
        raise CsvRejected([str(exc).rstrip(".")]) from None
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
            if row.playbook and row.kind is Kind.HERO:
                book.playbook.link_story(tx, entries[row.playbook], new_id, row.story_date)
    return ImportResult(session["id"], session["title"], session_id is None, tuple(ids))
