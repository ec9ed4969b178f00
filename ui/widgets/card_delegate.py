"""How a card (contribution) is drawn in the lists and on the board: plain text only."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QTextLayout, QTextOption
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
        """The card's text as drawn (long texts clipped), cached: layout of a paste is costly."""
        if len(text) < (200 if self.max_lines >= MAX_CARD_LINES else 40):
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
        height = text_height + meta_metrics.height() + 2 * self.PAD + 2 * self.MARGIN + 2
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        dark = is_dark(palette)
        face: CardFace | None = index.data(CardRole)
        if face is None:  # the card is being deleted
            painter.restore()
            return
        background, accent = kind_colors(face.kind, dark)
        card = QRectF(option.rect).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
            if selected
            else QPen(palette.color(QPalette.ColorRole.Mid), 1)
        )
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        stripe = QRectF(card.left() + 1, card.top() + 1, self.STRIPE, card.height() - 2)
        painter.drawRoundedRect(stripe, 2, 2)

        text_color = palette.color(QPalette.ColorRole.Text)
        inner = card.adjusted(self.STRIPE + self.PAD, self.PAD, -self.PAD, -self.PAD).toRect()
        metrics, meta_font, meta_metrics = self._metrics(option.font)
        meta_height = meta_metrics.height()
        text_rect = QRect(
            inner.left(), inner.top(), inner.width(), inner.height() - meta_height - 2
        )
        painter.setFont(option.font)
        painter.setPen(text_color)
        text = face.text
        # Each text reads in its own direction (its first strong character), whatever the UI's.
        painter.setLayoutDirection(text_direction(text, option.direction))
        if self.wrap:
            painter.drawText(
                text_rect, FLAGS_WRAP, self._shown(text, option.font, text_rect.width())
            )
        else:
            elided = metrics.elidedText(
                " ".join(text.split()), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(text_rect, LEFT_MIDDLE, elided)
        painter.setFont(meta_font)
        details = self._meta(face)
        painter.setLayoutDirection(text_direction(details, option.direction))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        meta_rect = QRect(
            inner.left(), inner.bottom() - meta_height + 1, inner.width(), meta_height
        )
        meta = meta_metrics.elidedText(details, Qt.TextElideMode.ElideRight, meta_rect.width())
        painter.drawText(meta_rect, LEFT_MIDDLE, meta)
        if option.state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
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
