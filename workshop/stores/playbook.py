"""The recovery playbook: entries for predictable mishaps, and each time one was used.

Every change is a named operation (one transaction with before/after row images),
so it is undoable and announced like every other change of the book.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..errors import InvalidInput
from ..i18n import _
from ..model import Contribution, Kind
from ..playbook import EntryRecord, Outcome, PlaybookEntry, PlaybookUse
from ..text import clean_date, clean_text, optional_text
from .base import Store

EDITABLE = ("mishap", "apology", "fix", "fix_by", "fix_hours", "extra", "authoriser",
            "spend_limit")  # fmt: skip
MAX_FIX_HOURS = 24 * 365


def entry_from_row(r: dict[str, Any], sources: Sequence[int] = ()) -> PlaybookEntry:
    return PlaybookEntry(
        id=r["id"],
        position=r["position"],
        mishap=r["mishap"],
        apology=r["apology"],
        fix=r["fix"],
        fix_by=r["fix_by"],
        fix_hours=r["fix_hours"],
        extra=r["extra"],
        authoriser=r["authoriser"],
        spend_limit=r["spend_limit"],
        session_id=r["session_id"],
        contribution_id=r["contribution_id"],
        created_at=r["created_at"],
        changed_at=r["changed_at"],
        source_ids=tuple(sources),
    )


def use_from_row(r: dict[str, Any]) -> PlaybookUse:
    return PlaybookUse(
        id=r["id"],
        entry_id=r["entry_id"],
        used_on=r["used_on"],
        outcome=Outcome(r["outcome"]) if r["outcome"] else None,
        note=r["note"],
        contribution_id=r["contribution_id"],
        created_at=r["created_at"],
        reviewed_at=r["reviewed_at"],
    )


def _hours(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        hours = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise InvalidInput(
            _("The time for the fix “{value}” is not a number of hours.").format(value=value)
        ) from None
    if not 0 < hours <= MAX_FIX_HOURS:
        raise InvalidInput(_("The time for the fix must be between 1 hour and a year."))
    return hours


def clean_entry_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(
            _("Unknown playbook field: {fields}.").format(fields=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "mishap":
            out[key] = clean_text(value, "The mishap")
        elif key == "fix_hours":
            out[key] = _hours(value)
        else:
            out[key] = optional_text(value)
    return out


def _outcome(value: Outcome | str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return Outcome(value).value
    except ValueError:
        raise InvalidInput(
            _("“{value}” is not an outcome: use worked, partly or failed.").format(value=value)
        ) from None


class PlaybookStore(Store):
    # -- entries -------------------------------------------------------------
    def add(
        self,
        mishap: str,
        *,
        session_id: int | None = None,
        contribution_id: int | None = None,
        source_ids: Iterable[int] = (),
        **fields: Any,
    ) -> int:
        """Write a recovery for a mishap into the playbook (from a session, or not)."""
        values = clean_entry_fields({"mishap": mishap, **fields})
        if session_id is not None:
            self.require("sessions", session_id, "session")
        sources = list(dict.fromkeys(source_ids))
        for cid in [contribution_id, *sources]:
            if cid is not None:
                self.require("contributions", cid, "card")
        top = self.scalar("SELECT MAX(position) FROM playbook_entries")
        with self.book.operation("Add playbook entry") as tx:
            entry_id = tx.insert(
                "playbook_entries",
                {
                    **values,
                    "position": 0 if top is None else int(top) + 1,
                    "session_id": session_id,
                    "contribution_id": contribution_id,
                    "created_at": self.book.now(),
                },
            )
            for cid in sources:
                if cid != contribution_id:
                    tx.insert("playbook_sources", {"entry_id": entry_id, "contribution_id": cid})
            return entry_id

    def edit(self, entry_id: int, **fields: Any) -> None:
        self.require("playbook_entries", entry_id, "playbook entry")
        values = clean_entry_fields(fields)
        with self.book.operation("Edit playbook entry") as tx:
            if tx.update("playbook_entries", entry_id, **values):
                tx.update("playbook_entries", entry_id, changed_at=self.book.now())

    def move(self, entry_id: int, position: int) -> None:
        """Move an entry to another place in the playbook."""
        self.require("playbook_entries", entry_id, "playbook entry")
        ids = [e.id for e in self.list()]
        ids.remove(entry_id)
        ids.insert(max(0, min(position, len(ids))), entry_id)
        with self.book.operation("Reorder playbook") as tx:
            for index, eid in enumerate(ids):
                tx.update("playbook_entries", eid, position=index)

    def delete(self, entry_id: int) -> None:
        """Delete an entry with its record of uses (one Ctrl+Z brings all back)."""
        self.require("playbook_entries", entry_id, "playbook entry")
        with self.book.operation("Delete playbook entry") as tx:
            for table in ("playbook_uses", "playbook_sources"):
                for (row_id,) in self.db.execute(
                    f"SELECT id FROM {table} WHERE entry_id = ?", [entry_id]
                ).fetchall():
                    tx.delete(table, row_id)
            tx.delete("playbook_entries", entry_id)

    # -- uses ----------------------------------------------------------------
    def record_use(
        self,
        entry_id: int,
        used_on: str | date | None = None,
        *,
        outcome: Outcome | str | None = None,
        note: str | None = None,
        story_id: int | None = None,
    ) -> int:
        """The front line used this recovery (on *used_on*, today if not given); *story_id*
        is the hero story that tells how it went, if there is one."""
        self.require("playbook_entries", entry_id, "playbook entry")
        if story_id is not None:
            self.require("contributions", story_id, "hero story")
        values = self._use_values(entry_id, used_on, outcome, note, story_id)
        with self.book.operation("Record playbook use") as tx:
            return tx.insert("playbook_uses", values)

    def _use_values(
        self,
        entry_id: int,
        used_on: str | date | None,
        outcome: Outcome | str | None,
        note: str | None,
        contribution_id: int | None = None,
    ) -> dict[str, Any]:
        now = self.book.now()
        day = clean_date(used_on, "The day it was used") or now[:10]
        if day > now[:10]:
            raise InvalidInput(_("The day it was used ({day}) is in the future.").format(day=day))
        found = _outcome(outcome)
        return {
            "entry_id": entry_id,
            "used_on": day,
            "outcome": found,
            "note": optional_text(note),
            "contribution_id": contribution_id,
            "created_at": now,
            "reviewed_at": now if found else None,
        }

    def link_story(
        self, tx, entry_id: int, contribution_id: int, used_on: str | None = None
    ) -> int:
        """Inside another operation (an import): a hero story of a recovery used this entry.

        The customer praised the recovery, so the use is recorded as one that worked.
        """
        values = self._use_values(entry_id, used_on, Outcome.WORKED, None, contribution_id)
        return tx.insert("playbook_uses", values)

    def review_use(
        self, use_id: int, outcome: Outcome | str | None, note: str | None = None
    ) -> None:
        """Did the recovery work? (None: not known yet.)"""
        self.require("playbook_uses", use_id, "use of the playbook")
        found = _outcome(outcome)
        values: dict[str, Any] = {
            "outcome": found,
            "reviewed_at": self.book.now() if found else None,
        }
        if note is not None:
            values["note"] = optional_text(note)
        with self.book.operation("Review playbook use") as tx:
            tx.update("playbook_uses", use_id, **values)

    def delete_use(self, use_id: int) -> None:
        self.require("playbook_uses", use_id, "use of the playbook")
        with self.book.operation("Delete playbook use") as tx:
            tx.delete("playbook_uses", use_id)

    # -- keeping links when sessions and cards go --------------------------------
    def detach_cards(self, tx, contribution_ids: Sequence[int]) -> None:
        """Inside a delete: entries and uses outlive the cards they came from."""
        if not contribution_ids:
            return
        marks = ", ".join("?" for _ in contribution_ids)
        ids = list(contribution_ids)
        for (row_id,) in self.db.execute(
            f"SELECT id FROM playbook_sources WHERE contribution_id IN ({marks})", ids
        ).fetchall():
            tx.delete("playbook_sources", row_id)
        for table in ("playbook_entries", "playbook_uses"):
            for (row_id,) in self.db.execute(
                f"SELECT id FROM {table} WHERE contribution_id IN ({marks})", ids
            ).fetchall():
                tx.update(table, row_id, contribution_id=None)

    def detach_session(self, tx, session_id: int) -> None:
        """Inside a session's delete: its entries stay in the playbook, without the link."""
        cards = [r[0] for r in self.db.execute(
            "SELECT id FROM contributions WHERE session_id = ?", [session_id]
        ).fetchall()]  # fmt: skip
        self.detach_cards(tx, cards)
        for (row_id,) in self.db.execute(
            "SELECT id FROM playbook_entries WHERE session_id = ?", [session_id]
        ).fetchall():
            tx.update("playbook_entries", row_id, session_id=None)

    # -- queries -------------------------------------------------------------
    def _sources(self, entry_ids: Sequence[int]) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        if not entry_ids:
            return found
        marks = ", ".join("?" for _ in entry_ids)
        for entry_id, cid in self.db.execute(
            f"SELECT entry_id, contribution_id FROM playbook_sources WHERE entry_id IN ({marks}) "
            "ORDER BY id",
            list(entry_ids),
        ).fetchall():
            found.setdefault(entry_id, []).append(cid)
        return found

    def _entries(self, rows: list[dict[str, Any]]) -> list[PlaybookEntry]:
        sources = self._sources([r["id"] for r in rows])
        return [entry_from_row(r, sources.get(r["id"], ())) for r in rows]

    def get(self, entry_id: int) -> PlaybookEntry:
        return self._entries([self.require("playbook_entries", entry_id, "playbook entry")])[0]

    def list(self, session_id: int | None = None) -> list[PlaybookEntry]:
        """The playbook in its order (or only the entries written in one session)."""
        if session_id is None:
            rows = self.rows("SELECT * FROM playbook_entries ORDER BY position, id")
        else:
            rows = self.rows(
                "SELECT * FROM playbook_entries WHERE session_id = ? ORDER BY position, id",
                [session_id],
            )
        return self._entries(rows)

    def records(self) -> list[EntryRecord]:
        """Every entry with how often it was used and how it went."""
        stats = {
            r["entry_id"]: r
            for r in self.rows(
                "SELECT entry_id, COUNT(*) AS uses, "
                "SUM(outcome = 'worked') AS worked, SUM(outcome = 'partly') AS partly, "
                "SUM(outcome = 'failed') AS failed, MAX(used_on) AS last_used "
                "FROM playbook_uses GROUP BY entry_id"
            )
        }
        out = []
        for entry in self.list():
            s = stats.get(entry.id)
            out.append(
                EntryRecord(
                    entry,
                    uses=int(s["uses"]) if s else 0,
                    worked=int(s["worked"] or 0) if s else 0,
                    partly=int(s["partly"] or 0) if s else 0,
                    failed=int(s["failed"] or 0) if s else 0,
                    last_used=s["last_used"] if s else None,
                )
            )
        return out

    def get_use(self, use_id: int) -> PlaybookUse:
        return use_from_row(self.require("playbook_uses", use_id, "use of the playbook"))

    def uses(self, entry_id: int | None = None) -> list[PlaybookUse]:
        """Uses of one entry (or of all), newest first."""
        sql = "SELECT * FROM playbook_uses"
        params: list[Any] = []
        if entry_id is not None:
            sql += " WHERE entry_id = ?"
            params.append(entry_id)
        return [use_from_row(r) for r in self.rows(sql + " ORDER BY used_on DESC, id DESC", params)]

    def uses_since(self, since: str | None) -> list[PlaybookUse]:
        """Uses recorded on or after *since* (a date or time; None: every use), oldest first."""
        rows = self.rows(
            "SELECT * FROM playbook_uses WHERE ? IS NULL OR used_on >= substr(?, 1, 10) "
            "OR created_at >= ? ORDER BY used_on, id",
            [since, since, since],
        )
        return [use_from_row(r) for r in rows]

    def entry_for_card(self, contribution_id: int) -> PlaybookEntry | None:
        """The entry a mishap card was turned into, if it was."""
        row = self.row(
            "SELECT * FROM playbook_entries WHERE contribution_id = ? ORDER BY id LIMIT 1",
            [contribution_id],
        )
        return self._entries([row])[0] if row else None

    def recoveries_for(self, mishap: Contribution) -> list[Contribution]:
        """The recoveries the room wrote for a mishap: the session's delight cards in the
        mishap's theme (all of the session's delight cards when it has no theme), most
        dots first."""
        ranked = self.book.votes.ranking(mishap.session_id, [Kind.DELIGHT])
        cards = [item.contribution for item in ranked if item.contribution.merged_into is None]
        if mishap.theme_id is not None:
            same = [c for c in cards if c.theme_id == mishap.theme_id]
            if same:
                return same
        return cards

    def find(self, value: str) -> PlaybookEntry | None:
        """An entry named by its number in the playbook (1, #1, P1) or its mishap's words."""
        text = value.strip()
        if not text:
            return None
        entries = self.list()
        number = text.lstrip("#").removeprefix("P").removeprefix("p")
        if number.isdigit():
            n = int(number)
            return entries[n - 1] if 1 <= n <= len(entries) else None
        folded = text.casefold()
        for entry in entries:
            if entry.mishap.casefold() == folded:
                return entry
        return None
