"""Table columns a user must read whole: sized to their longest text, never cut short.

``QHeaderView.ResizeToContents`` measures a word-wrapping table's cells at the
width the column already has, so a column that started narrow (an empty table,
then rows added) stays narrow: a due date showed as "2…". Here the columns that
hold short values (an owner, a date, a status) get the width of their widest
text, measured on one line, capped at a share of the table; the long texts
(the stretch columns) wrap in what is left.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

PADDING = 14  # the cell's margins and the header's sort-indicator room
MAX_ROWS_MEASURED = 400  # a longer table measures its first rows only (fast enough to redo)


def text_width(view: QTableView, column: int) -> int:
    """Width of the widest text of *column* (its header included), on one line."""
    model = view.model()
    header = view.horizontalHeader()
    title = model.headerData(column, Qt.Orientation.Horizontal) or ""
    bold = QFont(header.font())
    bold.setBold(True)
    widest = QFontMetrics(bold).horizontalAdvance(str(title))
    seen: set[str] = set()
    metrics = view.fontMetrics()
    for row in range(min(model.rowCount(), MAX_ROWS_MEASURED)):
        index = model.index(row, column)
        text = index.data()
        if not isinstance(text, str) or text in seen:
            continue
        seen.add(text)
        cell_font = index.data(Qt.ItemDataRole.FontRole)
        measure = QFontMetrics(cell_font) if isinstance(cell_font, QFont) else metrics
        for line in text.split("\n"):
            widest = max(widest, measure.horizontalAdvance(line))
    return widest + PADDING


class ReadableColumns(QObject):
    """Keeps *columns* of *view* as wide as their texts (at most *share* of the table each)."""

    def __init__(
        self, view: QTableView, columns: Iterable[int], stretch: Iterable[int], share: float = 0.22
    ) -> None:
        super().__init__(view)
        self.view = view
        self.columns = tuple(columns)
        self.share = share
        header = view.horizontalHeader()
        for column in range(view.model().columnCount()):
            mode = QHeaderView.ResizeMode.Interactive
            if column in tuple(stretch):
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        model = view.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self.fit)
        # The view's resizes, not its viewport's: Qt's viewport handed to Python makes
        # PySide look its type up among every widget class (see CardDelegate).
        view.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        view = self.view
        room = max(300, view.contentsRect().width())
        header = view.horizontalHeader()
        for column in self.columns:
            width = min(text_width(view, column), int(room * self.share))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def table(parent: QWidget, name: str, *, wrap: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().hide()
    if wrap:  # long texts wrap onto more lines instead of being cut
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_columns(view: QTableView, *stretch: int) -> None:
    """The *stretch* columns share the width; the others fit their contents."""
    if view.wordWrap():  # measured on one line: a wrapping table's own measure can stay narrow
        others = [c for c in range(view.model().columnCount()) if c not in stretch]
        ReadableColumns(view, others, stretch)
        return
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
