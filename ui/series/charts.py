"""A small bar chart drawn with QPainter: grouped or stacked series, readable in both palettes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Series:
    name: str
    color: str  # "#rrggbb"
    values: tuple[int, ...]


def nice_top(value: int) -> tuple[int, int]:
    """A round axis maximum at or above *value*, and the step between grid lines."""
    if value <= 4:
        return max(value, 1), 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (magnitude / 5, magnitude / 2, magnitude, magnitude * 2):
        step = max(1, int(step))
        if value / step <= 5:
            return int(math.ceil(value / step) * step), step
    return value, max(1, value // 5)


class BarChart(QWidget):
    """Bars per category; several series side by side, or stacked."""

    def __init__(self, title: str, parent: QWidget | None = None, *, stacked: bool = True) -> None:
        super().__init__(parent)
        self.title = title
        self.stacked = stacked
        self.categories: tuple[str, ...] = ()
        self.tips: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self._bars: list[tuple[QRectF, int]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_data(
        self, categories: list[str], series: list[Series], tips: list[str] | None = None
    ) -> None:
        self.categories = tuple(categories)
        self.series = tuple(series)
        self.tips = tuple(tips or categories)
        self.update()

    def _top(self) -> int:
        if not self.categories:
            return 0
        if self.stacked:
            return max(sum(s.values[i] for s in self.series) for i in range(len(self.categories)))
        return max((max(s.values, default=0) for s in self.series), default=0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        p.setPen(QColor(pal.color(QPalette.ColorRole.Mid)))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text)
        fm = QFontMetrics(title_font)
        p.drawText(QPointF(12, 10 + fm.ascent()), self.title)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        sfm = QFontMetrics(small)
        # Legend, right-aligned on the title line.
        x = self.width() - 12
        for s in reversed(self.series):
            w = sfm.horizontalAdvance(s.name)
            x -= w
            p.setPen(text)
            p.drawText(QPointF(x, 10 + fm.ascent()), s.name)
            x -= 14
            p.fillRect(QRectF(x, 10 + fm.ascent() - 9, 10, 10), QColor(s.color))
            x -= 12
        top, step = nice_top(self._top())
        plot = QRectF(
            12 + sfm.horizontalAdvance(str(top)) + 8,
            20 + fm.height() + sfm.height() / 2,
            0,
            0,
        )
        plot.setRight(self.width() - 14)
        plot.setBottom(self.height() - 12 - sfm.height() - 4)
        self._bars = []
        if not self.categories or top == 0:
            p.setPen(muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show yet"))
            p.end()
            return
        # Grid lines and their values.
        grid = QColor(pal.color(QPalette.ColorRole.Mid))
        grid.setAlpha(110)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            label_rect = QRectF(0, y - sfm.height() / 2, plot.left() - 6, sfm.height())
            p.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       str(value))  # fmt: skip
        n = len(self.categories)
        slot = plot.width() / n
        bar_w = max(1.5, min(48.0, slot * 0.7))
        lanes = 1 if self.stacked else max(1, len(self.series))
        lane_w = bar_w / lanes
        for i in range(n):
            x0 = plot.left() + slot * i + (slot - bar_w) / 2
            base = plot.bottom()
            for k, s in enumerate(self.series):
                value = s.values[i]
                h = plot.height() * value / top
                x = x0 if self.stacked else x0 + k * lane_w
                rect = QRectF(x, base - h, lane_w - (0 if self.stacked or lanes == 1 else 1), h)
                if value:
                    p.fillRect(rect, QColor(s.color))
                if self.stacked:
                    base -= h
            self._bars.append((QRectF(plot.left() + slot * i, plot.top(), slot, plot.height()), i))
        # Category labels: as many as fit without overlapping.
        p.setPen(muted)
        widest = max(sfm.horizontalAdvance(c) for c in self.categories) + 10
        every = max(1, math.ceil(widest / slot))
        for i in range(0, n, every):
            rect = QRectF(plot.left() + slot * i + slot / 2 - widest / 2, plot.bottom() + 4,
                          widest, sfm.height())  # fmt: skip
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       self.categories[i])  # fmt: skip
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        for rect, i in self._bars:
            if rect.contains(event.position()):
                values = ", ".join(f"{s.name}: {s.values[i]}" for s in self.series)
                QToolTip.showText(
                    event.globalPosition().toPoint(), f"{self.tips[i]}\n{values}", self
                )
                return
        QToolTip.hideText()
