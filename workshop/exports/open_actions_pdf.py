"""Every open action of the whole book as one PDF, for the manager's follow-up round.

``write_open_actions(book, path)`` lists the actions still open or in progress,
grouped by the session that promised them (oldest first), with owner, due date
(overdue ones marked), status and the first step or help needed. Table cells go
through :class:`.pdf_tables.TableBuilder`, so user text is escaped and wrapped.
"""

from __future__ import annotations

import os
from datetime import date as Date
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import portrait
from reportlab.platypus import Paragraph, Spacer

from ..book import Book
from ..series import FollowUpItem, follow_up
from .files import atomic_target
from .fonts import run_markup
from .formatting import long_date, plural, status_label
from .markup import escape
from .pdf import resolve_page_size
from .pdf_page import draw_footer, numbered_canvas, page_document
from .pdf_styles import (
    MARGIN_BOTTOM,
    W_DATE,
    W_STATUS,
    WARM,
    make_styles,
)
from .pdf_tables import Column, TableBuilder, Text
from .text_layout import one_line


def _grouped(items: list[FollowUpItem]) -> list[tuple[str, list[FollowUpItem]]]:
    groups: dict[int, list[FollowUpItem]] = {}
    heads: dict[int, tuple[str, str]] = {}
    for item in items:
        groups.setdefault(item.action.session_id, []).append(item)
        heads[item.action.session_id] = (item.session_date, item.session_title)
    order = sorted(groups, key=lambda sid: (heads[sid][0], sid))
    return [
        (
            f"{heads[sid][1]}  \u00b7  {long_date(heads[sid][0])}",
            sorted(groups[sid], key=lambda i: (i.action.position, i.action.id)),
        )
        for sid in order
    ]


def _story(book: Book, items: list[FollowUpItem], today: Date, styles, width: float) -> list:
    overdue = sum(1 for i in items if i.overdue)
    in_progress = sum(1 for i in items if i.action.status.value == "in_progress")
    sessions = len({i.action.session_id for i in items})
    figures = (
        f"{plural(len(items), 'open action')} from {plural(sessions, 'session')}"
        f" \u00b7 {overdue} overdue \u00b7 {in_progress} in progress"
    )
    out: list = [
        Paragraph(
            run_markup(one_line(book.name, width, styles.bold, 8.5), styles.bold), styles.eyebrow
        ),
        Paragraph("Open actions", styles.title),
        Paragraph(escape(f"{figures} \u00b7 as of {long_date(today)}"), styles.meta),
        Spacer(1, 10),
    ]
    if not items:
        out.append(Paragraph("Every action of the book is done or dropped.", styles.body))
        return out
    table = TableBuilder(
        styles,
        [
            Column("Action", 3.4),
            Column("Owner", 1.2),
            Column("Due", fixed=W_DATE + 10),
            Column("Status", fixed=W_STATUS + 8),
        ],
        width,
    )
    for title, group in _grouped(items):
        table.section_row(title)
        for item in group:
            a = item.action
            due: object = a.due or ""
            if item.overdue:
                due = Text(f"{a.due}\n{plural(item.overdue_days, 'day')} late", color=WARM)
            details = [
                (0, 3, Text(a.first_step, label="First step")),
                (0, 3, Text(a.help_needed, label="Help needed from management")),
                (0, 3, Text(a.status_note, label="Note")),
            ]
            table.add([a.what, a.owner or "", due, status_label(a.status)], details=details)
    out.append(table.build())
    return out


def write_open_actions(
    book: Book,
    path: str | os.PathLike[str],
    page_size: str | None = None,
    *,
    today: Date | None = None,
) -> Path:
    """Write every open action of *book* to a PDF at *path* (atomically); returns the path."""
    today = today or book.clock().date()
    items = follow_up(book, None, today)
    _name, size = resolve_page_size(page_size)
    styles = make_styles()
    target = Path(path)
    with atomic_target(target) as temp:
        doc = page_document(
            str(temp), portrait(size), title=f"Open actions: {book.name}", author=book.name
        )
        footer = partial(
            draw_footer,
            y=MARGIN_BOTTOM - 16,
            what="Open actions",
            book_name=book.name,
            printed=today,
            regular=styles.regular,
            bold=styles.bold,
            name_room=lambda line, _page: line * 0.5,
        )
        doc.build(
            _story(book, items, today, styles, doc.width), canvasmaker=numbered_canvas(footer)
        )
    return target
