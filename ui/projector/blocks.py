"""A painted, paged wall of blocks (cards, actions, ranked items) for the projector.

A view hands :class:`BlockView` a list of :class:`Block`; it measures each
block's text at the window's scale, places blocks in rows of equal-width
columns under their section headings, and breaks them into pages that each fit
the screen. Nothing overlaps and no word is clipped: a block taller than a page
is shortened with "…" (on a vote board of nine, to its share of the page).
A change to one block's figure (a tally) repaints that block only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from .paint import MIN_POINTS, Colors, PaintedView, TextBox, font, lay_out


@dataclass
class Block:
    key: object
    text: str
    note: str = ""
    badge: str = ""
    side: str = ""
    accent: QColor = field(default_factory=lambda: Colors.accent)
    section: str = ""
    highlight: bool = False


@dataclass
class Placed:
    rect: QRectF
    block: Block | None = None  # None: a section heading
    heading: str = ""
    text: TextBox | None = None
    note: TextBox | None = None


class BlockView(PaintedView):
    pageChanged = Signal()

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
        g = _Grid(self, m, width, height)
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
                    text = self.tr("and %1 more").replace("%1", str(self.more))
                else:
                    text = self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                    text = text.replace("%2", str(len(self.pages)))
                right = Qt.AlignmentFlag.AlignRight
                self.draw_line(painter, text, font(28, m["s"]), rect, Colors.muted, right)

    def _paint_block(self, painter: QPainter, placed: Placed, g: _Grid) -> None:
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


class _Grid:
    """Measures a view's blocks and places them on pages (rows, or packed columns)."""

    def __init__(self, view: BlockView, m: dict[str, float], width: float, height: float) -> None:
        self.view, self.m = view, m
        s = m["s"]
        self.blocks = view.blocks
        self.body_top = view._top + m["gap"]
        self.bottom = height - view.footer_height()
        self.text_f, self.note_f, self.badge_f, self.side_f, self.heading_f = view._fonts()
        self.inner = width - 2 * m["margin"]
        columns = int((self.inner + m["gap"]) // (view.min_column * s + m["gap"]))
        columns = max(view.min_columns, min(view.max_columns, columns))
        self.badge_w = 0.0
        if any(b.badge for b in self.blocks):
            metrics = QFontMetricsF(self.badge_f)
            widest = max(metrics.horizontalAdvance(b.badge) for b in self.blocks)
            self.badge_w = max(widest, metrics.horizontalAdvance("88")) + m["pad"]
        self.side_w = 0.0
        if any(b.side for b in self.blocks) or view.side_sample_always():
            self.side_w = QFontMetricsF(self.side_f).horizontalAdvance(view.side_sample) + m["pad"]
        self.set_columns(columns)
        self.heading_h = QFontMetricsF(self.heading_f).lineSpacing() * 1.25
        self.sections = any(b.section for b in self.blocks)
        self.area = self.bottom - self.body_top
        self.skipped = 0  # blocks left out of a single page
        self.min_card = (
            max(QFontMetricsF(self.badge_f).lineSpacing(), QFontMetricsF(self.side_f).lineSpacing())
            + 2 * m["pad"]
        )

    def set_columns(self, columns: int) -> None:
        m = self.m
        self.columns = max(1, min(columns, len(self.blocks)))
        self.col_w = (self.inner - (self.columns - 1) * m["gap"]) / self.columns
        self.text_w = self.col_w - m["stripe"] - 2 * m["pad"] - self.badge_w - self.side_w

    def measure(self, block: Block, max_card: float) -> tuple[TextBox, TextBox | None, float]:
        m = self.m
        note, note_h = None, 0.0
        if block.note:
            note = self.view._box(block.note, self.note_f, self.text_w, None)
            note_h = note.height + 6 * m["s"]
        room = max(1.0, max_card - 2 * m["pad"] - note_h)
        text = self.view._box(block.text, self.text_f, self.text_w, room)
        return text, note, max(self.min_card, text.height + note_h + 2 * m["pad"])

    def _heading(self, page: list[Placed], y: float, section: str, continued: bool) -> float:
        text = section or self.view.tr("Not grouped")
        if continued:
            text = self.view.tr("%1 (continued)").replace("%1", text)
        page.append(Placed(QRectF(self.m["margin"], y, self.inner, self.heading_h), heading=text))
        return y + self.heading_h

    def _x(self, column: int) -> float:
        return self.m["margin"] + column * (self.col_w + self.m["gap"])

    def _rows(self) -> list[tuple[str, list[Block]]]:
        rows: list[tuple[str, list[Block]]] = []
        for block in self.blocks:
            if rows and rows[-1][0] == block.section and len(rows[-1][1]) < self.columns:
                rows[-1][1].append(block)
            else:
                rows.append((block.section, [block]))
        return rows

    def _fit_columns(self) -> float:
        """A ballot: the columns, size and lines per item that fit one page and show most.

        Each text is laid out once per column width and size (cached); the number of
        lines that fits is then simple arithmetic. Returns the tallest a block may be.
        """
        m, s = self.m, self.m["s"]
        best: tuple[tuple, int, float, float] | None = None
        for columns in range(1, max(self.columns, 4) + 1):
            self.set_columns(columns)
            if self.text_w < 6 * QFontMetricsF(self.text_f).averageCharWidth():
                break
            rows = [row for _, row in self._rows()]
            for points in (self.view.text_points, MIN_POINTS):
                f = font(points, s)
                line = QFontMetricsF(f).lineSpacing()
                counts = {id(b): self.view._box(b.text, f, self.text_w, None).layout.lineCount()
                          for b in self.blocks}  # fmt: skip
                notes = {id(b): self._note_height(b) for b in self.blocks}

                def total(cap: int, rows=rows, counts=counts, notes=notes, line=line) -> float:
                    return self._rows_height(rows, counts, notes, line, cap)

                cap = max(counts.values())
                while cap > 1 and total(cap) > self.area:
                    cap -= 1
                fits = total(cap) <= self.area
                shown = sum(len(b.text) * min(1.0, cap / counts[id(b)]) for b in self.blocks)
                score = (fits, round(shown), points, -columns)
                if best is None or score > best[0]:
                    best = (score, columns, points, cap * line + 2 * m["pad"] + 1)
                if fits and cap >= max(counts.values()):
                    break  # everything whole at the larger size: no need to go smaller
        if best is None:
            return self.area
        _score, columns, points, max_card = best
        self.set_columns(columns)
        self.text_f = font(points, s)
        return max_card

    def _rows_height(self, rows, counts, notes, line: float, cap: int) -> float:
        pad = 2 * self.m["pad"]
        return (len(rows) - 1) * self.m["gap"] + sum(
            max(
                max(self.min_card, min(counts[id(b)], cap) * line + notes[id(b)] + pad) for b in row
            )
            for row in rows
        )

    def _note_height(self, block: Block) -> float:
        if not block.note:
            return 0.0
        return self.view._box(block.note, self.note_f, self.text_w, None).height + 6 * self.m["s"]

    def place_rows(self) -> list[list[Placed]]:
        """Row by row in reading order; a ballot shrinks its rows until all fit one page."""
        max_card = self.area - (self.heading_h if self.sections else 0)
        if self.view.fit_one_page and self.blocks:
            max_card = self._fit_columns()
        rows = self._rows()
        measured = [[self.measure(b, max_card) for b in row] for _, row in rows]
        pages: list[list[Placed]] = [[]]
        y, current = self.body_top, None
        for (section, row), sizes in zip(rows, measured, strict=True):
            row_h = max(h for _, _, h in sizes)
            heading = self.sections and section != current
            if y + row_h + (self.heading_h if heading else 0) > self.bottom + 0.5 and pages[-1]:
                pages.append([])
                y = self.body_top
                if self.sections:
                    y = self._heading(pages[-1], y, section, not heading)
                    heading = False
            if heading:
                y = self._heading(pages[-1], y, section, False)
            current = section
            for column, (block, (text, note, _h)) in enumerate(zip(row, sizes, strict=True)):
                rect = QRectF(self._x(column), y, self.col_w, row_h)
                pages[-1].append(Placed(rect, block, "", text, note))
            y += row_h + self.m["gap"]
        return pages

    def place_masonry(self) -> list[list[Placed]]:
        """Cards packed into the shortest column, section by section, page by page."""
        max_card = self.area - (self.heading_h if self.sections else 0)
        pages: list[list[Placed]] = [[]]
        tops = [self.body_top] * self.columns
        current: str | None = None
        for block in self.blocks:
            text, note, h = self.measure(block, max_card)
            if self.sections and block.section != current:
                y = max(tops)
                if y + self.heading_h + h > self.bottom + 0.5 and pages[-1]:
                    pages.append([])
                    y = self.body_top
                y = self._heading(pages[-1], y, block.section, False)
                tops = [y] * self.columns
                current = block.section
            column = min(range(self.columns), key=lambda c: tops[c])
            if tops[column] + h > self.bottom + 0.5 and pages[-1]:
                if self.view.single_page:  # one screen only: fill it with what fits
                    self.skipped += 1
                    continue
                pages.append([])
                y = self.body_top
                if self.sections:
                    y = self._heading(pages[-1], y, block.section, True)
                tops = [y] * self.columns
                column = 0
            rect = QRectF(self._x(column), tops[column], self.col_w, h)
            pages[-1].append(Placed(rect, block, "", text, note))
            tops[column] += h + self.m["gap"]
        return pages
