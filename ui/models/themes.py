"""A session's themes (the columns of the Group board, :mod:`.board`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.models.bound import BoundModel
from ui.models.labels import plain_tooltip
from workshop.model import Theme


class ThemeModel(BoundModel):
    headers = ("Theme",)
    tables = ("themes",)

    def fetch(self) -> list[Theme]:
        if self.book is None or self.session_id is None:
            return []
        return self.book.themes.list(self.session_id)

    def cell(self, item: Theme, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.name)
        return None
