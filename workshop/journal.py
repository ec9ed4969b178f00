"""Row-level change records: what operations tell listeners, and how undo works.
from .i18n import _

Every operation writes through a :class:`Transaction`, which keeps the row as it
was before and after each write. Undo writes the "before" images back in reverse
order; redo writes the "after" images again. Because this works on rows, every
operation (delete, merge, vote...) is undoable without code of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .db import BookDb as Database

Row = dict[str, Any]
Origin = Literal["do", "undo", "redo"]


@dataclass(frozen=True)
class RowChange:
    """One row as it was before an operation and as it is after (None: absent)."""

    table: str
    row_id: int
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> Literal["insert", "update", "delete"]:
        if self.before is None:
            return "insert"
        if self.after is None:
            return "delete"
        return "update"

    def reversed(self) -> RowChange:
        return RowChange(self.table, self.row_id, self.after, self.before)


@dataclass(frozen=True)
class Change:
    """What one committed operation (or its undo/redo) did to the book."""

    label: str
    rows: tuple[RowChange, ...]
    origin: Origin = "do"

    def touches(self, table: str) -> bool:
        return any(r.table == table for r in self.rows)

    def of(self, table: str) -> Iterator[RowChange]:
        return (r for r in self.rows if r.table == table)

    def session_ids(self) -> set[int]:
        """Sessions whose content this change touched."""
        ids: set[int] = set()
        for r in self.rows:
            for image in (r.before, r.after):
                if image is None:
                    continue
                if r.table == "sessions":
                    ids.add(image["id"])
                elif "session_id" in image:
                    ids.add(image["session_id"])
        return ids


class Transaction:
    """The write side of one operation; records a before/after image per write."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rows: list[RowChange] = []

    def _fetch(self, table: str, row_id: int) -> Row | None:
        cur = self.db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        values = cur.fetchone()
        if values is None:
            return None
        return dict(zip([d[0] for d in cur.description], values, strict=True))

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        columns = list(values)
        placeholders = ", ".join("?" for _ in columns)
        names = ", ".join(f"[{c}]" for c in columns)
        cur = self.db.execute(
            f"INSERT INTO [{table}] ({names}) VALUES ({placeholders})", [values[c] for c in columns]
        )
        row_id = int(cur.lastrowid or values.get("id") or 0)
        after = self._fetch(table, row_id)
        self.rows.append(RowChange(table, row_id, None, after))
        return row_id

    def update(self, table: str, row_id: int, **values: Any) -> bool:
        """Update one row; return False (and record nothing) if nothing changed."""
        before = self._fetch(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id} does not exist")
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return False
        sets = ", ".join(f"[{c}] = ?" for c in changed)
        self.db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*changed.values(), row_id])
        self.rows.append(RowChange(table, row_id, before, {**before, **changed}))
        return True

    def delete(self, table: str, row_id: int) -> None:
        before = self._fetch(table, row_id)
        if before is None:
            return
        self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self.rows.append(RowChange(table, row_id, before, None))

    def apply(self, change: RowChange) -> None:
        """Write *change*'s "after" image, whatever the row holds now (undo/redo)."""
        if change.after is None:
            self.delete(change.table, change.row_id)
        elif change.before is None:
            self.insert(change.table, change.after)
        else:
            # Only the columns this change touched: a later change that is not in
            # the history (such as moving to another phase) is left as it is.
            before = change.before
            values = {k: v for k, v in change.after.items() if k != "id" and before.get(k) != v}
            self.update(change.table, change.row_id, **values)


class UndoStack:
    """Linear undo/redo history of committed changes, in memory only."""

    def __init__(self, limit: int = 1000) -> None:
        self.limit = limit
        self._done: list[Change] = []
        self._undone: list[Change] = []

    def push(self, change: Change) -> None:
        self._done.append(change)
        del self._done[: -self.limit]
        self._undone.clear()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def pop_undo(self) -> Change | None:
        return self._done.pop() if self._done else None

    def pop_redo(self) -> Change | None:
        return self._undone.pop() if self._undone else None

    def pushed_undone(self, change: Change) -> None:
        self._undone.append(change)

    def pushed_redone(self, change: Change) -> None:
        self._done.append(change)
