"""What the series views share: a keyed table model, status names and colours, "today"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..models.base import RecordModel

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
        self.value = plain_label("0", size=1.9, bold=True)
        layout.addWidget(self.value)
        layout.addWidget(plain_label(caption, muted=True))

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        palette = self.value.palette()
        palette.setColor(self.value.foregroundRole(), color(self.accent, is_dark(self)))
        self.value.setPalette(palette)
