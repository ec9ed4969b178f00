"""The plan of a session: its actions, and its obstacles with their way around."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.models.bound import BoundModel
from ui.models.dates import long_date, short_date
from ui.models.labels import action_status_label, excerpt, obstacle_status_label, plain_tooltip
from workshop.journal import Change
from workshop.model import Action, Contribution, Kind


class ActionModel(BoundModel):
    headers = ("#", "What", "Owner", "Due", "First step", "Help needed", "Status")
    tables = ("actions",)

    def fetch(self) -> list[Action]:
        if self.book is None or self.session_id is None:
            return []
        return self.book.actions.list(self.session_id)

    def cell(self, item: Action, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(self.row_of(item.id) + 1),
                excerpt(item.what),
                item.owner or "",
                short_date(item.due),
                item.first_step or "",
                item.help_needed or "",
                action_status_label(item.status),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and item.due:
            return plain_tooltip(long_date(item.due))
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 4, 5):
            text = {1: item.what, 4: item.first_step, 5: item.help_needed}[column]
            return plain_tooltip(text)
        return None


class ObstacleModel(BoundModel):
    headers = ("Obstacle", "Way around", "Who can remove it", "Status")
    tables = ("contributions",)

    def fetch(self) -> list[Contribution]:
        if self.book is None or self.session_id is None:
            return []
        return self.book.contributions.list(self.session_id, Kind.OBSTACLE)

    def concerns(self, change: Change) -> bool:
        if not super().concerns(change):
            return False
        for row in change.of("contributions"):
            for image in (row.before, row.after):
                if image and image.get("kind") == Kind.OBSTACLE.value:
                    return True
        return False

    def cell(self, item: Contribution, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            status = obstacle_status_label(item.obstacle_status) if item.obstacle_status else ""
            return (excerpt(item.text), excerpt(item.way_around), item.remover or "", status)[
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            text = item.text if column == 0 else item.way_around
            return plain_tooltip(text)
        return None
