"""What the series views share: a keyed table model, figure tiles, saving a PDF, "today"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordModel
from ui.widgets.basics import plain_label
from ui.widgets.palette import is_dark, status_color

# The day "overdue" is measured against; tests replace it.
today: Callable[[], date] = date.today


def tr(text: str, context: str = "Series") -> str:
    return QCoreApplication.translate(context, text)


class _Descending:
    """Inverts the order of a sort key."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return other.key < self.key

    def __gt__(self, other: _Descending) -> bool:
        return other.key > self.key


class KeyedTableModel(RecordModel):
    """A :class:`RecordModel` for the series views: sorted in the model, coloured for the palette."""

    tr_context = "Series"
    dark = False  # colours for a dark palette

    def put(self, item: Any, sort_key: Callable[[Any], Any]) -> None:
        """Replace the row of *item*, or insert it where *sort_key* puts it."""
        if self.replace_item(item):
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
        self._reorder([self.key(i) for i in sorted(self._items, key=self.order_key)])

    def set_dark(self, dark: bool) -> None:
        """Repaint every row in the colours of the new palette."""
        self.dark = dark
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1)
            )

    def assign(self, fresh: Sequence[Any]) -> None:
        """Hold *fresh* in its order: row updates if the rows are the same, else a reset."""
        if [self.key(i) for i in fresh] == self.keys():
            for item in fresh:
                self.replace_item(item)
        else:
            self.reset_items(fresh)

    def sync_sorted(self, fresh: Sequence[Any], sort_key: Callable[[Any], Any]) -> None:
        """Hold exactly *fresh*: rows that went away are removed, others put in place."""
        wanted = {self.key(i) for i in fresh}
        for key in [k for k in self.keys() if k not in wanted]:
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
        self.value = plain_label("0", scale=1.9, bold=True)
        self.caption = plain_label(caption, muted=True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, caption: str | None = None) -> None:
        """The figure, and the words under it when they depend on it ("1 session")."""
        self.value.setText(text)
        if caption is not None:
            self.caption.setText(caption)
        palette = self.value.palette()
        palette.setColor(self.value.foregroundRole(), status_color(self.accent, is_dark(self)))
        self.value.setPalette(palette)


def record_table(
    model: Any,
    row_height: int,
    *,
    alternate: bool = True,
    edit: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.NoEditTriggers,
) -> QTableView:
    """A table of records: whole rows, one at a time, no grid, no row numbers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(edit)
    view.setShowGrid(False)
    view.setAlternatingRowColors(alternate)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    return view


def add_tiles(layout: QBoxLayout, tiles: Iterable[tuple[str, str, str]]) -> dict[str, StatTile]:
    """A row of figures, each (key, caption, accent), added to *layout*; returns them by key."""
    made = {key: StatTile(caption, accent) for key, caption, accent in tiles}
    row = QHBoxLayout()
    for tile in made.values():
        row.addWidget(tile)
    row.addStretch(1)
    layout.addLayout(row)
    return made


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to save a PDF, asked with a file dialog opening in Documents ("" if cancelled)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested), tr("PDF files (*.pdf)")
    )
    return path


def show_saved(label: QLabel, written: Path) -> None:
    """Say the file is saved and open it in the desktop's viewer (not without a screen).

    With no PDF viewer installed, say so and show the folder instead.
    """
    label.setText(tr("Saved {0}").format(written.name))
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))
        label.setText(
            tr("Saved {0} in {1}: this computer has no program that opens PDF files.").format(
                written.name, written.parent
            )
        )
