"""The Group board as one table: a column per theme (the cards not grouped yet first), a
session's cards down each column in capture order.

One view draws the whole board, so its cost follows the cards on screen: the view asks
for the cells it paints, the rows have one height (no card is measured to lay the board
out) and a column of 10,000 cards costs what a column of ten does. The cells below a
column's last card are empty: not selectable, but a card dropped there joins the column.

The model follows the session's :class:`ContributionModel`: after each change it takes
the columns again (one pass over the session's cards) and says only what changed. When
cards move between columns, the selection and the keyboard's place stay on the same
cards (their persistent indexes are moved with them).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.models.base import IdRole
from ui.models.contributions import ContributionModel, decode_ids, encode_ids
from ui.models.labels import plain_tooltip
from workshop.model import Theme

Index = QModelIndex | QPersistentModelIndex
# (contribution ids, theme id or None) -> None: what a drop on a column does
DropHandler = Callable[[list[int], int | None], None]

_CARD = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_EMPTY = Qt.ItemFlag.ItemIsDropEnabled  # under a column's last card: a place to drop


def one_line(name: str) -> str:
    """A theme's name on one line (a pasted name may hold line breaks or tabs)."""
    return " ".join(name.split())


class BoardModel(QAbstractTableModel):
    """Cells (row, column): the row-th card of the column's theme, or nothing."""

    def __init__(self, source: ContributionModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self._sign = -1 if source.newest_first else 1  # keys are -id when newest come first
        self.themes: list[Theme | None] = [None]
        self._keys: list[list[int]] = [[]]  # per column: the source's sort keys, in order
        self._rows = 0  # the longest column's length
        self._headers: dict[int, str] = {}  # a column's title and count, as shown
        self._rebuild_keys()
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._end_reset)
        source.layoutChanged.connect(self._follow)
        source.rowsInserted.connect(self._follow)
        source.rowsRemoved.connect(self._follow)
        source.dataChanged.connect(self._data_changed)

    # -- what the board shows ------------------------------------------------------
    def theme_at(self, column: int) -> Theme | None:
        return self.themes[column] if 0 <= column < len(self.themes) else None

    def column_of(self, theme_id: int | None) -> int | None:
        for column, theme in enumerate(self.themes):
            if (theme.id if theme else None) == theme_id:
                return column
        return None

    def count(self, column: int) -> int:
        """How many cards the column holds."""
        return len(self._keys[column]) if 0 <= column < len(self._keys) else 0

    def card_id(self, row: int, column: int) -> int | None:
        keys = self._keys[column] if 0 <= column < len(self._keys) else ()
        return self._sign * keys[row] if 0 <= row < len(keys) else None

    def index_of(self, card_id: int) -> QModelIndex:
        """The cell of the card (invalid if it is not on the board)."""
        card = self.source.record(card_id)
        if card is None:
            return QModelIndex()
        column = self.column_of(card.theme_id)
        if column is None:
            return QModelIndex()
        row = self._position(column, card_id)
        return QModelIndex() if row is None else self.index(row, column)

    def title(self, column: int) -> str:
        theme = self.theme_at(column)
        if theme is None:
            return self.tr("Not grouped yet")
        return one_line(theme.name)

    # -- the theme columns ---------------------------------------------------------
    def set_themes(self, themes: Iterable[Theme]) -> bool:
        """Columns for *themes*, in order, after the cards not grouped yet (True: the
        columns changed, the model was reset)."""
        wanted: list[Theme | None] = [None, *themes]
        if [t.id if t else None for t in wanted] == [t.id if t else None for t in self.themes]:
            self.themes = wanted  # the same columns: names may have changed
            self._headers.clear()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(wanted) - 1)
            return False
        self.beginResetModel()
        self.themes = wanted
        self._rebuild_keys()
        self.endResetModel()
        return True

    # -- following the source ------------------------------------------------------
    def _fresh_keys(self) -> list[list[int]]:
        return [self.source.theme_keys(t.id if t else None) for t in self.themes]

    def _rebuild_keys(self) -> None:
        """Take every column again (inside a reset: no cell is told)."""
        self._headers.clear()
        self._keys = self._fresh_keys()
        self._rows = max((len(keys) for keys in self._keys), default=0)

    def _end_reset(self) -> None:
        self._rebuild_keys()
        self.endResetModel()

    def _position(self, column: int, card_id: int) -> int | None:
        keys = self._keys[column]
        key = self._sign * card_id
        at = bisect_left(keys, key)
        return at if at < len(keys) and keys[at] == key else None

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if self._follow():
            return  # cards moved between columns: every cell was told
        for row in range(top_left.row(), bottom_right.row() + 1):
            index = self.index_of(self.source.item(row).id)
            if index.isValid():
                self.dataChanged.emit(index, index, roles)

    def _follow(self, *_args: object) -> bool:
        """Bring the columns up to date with the source; False if no card moved."""
        fresh = self._fresh_keys()
        if fresh == self._keys:
            return False
        longest = max((len(keys) for keys in fresh), default=0)
        if longest > self._rows:  # room first, then the cards move in
            self.beginInsertRows(QModelIndex(), self._rows, longest - 1)
            self._rows = longest
            self.endInsertRows()
        self._move_cards(fresh)
        self._headers.clear()
        if longest < self._rows:
            self.beginRemoveRows(QModelIndex(), longest, self._rows - 1)
            self._rows = longest
            self.endRemoveRows()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.themes) - 1)
        return True

    def _move_cards(self, fresh: list[list[int]]) -> None:
        """Take the new columns; selection and current cell follow their cards."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        cards = [self.card_id(i.row(), i.column()) for i in old]
        self._keys = fresh
        moved = [self.index_of(card) if card is not None else QModelIndex() for card in cards]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card_id(index.row(), index.column())
        if card is None:
            return None
        row = self.source.row_of(card)
        return None if row is None else self.source.data_of(self.source.item(row), 0, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.themes):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._headers.get(section)
            if text is None:  # asked for at every paint and measure of the header
                count = self.tr("%n card(s)", "", self.count(section))
                text = self._headers[section] = f"{self.title(section)}\n{count}"
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            theme = self.theme_at(section)
            return plain_tooltip(theme.name) if theme is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _EMPTY
        return _CARD if self.card_id(index.row(), index.column()) is not None else _EMPTY

    # -- drag and drop -----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return self.source.mimeTypes()

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = [index.data(IdRole) for index in indexes]
        return encode_ids(sorted({int(cid) for cid in ids if cid is not None}))

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
        return False  # the board's view takes drops: it knows the column under the pointer

    def moving_into(self, ids: list[int], column: int) -> list[int]:
        """Of *ids*, the cards not in *column*'s theme yet."""
        theme = self.theme_at(column)
        theme_id = theme.id if theme else None
        moving = []
        for cid in ids:
            card = self.source.record(cid)
            if card is not None and card.theme_id != theme_id:
                moving.append(cid)
        return moving
