"""A layout that places widgets in a row and wraps them onto the next row when narrow.

Qt has none built in (its documentation ships one as an example); this one keeps
the items in order, left to right, and reports the height it needs for a width,
so a row of settings or buttons wraps on a small screen instead of widening the
window past the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping; ``stretch_before`` items start a right-hand group."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- building ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addWidget(widget)

    def push_right(self) -> None:
        """The items added after this go to the right end of the row (when they fit)."""
        self._right_from = len(self._items)

    # -- QLayout interface -----------------------------------------------------------
    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        # One row: everything side by side.
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._gap() * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -----------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent else None
        if style is None:
            return 6
        return style.layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        ) or style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _right_group(self) -> list[QLayoutItem]:
        if self._right_from is None:
            return []
        shown = self._visible()
        return [i for i in self._items[self._right_from :] if i in shown]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        gap = self._gap()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        right = self._right_group()
        right_width = sum(i.sizeHint().width() for i in right) + gap * max(0, len(right) - 1)
        for item in self._visible():
            w = item.sizeHint().width()
            if right and item is right[0] and rows[-1] and used + gap + right_width > width:
                rows.append([])  # the right-hand group stays together on a row of its own
                used = 0
            elif rows[-1] and used + gap + w > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + w
            rows[-1].append(item)
        return rows

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        right_items = self._right_group()
        y = area.y()
        for row in self._rows(max(1, area.width())):
            height = max(i.sizeHint().height() for i in row) if row else 0
            if apply:
                widths = [min(i.sizeHint().width(), area.width()) for i in row]
                total = sum(widths) + gap * max(0, len(row) - 1)
                spare = max(0, area.width() - total)
                x = area.x()
                for item, w in zip(row, widths, strict=True):
                    if item in right_items and spare:
                        x += spare  # the right-hand group starts at the row's right end
                        spare = 0
                    h = item.sizeHint().height()
                    top = y + (height - h) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(w, h)))
                    x += w + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0


def labelled(label: str | QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together on one line of a flow."""
    box = QWidget(field.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    if isinstance(label, str):
        label = QLabel(label, box)
        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    # Follows the field: a hidden field hides its label too.
    field.installEventFilter(_FollowVisibility(box, field))
    box.setVisible(not field.isHidden())
    return box


class _FollowVisibility(QObject):
    def __init__(self, box: QWidget, field: QWidget) -> None:
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShowToParent:
            self.box.setVisible(True)
        elif event.type() == QEvent.Type.HideToParent:
            self.box.setVisible(False)
        return False
