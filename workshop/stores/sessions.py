"""Sessions: create from a template, edit settings, participants and prompts, phases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date as Date
from typing import Any

from ..errors import InvalidInput
from ..i18n import LANGUAGES, _
from ..model import Kind, Phase, Round, Session, VoteMode
from ..text import clean_date, clean_text, optional_text
from .base import Store

SETTING_FIELDS = {
    "title", "date", "facilitator", "anonymous", "dots_per_person", "max_dots_per_item",
    "vote_mode", "secret_votes", "silent_mode", "voting_open", "template", "language",
}  # fmt: skip


def session_from_row(row: dict[str, Any]) -> Session:
    return Session(
        id=row["id"],
        title=row["title"],
        date=row["date"],
        facilitator=row["facilitator"],
        template=row["template"],
        phase=Phase(row["phase"]),
        anonymous=bool(row["anonymous"]),
        dots_per_person=row["dots_per_person"],
        max_dots_per_item=row["max_dots_per_item"],
        vote_mode=VoteMode(row["vote_mode"]),
        secret_votes=bool(row["secret_votes"]),
        silent_mode=bool(row["silent_mode"]),
        voting_open=bool(row["voting_open"]),
        created_at=row["created_at"],
        language=row.get("language") or None,
    )


def _check_settings(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - SETTING_FIELDS
    if unknown:
        raise InvalidInput(
            _("Unknown session setting: {join}.").format(join=", ".join(sorted(unknown)))
        )
    out = dict(values)
    if "title" in out:
        out["title"] = clean_text(out["title"], "The session title")
    if "date" in out:
        out["date"] = clean_date(out["date"], "The session date") or Date.today().isoformat()
    if "facilitator" in out:
        out["facilitator"] = optional_text(out["facilitator"]) or ""
    for flag in ("anonymous", "secret_votes", "silent_mode", "voting_open"):
        if flag in out:
            out[flag] = int(bool(out[flag]))
    for number in ("dots_per_person", "max_dots_per_item"):
        if number in out:
            value = out[number]
            if not isinstance(value, int) or not 1 <= value <= 99:
                raise InvalidInput(_("Dots must be a whole number from 1 to 99."))
    if "vote_mode" in out:
        out["vote_mode"] = VoteMode(out["vote_mode"]).value
    if "language" in out:
        code = out["language"] or None
        if code is not None and code not in LANGUAGES:
            raise InvalidInput(
                _("Unknown language “{code}”: use one of {codes}.").format(
                    code=code, codes=", ".join(LANGUAGES)
                )
            )
        out["language"] = code
    return out


def clean_names(names: Iterable[str]) -> list[str]:
    """Trimmed, non-empty, first occurrence kept (case-insensitive)."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in names:
        name = raw.strip() if isinstance(raw, str) else ""
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


NEWEST_FIRST = "ORDER BY date DESC, id DESC"  # the order of the console's session list


