"""The columns of the Group board: one per theme, plus the cards not grouped yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.models.contributions import ContributionModel
from ui.models.themes import DropHandler, ThemeFilter
from ui.widgets.basics import heading, muted_label
from ui.widgets.card_delegate import card_list
from workshop.model import Theme

COLUMN_WIDTH_CHARS = 26


class ColumnList(QListView):
    """A column's list of cards; it says when it is clicked without Ctrl or Shift.

    (A signal from the view, not an event filter on its viewport: handing Qt's viewport
    to Python makes PySide look its type up among every widget class.)
    """

    pressedAlone = Signal()  # a mouse press that selects in this column only

    def mousePressEvent(self, event: QMouseEvent) -> None:
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not event.modifiers() & extend:
            self.pressedAlone.emit()
        super().mousePressEvent(event)


class ThemeColumn(QFrame):
    """A titled list of the cards in one theme (theme_id None: not grouped)."""

    focused = Signal(object)  # this column
    titleActivated = Signal(object)  # this column (double-click on the title)

    def __init__(
        self,
        source: ContributionModel,
        theme: Theme | None,
        on_drop: DropHandler,
        title: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"column_{theme.id if theme else 'ungrouped'}")
        self.proxy = ThemeFilter(source, theme.id if theme else None, on_drop, self)
        self.title = heading(title, self, scale=1.05)
        self.title.setWordWrap(True)
        self.title.installEventFilter(self)
        self.count = muted_label("", self, wrap=False)
        self.view = cast(ColumnList, card_list(self, view_class=ColumnList))
        self.view.setObjectName(f"cards_{theme.id if theme else 'ungrouped'}")
        # A steady width: cards are measured once, not again when a scroll bar appears.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setModel(self.proxy)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setAccessibleName(title)
        self.view.installEventFilter(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        width = self.fontMetrics().horizontalAdvance("M") * COLUMN_WIDTH_CHARS
        self.setFixedWidth(width)
        self.proxy.countChanged.connect(self._update_count)
        self._update_count()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title)

    def _update_count(self, *_args: object) -> None:
        n = self.proxy.total()  # every card of the theme, loaded into the list or not
        self.count.setText(self.tr("%n card(s)", "", n))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self)
        if watched is self.title and event.type() == QEvent.Type.MouseButtonDblClick:
            self.titleActivated.emit(self)
            return True
        return super().eventFilter(watched, event)


class Board(QScrollArea):
    """Columns side by side; a click without Ctrl/Shift selects in one column only."""

    def __init__(self, source: ContributionModel, on_drop: DropHandler, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("groupBoard")
        self.source = source
        self.on_drop = on_drop
        self.columns: dict[int | None, ThemeColumn] = {}
        self.focused_column: ThemeColumn | None = None
        self.on_title: Callable[[ThemeColumn], None] | None = None
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        inner = QWidget(self)
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(10)
        self.row.addStretch(1)
        self.setWidget(inner)
        self.ungrouped = self._add_column(None, self.tr("Not grouped yet"), 0)

    def _add_column(self, theme: Theme | None, title: str, position: int) -> ThemeColumn:
        column = ThemeColumn(self.source, theme, self.on_drop, title, self.widget())
        column.view.pressedAlone.connect(lambda c=column: self._select_only_in(c))
        column.focused.connect(self._on_focus)
        column.titleActivated.connect(lambda c: self.on_title and self.on_title(c))
        self.row.insertWidget(position, column)
        self.columns[theme.id if theme else None] = column
        return column

    def sync_themes(self, themes: list[Theme]) -> None:
        """Make the columns match *themes* (add, remove, rename, reorder)."""
        wanted = {t.id for t in themes}
        for tid in [t for t in self.columns if t is not None and t not in wanted]:
            column = self.columns.pop(tid)
            if self.focused_column is column:
                self.focused_column = None
            column.setParent(None)
            column.deleteLater()
        for position, theme in enumerate(themes, start=1):
            column = self.columns.get(theme.id)
            if column is None:
                self._add_column(theme, theme.name, position)
                continue
            column.theme = theme
            column.set_title(theme.name)
            if self.row.indexOf(column) != position:
                self.row.removeWidget(column)
                self.row.insertWidget(position, column)

    def views(self) -> list[QListView]:
        return [c.view for c in self.columns.values()]

    def _on_focus(self, column: ThemeColumn) -> None:
        self.focused_column = column

    def _select_only_in(self, clicked: ThemeColumn) -> None:
        """A click without Ctrl or Shift: the other columns let go of their selection."""
        for column in self.columns.values():
            if column is not clicked:
                column.view.clearSelection()
