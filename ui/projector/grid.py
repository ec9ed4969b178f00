"""Placing blocks on pages: equal columns, in rows (reading order) or packed.

``Grid`` measures a view's blocks at the window's scale and places them under
their section headings, page by page, so that nothing overlaps and no word is
cut: a block taller than a page is shortened with "…". For a ballot of nine it
finds the columns, size (down to 28 pt) and lines per item that fit one page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from ui.projector.paint import MIN_POINTS, Colors, TextBox, font

if TYPE_CHECKING:
    from ui.projector.blocks import BlockView


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


class Grid:
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
