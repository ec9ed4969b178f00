"""How a card (contribution) is drawn in the lists and on the board: plain text only."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.contributions import CardFace, CardRole
from ui.models.labels import fill, kind_label
from ui.widgets.palette import is_dark, kind_colors

Index = QModelIndex | QPersistentModelIndex
# Flags as plain ints, computed once (combining Qt flags in Python is slow in a paint loop).
FLAGS_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_SELECTED = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value


class _Ink(NamedTuple):
    dark: bool
    selected: QPen
    border: QPen
    text: QColor
    details: QColor
    focus: QPen


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of *text*'s first strong character (*default* when it has none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


MAX_CARD_LINES = 12  # a 100 kB paste is a card of twelve lines and "…", not a wall of text


def clip_to_lines(text: str, font: QFont, width: int, max_lines: int = MAX_CARD_LINES) -> str:
    """*text* cut after *max_lines* wrapped lines, with "…"; unchanged if it fits."""
    if len(text) < 40:
        return text
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    start = end = len(text)
    for number in range(max_lines + 1):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if number == max_lines - 1:
            start, end = line.textStart(), line.textStart() + line.textLength()
        elif number == max_lines:
            layout.endLayout()
            # The last line loses its last word, so " …" fits on it instead of wrapping.
            cut = text.rfind(" ", start, end - 1)
            return text[: cut if cut > start else end].rstrip() + " …"
    layout.endLayout()
    return text


class CardDelegate(QStyledItemDelegate):
    """A tinted card with a stripe of its kind's colour, the text, and a line of details.

    ``wrap=False`` keeps every card one text line high (elided), so a list of
    thousands of cards lays out in constant time per insert. *max_lines* cuts a card's
    words after that many lines, with "…". ``cells=True``: the view gives every card a
    cell of its own (a table), not the width of its viewport (a list).
    """

    MARGIN = 4
    PAD = 8
    STRIPE = 5

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        wrap: bool = True,
        show_kind: bool = True,
        max_lines: int = MAX_CARD_LINES,
        cells: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self._vbar = view.verticalScrollBar() if view and not cells else None
        self.wrap = wrap
        self.max_lines = max_lines
        self.show_kind = show_kind
        self._fonts: dict[str, tuple[QFontMetrics, QFont, QFontMetrics]] = {}
        self._font = QFont()  # the last font asked about, and its key (key() is slow)
        self._font_key = ""
        self._heights: dict[tuple[str, int, str], int] = {}
        self._clips: dict[tuple[str, int, str], str] = {}
        self._details: dict[tuple[object, ...], str] = {}
        self._elided: dict[tuple[str, int, str], str] = {}
        self._shapes: dict[tuple[object, ...], QPixmap] = {}
        self.cells = cells
        self._inks: dict[int, _Ink] = {}

    def _key(self, font: QFont) -> str:
        if font != self._font or not self._font_key:
            self._font, self._font_key = QFont(font), font.key()
        return self._font_key

    def _metrics(self, font: QFont) -> tuple[QFontMetrics, QFont, QFontMetrics]:
        """(text metrics, detail font, detail metrics) for a font, made once."""
        key = self._key(font)
        found = self._fonts.get(key)
        if found is None:
            meta = self._meta_font(font)
            found = (QFontMetrics(font), meta, QFontMetrics(meta))
            self._fonts[key] = found
        return found

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return max(
            80, self.viewport_width(option) - 2 * self.MARGIN - 2 * self.PAD - self.STRIPE - 4
        )

    def viewport_width(self, option: QStyleOptionViewItem) -> int:
        """The width of the view's viewport, worked out from the view.

        Not ``view.viewport().width()``: the viewport is a plain QWidget made by Qt, and
        handing it to Python makes PySide look its type up among every widget class,
        initialising them all the first time (15 ms) and costing 60 µs each time after.
        """
        if self.view is None or self._vbar is None:
            return option.rect.width()
        width = self.view.contentsRect().width()
        always = self.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        if always or self._vbar.isVisibleTo(self.view):
            # Its size hint, as the view lays it out (its width is not set before then).
            width -= self._vbar.sizeHint().width()
        return width

    def _meta_font(self, font: QFont) -> QFont:
        meta = QFont(font)
        meta.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return meta

    def _meta(self, face: CardFace) -> str:
        """The line of details under the card's words (made once per distinct line)."""
        key = (face.kind, face.duplicates, face.authors, face.revealed)
        details = self._details.get(key)
        if details is None:
            parts: list[str] = []
            if self.show_kind:
                parts.append(kind_label(face.kind))
            if face.duplicates:
                parts.append(fill(self.tr("+%1 merged"), face.duplicates))
            if face.authors:
                parts.append(", ".join(face.authors))
            if not face.revealed:
                parts.append(self.tr("hidden from the projector"))
            if len(self._details) > 2_000:
                self._details.clear()
            details = self._details[key] = "  ·  ".join(parts)
        return details

    def _shown(self, text: str, font: QFont, width: int) -> str:
        """The card's text as drawn (long texts clipped), cached: layout of a paste is costly.

        (Below 200 characters a text is drawn whole; on a board's card, whose height is
        fixed, the lines beyond its height are cut and "…" marks them.)"""
        if len(text) < 200:
            return text
        key = (text, width, self._key(font))
        shown = self._clips.get(key)
        if shown is None:
            if len(self._clips) > 2_000:
                self._clips.clear()
            shown = self._clips[key] = clip_to_lines(text, font, width, self.max_lines)
        return shown

    def card_height(self, font: QFont) -> int:
        """The height of a card of *max_lines* lines of words (a board's row)."""
        metrics, _meta_font, meta_metrics = self._metrics(font)
        lines = "\n".join(["Ág"] * self.max_lines)  # as tall as drawn lines of text are
        text_height = metrics.boundingRect(QRect(0, 0, 1_000, 10_000), FLAGS_WRAP, lines).height()
        return self._around(text_height, meta_metrics)

    def _around(self, text_height: int, meta_metrics: QFontMetrics) -> int:
        """A card's height around *text_height* of words: details, padding, margins."""
        return text_height + meta_metrics.height() + 2 * self.PAD + 2 * self.MARGIN + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics, _meta_font, meta_metrics = self._metrics(option.font)
        width = self._text_width(option)
        if self.wrap:
            face: CardFace | None = index.data(CardRole)
            text = face.text if face is not None else ""
            key = (text, width, self._key(option.font))
            text_height = self._heights.get(key)
            if text_height is None:
                shown = self._shown(text, option.font, width)
                bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), FLAGS_WRAP, shown)
                text_height = max(metrics.height(), bounds.height())
                if len(self._heights) > 20_000:
                    self._heights.clear()
                self._heights[key] = text_height
        else:
            text_height = metrics.height()
        return QSize(width, self._around(text_height, meta_metrics))

    def _ink(self, palette: QPalette) -> _Ink:
        """Colours and pens of a palette, made once per palette (asked for every card)."""
        key = palette.cacheKey()
        ink = self._inks.get(key)
        if ink is None:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            ink = self._inks[key] = _Ink(
                dark=is_dark(palette),
                selected=QPen(highlight, 2.5),
                border=QPen(palette.color(QPalette.ColorRole.Mid), 1),
                text=palette.color(QPalette.ColorRole.Text),
                details=palette.color(QPalette.ColorRole.PlaceholderText),
                focus=QPen(highlight, 1, Qt.PenStyle.DotLine),
            )
        return ink

    def _elided_details(self, details: str, metrics: QFontMetrics, width: int, key: str) -> str:
        cache_key = (details, width, key)
        elided = self._elided.get(cache_key)
        if elided is None:
            if len(self._elided) > 2_000:
                self._elided.clear()
            elided = self._elided[cache_key] = metrics.elidedText(
                details, Qt.TextElideMode.ElideRight, width
            )
        return elided

    def _draw_shape(
        self, painter: QPainter, card: QRectF, background: QColor, accent: QColor, pen: QPen
    ) -> None:
        """The card's rounded shape and its kind's stripe (clear of the rounded corners)."""
        painter.setPen(pen)
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        stripe = QRect(
            int(card.left()) + 1, int(card.top()) + 3, self.STRIPE, int(card.height()) - 6
        )
        # (drawRect, not fillRect: naming fillRect makes PySide build QGradient's enums, 3 ms)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRect(stripe)

    def _shape(
        self, key: tuple[object, ...], background: QColor, accent: QColor, pen: QPen
    ) -> QPixmap:
        """A card's shape at a cell's size (*key* starts with the width, the height and the
        screen's pixel ratio), drawn once per kind, state and palette."""
        shape = self._shapes.get(key)
        if shape is None:
            width, height, ratio = key[0], key[1], key[2]
            if len(self._shapes) > 64:
                self._shapes.clear()
            shape = QPixmap(round(width * ratio), round(height * ratio))
            shape.setDevicePixelRatio(ratio)
            shape.fill(Qt.GlobalColor.transparent)
            painter = QPainter(shape)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            card = QRectF(0, 0, width, height).adjusted(
                self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN
            )
            self._draw_shape(painter, card, background, accent, pen)
            painter.end()
            self._shapes[key] = shape
        return shape

    def _mark_more(
        self, painter: QPainter, text_rect: QRect, metrics: QFontMetrics, background: QColor
    ) -> None:
        """ "…" at the end of a card's last line: its words go on (its tooltip has them all)."""
        mark = " …"
        width = metrics.horizontalAdvance(mark)
        line = metrics.lineSpacing()
        left = (
            text_rect.left()
            if painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else text_rect.right() - width + 1
        )
        spot = QRect(left, text_rect.bottom() - line + 1, width, line)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRect(spot)
        painter.restore()
        painter.drawText(spot, LEFT_MIDDLE, mark)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        face: CardFace | None = index.data(CardRole)
        if face is None:  # the card is being deleted, or an empty place on a board
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        ink = self._ink(palette)
        background, accent = kind_colors(face.kind, ink.dark)
        rect = option.rect
        card = QRectF(rect).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        state = option.state.value
        selected = bool(state & _SELECTED)
        pen = ink.selected if selected else ink.border
        if self.cells:  # every card the same size: its shape is drawn once, then copied
            ratio = self.view.devicePixelRatioF() if self.view is not None else 1.0
            key = (rect.width(), rect.height(), ratio, face.kind, selected, palette.cacheKey())
            painter.drawPixmap(rect.topLeft(), self._shape(key, background, accent, pen))
        else:
            self._draw_shape(painter, card, background, accent, pen)

        inner = card.adjusted(self.STRIPE + self.PAD, self.PAD, -self.PAD, -self.PAD).toRect()
        metrics, meta_font, meta_metrics = self._metrics(option.font)
        meta_height = meta_metrics.height()
        text_rect = QRect(
            inner.left(), inner.top(), inner.width(), inner.height() - meta_height - 2
        )
        painter.setFont(option.font)
        painter.setPen(ink.text)
        text = face.text
        # Each text reads in its own direction (its first strong character), whatever the UI's.
        painter.setLayoutDirection(text_direction(text, option.direction))
        if self.wrap:
            drawn = painter.drawText(
                text_rect, FLAGS_WRAP, self._shown(text, option.font, text_rect.width())
            )
            if drawn.height() > text_rect.height():  # a board's card: more lines than shown
                self._mark_more(painter, text_rect, metrics, background)
        else:
            elided = metrics.elidedText(
                " ".join(text.split()), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(text_rect, LEFT_MIDDLE, elided)
        painter.setFont(meta_font)
        details = self._meta(face)
        painter.setLayoutDirection(text_direction(details, option.direction))
        painter.setPen(ink.details)
        meta_rect = QRect(
            inner.left(), inner.bottom() - meta_height + 1, inner.width(), meta_height
        )
        meta = self._elided_details(details, meta_metrics, meta_rect.width(), self._font_key)
        painter.drawText(meta_rect, LEFT_MIDDLE, meta)
        if state & _HAS_FOCUS and self.view.hasFocus():
            painter.setPen(ink.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), 7, 7)
        painter.restore()


def card_list(
    parent: QWidget,
    *,
    wrap: bool = True,
    show_kind: bool = True,
    view_class: type[QListView] = QListView,
) -> QListView:
    """A QListView set up to show cards (spacing, selection, smooth scrolling)."""
    view = view_class(parent)
    view.setItemDelegate(CardDelegate(view, wrap=wrap, show_kind=show_kind))
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(not wrap)
    view.setWordWrap(wrap)
    view.setMouseTracking(True)
    return view
