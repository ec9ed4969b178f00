"""The vote result of a session: its cards, most dots first, ties sharing a rank."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ui.models.base import FirstCustomRole
from ui.models.bound import BoundModel
from ui.models.contributions import KindRole
from ui.models.labels import excerpt, kind_label, plain_tooltip
from workshop.model import RankedItem

DotsRole = FirstCustomRole + 20


class RankingModel(BoundModel):
    headers = ("Rank", "Dots", "Kind", "Item")
    tables = ("votes", "contributions")

    def key(self, item: RankedItem) -> int:
        return item.contribution.id

    def fetch(self) -> list[RankedItem]:
        if self.book is None or self.session_id is None:
            return []
        return self.book.votes.ranking(self.session_id)

    def cell(self, item: RankedItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                rank = str(item.rank)
                return rank + "=" if item.tied else rank
            if column == 1:
                return str(item.dots)
            if column == 2:
                return kind_label(item.contribution.kind)
            return excerpt(item.contribution.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KindRole:
            return item.contribution.kind
        if role == DotsRole:
            return item.dots
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.tied:
            return plain_tooltip(
                QCoreApplication.translate("RankingModel", "Tied with another item")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return plain_tooltip(item.contribution.text)
        return None
