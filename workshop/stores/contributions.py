"""Contributions: capture, edit, delete, group into themes, merge and split."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import MISSING, fields
from typing import Any

from ..errors import InvalidInput
from ..i18n import _
from ..model import Contribution, HeroType, Kind, ObstacleStatus
from ..text import clean_date, clean_text, optional_text
from .base import Store
from .sessions import clean_names


def _kind(value: Kind | str) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise InvalidInput(
            _("Unknown kind “{value}”: use delight, obstacle, hero or value.").format(value=value)
        ) from None


_KINDS = {k.value: k for k in Kind}
_OBSTACLE_STATUSES = {s.value: s for s in ObstacleStatus}
_HERO_TYPES = {h.value: h for h in HeroType}
_FIELDS = tuple(f.name for f in fields(Contribution))
_DEFAULTS = {f.name: f.default for f in fields(Contribution) if f.default is not MISSING}
_new = object.__new__
_OUTLINE = {name: _DEFAULTS.get(name) for name in _FIELDS}  # every field at its default


def _id_chunks(ids: Sequence[int], size: int = 500) -> Iterable[tuple[list[int], str]]:
    """*ids* in chunks small enough for one ``IN (...)``, each with its "?, ?, ..." marks."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ", ".join("?" * len(chunk))


def contribution_from_row(row: dict[str, Any], credited: Sequence[str] = ()) -> Contribution:
    """The record of a row. Built without the frozen dataclass's __init__ (one setattr per
    field through object.__setattr__): a session's 10,000 cards load 4x faster."""
    values = {name: row[name] if name in row else _DEFAULTS.get(name) for name in _FIELDS}
    kind = values["kind"]
    values["kind"] = _KINDS.get(kind) or Kind(kind)
    values["revealed"] = bool(values["revealed"])
    status = values["obstacle_status"]
    values["obstacle_status"] = (_OBSTACLE_STATUSES.get(status) or ObstacleStatus(status)
                                 if status else None)  # fmt: skip
    hero = values["hero_type"]
    values["hero_type"] = (_HERO_TYPES.get(hero) or HeroType(hero)) if hero else None
    values["credited"] = tuple(credited)
    record = _new(Contribution)
    record.__dict__.update(values)
    return record


