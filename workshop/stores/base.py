"""What every store shares: access to the book and row-to-record helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InvalidInput
from ..i18n import _

if TYPE_CHECKING:
    from ..book import Book


class Store:
    table: str = ""

    def __init__(self, book: Book) -> None:
        self.book = book

    @property
    def db(self):
        return self.book.db

    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, values, strict=True)) for values in cur.fetchall()]

    def row(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        found = self.db.execute(sql, list(params)).fetchone()
        return found[0] if found else None

    def require(self, table: str, row_id: int, what: str) -> dict[str, Any]:
        found = self.row(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        if found is None:
            raise InvalidInput(_("That {what} no longer exists.").format(what=_(what)))
        return found

    def next_position(self, table: str, session_id: int) -> int:
        top = self.scalar(f"SELECT MAX(position) FROM [{table}] WHERE session_id = ?", [session_id])
        return 0 if top is None else int(top) + 1
