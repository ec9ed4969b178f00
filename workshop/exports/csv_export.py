"""``--format csv``: one row per contribution, for a spreadsheet.

UTF-8 with a byte-order mark (so Excel reads accents and CJK correctly), CRLF
rows, newlines inside a cell quoted. A cell a spreadsheet would run as a
formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
gets a leading apostrophe: the text shows as typed and never runs.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..book import Book
from ..i18n import N_, _, language
from .files import atomic_target
from .formatting import status_label
from .plan_data import ActionPlan, ActionRow, build_plan

# Column names in the session's language (lower case: they name data, not a sentence).
HEADER = (N_("session"), N_("date"), N_("kind"), N_("theme"), N_("text"), N_("author"),
          N_("dots"), N_("action"), N_("owner"), N_("due"), N_("status"))  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell that cannot run as a formula; numbers pass through."""
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "")
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _action_cells(rows: list[ActionRow]) -> list[str]:
    """what, owner, due, status of the actions planned from one item (one line each)."""
    return [
        "\n".join(r.action.what for r in rows),
        "\n".join(r.action.owner or "" for r in rows),
        "\n".join(r.action.due or "" for r in rows),
        "\n".join(status_label(r.action.status) for r in rows),
    ]


def csv_rows(plan: ActionPlan) -> list[list[object]]:
    """The header, then one row per contribution in capture order, then free actions,
    in the session's language."""
    with language(plan.session.language):
        return list(_rows(plan))


def _rows(plan: ActionPlan) -> Iterator[list[object]]:
    session = plan.session
    by_card: dict[int, list[ActionRow]] = {}
    free: list[ActionRow] = []
    for row in plan.actions:
        if row.source is not None:
            by_card.setdefault(row.source.id, []).append(row)
        else:
            free.append(row)
    yield [_(name) for name in HEADER]
    for card in sorted(plan.cards, key=lambda c: c.contribution.id):
        c = card.contribution
        actions = by_card.get(c.id, [])
        what, owner, due, status = _action_cells(actions) if actions else ("", "", "", "")
        if not actions and c.obstacle_status is not None:
            status = status_label(c.obstacle_status)
        author = ", ".join(card.authors) if plan.show_authors else ""
        theme = card.theme if c.theme_id is not None else ""
        yield [session.title, session.date, c.kind.label, theme, c.text, author, card.dots,
               what, owner, due, status]  # fmt: skip
    for row in free:
        a = row.action
        yield [session.title, session.date, _("Action"), "", "", "", "", a.what, a.owner or "",
               a.due or "", status_label(a.status)]  # fmt: skip


def write_plan_csv_to(plan: ActionPlan, handle: BinaryIO) -> None:
    """The whole file, the same bytes wherever it goes (a file or standard output)."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\r\n")
    for row in csv_rows(plan):
        writer.writerow([neutralise(v) for v in row])
    text.flush()
    text.detach()  # the caller owns *handle*


def write_plan_csv(plan: ActionPlan, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    with atomic_target(target) as temp:
        with open(temp, "wb") as handle:
            write_plan_csv_to(plan, handle)
    return target


def write_csv(book: Book, session_id: int | str | None, path: str | os.PathLike[str]) -> Path:
    """Write one row per contribution of the session (``"latest"`` accepted) to *path*."""
    return write_plan_csv(build_plan(book, session_id), path)