class SessionStore(Store):
    # -- operations ----------------------------------------------------------
    def create(
        self,
        title: str,
        *,
        date: str | Date | None = None,
        facilitator: str = "",
        template: str = "",
        rounds: Sequence[tuple[Kind | str, str]] = (),
        participants: Iterable[str] = (),
        anonymous: bool = False,
        dots_per_person: int = 5,
        max_dots_per_item: int = 3,
        vote_mode: VoteMode | str = VoteMode.TURNS,
        secret_votes: bool = True,
        phase: Phase = Phase.WARMUP,
        language: str | None = None,
    ) -> int:
        values = _check_settings(
            {
                "title": title,
                "date": date,
                "facilitator": facilitator,
                "template": template,
                "anonymous": anonymous,
                "dots_per_person": dots_per_person,
                "max_dots_per_item": max_dots_per_item,
                "vote_mode": vote_mode,
                "secret_votes": secret_votes,
                "language": language,
            }
        )
        if values["max_dots_per_item"] > values["dots_per_person"]:
            values["max_dots_per_item"] = values["dots_per_person"]
        with self.book.operation("New session") as tx:
            session_id = tx.insert(
                "sessions", {**values, "phase": Phase(phase).value, "created_at": self.book.now()}
            )
            for position, (kind, prompt) in enumerate(rounds):
                tx.insert(
                    "rounds",
                    {
                        "session_id": session_id,
                        "position": position,
                        "kind": Kind(kind).value,
                        "prompt": clean_text(prompt, "A round prompt"),
                    },
                )
            for position, name in enumerate(clean_names(participants)):
                tx.insert(
                    "participants", {"session_id": session_id, "position": position, "name": name}
                )
        return session_id

    def update(self, session_id: int, **settings: Any) -> None:
        """Change a session's title, date, facilitator or voting settings."""
        self.require("sessions", session_id, "session")
        values = _check_settings(settings)
        with self.book.operation("Change session settings") as tx:
            tx.update("sessions", session_id, **values)

    def set_phase(self, session_id: int, phase: Phase | str) -> None:
        phase = Phase(phase)
        self.require("sessions", session_id, "session")
        with self.book.operation(f"Go to {phase.label}", undoable=False) as tx:
            tx.update("sessions", session_id, phase=phase.value)

    def set_participants(self, session_id: int, names: Iterable[str]) -> None:
        """Replace the participant list, keeping the order given."""
        self.require("sessions", session_id, "session")
        wanted = clean_names(names)
        with self.book.operation("Change participants") as tx:
            current = self.rows(
                "SELECT * FROM participants WHERE session_id = ? ORDER BY position", [session_id]
            )
            for row in current[len(wanted) :]:
                tx.delete("participants", row["id"])
            for position, name in enumerate(wanted):
                if position < len(current):
                    tx.update("participants", current[position]["id"], name=name)
                else:
                    tx.insert(
                        "participants",
                        {"session_id": session_id, "position": position, "name": name},
                    )

    def set_prompt(self, round_id: int, prompt: str) -> None:
        self.require("rounds", round_id, "round")
        with self.book.operation("Edit prompt") as tx:
            tx.update("rounds", round_id, prompt=clean_text(prompt, "The prompt"))

    def add_round(self, session_id: int, kind: Kind | str, prompt: str) -> int:
        self.require("sessions", session_id, "session")
        with self.book.operation("Add round") as tx:
            return tx.insert(
                "rounds",
                {
                    "session_id": session_id,
                    "position": self.next_position("rounds", session_id),
                    "kind": Kind(kind).value,
                    "prompt": clean_text(prompt, "The prompt"),
                },
            )

    def delete(self, session_id: int) -> None:
        """Delete a session and everything in it (undoable)."""
        self.require("sessions", session_id, "session")
        with self.book.operation("Delete session") as tx:
            self.book.playbook.detach_session(tx, session_id)  # the playbook outlives it
            for table, where in (
                ("votes", "session_id = ?"),
                ("actions", "session_id = ?"),
                ("hero_credits",
                 "contribution_id IN (SELECT id FROM contributions WHERE session_id = ?)"),
                ("contributions", "session_id = ? AND merged_into IS NOT NULL"),
                ("contributions", "session_id = ?"),
                ("themes", "session_id = ?"),
                ("rounds", "session_id = ?"),
                ("participants", "session_id = ?"),
            ):  # fmt: skip
                for (row_id,) in self.db.execute(
                    f"SELECT id FROM {table} WHERE {where}", [session_id]
                ):
                    tx.delete(table, row_id)
            for (row_id,) in self.db.execute(
                "SELECT id FROM actions WHERE contribution_id IN "
                "(SELECT id FROM contributions WHERE session_id = ?)", [session_id]
            ):  # fmt: skip
                tx.update("actions", row_id, contribution_id=None)
            tx.delete("sessions", session_id)

    # -- queries -------------------------------------------------------------
    def get(self, session_id: int) -> Session:
        return session_from_row(self.require("sessions", session_id, "session"))

    def list(self) -> list[Session]:
        """All sessions, newest first."""
        rows = self.rows(f"SELECT * FROM sessions {NEWEST_FIRST}")
        return [session_from_row(r) for r in rows]

    def latest(self) -> Session | None:
        """The newest session (the one a book opens on), if any."""
        row = self.row(f"SELECT * FROM sessions {NEWEST_FIRST} LIMIT 1")
        return session_from_row(row) if row else None

    def previous(self, session_id: int) -> Session | None:
        """The session held before this one, if any."""
        current = self.get(session_id)
        row = self.row(
            "SELECT * FROM sessions WHERE (date < ?) OR (date = ? AND id < ?) "
            f"{NEWEST_FIRST} LIMIT 1",
            [current.date, current.date, session_id],
        )
        return session_from_row(row) if row else None

    def rounds(self, session_id: int) -> list[Round]:
        rows = self.rows(
            "SELECT * FROM rounds WHERE session_id = ? ORDER BY position", [session_id]
        )
        return [
            Round(r["id"], r["session_id"], r["position"], Kind(r["kind"]), r["prompt"])
            for r in rows
        ]

    def prompt_for(self, session_id: int, kind: Kind) -> str | None:
        for round_ in self.rounds(session_id):
            if round_.kind == kind:
                return round_.prompt
        return None

    def participants(self, session_id: int) -> list[str]:
        rows = self.db.execute(
            "SELECT name FROM participants WHERE session_id = ? ORDER BY position", [session_id]
        )
        return [name for (name,) in rows]

    def counts(self, session_id: int) -> dict[str, int]:
        """Contributions per kind (merged duplicates counted once)."""
        counts = {k.value: 0 for k in Kind}
        rows = self.db.execute(
            "SELECT kind, COUNT(*) FROM contributions WHERE session_id = ? "
            "AND merged_into IS NULL GROUP BY kind",
            [session_id],
        )
        counts.update({kind: n for kind, n in rows})
        return counts

    def summary(self, session_id: int) -> dict[str, Any]:
        """What ``delight-workshop info`` prints for one session."""
        session = self.get(session_id)
        return {
            "id": session.id,
            "title": session.title,
            "date": session.date,
            "phase": session.phase.value,
            "counts": self.counts(session_id),
            "dots_cast": self.book.votes.dots_cast(session_id),
            "actions": self.scalar(
                "SELECT COUNT(*) FROM actions WHERE session_id = ?", [session_id]
            ),
        }
