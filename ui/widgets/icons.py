"""Toolbar icons drawn in the palette's text colour, so they show on light and dark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from workshop.resources import resource

SIZE = 64  # drawn large, scaled down crisply
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The Delight Workshop icon at every rendered size (an empty icon if the files are missing).

    Here rather than with the About box: the app sets it at start, before any dialog exists.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource("icons", f"delight-workshop-{size}.png")))
        except FileNotFoundError:
            continue
    return icon


def _icon(draw: Callable[[QPainter], None], palette: QPalette) -> QIcon:
    icon = QIcon()
    for group, mode in (
        (QPalette.ColorGroup.Normal, QIcon.Mode.Normal),
        (QPalette.ColorGroup.Disabled, QIcon.Mode.Disabled),
    ):
        pixmap = QPixmap(SIZE, SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = palette.color(group, QPalette.ColorRole.ButtonText)
        painter.setPen(QPen(color, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))  # fmt: skip
        painter.setBrush(color)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


def _triangle(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    path.closeSubpath()
    return path


def previous_icon(palette: QPalette) -> QIcon:
    return _icon(lambda p: p.drawPath(_triangle([(44, 12), (44, 52), (16, 32)])), palette)


def next_icon(palette: QPalette) -> QIcon:
    return _icon(lambda p: p.drawPath(_triangle([(20, 12), (20, 52), (48, 32)])), palette)


def timer_icon(palette: QPalette) -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(10, 14, 44, 44))
        p.drawLine(QPointF(32, 36), QPointF(32, 22))
        p.drawLine(QPointF(32, 36), QPointF(42, 42))
        p.drawLine(QPointF(26, 6), QPointF(38, 6))

    return _icon(draw, palette)


def new_icon(palette: QPalette) -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(12, 8, 34, 46), 4, 4)
        p.drawLine(QPointF(46, 40), QPointF(46, 60))
        p.drawLine(QPointF(36, 50), QPointF(56, 50))

    return _icon(draw, palette)


def projector_icon(palette: QPalette) -> QIcon:
    """A screen on a stand, in the palette's colour like the other toolbar icons."""

    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(6, 10, 52, 34), 4, 4)
        p.drawLine(QPointF(32, 44), QPointF(32, 56))
        p.drawLine(QPointF(20, 57), QPointF(44, 57))

    return _icon(draw, palette)
