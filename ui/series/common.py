"""What the series views share: a keyed table model, status names and colours, "today"."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1  # the record behind a row

# The day "overdue" is measured against; tests replace it.
today: Callable[[], date] = date.today


def tr(text: str, context: str = "Series") -> str:
    return QCoreApplication.translate(context, text)


def status_label(status: str) -> str:
    return {
        "open": tr("Open"),
        "in_progress": tr("In progress"),
        "done": tr("Done"),
        "dropped": tr("Dropped"),
        "removed": tr("Removed"),
        "wont_fix": tr("Won't fix"),
    }.get(str(status), str(status))


# (light, dark) colours: good news green, attention red/orange, neutral blue/grey.
_STATUS_COLORS = {
    "open": ("#1f5fbf", "#79a8f2"),
    "in_progress": ("#a35f00", "#f0b45a"),
    "done": ("#1c7c3e", "#5fd08a"),
    "removed": ("#1c7c3e", "#5fd08a"),
    "dropped": ("#6e7781", "#9aa4ae"),
    "wont_fix": ("#6e7781", "#9aa4ae"),
    "overdue": ("#b42318", "#ff8a80"),
    "overdue_bg": ("#fdecea", "#3d2323"),
    "done_bg": ("#e7f5ec", "#1f3326"),
}


def is_dark(widget_or_palette: QWidget | QPalette) -> bool:
    palette = (
        widget_or_palette
        if isinstance(widget_or_palette, QPalette)
        else widget_or_palette.palette()
    )
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def color(name: str, dark: bool = False) -> QColor:
    light, dark_value = _STATUS_COLORS[name]
    return QColor(dark_value if dark else light)


def plain_label(text: str = "", parent: QWidget | None = None, *, size: float = 0,
                bold: bool = False, muted: bool = False, wrap: bool = False) -> QLabel:  # fmt: skip
    """A label that never interprets markup (user text may contain ``<b>``)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if size or bold:
        font = QFont(label.font())
        if size:
            font.setPointSizeF(font.pointSizeF() * size)
        font.setBold(bold)
        label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def one_line(text: str | None, limit: int = 160) -> str:
    """Text on one line for a table cell (the full text is in the tooltip)."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class _Descending:
    """Inverts the order of a sort key."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return other.key < self.key

    def __gt__(self, other: _Descending) -> bool:
        return other.key > self.key


class KeyedTableModel(QAbstractTableModel):
    """Rows of records keyed by id, changed one row at a time (never reset once shown)."""

    headers: tuple[str, ...] = ()
    context = "Series"
    dark = False  # colours for a dark palette

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._rows: dict[Hashable, int] = {}

    def key(self, item: Any) -> Hashable:
        raise NotImplementedError

    def cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- Qt interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ItemRole:
            return item
        return self.cell(item, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.context, self.headers[section])
        return None

    # -- reading and row edits -----------------------------------------------------
    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, key: Hashable) -> int | None:
        return self._rows.get(key)

    def _reindex(self, start: int = 0) -> None:
        for row in range(start, len(self._items)):
            self._rows[self.key(self._items[row])] = row

    def reset_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = {}
        self._reindex()
        self.endResetModel()

    def insert_item(self, row: int, item: Any) -> None:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._reindex(row)
        self.endInsertRows()

    def replace_item(self, item: Any) -> None:
        row = self._rows[self.key(item)]
        if self._items[row] != item:
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def remove_key(self, key: Hashable) -> None:
        row = self._rows.get(key)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        del self._rows[key]
        self._reindex(row)
        self.endRemoveRows()

    def put(self, item: Any, sort_key: Callable[[Any], Any]) -> None:
        """Replace the row of *item*, or insert it where *sort_key* puts it."""
        if self.key(item) in self._rows:
            self.replace_item(item)
            return
        wanted = sort_key(item)
        row = len(self._items)
        while row > 0 and sort_key(self._items[row - 1]) > wanted:
            row -= 1
        self.insert_item(row, item)

    # -- sorting in Python: one key per row, not a data() call per comparison ----------
    sort_column = -1
    sort_order = Qt.SortOrder.AscendingOrder

    def sort_key(self, item: Any, column: int) -> Any:
        """The value rows are ordered by in *column* (-1: the model's natural order)."""
        return 0

    def order_key(self, item: Any) -> Any:
        key = self.sort_key(item, self.sort_column)
        return _Descending(key) if self.sort_order == Qt.SortOrder.DescendingOrder else key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_keys = [self.key(i) for i in self._items]
        self._items.sort(key=self.order_key)
        self._rows = {}
        self._reindex()
        moved_from = self.persistentIndexList()
        moved_to = [self.index(self._rows[old_keys[i.row()]], i.column()) for i in moved_from]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def set_dark(self, dark: bool) -> None:
        """Repaint every row in the colours of the new palette."""
        self.dark = dark
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(self.headers) - 1)
            )

    def assign(self, fresh: Sequence[Any]) -> None:
        """Hold *fresh* in its order: row updates if the rows are the same, else a reset."""
        if [self.key(i) for i in fresh] == [self.key(i) for i in self._items]:
            for item in fresh:
                self.replace_item(item)
        else:
            self.reset_items(fresh)

    def sync(self, fresh: Sequence[Any], sort_key: Callable[[Any], Any]) -> None:
        """Hold exactly *fresh*: rows that went away are removed, others put in place."""
        wanted = {self.key(i) for i in fresh}
        for key in [k for k in self._rows if k not in wanted]:
            self.remove_key(key)
        for item in fresh:
            self.put(item, sort_key)


class StatTile(QFrame):
    def __init__(self, caption: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.accent = accent
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        self.value = plain_label("0", size=1.9, bold=True)
        layout.addWidget(self.value)
        layout.addWidget(plain_label(caption, muted=True))

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        palette = self.value.palette()
        palette.setColor(self.value.foregroundRole(), color(self.accent, is_dark(self)))
        self.value.setPalette(palette)
