"""One column of the Group board: the cards of one theme (or of none), a page at a time.

A ``QSortFilterProxyModel`` asks the source for every card's theme, in Python,
for every column, and a list view of wrapped cards measures every row it has:
both grow with the cards off screen. This proxy keeps the ids of its theme's
cards (sorted like the source, kept up to date row by row from the source's
signals) and shows the first :data:`PAGE` of them; the view asks for the next
page (``fetchMore``) when it is scrolled to the end. ``total()`` counts them all.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.models.contributions import ContributionModel, decode_ids

Index = QModelIndex | QPersistentModelIndex
# (contribution ids, theme id or None) -> None: what a drop on a column does
DropHandler = Callable[[list[int], int | None], None]
PAGE = 12  # cards a column lays out before it is scrolled to its end (more if they fit)


class ThemeFilter(QAbstractProxyModel):
    """The cards of one theme (or of none), accepting cards dropped from elsewhere."""

    countChanged = Signal(int)  # how many cards the theme holds, shown or not

    def __init__(
        self,
        source: ContributionModel,
        theme_id: int | None,
        on_drop: DropHandler | None = None,
        parent: Any = None,
        page: int = PAGE,
    ) -> None:
        super().__init__(parent)
        self.theme_id = theme_id
        self.page = page
        self._on_drop = on_drop
        self._keys: list[int] = []  # sort keys (id, or -id when the source is newest first)
        self._shown = 0
        self._sign = -1 if getattr(source, "newest_first", False) else 1
        self.setSourceModel(source)

    # -- following the source ------------------------------------------------------
    def setSourceModel(self, source: Any) -> None:  # type: ignore[override]
        self.beginResetModel()
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._end_reset)
        # Bound methods, not lambdas: Qt drops them with this proxy when its column goes.
        source.layoutAboutToBeChanged.connect(self._layout_about_to_change)
        source.layoutChanged.connect(self._layout_changed)
        source.rowsInserted.connect(self._inserted)
        source.rowsAboutToBeRemoved.connect(self._about_to_remove)
        source.dataChanged.connect(self._data_changed)
        self._rebuild()
        self.endResetModel()

    def _layout_about_to_change(self, *_args: object) -> None:
        self.beginResetModel()

    def _layout_changed(self, *_args: object) -> None:
        self._end_reset()

    def _rebuild(self) -> None:
        source: ContributionModel = self.sourceModel()
        self._keys = source.theme_keys(self.theme_id)
        self._shown = min(len(self._keys), max(self.page, self._shown))

    def _end_reset(self) -> None:
        self._shown = 0
        self._rebuild()
        self.endResetModel()
        self.countChanged.emit(len(self._keys))

    def _add(self, cid: int) -> None:
        key = self._sign * cid
        at = bisect.bisect_left(self._keys, key)
        if at < len(self._keys) and self._keys[at] == key:
            return
        if at < self._shown or self._shown == len(self._keys):  # among the cards shown
            self.beginInsertRows(QModelIndex(), at, at)
            self._keys.insert(at, key)
            self._shown += 1
            self.endInsertRows()
        else:
            self._keys.insert(at, key)  # further down than the pages shown
        self.countChanged.emit(len(self._keys))

    def _drop_id(self, cid: int) -> None:
        at = self._position(cid)
        if at is None:
            return
        if at < self._shown:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._keys[at]
            self._shown -= 1
            self.endRemoveRows()
        else:
            del self._keys[at]
        self.countChanged.emit(len(self._keys))

    def _position(self, cid: int) -> int | None:
        key = self._sign * cid
        at = bisect.bisect_left(self._keys, key)
        return at if at < len(self._keys) and self._keys[at] == key else None

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        source: ContributionModel = self.sourceModel()
        for row in range(first, last + 1):
            card = source.item(row)
            if card.theme_id == self.theme_id:
                self._add(card.id)

    def _about_to_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        source: ContributionModel = self.sourceModel()
        for row in range(first, last + 1):
            self._drop_id(source.item(row).id)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        source: ContributionModel = self.sourceModel()
        for row in range(top_left.row(), bottom_right.row() + 1):
            card = source.item(row)
            at = self._position(card.id)
            if card.theme_id != self.theme_id:
                if at is not None:
                    self._drop_id(card.id)
            elif at is None:
                self._add(card.id)
            elif at < self._shown:
                index = self.index(at, 0)
                self.dataChanged.emit(index, index, roles)

    # -- paging ----------------------------------------------------------------------
    def total(self) -> int:
        """Every card of the theme, shown yet or not."""
        return len(self._keys)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._keys)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = min(self.page, len(self._keys) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def show_card(self, cid: int) -> QModelIndex:
        """The card's index, loading pages down to it if needed (invalid if not here)."""
        at = self._position(cid)
        if at is None:
            return QModelIndex()
        while at >= self._shown:
            self.fetchMore()
        return self.index(at, 0)

    # -- structure ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < self._shown:
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown > 0

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source: ContributionModel = self.sourceModel()
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < self._shown:
            return QModelIndex()
        row = source.row_of(self._sign * self._keys[proxy_index.row()])
        return QModelIndex() if row is None else source.index(row, proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        card = self.sourceModel().item(source_index.row())
        at = self._position(card.id)
        if at is None or at >= self._shown:
            return QModelIndex()
        return self.index(at, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Straight to the source's record (no source index made): asked for every card drawn.
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        source: ContributionModel = self.sourceModel()
        cid = self._sign * self._keys[index.row()]
        row = source.row_of(cid)
        return None if row is None else source.data_of(source.item(row), 0, role)

    # -- drag and drop -----------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        # Dropping on a card drops into its column, like dropping between cards.
        base = self.sourceModel().flags(self.mapToSource(index))
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return self.sourceModel().mimeTypes()

    def mimeData(self, indexes: Any) -> QMimeData:
        return self.sourceModel().mimeData([self.mapToSource(i) for i in indexes])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

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
