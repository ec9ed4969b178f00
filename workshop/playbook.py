"""The recovery playbook's vocabulary: entries, their uses, and how a use went.

A playbook entry is a pre-planned recovery for a mishap the team can predict:
how we apologise, the fix (what, by whom, within how many hours), the
unexpected extra, and who may authorise it up to what amount. It lives across
sessions like actions and obstacles; each time the front line uses it, a *use*
is recorded, and the next follow-up asks whether the recovery worked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .i18n import _, ngettext
from .model import RECOVERY_TEMPLATE as RECOVERY_TEMPLATE
from .model import is_playbook_session as is_playbook_session

# The method: a good recovery is fast, within a day.
DEFAULT_FIX_HOURS = 24


class Outcome(StrEnum):
    """Did the recovery work? Asked at the follow-up after each use."""

    WORKED = "worked"
    PARTLY = "partly"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.WORKED: "Worked",
    Outcome.PARTLY: "Partly",
    Outcome.FAILED: "Did not work",
}


def fix_within_text(hours: int | None) -> str:
    """``4`` as "within 4 hours", ``24`` as "within a day", ``72`` as "within 3 days"."""
    if not hours:
        return ""
    if hours % 24 == 0:
        days = hours // 24
        if days == 1:
            return _("within a day")
        return ngettext("within {n} day", "within {n} days", days).format(n=days)
    if hours == 1:
        return _("within an hour")
    return ngettext("within {n} hour", "within {n} hours", hours).format(n=hours)


@dataclass(frozen=True)
class PlaybookEntry:
    """A pre-planned recovery: apology, fix, owner, time limit, extra and who may authorise it."""

    id: int
    position: int
    mishap: str
    apology: str | None
    fix: str | None
    fix_by: str | None
    fix_hours: int | None
    extra: str | None
    authoriser: str | None
    spend_limit: str | None
    session_id: int | None
    contribution_id: int | None
    created_at: str
    changed_at: str | None
    source_ids: tuple[int, ...] = field(default=())

    @property
    def fix_within(self) -> str:
        return fix_within_text(self.fix_hours)

    @property
    def who_authorises(self) -> str:
        """ "Shift lead, up to £25", "Shift lead" or "up to £25" (empty when neither)."""
        if self.authoriser and self.spend_limit:
            return _("{who}, up to {limit}").format(who=self.authoriser, limit=self.spend_limit)
        if self.spend_limit:
            return _("up to {limit}").format(limit=self.spend_limit)
        return self.authoriser or ""


@dataclass(frozen=True)
class PlaybookUse:
    """One time the front line used a playbook entry, and how it went."""

    id: int
    entry_id: int
    used_on: str
    outcome: Outcome | None
    note: str | None
    contribution_id: int | None
    created_at: str
    reviewed_at: str | None


@dataclass(frozen=True)
class EntryRecord:
    """How an entry has served: how often it was used and how those uses went."""

    entry: PlaybookEntry
    uses: int
    worked: int
    partly: int
    failed: int
    last_used: str | None

    @property
    def unknown(self) -> int:
        return self.uses - self.worked - self.partly - self.failed

    @property
    def how_it_went(self) -> str:
        """ "3 uses: 2 worked, 1 partly" (for the exports, in the current language)."""
        if not self.uses:
            return _("not used yet")
        parts = [
            text.format(n=n)
            for n, text in (
                (self.worked, ngettext("{n} worked", "{n} worked", self.worked)),
                (self.partly, ngettext("{n} partly", "{n} partly", self.partly)),
                (self.failed, ngettext("{n} did not work", "{n} did not work", self.failed)),
                (self.unknown, ngettext("{n} not reviewed", "{n} not reviewed", self.unknown)),
            )
            if n
        ]
        head = ngettext("{n} use", "{n} uses", self.uses).format(n=self.uses)
        return _("{uses}: {outcomes}").format(uses=head, outcomes=", ".join(parts))
