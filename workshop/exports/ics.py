"""``--format ics``: the session's actions as all-day calendar events on their due dates.

RFC 5545: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
character), ``\\``, ``;``, ``,`` and newlines escaped in text. Each event's UID
is derived from the action, so importing a newer export updates the events
instead of duplicating them. Actions without a due date are skipped and counted.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from datetime import date as Date
from pathlib import Path
from typing import NamedTuple

from .. import __version__
from ..book import Book
from ..i18n import _, in_language
from ..model import ActionStatus
from .files import atomic_target
from .formatting import long_date, status_label
from .plan_data import ActionPlan, ActionRow, build_plan
from .text_layout import clean


class IcsExport(NamedTuple):
    path: Path
    events: int
    skipped: int  # actions without a due date


def escape_text(value: str | None) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and newlines escaped."""
    text = clean(value)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, joined by CRLF + space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[str] = []
    current = bytearray()
    limit = 75
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            pieces.append(current.decode("utf-8"))
            current = bytearray()
            limit = 74  # continuation lines start with a space
        current += encoded
    pieces.append(current.decode("utf-8"))
    return "\r\n ".join(pieces)


def uid(plan: ActionPlan, row: ActionRow) -> str:
    seed = f"{plan.session.created_at}|{row.action.id}|{row.action.created_at}"
    return f"{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:24]}@delight-workshop"


def _event(plan: ActionPlan, row: ActionRow, stamp: str) -> list[str]:
    a = row.action
    due = Date.fromisoformat(a.due or "")
    summary = a.what + (f" ({a.owner})" if a.owner else "")
    details = [
        _("Owner: {name}").format(name=a.owner) if a.owner else "",
        _("First step: {text}").format(text=a.first_step) if a.first_step else "",
        _("Help needed from management: {text}").format(text=a.help_needed)
        if a.help_needed
        else "",
        _("Status: {status}").format(status=status_label(a.status)),
        _("From the session “{title}” of {date}, action {rank} of {total}.").format(
            title=plan.session.title,
            date=long_date(plan.session.date),
            rank=row.rank,
            total=len(plan.actions),
        ),
    ]
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(plan, row)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{due + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(d for d in details if d))}",
        f"STATUS:{'CANCELLED' if a.status is ActionStatus.DROPPED else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


@in_language(lambda plan, *_args, **_kwargs: plan.session.language)
def render_plan_ics(plan: ActionPlan, now: datetime | None = None) -> tuple[str, int, int]:
    """The calendar text, the number of events and of actions skipped (no due date)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    stamp = f"{moment:%Y%m%dT%H%M%SZ}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Delight Workshop//Action plan {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + escape_text(_("Actions: {title}").format(title=plan.session.title)),
    ]
    events = skipped = 0
    for row in plan.actions:
        if not row.action.due:
            skipped += 1
            continue
        lines += _event(plan, row, stamp)
        events += 1
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines), events, skipped


def write_ics(book: Book, session_id: int | str | None, path: str | os.PathLike[str]) -> IcsExport:
    """Write the session's dated actions as events; returns how many, and how many skipped."""
    plan = build_plan(book, session_id)
    text, events, skipped = render_plan_ics(plan, book.clock().astimezone(UTC))
    target = Path(path)
    with atomic_target(target) as temp:
        temp.write_bytes(text.encode("utf-8"))
    return IcsExport(target, events, skipped)
