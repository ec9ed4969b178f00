"""A session's themes, and the proxy that shows one theme's cards on the board."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from ui.models.bound import BoundModel
from ui.models.contributions import ContributionModel, ThemeRole, decode_ids
from ui.models.labels import plain_tooltip
from workshop.model import Theme

Index = QModelIndex | QPersistentModelIndex
# (contribution ids, theme id or None) -> None: what a drop on a column does
DropHandler = Callable[[list[int], int | None], None]


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


class ThemeFilter(QSortFilterProxyModel):
    """The cards of one theme (or of none), accepting cards dropped from elsewhere."""

    def __init__(
        self,
        source: ContributionModel,
        theme_id: int | None,
        on_drop: DropHandler | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.theme_id = theme_id
        self._on_drop = on_drop
        self.setDynamicSortFilter(True)
        # Filtered in C++ on the theme id as text ("" for no theme): no Python per row.
        self.setFilterRole(ThemeRole)
        pattern = "^$" if theme_id is None else f"^{int(theme_id)}$"
        self.setFilterRegularExpression(QRegularExpression(pattern))
        self.setSourceModel(source)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Dropping on a card drops into its column, like dropping between cards.
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(decode_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_ids(data)
        if not ids or self._on_drop is None:
            return False
        moving = [cid for cid in ids if self._theme_of(cid) != self.theme_id]
        if moving:
            self._on_drop(moving, self.theme_id)
        return True

    def _theme_of(self, cid: int) -> int | None:
        source = self.sourceModel()
        row = source.row_of(cid) if isinstance(source, ContributionModel) else None
        return None if row is None else source.item(row).theme_id
