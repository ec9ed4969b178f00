"""Table models of the playbook: the session's top-voted mishaps, and the entries with
how often each was used and how it went."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ui.models.bound import BoundModel
from ui.models.labels import fill, one_line, plain_tooltip
from workshop.journal import Change
from workshop.model import Kind, RankedItem
from workshop.playbook import EntryRecord, PlaybookEntry

TABLES = ("playbook_entries", "playbook_uses", "playbook_sources")


def tr(text: str) -> str:
    return QCoreApplication.translate("Playbook", text)


def counted(n: int, one: str, many: str) -> str:
    """*one* for 1, else *many* with %1 filled: each a whole sentence for the translator
    (the app ships no English plural forms for ``%n``)."""
    return tr(one) if n == 1 else fill(tr(many), n)


def fix_within_label(hours: int | None) -> str:
    """ "within 2 hours", "within a day", "within 3 days"."""
    if not hours:
        return ""
    if hours % 24 == 0:
        return counted(
            hours // 24,
            QT_TRANSLATE_NOOP("Playbook", "within a day"),
            QT_TRANSLATE_NOOP("Playbook", "within %1 days"),
        )
    return counted(
        hours,
        QT_TRANSLATE_NOOP("Playbook", "within an hour"),
        QT_TRANSLATE_NOOP("Playbook", "within %1 hours"),
    )


def authorise_label(entry: PlaybookEntry) -> str:
    if entry.authoriser and entry.spend_limit:
        return fill(tr("%1, up to %2"), entry.authoriser, entry.spend_limit)
    if entry.spend_limit:
        return fill(tr("up to %1"), entry.spend_limit)
    return entry.authoriser or ""


def how_it_went_label(record: EntryRecord) -> str:
    """ "2 worked, 1 partly" for the table (the use count has its own column)."""
    if not record.uses:
        return tr("not used yet")
    parts = [
        fill(tr(text), count)
        for count, text in (
            (record.worked, QT_TRANSLATE_NOOP("Playbook", "%1 worked")),
            (record.partly, QT_TRANSLATE_NOOP("Playbook", "%1 partly")),
            (record.failed, QT_TRANSLATE_NOOP("Playbook", "%1 did not work")),
            (record.unknown, QT_TRANSLATE_NOOP("Playbook", "%1 not reviewed")),
        )
        if count
    ]
    return ", ".join(parts)


class MishapModel(BoundModel):
    """The session's mishaps (obstacle cards), most dots first, and whether each is written up."""

    headers = ("Rank", "Dots", "Mishap", "In the playbook")
    tables = ("votes", "contributions", *TABLES)
    tr_context = "Playbook"

    def key(self, item: tuple[RankedItem, bool]) -> int:
        return item[0].contribution.id

    def fetch(self) -> list[tuple[RankedItem, bool]]:
        book, sid = self.book, self.session_id
        if book is None or sid is None:
            return []
        written = {e.contribution_id for e in book.playbook.list()}
        ranked = book.votes.ranking(sid, [Kind.OBSTACLE])
        return [(r, r.contribution.id in written) for r in ranked]

    def concerns(self, change: Change) -> bool:
        return any(change.touches(t) for t in self.tables)

    def cell(self, item: tuple[RankedItem, bool], column: int, role: int) -> Any:
        ranked, written = item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{ranked.rank}=" if ranked.tied else str(ranked.rank)
            if column == 1:
                return str(ranked.dots)
            if column == 2:
                return one_line(ranked.contribution.text)
            return tr("✓ written") if written else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return plain_tooltip(ranked.contribution.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EntryModel(BoundModel):
    """Playbook entries with their record of use: the whole book's, or one session's."""

    headers = ("#", "Mishap", "Apology", "Fix", "Extra", "Who can authorise", "Used",
               "How it went")  # fmt: skip
    tables = TABLES
    tr_context = "Playbook"
    per_session = False
    session_only = False

    def key(self, item: tuple[int, EntryRecord]) -> int:
        return item[1].entry.id

    def fetch(self) -> list[tuple[int, EntryRecord]]:
        book = self.book
        if book is None:
            return []
        records = list(enumerate(book.playbook.records(), start=1))
        if self.session_only:
            return [(n, r) for n, r in records if r.entry.session_id == self.session_id]
        return records

    def concerns(self, change: Change) -> bool:
        return any(change.touches(t) for t in TABLES)

    def cell(self, item: tuple[int, EntryRecord], column: int, role: int) -> Any:
        number, record = item
        entry = record.entry
        if role == Qt.ItemDataRole.DisplayRole:
            fix = entry.fix or ""
            within = fix_within_label(entry.fix_hours)
            if within or entry.fix_by:
                detail = ", ".join(p for p in (entry.fix_by or "", within) if p)
                fix = fill(tr("%1 (%2)"), fix, detail) if fix else detail
            values = (str(number), entry.mishap, entry.apology, fix, entry.extra,
                      authorise_label(entry), str(record.uses), how_it_went_label(record))  # fmt: skip
            return one_line(values[column]) if column not in (0, 6) else values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2, 3, 4):
            return plain_tooltip((entry.mishap, entry.apology, entry.fix, entry.extra)[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SessionEntryModel(EntryModel):
    """The entries written in the session being run (numbered as in the whole playbook)."""

    per_session = True
    session_only = True
