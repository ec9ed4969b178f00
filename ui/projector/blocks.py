"""A painted, paged wall of blocks (cards, actions, ranked items) for the projector.

A view hands :class:`BlockView` a list of :class:`Block`; it measures each
block's text at the window's scale, places blocks in rows of equal-width
columns under their section headings, and breaks them into pages that each fit
the screen. Nothing overlaps and no word is clipped: a block taller than a page
is shortened with "…" (on a vote board of nine, to its share of the page).
A change to one block's figure (a tally) repaints that block only.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.projector.grid import Block, Grid, Placed
from ui.projector.paint import Colors, PaintedView, TextBox, font, lay_out
from ui.state.language import translate_in


class BlockView(PaintedView):
    pageChanged = Signal()

    def language(self) -> str | None:
        """The language the room reads (a session's own language; None: the app's)."""
        return None

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """Qt's tr, in the session's language rather than the app's."""
        contexts = tuple(c.__name__ for c in type(self).__mro__ if c.__module__.startswith("ui."))
        return translate_in(self.language(), contexts, text, n)

    min_column = 520.0  # narrowest column at 1080 p
    max_columns = 4
    min_columns = 1
    text_points = 30.0
    note_points = 28.0
    badge_points = 36.0
    side_points = 40.0
    fit_one_page = False  # shrink blocks so that they all fit one page (a ballot of nine)
    in_rows = False  # reading order left to right, row by row (else packed in columns)
    side_sample = "888"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[Block] = []
        self.pages: list[list[Placed]] = [[]]
        self.page = 0
        self.empty_text = ""
        self.shown_side: dict[object, str] = {}
        self._by_key: dict[object, Block] = {}
        self._top = 0.0
        self._cache: dict[tuple, TextBox] = {}
        self._geometry: tuple | None = None
        self.single_page = False  # show the first page only, then "and N more"
        self.more = 0

    # -- data ------------------------------------------------------------------
    def set_blocks(self, blocks: list[Block], keep_page: bool = True) -> None:
        self.blocks = blocks
        self._by_key = {b.key: b for b in blocks}
        if len(self._cache) > 4000:
            self._cache.clear()
        self._relayout(keep_page)

    def set_side(self, key: object, side: str) -> None:
        """Change one block's figure and repaint just that block (its size is fixed)."""
        block = self._by_key.get(key)
        if block is None or block.side == side:
            return
        block.side = side
        for placed in self.pages[self.page]:
            if placed.block is block:
                self.update(placed.rect.toAlignedRect().adjusted(-2, -2, 2, 2))

    def set_highlight(self, key: object | None) -> None:
        for block in self.blocks:
            if block.highlight != (block.key == key):
                block.highlight = block.key == key
                for placed in self.pages[self.page]:
                    if placed.block is block:
                        self.update(placed.rect.toAlignedRect().adjusted(-2, -2, 2, 2))

    def page_count(self) -> int:
        return len(self.pages)

    def set_page(self, page: int) -> None:
        page = page % max(1, len(self.pages))
        if page != self.page:
            self.page = page
            self.pageChanged.emit()
            self.update()

    def next_page(self) -> None:
        self.set_page(self.page + 1)

    def previous_page(self) -> None:
        self.set_page(self.page - 1)

    # -- the top area a subclass may draw (prompt, countdown, whose turn) ----------
    def top_height(self, width: float, scale: float) -> float:
        return 0.0

    def paint_top(self, painter: QPainter, rect: QRectF) -> None:
        pass

    # -- geometry ----------------------------------------------------------------
    def metrics(self) -> dict[str, float]:
        s = self.scale
        return {"margin": 48 * s, "gap": 22 * s, "pad": 18 * s, "stripe": 10 * s, "s": s}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(True)

    def _fonts(self) -> tuple[QFont, QFont, QFont, QFont, QFont]:
        s = self.scale
        return (
            font(self.text_points, s),
            font(self.note_points, s),
            font(self.badge_points, s, bold=True),
            font(self.side_points, s, bold=True),
            font(34, s, bold=True),
        )

    def footer_height(self) -> float:
        if self.fit_one_page:
            return 0.0  # everything fits one page: no page number to show
        return QFontMetricsF(font(28, self.scale)).lineSpacing() * 1.3

    def _relayout(self, keep_page: bool) -> None:
        m = self.metrics()
        width, height = float(self.width()), float(self.height())
        self._top = self.top_height(width - 2 * m["margin"], m["s"])
        g = Grid(self, m, width, height)
        pages = g.place_rows() if self.in_rows else g.place_masonry()
        self.more = g.skipped
        if self.single_page and len(pages) > 1:
            self.more += sum(1 for p in pages[1:] for placed in p if placed.block is not None)
            pages = pages[:1]
        self.pages = pages
        self._geometry = g
        if not keep_page or self.page >= len(pages):
            self.page = 0
        self.pageChanged.emit()
        self.update()

    def side_sample_always(self) -> bool:
        return False

    def _box(self, text: str, f: QFont, width: float, max_h: float | None) -> TextBox:
        key = (text, f.pointSizeF(), round(width, 1), None if max_h is None else round(max_h, 1))
        box = self._cache.get(key)
        if box is None:
            box = self._cache[key] = lay_out(text, f, width, max_h)
        return box

    # -- painting ------------------------------------------------------------------
    def paint(self, painter: QPainter, dirty: QRectF) -> None:
        g = self._geometry
        if g is None:
            return
        if self._top and self.dirty(QRectF(0, 0, self.width(), self._top)):
            self.paint_top(painter, QRectF(0, 0, self.width(), self._top))
        m = g.m
        if not self.blocks and self.empty_text:
            box = lay_out(self.empty_text, font(34, m["s"]), self.width() - 2 * m["margin"])
            y = self._top + (self.height() - self._top - box.height) / 2
            self.draw_layout(painter, box, m["margin"], y, Colors.muted)
        for placed in self.pages[self.page] if self.pages else []:
            if not self.dirty(placed.rect):
                continue
            if placed.block is None:
                self.draw_line(painter, placed.heading, g.heading_f, placed.rect, Colors.accent)
            else:
                self._paint_block(painter, placed, g)
        if len(self.pages) > 1 or self.more:
            footer = self.footer_height()
            rect = QRectF(
                m["margin"], self.height() - footer, self.width() - 2 * m["margin"], footer
            )
            if self.dirty(rect):
                if self.more:
                    text = self.tr("and %n more", "", self.more)
                else:
                    text = self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                    text = text.replace("%2", str(len(self.pages)))
                right = Qt.AlignmentFlag.AlignRight
                self.draw_line(painter, text, font(28, m["s"]), rect, Colors.muted, right)

    def _paint_block(self, painter: QPainter, placed: Placed, g: Grid) -> None:
        block, rect, m = placed.block, placed.rect, g.m
        radius = 10 * m["s"]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Colors.card_highlight if block.highlight else Colors.card)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(block.accent)
        stripe = QRectF(rect.left(), rect.top() + radius, m["stripe"], rect.height() - 2 * radius)
        painter.drawRect(stripe)
        if block.highlight:
            painter.setPen(Colors.accent)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        x = rect.left() + m["stripe"] + m["pad"]
        top = rect.top() + m["pad"]
        first_line = QFontMetricsF(g.text_f).lineSpacing()
        if g.badge_w:
            line_h = QFontMetricsF(g.badge_f).lineSpacing()
            badge_rect = QRectF(x, top + (first_line - line_h) / 2, g.badge_w - m["pad"], line_h)
            self.draw_line(painter, block.badge, g.badge_f, badge_rect, block.accent)
            x += g.badge_w
        self.draw_layout(painter, placed.text, x, top, Colors.text)
        if placed.note is not None:
            y = top + placed.text.height + 6 * m["s"]
            self.draw_layout(painter, placed.note, x, y, Colors.muted)
        if g.side_w:
            line_h = QFontMetricsF(g.side_f).lineSpacing()
            left = rect.right() - g.side_w - m["pad"] / 2
            side_rect = QRectF(left, top + (first_line - line_h) / 2, g.side_w, line_h)
            if block.side:
                right = Qt.AlignmentFlag.AlignRight
                self.draw_line(painter, block.side, g.side_f, side_rect, Colors.accent, right)
            self.shown_side[block.key] = block.side
