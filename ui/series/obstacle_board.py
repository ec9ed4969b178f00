"""The obstacle board: every obstacle the book ever flagged, tracked until it is removed.

Filter by status and by who can remove it; the counts and the median time to
removal follow the owner filter. O, I, R and W (or the buttons) change the
selected obstacle's status through the core, so each change is undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.labels import obstacle_status_label, one_line, plain_tooltip
from ui.series.common import KeyedTableModel, add_tiles, record_table, tr
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import plain_label
from ui.widgets.palette import is_dark, status_color
from ui.widgets.windows import add_undo_actions
from workshop import series
from workshop.journal import Change
from workshop.model import ObstacleStatus
from workshop.series import ObstacleRow

Index = QModelIndex | QPersistentModelIndex
STATUS_ORDER = {s: n for n, s in enumerate(ObstacleStatus)}
EDITABLE = {2: "way_around", 3: "remover"}
STILL_IN_THE_WAY = frozenset({ObstacleStatus.OPEN, ObstacleStatus.IN_PROGRESS})


class ObstacleModel(KeyedTableModel):
    headers = ("Obstacle", "Flagged in", "Way around", "Who can remove it", "Status", "Changed")
    tr_context = "ObstacleModel"

    def __init__(self, context: WorkshopContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.workshop = context

    def key(self, item: ObstacleRow) -> int:
        return item.obstacle.id

    def cell(self, item: ObstacleRow, column: int, role: int) -> Any:
        o = item.obstacle
        status = o.obstacle_status or ObstacleStatus.OPEN
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column == 0:
                return one_line(o.text)
            if column == 1:
                return f"{item.session_date} · {item.session_title}"
            if column in EDITABLE:
                value = o.way_around if column == 2 else o.remover
                return (value or "") if edit else (one_line(value) or "—")
            if column == 4:
                return obstacle_status_label(status)
            if o.status_changed_at:
                return o.status_changed_at[:10]
            return tr("flagged {0}").format(o.created_at[:10])
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2, 3):
            return plain_tooltip({0: o.text, 2: o.way_around, 3: o.remover}[column])
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 4:
                return QBrush(status_color(status.value, self.dark))
            if column in EDITABLE and not (o.way_around if column == 2 else o.remover):
                return QBrush(status_color("dropped", self.dark))
            if status.is_closed and column != 4:
                return QBrush(status_color("dropped", self.dark))
        if role == Qt.ItemDataRole.FontRole and column == 4:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort_key(self, item: ObstacleRow, column: int) -> Any:
        o = item.obstacle
        if column == 0:
            return (o.text.casefold(), o.id)
        if column in EDITABLE:
            value = o.way_around if column == 2 else o.remover
            return (value is None, (value or "").casefold(), o.id)
        if column == 4:
            return (STATUS_ORDER[o.obstacle_status or ObstacleStatus.OPEN], o.id)
        if column == 5:
            return (o.status_changed_at or o.created_at, o.id)
        return (item.session_date, o.created_at, o.id)  # flagged in (and the natural order)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        bridge = self.workshop.bridge
        if bridge is None or not index.isValid():
            return False
        obstacle_id = self.item(index.row()).obstacle.id
        field = EDITABLE[index.column()]
        bridge.run(bridge.book.contributions.set_obstacle, obstacle_id, **{field: str(value)})
        return True  # the row is refreshed from the change notification

    def set_status(self, obstacle_id: int, status: ObstacleStatus) -> None:
        bridge = self.workshop.bridge
        if bridge is not None:
            bridge.run(bridge.book.contributions.set_obstacle, obstacle_id, status=status)

    def reload(self) -> None:
        book = self.workshop.book
        rows = series.obstacle_rows(book) if book is not None else []
        if self.sort_column >= 0:
            rows.sort(key=self.order_key)
        self.reset_items(rows)

    def apply(self, change: Change) -> bool:
        """Follow one committed change row by row; True if any obstacle row changed."""
        book = self.workshop.book
        if book is None:
            return False
        touched = False
        for row in change.of("contributions"):
            images = [i for i in (row.before, row.after) if i is not None]
            if not any(i["kind"] == "obstacle" for i in images):
                continue
            touched = True
            fresh = series.obstacle_row(book, row.row_id) if row.after is not None else None
            if fresh is None:
                self.remove_key(row.row_id)
            else:
                self.put(fresh, self.order_key)
        for row in change.of("sessions"):
            for item in self.items():
                if item.obstacle.session_id == row.row_id and row.after is not None:
                    fresh = series.obstacle_row(book, item.obstacle.id)
                    if fresh is not None:
                        self.replace_item(fresh)
                        touched = True
        return touched


class ObstacleFilter(QSortFilterProxyModel):
    """Shows the rows of the chosen statuses and remover (None: any)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.statuses: frozenset[ObstacleStatus] | None = None
        self.remover: str | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source (fast, and rows do not jump while their status is changed)."""
        self.sourceModel().sort(column, order)

    def set_filters(self, statuses: frozenset[ObstacleStatus] | None, remover: str | None) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+
        if modern:
            self.beginFilterChange()
        self.statuses = statuses
        self.remover = None if remover is None else remover.casefold()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return matches(self.sourceModel().item(source_row), self.statuses, self.remover)


def matches(row: ObstacleRow, statuses: frozenset | None, remover: str | None) -> bool:
    if statuses is not None and row.obstacle.obstacle_status not in statuses:
        return False
    if remover is None:
        return True
    return (row.obstacle.remover or "").casefold() == remover


class ObstacleBoard(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Obstacle board"))
        self.model = ObstacleModel(context, self)
        self.proxy = ObstacleFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        ChangeFollower(context, self, self._on_changed)
        context.bookChanged.connect(self._load_book)
        add_undo_actions(self, context)
        self._load_book()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        outer.addWidget(plain_label(tr("Obstacle board"), scale=1.6, bold=True))
        outer.addWidget(
            plain_label(
                tr("Every obstacle the team has flagged, until someone removes it."), muted=True
            )
        )
        self.tiles = add_tiles(
            outer,
            (
                ("open", tr("open"), "open"),
                ("in_progress", tr("in progress"), "in_progress"),
                ("removed", tr("removed"), "removed"),
                ("wont_fix", tr("won't fix"), "wont_fix"),
                ("median", tr("median days to removal"), "removed"),
            ),
        )
        filters = QHBoxLayout()
        self.status_combo = QComboBox()
        for text, statuses in (
            (tr("All statuses"), None),
            (tr("Still in the way (open or in progress)"), STILL_IN_THE_WAY),
            *((obstacle_status_label(s), frozenset({s})) for s in ObstacleStatus),
        ):
            self.status_combo.addItem(text, statuses)
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(18)
        for label, combo in ((tr("&Status:"), self.status_combo),
                             (tr("Who can &remove it:"), self.owner_combo)):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._filter_changed)
        filters.addStretch(1)
        self.shown = plain_label(muted=True)
        filters.addWidget(self.shown)
        outer.addLayout(filters)

        self.table = record_table(
            self.proxy,
            self.fontMetrics().height() + 12,
            edit=QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 220), (3, 150), (4, 100), (5, 150)):
            header.resizeSection(column, width)
        outer.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        for status, key in (
            (ObstacleStatus.OPEN, "O"),
            (ObstacleStatus.IN_PROGRESS, "I"),
            (ObstacleStatus.REMOVED, "R"),
            (ObstacleStatus.WONT_FIX, "W"),
        ):
            button = QPushButton(f"{obstacle_status_label(status)}  ({key})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            buttons.addWidget(button)
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=status: self.set_status(s))
        buttons.addStretch(1)
        buttons.addWidget(
            plain_label(
                tr("F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes"),
                muted=True,
            )
        )
        outer.addLayout(buttons)

    # -- book ------------------------------------------------------------------------
    def _load_book(self) -> None:
        self.model.dark = is_dark(self)
        self.model.reload()
        self._refresh()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_dark(is_dark(self))
            self._refresh_figures()

    def _on_changed(self, change: Change) -> None:
        if self.model.apply(change):
            self._refresh()

    def focus_default(self) -> None:
        self.table.setFocus()

    # -- filters and figures ---------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_filters(self.status_combo.currentData(), self.owner_combo.currentData())
        self._refresh_figures()

    def _refresh(self) -> None:
        self._refresh_owners()
        self._refresh_figures()

    def _refresh_owners(self) -> None:
        names: dict[str, str] = {}
        for row in self.model.items():
            if row.obstacle.remover:
                names.setdefault(row.obstacle.remover.casefold(), row.obstacle.remover)
        wanted: list[tuple[str, str | None]] = [
            (tr("Everyone"), None),
            (tr("Nobody named yet"), ""),
        ]
        wanted += [(names[k], names[k]) for k in sorted(names)]
        current = [(self.owner_combo.itemText(i), self.owner_combo.itemData(i))
                   for i in range(self.owner_combo.count())]  # fmt: skip
        if current == wanted:
            return
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        for text, data in wanted:
            self.owner_combo.addItem(text, data)
        keep = next((i for i, (_t, d) in enumerate(wanted)
                     if d is not None and chosen is not None and d.casefold() == chosen.casefold()), 0)  # fmt: skip
        self.owner_combo.setCurrentIndex(keep)
        self.owner_combo.blockSignals(False)
        if (self.owner_combo.currentData() or None) != (chosen or None):
            self._filter_changed()

    def _refresh_figures(self) -> None:
        remover = self.owner_combo.currentData()
        remover = None if remover is None else remover.casefold()
        rows = [r.obstacle for r in self.model.items() if matches(r, None, remover)]
        stats = series.board_stats(rows)
        self.tiles["open"].set_value(str(stats.open))
        self.tiles["in_progress"].set_value(str(stats.in_progress))
        self.tiles["removed"].set_value(str(stats.removed))
        self.tiles["wont_fix"].set_value(str(stats.wont_fix))
        median = stats.median_days_to_removal
        self.tiles["median"].set_value(
            "—" if median is None else f"{median:.0f}" if median >= 10 else f"{median:.1f}"
        )
        self.shown.setText(
            tr("Showing {0} of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )

    # -- status ------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, RecordRole).obstacle.id

    def set_status(self, status: ObstacleStatus) -> None:
        obstacle_id = self.selected_id()
        if obstacle_id is not None:
            self.model.set_status(obstacle_id, status)


def open_obstacle_board(window: Any) -> ObstacleBoard:
    from ui.widgets.windows import show_window

    return show_window(window, "obstacles", lambda: ObstacleBoard(window.context), (1180, 660))
