"""The recovery playbook as Markdown (to paste into a wiki) and CSV (for a spreadsheet).

User text is escaped as in the action plan's exports: Markdown through
:func:`.markdown.md_escape`, CSV cells through :func:`.csv_export.neutralise`.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

from ..book import Book
from .csv_export import neutralise
from .files import atomic_target
from .formatting import long_date
from .markdown import md_escape
from .playbook_data import PlaybookDoc, build_playbook

CSV_HEADER = ("number", "mishap", "apology", "fix", "fix_by", "fix_within_hours", "extra",
              "authoriser", "spend_limit", "session", "uses", "worked", "partly", "did_not_work",
              "last_used")  # fmt: skip


def render_playbook_markdown(doc: PlaybookDoc) -> str:
    lines = [
        f"# Recovery playbook: {md_escape(doc.book_name)}",
        "",
        f"Printed {long_date(doc.printed)}. For each mishap we can predict: how we apologise, "
        "the fix, and the unexpected extra that turns an annoyed customer into a loyal one.",
    ]
    for item in doc.items:
        entry = item.record.entry
        lines += ["", f"## {item.number}. {md_escape(entry.mishap)}", ""]
        fix = entry.fix
        detail = ", ".join(p for p in (f"by {entry.fix_by}" if entry.fix_by else "",
                                       entry.fix_within) if p)  # fmt: skip
        rows = (
            ("Apologise", entry.apology),
            ("Fix it", f"{fix} ({detail})" if fix and detail else (fix or detail)),
            ("The unexpected extra", entry.extra),
            ("Who can authorise it", entry.who_authorises),
        )
        for label, text in rows:
            shown = md_escape(text).replace("\n", "  \n  ") if text else "*not agreed yet*"
            lines.append(f"- **{label}:** {shown}")
        notes = [md_escape(item.origin) if item.origin else "", f"Used: {item.record.how_it_went}."]
        lines += ["", " ".join(n for n in notes if n)]
    return "\n".join(lines) + "\n"


def csv_rows(doc: PlaybookDoc) -> Iterator[list[object]]:
    yield list(CSV_HEADER)
    for item in doc.items:
        record, entry = item.record, item.record.entry
        yield [item.number, entry.mishap, entry.apology or "", entry.fix or "",
               entry.fix_by or "", entry.fix_hours or "", entry.extra or "",
               entry.authoriser or "", entry.spend_limit or "", item.origin, record.uses,
               record.worked, record.partly, record.failed, record.last_used or ""]  # fmt: skip


def render_playbook_csv(doc: PlaybookDoc) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in csv_rows(doc):
        writer.writerow([neutralise(v) for v in row])
    return out.getvalue()


def write_playbook_markdown(book: Book, path: str | os.PathLike[str],
                            *, printed: Date | None = None) -> Path:  # fmt: skip
    target = Path(path)
    with atomic_target(target) as temp:
        temp.write_text(render_playbook_markdown(build_playbook(book, printed)), encoding="utf-8")
    return target


def write_playbook_csv(book: Book, path: str | os.PathLike[str],
                       *, printed: Date | None = None) -> Path:  # fmt: skip
    target = Path(path)
    text = render_playbook_csv(build_playbook(book, printed))
    with atomic_target(target) as temp:
        temp.write_text(text, encoding="utf-8-sig", newline="")
    return target


def write_playbook(book: Book, fmt: str, path: str | os.PathLike[str],
                   page_size: str | None = None) -> Path:  # fmt: skip
    """Write the playbook as *fmt* (playbook-pdf, playbook-cards, playbook-md, playbook-csv)."""
    if fmt == "playbook-pdf":
        from .playbook_pdf import write_playbook_pdf

        return write_playbook_pdf(book, path, page_size)
    if fmt == "playbook-cards":
        from .playbook_cards import write_playbook_cards

        return write_playbook_cards(book, path, page_size)
    if fmt == "playbook-md":
        return write_playbook_markdown(book, path)
    return write_playbook_csv(book, path)
