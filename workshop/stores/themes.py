"""Themes: named groups of a session's contributions."""

from __future__ import annotations

from ..model import Theme
from ..text import clean_text
from .base import Store


class ThemeStore(Store):
    def create(self, session_id: int, name: str) -> int:
        self.require("sessions", session_id, "session")
        name = clean_text(name, "The theme name")
        with self.book.operation("New theme") as tx:
            return tx.insert(
                "themes",
                {"session_id": session_id, "name": name,
                 "position": self.next_position("themes", session_id)},
            )  # fmt: skip

    def rename(self, theme_id: int, name: str) -> None:
        self.require("themes", theme_id, "theme")
        with self.book.operation("Rename theme") as tx:
            tx.update("themes", theme_id, name=clean_text(name, "The theme name"))

    def delete(self, theme_id: int) -> None:
        """Delete a theme; its contributions stay, ungrouped."""
        self.require("themes", theme_id, "theme")
        with self.book.operation("Delete theme") as tx:
            for (row_id,) in self.db.execute(
                "SELECT id FROM contributions WHERE theme_id = ?", [theme_id]
            ):
                tx.update("contributions", row_id, theme_id=None)
            tx.delete("themes", theme_id)

    def get(self, theme_id: int) -> Theme:
        r = self.require("themes", theme_id, "theme")
        return Theme(r["id"], r["session_id"], r["name"], r["position"])

    def list(self, session_id: int) -> list[Theme]:
        rows = self.rows(
            "SELECT * FROM themes WHERE session_id = ? ORDER BY position", [session_id]
        )
        return [Theme(r["id"], r["session_id"], r["name"], r["position"]) for r in rows]
