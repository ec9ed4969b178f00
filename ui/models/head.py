"""The first N rows of a flat model (e.g. the newest cards), updated row by row.

A list view lays out every row it has after each insert; showing the latest
few hundred cards while capturing keeps that cost constant however long the
session gets. Rows pushed past the limit leave the proxy; rows freed by a
removal are filled from the source.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class HeadProxy(QAbstractProxyModel):
    def __init__(self, limit: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._shown = 0
        self._pending: tuple[int, int] | None = None
        self._removing: tuple[int, int] | None = None

    def setSourceModel(self, source: Any) -> None:
        self.beginResetModel()
        super().setSourceModel(source)
        source.rowsAboutToBeInserted.connect(self._about_to_insert)
        source.rowsInserted.connect(self._inserted)
        source.rowsAboutToBeRemoved.connect(self._about_to_remove)
        source.rowsRemoved.connect(self._removed)
        source.dataChanged.connect(self._data_changed)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._end_reset)
        source.layoutAboutToBeChanged.connect(lambda *_: self.beginResetModel())
        source.layoutChanged.connect(lambda *_: self._end_reset())
        self._shown = min(self.limit, source.rowCount())
        self.endResetModel()

    # -- structure -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self._shown and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if not proxy_index.isValid() or source is None:
            return QModelIndex()
        return source.index(proxy_index.row(), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or source_index.row() >= self._shown:
            return QModelIndex()
        return self.index(source_index.row(), source_index.column())

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (
            self.sourceModel().flags(self.mapToSource(index))
            if index.isValid()
            else (Qt.ItemFlag.NoItemFlags)
        )

    # -- following the source -----------------------------------------------------
    def _about_to_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() or first >= self.limit:
            return
        last = min(last, self.limit - 1)
        overflow = self._shown + (last - first + 1) - self.limit
        if overflow > 0:  # the oldest shown rows make room
            self.beginRemoveRows(QModelIndex(), self._shown - overflow, self._shown - 1)
            self._shown -= overflow
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), first, last)
        self._pending = (first, last)

    def _inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._pending is None:
            return
        first, last = self._pending
        self._pending = None
        self._shown += last - first + 1
        self.endInsertRows()

    def _about_to_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() or first >= self._shown:
            return
        last = min(last, self._shown - 1)
        self.beginRemoveRows(QModelIndex(), first, last)
        self._removing = (first, last)

    def _removed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._removing is not None:
            first, last = self._removing
            self._removing = None
            self._shown -= last - first + 1
            self.endRemoveRows()
        available = min(self.limit, self.sourceModel().rowCount()) - self._shown
        if available > 0:  # rows from further down move up into view
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + available - 1)
            self._shown += available
            self.endInsertRows()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if top_left.row() >= self._shown:
            return
        bottom = min(bottom_right.row(), self._shown - 1)
        self.dataChanged.emit(
            self.index(top_left.row(), top_left.column()),
            self.index(bottom, bottom_right.column()),
            roles,
        )

    def _end_reset(self) -> None:
        source = self.sourceModel()
        self._shown = min(self.limit, source.rowCount() if source is not None else 0)
        self.endResetModel()
