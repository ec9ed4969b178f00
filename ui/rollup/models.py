"""Table models of the roll-up window: one row per team, one row per group of obstacles.

Both are :class:`ui.models.base.RecordModel` s (QAbstractTableModel); the
window sorts and filters them through a :class:`QSortFilterProxyModel` reading
``SortRole``, so numbers sort as numbers and an empty median sorts last.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from ui.models.base import FirstCustomRole, RecordModel
from ui.models.labels import fill, one_line, plain_tooltip
from ui.widgets.palette import status_color
from workshop.model import ObstacleStatus
from workshop.rollup.shared import SharedGroup
from workshop.rollup.summary import TeamSummary

SortRole = FirstCustomRole + 1
LAST = float("inf")


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Rollup", text, None, n)


def days(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}" if value >= 10 else f"{value:.1f}"


class TeamModel(RecordModel):
    headers = (
        "Team", "Last session", "Sessions", "Ideas / session", "Open actions", "Overdue",
        "In the way", "> 90 days", "Median days", "Hero stories", "Score",
    )  # fmt: skip
    header_tips = (
        QT_TRANSLATE_NOOP("Rollup", "The team's name (from its book, else the file's name)"),
        QT_TRANSLATE_NOOP("Rollup", "The date of the latest session held"),
        QT_TRANSLATE_NOOP("Rollup", "Sessions held so far"),
        QT_TRANSLATE_NOOP("Rollup", "Delight and value ideas per session held"),
        QT_TRANSLATE_NOOP("Rollup", "Actions open or in progress"),
        QT_TRANSLATE_NOOP("Rollup", "Open actions past their due date"),
        QT_TRANSLATE_NOOP("Rollup", "Obstacles open or in progress"),
        QT_TRANSLATE_NOOP("Rollup", "Obstacles in the way for more than 90 days"),
        QT_TRANSLATE_NOOP("Rollup", "Median days from flagging an obstacle to its removal"),
        QT_TRANSLATE_NOOP("Rollup", "Hero stories (of which routine delight)"),
        QT_TRANSLATE_NOOP("Rollup", "Recognition: 2 per routine-delight story, 1 per recovery"),
    )
    tr_context = "Rollup"
    dark = False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.header_tips)
        ):
            return tr(self.header_tips[section])
        return super().headerData(section, orientation, role)

    def key(self, item: TeamSummary) -> str:
        return item.team

    def _values(self, t: TeamSummary) -> tuple[Any, ...]:
        return (
            t.team.casefold(), t.last_session or "", t.sessions_held,
            LAST if t.ideas_per_session is None else t.ideas_per_session, t.actions_open,
            t.actions_overdue, t.obstacles_in_the_way, t.open_by_age[2],
            LAST if t.median_days_to_removal is None else t.median_days_to_removal,
            t.heroes, t.recognition_score,
        )  # fmt: skip

    def cell(self, item: TeamSummary, column: int, role: int) -> Any:
        t = item
        if role == SortRole:
            return self._values(t)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return one_line(t.team)
            if column == 1:
                return t.last_session or "–"
            if column == 3:
                return "–" if t.ideas_per_session is None else f"{t.ideas_per_session:.1f}"
            if column == 8:
                return days(t.median_days_to_removal)
            if column == 9:
                return f"{t.heroes} ({t.heroes_routine})"
            return str(self._values(t)[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip(t.team, str(t.path))
        if role == Qt.ItemDataRole.ToolTipRole and column in (6, 7):
            return plain_tooltip(
                fill(
                    tr("Open %1 · in progress %2 · removed %3 · won't fix %4"),
                    *(t.obstacles[s] for s in ObstacleStatus),
                ),
                fill(
                    tr("In the way for under 30 days: %1 · 30 to 90 days: %2 · over 90: %3"),
                    *t.open_by_age,
                ),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and t.actions_overdue:
            return QBrush(status_color("overdue", self.dark))
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class GroupModel(RecordModel):
    headers = ("Obstacle", "Teams", "Named by", "Still in the way", "Times named", "Grouping")
    tr_context = "Rollup"

    def key(self, item: SharedGroup) -> str:
        return item.id

    def cell(self, item: SharedGroup, column: int, role: int) -> Any:
        g = item
        if role == SortRole:
            values = (g.label.casefold(), g.team_count, ", ".join(g.teams).casefold(),
                      g.still_open, g.times, g.pinned)  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                others = len({m.text for m in g.mentions}) - 1
                if others > 0:
                    return fill(tr("%1  (other wordings: %2)"), one_line(g.label), others)
                return one_line(g.label)
            if column == 2:
                return one_line(", ".join(g.teams))
            if column == 5:
                return tr("set by hand") if g.pinned else tr("by similarity")
            return str((None, g.team_count, None, g.still_open, g.times)[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2):
            if column == 2:
                return plain_tooltip(*g.teams)
            lines = [f"{m.team}: {m.text}" for m in g.mentions]
            return plain_tooltip(*lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RollupFilter(QSortFilterProxyModel):
    """Sorts by SortRole; filters rows whose first column contains the text (any case)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.min_teams = 1

    def set_min_teams(self, n: int) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+
        if modern:
            self.beginFilterChange()
        self.min_teams = n
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        item = model.item(source_row)
        if isinstance(item, SharedGroup) and item.team_count < self.min_teams:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
