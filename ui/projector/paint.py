"""Drawing for the projector: one palette, sizes that scale with the screen, plain text.

Sizes are given in points *at 1080 pixels high* and scaled with the window
height, so 28 pt on a 1920x1080 projector is 56 pt at 3840x2160 and about
20 pt at 1024x768: the same share of the screen, readable from the back.

All text is drawn with ``QTextLayout`` (plain text, never markup), wrapping at
word boundaries and breaking a word only if it is wider than a whole line, so
no word is ever clipped. Every string a view draws passes through
:meth:`PaintedView.draw_layout`, which records it: tests read back exactly what
the room sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QRegion,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from ui.widgets.card_delegate import text_direction
from workshop.model import Kind

BASE_HEIGHT = 1080.0
MIN_POINTS = 28.0  # the smallest text on the projector, at 1080 pixels high


class Colors:
    background = QColor("#0d1117")
    card = QColor("#1c2532")
    card_highlight = QColor("#2c3b50")
    text = QColor("#f4f6f8")
    muted = QColor("#c3cdd8")
    accent = QColor("#ffc857")
    good = QColor("#7bd88f")
    alert = QColor("#ff8a80")
    line = QColor("#3a4656")


KIND_COLORS = {
    Kind.DELIGHT: QColor("#ffc857"),
    Kind.OBSTACLE: QColor("#ff8a80"),
    Kind.HERO: QColor("#7bd88f"),
    Kind.VALUE: QColor("#6cc4ff"),
}


def scale_for(height: float) -> float:
    return max(0.3, height / BASE_HEIGHT)


def font(points: float, scale: float, *, bold: bool = False) -> QFont:
    """A font of *points* (at 1080 p) for a window of that *scale*; never below 28 pt."""
    f = QFont()
    f.setPointSizeF(max(points, MIN_POINTS) * scale)
    f.setBold(bold)
    return f


@dataclass
class TextBox:
    """A laid-out piece of plain text: its lines fit *width*, its height is known."""

    text: str
    layout: QTextLayout
    width: float
    height: float
    shown: str  # the text as drawn (shortened with "…" if it had to be cut)


def lay_out(text: str, f: QFont, width: float, max_height: float | None = None) -> TextBox:
    """Wrap *text* in *width*; with *max_height*, keep the lines that fit and end with "…"."""
    width = max(1.0, width)
    box = _layout(text, f, width)
    if max_height is None or box.height <= max_height or box.layout.lineCount() <= 1:
        return box
    metrics = QFontMetricsF(f)
    keep = max(1, int(max_height // metrics.lineSpacing()))
    # Cut between words: the most words that still fit the lines kept, then "…".
    words = text.replace("\n", " ").split(" ")
    low, high = 0, len(words)
    best: TextBox | None = None
    while low < high:
        middle = (low + high + 1) // 2
        candidate = _layout(" ".join(words[:middle]).rstrip(" ,.;:") + " …", f, width)
        if candidate.layout.lineCount() <= keep:
            low, best = middle, candidate
        else:
            high = middle - 1
    if best is not None and low > 0:
        best.shown = best.text
        return best
    # A single word longer than the lines kept: cut inside it, never past the edge.
    line = box.layout.lineAt(keep - 1)
    head = text[: line.textStart()]
    rest = text[line.textStart() :].replace("\n", " ")
    tail = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width * 0.98)
    return _layout(head + tail, f, width)


def _layout(text: str, f: QFont, width: float) -> TextBox:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # Each text reads in its own direction (its first strong character), whatever the room's.
    direction = text_direction(text, Qt.LayoutDirection.LeftToRight)
    option.setTextDirection(direction)
    if direction == Qt.LayoutDirection.RightToLeft:
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    layout = QTextLayout(text.replace("\n", "\u2028"), f)
    layout.setTextOption(option)
    leading = QFontMetricsF(f).leading()
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        y += leading
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return TextBox(text, layout, width, y, text)


class PaintedView(QWidget):
    """A projector view that paints itself and records every string it draws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.painted: list[str] = []
        self.painted_points: list[float] = []  # the size of each string drawn
        self._region = QRegion()

    @property
    def scale(self) -> float:
        window = self.window()
        return scale_for(window.height() if window is not None else self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted = []
        self.painted_points = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # Qt clips to the update region; only what intersects it is drawn again, so a
        # new tally repaints its block, not every block between it and the banner.
        self._region = event.region()
        painter.fillRect(event.rect(), Colors.background)
        dirty = QRectF(event.rect())
        if self.mirrored:
            # Right to left: the layout is mirrored as a whole (prompt, timer, columns,
            # stripes); each text is drawn unmirrored in its mirrored place.
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
            dirty = self._mirror(dirty)
        self.paint(painter, dirty)
        painter.end()

    @property
    def mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _mirror(self, rect: QRectF) -> QRectF:
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _unmirrored(self, painter: QPainter, x: float, width: float) -> None:
        """Undo the view's mirror for a text drawn from *x* over *width* (logical)."""
        painter.translate(2 * x + width, 0)
        painter.scale(-1, 1)

    def dirty(self, rect: QRectF) -> bool:
        """Does *rect* need painting in the paint event under way?"""
        if self.mirrored:
            rect = self._mirror(rect)
        return self._region.intersects(rect.toAlignedRect())

    def paint(self, painter: QPainter, dirty: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def draw_layout(
        self, painter: QPainter, box: TextBox, x: float, y: float, color: QColor
    ) -> None:
        painter.setPen(color)
        if self.mirrored:
            painter.save()
            self._unmirrored(painter, x, box.width)
            box.layout.draw(painter, QPointF(x, y))
            painter.restore()
        else:
            box.layout.draw(painter, QPointF(x, y))
        self.painted.append(box.shown)
        self.painted_points.append(box.layout.font().pointSizeF())

    def draw_line(
        self,
        painter: QPainter,
        text: str,
        f: QFont,
        rect: QRectF,
        color: QColor,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        """One line of short UI text (a count, a heading), shortened rather than clipped."""
        metrics = QFontMetricsF(f)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(f)
        painter.setPen(color)
        if self.mirrored:
            painter.save()
            self._unmirrored(painter, rect.x(), rect.width())
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
            painter.restore()
        else:
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
        self.painted.append(shown)
        self.painted_points.append(f.pointSizeF())