class ContributionStore(Store):
    # -- operations ----------------------------------------------------------
    def add(
        self,
        session_id: int,
        kind: Kind | str,
        text: str,
        author: str | None = None,
        *,
        revealed: bool | None = None,
        hero_type: HeroType | str | None = None,
        credited: Iterable[str] = (),
        customer: str | None = None,
        story_date: str | None = None,
        way_around: str | None = None,
        remover: str | None = None,
    ) -> int:
        """Add one contribution; returns its id once it is on disk."""
        kind = _kind(kind)
        session = self.require("sessions", session_id, "session")
        values: dict[str, Any] = {
            "session_id": session_id,
            "kind": kind.value,
            "text": clean_text(text, "The text"),
            # An anonymous session records no authors at all.
            "author": None if session["anonymous"] else optional_text(author, "The author"),
            "created_at": self.book.now(),
            "revealed": int(not session["silent_mode"] if revealed is None else revealed),
        }
        if kind is Kind.OBSTACLE:
            values["obstacle_status"] = ObstacleStatus.OPEN.value
            values["way_around"] = optional_text(way_around)
            values["remover"] = optional_text(remover)
        if kind is Kind.HERO:
            values["hero_type"] = HeroType(hero_type or HeroType.ROUTINE).value
            values["customer"] = optional_text(customer)
            values["story_date"] = clean_date(story_date, "The story date")
        label = f"Add {kind.label.lower()}"
        with self.book.operation(label) as tx:
            new_id = tx.insert("contributions", values)
            if kind is Kind.HERO:
                for name in clean_names(credited):
                    tx.insert("hero_credits", {"contribution_id": new_id, "employee": name})
        return new_id

    def edit(self, contribution_id: int, **fields: Any) -> None:
        """Change text, author or kind of a contribution, and a hero story's credits."""
        row = self.require("contributions", contribution_id, "contribution")
        credited = fields.pop("credited", None)
        values: dict[str, Any] = {}
        if "text" in fields:
            values["text"] = clean_text(fields.pop("text"), "The text")
        if "author" in fields:
            values["author"] = optional_text(fields.pop("author"), "The author")
        if "kind" in fields:
            kind = _kind(fields.pop("kind"))
            values["kind"] = kind.value
            if kind is Kind.OBSTACLE:
                values["obstacle_status"] = ObstacleStatus.OPEN.value
            if kind is Kind.HERO:
                values["hero_type"] = HeroType.ROUTINE.value
        if fields:
            raise InvalidInput(_("Cannot edit {join} here.").format(join=", ".join(sorted(fields))))
        if credited is not None and values.get("kind", row["kind"]) != Kind.HERO.value:
            raise InvalidInput(_("Only hero stories credit employees."))
        with self.book.operation("Edit contribution") as tx:
            if values:
                tx.update("contributions", contribution_id, **values)
            if credited is not None:
                self._replace_credits(tx, contribution_id, credited)

    def delete(self, *contribution_ids: int) -> None:
        """Delete contributions with their merged duplicates, votes and credits.

        Several cards deleted together are one operation: one Ctrl+Z brings them all back.
        """
        for cid in contribution_ids:
            self.require("contributions", cid, "contribution")
        count = len(contribution_ids)
        label = "Delete contribution" if count == 1 else f"Delete {count} contributions"
        with self.book.operation(label) as tx:
            for cid in contribution_ids:
                self._delete_family(tx, cid)

    def _delete_family(self, tx, contribution_id: int) -> None:
        if self.row("SELECT id FROM contributions WHERE id = ?", [contribution_id]) is None:
            return  # already gone with a card it was merged into
        family = [contribution_id, *self._children_ids(contribution_id)]
        marks = ", ".join("?" for _ in family)
        for table in ("votes", "hero_credits"):
            for (row_id,) in self.db.execute(
                f"SELECT id FROM {table} WHERE contribution_id IN ({marks})", family
            ):
                tx.delete(table, row_id)
        for (row_id,) in self.db.execute(
            f"SELECT id FROM actions WHERE contribution_id IN ({marks})", family
        ):
            tx.update("actions", row_id, contribution_id=None)
        self.book.playbook.detach_cards(tx, family)  # entries and uses outlive their cards
        for row_id in reversed(family):
            tx.delete("contributions", row_id)

    def set_theme(self, contribution_ids: Iterable[int], theme_id: int | None) -> None:
        """Put contributions (and their merged duplicates) into a theme, or none."""
        if theme_id is not None:
            self.require("themes", theme_id, "theme")
        with self.book.operation("Group" if theme_id is not None else "Ungroup") as tx:
            for cid in contribution_ids:
                self.require("contributions", cid, "contribution")
                for member in (cid, *self._children_ids(cid)):
                    tx.update("contributions", member, theme_id=theme_id)

    def merge(self, target_id: int, *source_ids: int) -> None:
        """Fold each source into *target*: one card, every author, all votes (one operation)."""
        if not source_ids:
            raise InvalidInput(_("Choose the duplicates to merge."))
        target = self.require("contributions", target_id, "contribution")
        target_id = target["merged_into"] or target_id
        for source_id in source_ids:
            source = self.require("contributions", source_id, "contribution")
            if source_id == target_id:
                raise InvalidInput(_("A contribution cannot be merged with itself."))
            if target["session_id"] != source["session_id"]:
                raise InvalidInput(_("Only contributions of the same session can be merged."))
            if target_id == (source["merged_into"] or source_id):
                raise InvalidInput(_("These two are already merged."))
        theme = self.row("SELECT theme_id FROM contributions WHERE id = ?", [target_id])
        with self.book.operation("Merge duplicates") as tx:
            for source_id in source_ids:
                for member in (source_id, *self._children_ids(source_id)):
                    tx.update(
                        "contributions", member, merged_into=target_id, theme_id=theme["theme_id"]
                    )

    def split(self, *contribution_ids: int) -> None:
        """Undo merges: each card's duplicates (or each duplicate) stand alone again.

        Several cards split together are one operation, undone by one Ctrl+Z.
        """
        members: list[int] = []
        for cid in contribution_ids:
            row = self.require("contributions", cid, "contribution")
            members += [cid] if row["merged_into"] else self._children_ids(cid)
        if not members:
            raise InvalidInput(_("This contribution has no merged duplicates to split."))
        with self.book.operation("Split duplicates") as tx:
            for member in members:
                tx.update("contributions", member, merged_into=None)

    def reveal_all(self, session_id: int) -> int:
        """Show every hidden contribution on the projector; returns how many."""
        hidden = [
            row_id
            for (row_id,) in self.db.execute(
                "SELECT id FROM contributions WHERE session_id = ? AND revealed = 0", [session_id]
            )
        ]
        with self.book.operation("Reveal contributions") as tx:
            for row_id in hidden:
                tx.update("contributions", row_id, revealed=1)
        return len(hidden)

    def set_obstacle(
        self,
        contribution_id: int,
        *,
        way_around: str | None = None,
        remover: str | None = None,
        status: ObstacleStatus | str | None = None,
        **unset: Any,
    ) -> None:
        """Record the way around an obstacle, who can remove it, and its status."""
        row = self.require("contributions", contribution_id, "contribution")
        if row["kind"] != Kind.OBSTACLE.value:
            raise InvalidInput(_("Only obstacles have a way around and a status."))
        values: dict[str, Any] = {}
        if way_around is not None:
            values["way_around"] = optional_text(way_around)
        if remover is not None:
            values["remover"] = optional_text(remover)
        if status is not None:
            new_status = ObstacleStatus(status).value
            if new_status != row["obstacle_status"]:
                values["obstacle_status"] = new_status
                values["status_changed_at"] = self.book.now()
        if unset:
            raise InvalidInput(_("Unknown obstacle field: {join}.").format(join=", ".join(unset)))
        with self.book.operation("Update obstacle") as tx:
            tx.update("contributions", contribution_id, **values)

    def set_hero(
        self,
        contribution_id: int,
        *,
        hero_type: HeroType | str | None = None,
        credited: Iterable[str] | None = None,
        customer: str | None = None,
    ) -> None:
        """Mark a hero story routine or recovery and credit employees."""
        row = self.require("contributions", contribution_id, "contribution")
        if row["kind"] != Kind.HERO.value:
            raise InvalidInput(_("Only hero stories credit employees."))
        with self.book.operation("Update hero story") as tx:
            values: dict[str, Any] = {}
            if hero_type is not None:
                values["hero_type"] = HeroType(hero_type).value
            if customer is not None:
                values["customer"] = optional_text(customer)
            tx.update("contributions", contribution_id, **values)
            if credited is not None:
                self._replace_credits(tx, contribution_id, credited)

    def _replace_credits(self, tx: Any, contribution_id: int, credited: Iterable[str]) -> None:
        for (row_id,) in self.db.execute(
            "SELECT id FROM hero_credits WHERE contribution_id = ?", [contribution_id]
        ):
            tx.delete("hero_credits", row_id)
        for name in clean_names(credited):
            tx.insert("hero_credits", {"contribution_id": contribution_id, "employee": name})

    # -- queries -------------------------------------------------------------
    def _children_ids(self, contribution_id: int) -> list[int]:
        return [
            row_id
            for (row_id,) in self.db.execute(
                "SELECT id FROM contributions WHERE merged_into = ? ORDER BY id", [contribution_id]
            )
        ]

    def _credits(self, ids: Sequence[int]) -> dict[int, list[str]]:
        credits: dict[int, list[str]] = {}
        for chunk, marks in _id_chunks(ids):
            for cid, name in self.db.execute(
                f"SELECT contribution_id, employee FROM hero_credits "
                f"WHERE contribution_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                credits.setdefault(cid, []).append(name)
        return credits

    def _records(self, rows: list[dict[str, Any]]) -> list[Contribution]:
        hero_ids = [r["id"] for r in rows if r["kind"] == Kind.HERO.value]
        credits = self._credits(hero_ids) if hero_ids else {}
        return [contribution_from_row(r, credits.get(r["id"], ())) for r in rows]

    def get(self, contribution_id: int) -> Contribution:
        return self._records([self.require("contributions", contribution_id, "contribution")])[0]

    def get_many(self, contribution_ids: Sequence[int]) -> dict[int, Contribution]:
        """The cards of *contribution_ids* in full, by id, in one query per 500 (the
        missing ones are left out)."""
        rows: list[dict[str, Any]] = []
        for chunk, marks in _id_chunks(list(dict.fromkeys(contribution_ids))):
            rows += self.rows(f"SELECT * FROM contributions WHERE id IN ({marks})", chunk)
        return {record.id: record for record in self._records(rows)}

    def list(
        self, session_id: int, kind: Kind | str | None = None, *, include_merged: bool = False
    ) -> list[Contribution]:
        """A session's contributions in the order they were captured."""
        sql = "SELECT * FROM contributions WHERE session_id = ?"
        params: list[Any] = [session_id]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(_kind(kind).value)
        if not include_merged:
            sql += " AND merged_into IS NULL"
        return self._records(self.rows(sql + " ORDER BY id", params))

    def outlines(self, session_id: int) -> list[Contribution]:
        """A session's cards, merged ones too, in capture order, without their words.

        ``text`` (and the obstacle and hero fields) are None: what a board needs to
        place and count the cards; :meth:`get` gives a card in full when it is shown.
        """
        rows = self.db.execute(
            "SELECT id, session_id, kind, author, created_at, theme_id, merged_into, revealed "
            "FROM contributions WHERE session_id = ? ORDER BY id",
            [session_id],
        )
        out = []
        for cid, sid, kind, author, created_at, theme_id, merged_into, revealed in rows:
            values = _OUTLINE.copy()
            values.update(
                id=cid, session_id=sid, kind=_KINDS.get(kind) or Kind(kind), author=author,
                created_at=created_at, theme_id=theme_id, merged_into=merged_into,
                revealed=bool(revealed),
            )  # fmt: skip
            record = _new(Contribution)
            record.__dict__.update(values)
            out.append(record)
        return out

    def merged_into(self, contribution_id: int) -> list[Contribution]:
        """The duplicates folded into this card."""
        return self._records(
            self.rows(
                "SELECT * FROM contributions WHERE merged_into = ? ORDER BY id", [contribution_id]
            )
        )

    def authors(self, contribution_id: int) -> list[str]:
        """Authors of a card and of every duplicate merged into it."""
        names = self.db.execute(
            "SELECT author FROM contributions WHERE (id = ? OR merged_into = ?) "
            "AND author IS NOT NULL ORDER BY id",
            [contribution_id, contribution_id],
        )
        return clean_names(name for (name,) in names)

    def obstacles(self, status: ObstacleStatus | str | None = None) -> list[Contribution]:
        """Every obstacle flagged in the book, oldest first."""
        sql = "SELECT * FROM contributions WHERE kind = 'obstacle' AND merged_into IS NULL"
        params: list[Any] = []
        if status is not None:
            sql += " AND obstacle_status = ?"
            params.append(ObstacleStatus(status).value)
        return self._records(self.rows(sql + " ORDER BY created_at, id", params))

    def hero_stories(
        self, since: str | None = None, limit: int | None = None
    ) -> list[Contribution]:
        """Hero stories of the whole book, newest first."""
        sql = "SELECT * FROM contributions WHERE kind = 'hero' AND merged_into IS NULL"
        params: list[Any] = []
        if since:
            sql += " AND COALESCE(story_date, substr(created_at, 1, 10)) >= ?"
            params.append(since)
        sql += " ORDER BY COALESCE(story_date, substr(created_at, 1, 10)) DESC, id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._records(self.rows(sql, params))
