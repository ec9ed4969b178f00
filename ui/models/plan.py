"""The plan of a session: its actions, and its obstacles with their way around."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ui.models.bound import BoundModel
from ui.models.dates import long_date, short_date
from ui.models.labels import action_status_label, excerpt, obstacle_status_label, plain_tooltip
from workshop.journal import Change
from workshop.model import Action, Contribution, Kind

ACTION_MIME = "application/x-delight-workshop-action"
INCOMPLETE_MARK = "⚠"
MISSING_COLOR = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionModel", text)


class ActionModel(BoundModel):
    """The session's actions in their ranked order; drag a row to move it.

    An action without an owner or a due date is marked incomplete: a sign by its
    number and the missing part in red.
    """

    headers = ("#", "What", "Owner", "Due", "First step", "Help needed", "Status")
    tables = ("actions",)
    OWNER, DUE = 2, 3

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: called with (action id, new position) when a row is dropped elsewhere
        self.on_move: Callable[[int, int], None] | None = None

    def fetch(self) -> list[Action]:
        if self.book is None or self.session_id is None:
            return []
        return self.book.actions.list(self.session_id)

    def incomplete_count(self) -> int:
        return sum(1 for a in self.items() if a.incomplete)

    def cell(self, item: Action, column: int, role: int) -> Any:
        missing = (column == self.OWNER and not item.owner) or (column == self.DUE and not item.due)
        if role == Qt.ItemDataRole.DisplayRole:
            number = str(self.row_of(item.id) + 1)
            values = (
                f"{number} {INCOMPLETE_MARK}" if item.incomplete else number,
                excerpt(item.what),
                item.owner or _tr("no owner yet"),
                short_date(item.due) if item.due else _tr("no date yet"),
                item.first_step or "",
                item.help_needed or "",
                action_status_label(item.status),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and item.due:
            return plain_tooltip(long_date(item.due))
        if role == Qt.ItemDataRole.ForegroundRole and (
            missing or (column == 0 and item.incomplete)
        ):
            return MISSING_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.incomplete:
            return plain_tooltip(_tr("Incomplete: every action needs an owner and a due date."))
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 4, 5):
            text = {1: item.what, 4: item.first_step, 5: item.help_needed}[column]
            return plain_tooltip(text)
        return None

    # -- drag a row to another place -----------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [ACTION_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ACTION_MIME, QByteArray(str(self.item(rows[0]).id).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        raw = bytes(data.data(ACTION_MIME).data()).decode() if data.hasFormat(ACTION_MIME) else ""
        if not raw.isdigit() or self.on_move is None:
            return False
        action_id = int(raw)
        source = self.row_of(action_id)
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if target > source:
            target -= 1  # the row leaves its place before it is put in the new one
        if target != source:
            self.on_move(action_id, target)
        return False  # the book moved the row; the view must not remove anything


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
