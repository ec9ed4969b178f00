"""The Group board: one table view, a column per theme (the cards not grouped yet first).

Cards are drawn by the card delegate at one height (a long card shows its first lines and
"…"; its tooltip and the edit dialog hold every word). The keyboard moves from card to
card: up and down a column, left and right to the nearest card of the next column that
has any. A plain click selects one card, Ctrl+click adds cards from any column. Cards are
dragged onto any place in a column, under its last card too. A double-click on a theme's
title renames it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from ui.models.board import BoardModel, DropHandler
from ui.models.contributions import ContributionModel, decode_ids
from ui.models.labels import phase_label
from ui.phases import card_commands
from ui.widgets.card_delegate import CardDelegate
from workshop.model import Phase, Theme

COLUMN_WIDTH_CHARS = 26
CARD_LINES = 4  # lines of a card's words on the board; the rest is in its tooltip

Action = QAbstractItemView.CursorAction


class TitleHeader(QHeaderView):
    """The themes' titles: two lines (the name, the count), measured once per font.

    Qt's own measure lays out every title's text at every size hint: most of the
    header's cost when the board opens."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._size: QSize | None = None

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        if self._size is None:
            metrics = self.fontMetrics()
            margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            self._size = QSize(self.defaultSectionSize(), 2 * metrics.lineSpacing() + margin + 4)
        return QSize(self.sectionSize(logicalIndex) or self._size.width(), self._size.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size = None
        super().changeEvent(event)


class Board(QTableView):
    def __init__(self, source: ContributionModel, on_drop: DropHandler, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("groupBoard")
        self.cards = BoardModel(source, self)
        self.on_drop = on_drop
        self.on_title: Callable[[Theme], None] | None = None
        self.setHorizontalHeader(TitleHeader(self))
        self.setModel(self.cards)
        self.delegate = CardDelegate(self, max_lines=CARD_LINES, cells=True)
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(phase_label(Phase.GROUP))
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the board, as in any list
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setMouseTracking(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionsClickable(False)  # a click on a title does not select its column
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.sectionDoubleClicked.connect(self._title_double_clicked)
        self._fit()

    # -- sizes follow the font -------------------------------------------------------
    def _fit(self) -> None:
        width = self.fontMetrics().horizontalAdvance("M") * COLUMN_WIDTH_CHARS
        self.horizontalHeader().setDefaultSectionSize(width)
        self.verticalHeader().setDefaultSectionSize(self.delegate.card_height(self.font()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        super().changeEvent(event)

    # -- what the page asks ------------------------------------------------------------
    def sync_themes(self, themes: Iterable[Theme]) -> None:
        """Columns for *themes*; the selected cards stay selected."""
        selected, current = self.selected_ids(), self.current_id()
        if self.cards.set_themes(themes):
            self._restore(selected, current)

    def selected_ids(self) -> list[int]:
        return card_commands.selected_ids([self])

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.cards.card_id(index.row(), index.column()) if index.isValid() else None

    def current_theme(self) -> Theme | None:
        """The theme of the column the keyboard is in (None: not grouped, or nowhere)."""
        index = self.currentIndex()
        return self.cards.theme_at(index.column()) if index.isValid() else None

    def select_card(self, card_id: int) -> bool:
        """Select the card alone, show it and give the board the keyboard."""
        index = self.cards.index_of(card_id)
        if not index.isValid():
            return False
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first(self) -> None:
        """The keyboard on the board, at its first card; nothing selected by surprise."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.currentIndex().isValid():
            return
        for column in range(self.cards.columnCount()):
            if self.cards.count(column):
                self.selectionModel().setCurrentIndex(
                    self.cards.index(0, column), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                return

    def _restore(self, selected: list[int], current: int | None) -> None:
        selection = self.selectionModel()
        for card_id in selected:
            index = self.cards.index_of(card_id)
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        index = self.cards.index_of(current) if current is not None else QModelIndex()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _title_double_clicked(self, column: int) -> None:
        theme = self.cards.theme_at(column)
        if theme is not None and self.on_title is not None:
            self.on_title(theme)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A plain click beside the cards lets go of them, as in any list.
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        index = self.indexAt(event.position().toPoint())
        if self.cards.card_id(index.row(), index.column()) is None and not (
            event.modifiers() & extend
        ):
            self.clearSelection()
        super().mousePressEvent(event)

    # -- the keyboard: card to card ------------------------------------------------------
    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        cards = self.cards
        if not current.isValid():
            self.focus_first()
            return self.currentIndex()
        row, column = current.row(), current.column()
        if self.isRightToLeft() and action in (Action.MoveLeft, Action.MoveRight):
            action = Action.MoveRight if action == Action.MoveLeft else Action.MoveLeft
        if action in (Action.MoveLeft, Action.MoveRight):
            step = -1 if action == Action.MoveLeft else 1
            target = column + step
            while 0 <= target < cards.columnCount() and not cards.count(target):
                target += step
            if not 0 <= target < cards.columnCount():
                return current
            return cards.index(min(row, cards.count(target) - 1), target)
        last = cards.count(column) - 1
        # (the scroll bar's page is the viewport's height: asking for the viewport itself
        # would hand Qt's plain widget to Python)
        page = max(1, self.verticalScrollBar().pageStep() // max(1, self.rowHeight(row)))
        rows = {
            Action.MoveUp: row - 1,
            Action.MoveDown: row + 1,
            Action.MovePageUp: row - page,
            Action.MovePageDown: row + page,
            Action.MoveHome: 0,
            Action.MoveEnd: last,
        }
        if action not in rows:
            return current
        return cards.index(max(0, min(last, rows[action])), column)

    # -- drag and drop: anywhere in a column -----------------------------------------------
    def _drop_column(self, event: QDragMoveEvent | QDropEvent) -> int:
        if not decode_ids(event.mimeData()):
            return -1
        return self.columnAt(event.position().toPoint().x())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        if self._drop_column(event) >= 0:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # scrolls near the edges, shows where it lands
        if self._drop_column(event) >= 0:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        column = self._drop_column(event)
        ids = decode_ids(event.mimeData())
        super().dropEvent(event)  # ends the drag's state and repaints; the model takes nothing
        if column < 0:
            event.ignore()
            return
        moving = self.cards.moving_into(ids, column)
        if moving:
            theme = self.cards.theme_at(column)
            self.on_drop(moving, theme.id if theme else None)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
