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
from ..i18n import N_, _
from .csv_export import neutralise
from .files import atomic_target
from .formatting import long_date
from .markdown import md_escape
from .playbook_data import PlaybookDoc, build_playbook

CSV_HEADER = (N_("number"), N_("mishap"), N_("apology"), N_("fix"), N_("fix_by"),
              N_("fix_within_hours"), N_("extra"), N_("authoriser"), N_("spend_limit"),
              N_("session"), N_("uses"), N_("worked"), N_("partly"), N_("did_not_work"),
              N_("last_used"))  # fmt: skip


def render_playbook_markdown(doc: PlaybookDoc) -> str:
    lines = [
        "# " + _("Recovery playbook: {book}").format(book=md_escape(doc.book_name)),
        "",
        _(
            "Printed {date}. For each mishap we can predict: how we apologise, the fix, "
            "and the unexpected extra that turns an annoyed customer into a loyal one."
        ).format(date=long_date(doc.printed)),
    ]
    for item in doc.items:
        entry = item.record.entry
        lines += ["", f"## {item.number}. {md_escape(entry.mishap)}", ""]
        fix = entry.fix
        by = _("by {who}").format(who=entry.fix_by) if entry.fix_by else ""
        detail = ", ".join(p for p in (by, entry.fix_within) if p)
        rows = (
            (_("Apologise"), entry.apology),
            (_("Fix it"), f"{fix} ({detail})" if fix and detail else (fix or detail)),
            (_("The unexpected extra"), entry.extra),
            (_("Who can authorise it"), entry.who_authorises),
        )
        for label, text in rows:
            # Not inside an f-string: Python 3.11's tokenizer hides it from extraction.
            missing = _("not agreed yet")
            shown = md_escape(text).replace("\n", "  \n  ") if text else f"*{missing}*"
            lines.append(f"- **{label}:** {shown}")
        used = _("Used: {how}.").format(how=item.record.how_it_went)
        notes = [md_escape(item.origin) if item.origin else "", used]
        lines += ["", " ".join(n for n in notes if n)]
    return "\n".join(lines) + "\n"


def csv_rows(doc: PlaybookDoc) -> Iterator[list[object]]:
    yield [_(name) for name in CSV_HEADER]
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
