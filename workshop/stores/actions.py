"""Actions: who does what by when, tracked across sessions until done."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInput
from ..i18n import _
from ..model import Action, ActionStatus
from ..text import clean_date, clean_text, optional_text
from .base import Store

EDITABLE = ("what", "owner", "due", "first_step", "help_needed")


def action_from_row(r: dict[str, Any]) -> Action:
    return Action(
        id=r["id"],
        session_id=r["session_id"],
        contribution_id=r["contribution_id"],
        what=r["what"],
        owner=r["owner"],
        due=r["due"],
        first_step=r["first_step"],
        help_needed=r["help_needed"],
        status=ActionStatus(r["status"]),
        status_note=r["status_note"],
        status_changed_at=r["status_changed_at"],
        created_at=r["created_at"],
        position=r["position"],
    )


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(
            _("Unknown action field: {join}.").format(join=", ".join(sorted(unknown)))
        )
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "what":
            out[key] = clean_text(value, "What is to be done")
        elif key == "due":
            out[key] = clean_date(value, "The due date")
        else:
            out[key] = optional_text(value)
    return out


class ActionStore(Store):
    # -- operations ----------------------------------------------------------
    def plan(
        self,
        session_id: int,
        what: str,
        *,
        owner: str | None = None,
        due: str | None = None,
        first_step: str | None = None,
        help_needed: str | None = None,
        contribution_id: int | None = None,
    ) -> int:
        """Turn an item (or a free idea) into an action with an owner and a date."""
        self.require("sessions", session_id, "session")
        if contribution_id is not None:
            self.require("contributions", contribution_id, "contribution")
        values = _clean_fields(
            {"what": what, "owner": owner, "due": due, "first_step": first_step,
             "help_needed": help_needed}
        )  # fmt: skip
        with self.book.operation("Plan action") as tx:
            return tx.insert(
                "actions",
                {
                    **values,
                    "session_id": session_id,
                    "contribution_id": contribution_id,
                    "position": self.next_position("actions", session_id),
                    "status": ActionStatus.OPEN.value,
                    "created_at": self.book.now(),
                },
            )

    def edit(self, action_id: int, **fields: Any) -> None:
        self.require("actions", action_id, "action")
        values = _clean_fields(fields)
        with self.book.operation("Edit action") as tx:
            tx.update("actions", action_id, **values)

    def set_status(
        self,
        action_id: int,
        status: ActionStatus | str,
        *,
        note: str | None = None,
        due: str | None = None,
    ) -> None:
        """Mark an action done, in progress (maybe with a new date) or dropped (with a reason)."""
        row = self.require("actions", action_id, "action")
        status = ActionStatus(status)
        values: dict[str, Any] = {"status": status.value}
        if status.value != row["status"]:
            values["status_changed_at"] = self.book.now()
        if note is not None:
            values["status_note"] = optional_text(note)
        if due is not None:
            values["due"] = clean_date(due, "The new due date")
        with self.book.operation(f"Mark action {status.value.replace('_', ' ')}") as tx:
            tx.update("actions", action_id, **values)

    def move(self, action_id: int, position: int) -> None:
        """Move an action to another place in its session's ranked list."""
        row = self.require("actions", action_id, "action")
        ids = [a.id for a in self.list(row["session_id"])]
        ids.remove(action_id)
        ids.insert(max(0, min(position, len(ids))), action_id)
        with self.book.operation("Reorder actions") as tx:
            for index, aid in enumerate(ids):
                tx.update("actions", aid, position=index)

    def delete(self, action_id: int) -> None:
        self.require("actions", action_id, "action")
        with self.book.operation("Delete action") as tx:
            tx.delete("actions", action_id)

    # -- queries -------------------------------------------------------------
    def get(self, action_id: int) -> Action:
        return action_from_row(self.require("actions", action_id, "action"))

    def list(self, session_id: int) -> list[Action]:
        rows = self.rows(
            "SELECT * FROM actions WHERE session_id = ? ORDER BY position, id", [session_id]
        )
        return [action_from_row(r) for r in rows]

    def open_actions(self, before_session: int | None = None) -> list[Action]:
        """Every action of the book still open or in progress, oldest first."""
        sql = "SELECT * FROM actions WHERE status IN ('open', 'in_progress')"
        params: list[Any] = []
        if before_session is not None:
            sql += " AND session_id != ?"
            params.append(before_session)
        rows = self.rows(sql + " ORDER BY created_at, id", params)
        return [action_from_row(r) for r in rows]

    def closed_since(self, since: str, exclude_session: int | None = None) -> list[Action]:
        """Actions marked done or dropped on or after *since* (an ISO date or time)."""
        rows = self.rows(
            "SELECT * FROM actions WHERE status IN ('done', 'dropped') AND status_changed_at >= ? "
            "AND session_id != ? ORDER BY status_changed_at, id",
            [since, exclude_session if exclude_session is not None else -1],
        )
        return [action_from_row(r) for r in rows]
