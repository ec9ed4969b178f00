"""A table model over a list of records keyed by id, changed row by row.

Subclasses say which columns they have and what each cell shows; the base keeps
``key -> row`` and offers the incremental edits (insert, replace, remove) and
:meth:`RecordModel.sync`, which turns a fresh list into the smallest set of
row signals (removals, a move as a layout change, insertions, data changes),
never a model reset once the model is filled.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

IdRole = Qt.ItemDataRole.UserRole + 1  # the record's key (int)
RecordRole = Qt.ItemDataRole.UserRole + 2  # the record itself
FirstCustomRole = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex


class RecordModel(QAbstractTableModel):
    #: column headers as source text, translated in :attr:`tr_context`
    headers: tuple[str, ...] = ("",)
    #: the translation context of the headers ("": the model's class name)
    tr_context = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._rows: dict[Hashable, int] = {}

    # -- what subclasses define ------------------------------------------------
    def key(self, item: Any) -> Hashable:
        return item.id

    def cell(self, item: Any, column: int, role: int) -> Any:
        """The value of one cell for one role (None when there is nothing)."""
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return str(item)
        return None

    # -- Qt model interface ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self.data_of(self._items[index.row()], index.column(), role)

    def data_of(self, item: Any, column: int, role: int) -> Any:
        """What :meth:`data` returns for *item*'s cell (for proxies that hold records' keys)."""
        if role == IdRole:
            return self.key(item)
        if role == RecordRole:
            return item
        return self.cell(item, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            context = self.tr_context or type(self).__name__
            return QCoreApplication.translate(context, self.headers[section])
        return None

    # -- reading ---------------------------------------------------------------
    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, key: Hashable) -> int | None:
        return self._rows.get(key)

    def record(self, key: Hashable) -> Any | None:
        row = self.row_of(key)
        return None if row is None else self._items[row]

    def keys(self) -> list[Hashable]:
        return [self.key(i) for i in self._items]

    # -- incremental edits -----------------------------------------------------
    def _reindex(self, start: int = 0) -> None:
        """Bring ``key -> row`` up to date from *start* on (a sorted model may skip it)."""
        for row in range(start, len(self._items)):
            self._rows[self.key(self._items[row])] = row

    def reset_items(self, items: Sequence[Any]) -> None:
        """Replace everything (when the book or session changes)."""
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

    def append_item(self, item: Any) -> None:
        self.insert_item(len(self._items), item)

    def replace_item(self, item: Any) -> bool:
        row = self.row_of(self.key(item))
        if row is None:
            return False
        if self._items[row] != item:
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def remove_key(self, key: Hashable) -> bool:
        row = self.row_of(key)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._rows.pop(key, None)
        self._reindex(row)
        self.endRemoveRows()
        return True

    def sync(self, fresh: Sequence[Any]) -> None:
        """Make the model hold *fresh*, in its order, with row-level signals only."""
        wanted = {self.key(i): i for i in fresh}
        # 1. rows that went away, bottom up
        for row in range(len(self._items) - 1, -1, -1):
            if self.key(self._items[row]) not in wanted:
                self.remove_key(self.key(self._items[row]))
        # 2. rows that stayed but moved: one layout change
        kept_order = [self.key(i) for i in fresh if self.row_of(self.key(i)) is not None]
        if kept_order != self.keys():
            self._reorder(kept_order)
        # 3. new rows, at their place; 4. changed rows
        for row, item in enumerate(fresh):
            key = self.key(item)
            if self.row_of(key) is None:
                self.insert_item(row, item)
            else:
                self.replace_item(item)

    def _reorder(self, order: list[Hashable]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_keys = self.keys()
        by_key = {self.key(i): i for i in self._items}
        self._items = [by_key[k] for k in order]
        self._rows = {}
        self._reindex()
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(self._rows[old_keys[i.row()]], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()
