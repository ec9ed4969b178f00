"""A long table laid out page by page, in time linear in its rows.

reportlab's ``LongTable`` re-measures and re-styles every remaining row at each
page split, so one table of *n* rows costs more than linear. :class:`PagedTable`
keeps the rows and their style commands itself (indexed by row), measures the
rows once, a few dozen at a time, keeping each row's height and cell styles, and
for each page builds a reportlab table of only the rows that fit (never cutting
inside a ``NOSPLIT`` range; at the top of a page, a group taller than the page is
cut), with those heights and styles given. The rest goes on as a new PagedTable.
The header row is drawn at the top of the table and of each new page only.

:class:`RowTable` draws every one-line string cell of a row in one text object,
instead of one text object (and font and colour state) per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table
from reportlab.platypus.tables import LINECOMMANDS

from .pdf_cells import TextLines
from .pdf_text import text_code

# What one line of a cell adds to a row, and the least a row adds besides its lines:
# used only to choose how many rows to measure; the cut is made on measured heights.
EST_LINE = 10.6
EST_ROW = 4.0
EST_MARGIN = 60.0  # rows estimated this much taller than the space are cut without measuring all
MEASURE_ROWS = 64  # rows measured at a time (each row is measured once)
# Commands that do not style cells: a part of the table takes them; cell styles it shares.
NOT_CELL_STYLE = frozenset(
    {"BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT", "ROUNDEDCORNERS",
     *LINECOMMANDS}
)  # fmt: skip


class RowTable(Table):
    """A Table that draws a row's one-line strings in one text object."""

    def draw(self) -> None:
        if any(getattr(self, name, None) for name in ("_renderCB", "_cornerRadii", "_shadow")):
            super().draw()
            return
        c = self.canv
        c.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._roundingRectDef = None  # no rounded corners (those tables take super().draw)
        self._drawBkgrnd()
        spans = self._spanRects if self._spanCmds else None
        colpositions = self._colpositions
        for row_no in range(self._nrows):
            rowpos = self._rowpositions[row_no + 1]
            rowheight = self._rowHeights[row_no]
            values, styles = self._cellvalues[row_no], self._cellStyles[row_no]
            text = None
            font = color = None
            for col_no in range(self._ncols):
                if spans is not None:
                    rect = spans[col_no, row_no]
                    if rect is None:
                        continue
                    x, y, width, height = rect
                else:
                    x, y = colpositions[col_no], rowpos
                    width, height = self._colWidths[col_no], rowheight
                value, style = values[col_no], styles[col_no]
                if isinstance(value, TextLines) and style.valign == "TOP" and not style.href:
                    # What _drawCell does for one flowable at the top of its cell, without
                    # measuring it again (its height is its lines).
                    inner = width - style.leftPadding - style.rightPadding
                    value.wrap(inner, height)
                    top = y + height - style.topPadding
                    value.drawOn(c, x + style.leftPadding, top - value.height)
                    continue
                if not isinstance(value, str) or not _plain_style(style):
                    self._drawCell(value, style, (x, y), (width, height))
                    continue
                if not value:
                    continue
                if text is None:
                    text = c.beginText()
                if (style.fontname, style.fontsize, style.leading) != font:
                    font = (style.fontname, style.fontsize, style.leading)
                    text.setFont(*font)
                if style.color != color:
                    color = style.color
                    text.setFillColor(color)
                _cell_text(c, text, value, style, x, y, width, height)
            if text is not None:
                c.drawText(text)
        self._drawLines()
        c.restoreState()


def _plain_style(style: Any) -> bool:
    return not (
        style.href
        or style.destination
        or getattr(style, "direction", None)
        or getattr(style, "shaping", None)
        or style.alignment not in ("LEFT", "RIGHT", "CENTRE", "CENTER")
    )


def _cell_text(canvas: Any, text: Any, value: str, style: Any, x: float, y: float,
               width: float, height: float) -> None:  # fmt: skip
    """Place *value*'s lines in *text* exactly where ``Table._drawCell`` would draw them."""
    lines = value.split("\n")
    leading, size = style.leading, style.fontsize
    if style.valign == "BOTTOM":
        top = y + style.bottomPadding + len(lines) * leading - size
    elif style.valign == "MIDDLE":
        top = (
            y + (style.bottomPadding + height - style.topPadding + len(lines) * leading) / 2 - size
        )
    else:
        top = y + height - style.topPadding - size
    align = style.alignment
    for line in lines:
        if align == "LEFT":
            left = x + style.leftPadding
        else:
            advance = canvas.stringWidth(line, style.fontname, size)
            if align == "RIGHT":
                left = x + width - style.rightPadding - advance
            else:
                left = x + (width + style.leftPadding - style.rightPadding) / 2 - advance / 2
        text.setTextOrigin(left, top)
        text._code.append(text_code(text, line))
        top -= leading


class _Rows:
    """What every part of one long table shares: rows, widths, commands by row, cut points."""

    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        cmds: Sequence[tuple],
        row_lines: Sequence[int],
    ) -> None:
        self.rows = rows
        self.widths = list(widths)
        self.cmds = list(cmds)  # as given (reportlab's LongTable takes the same)
        self.count = len(rows)
        count = self.count
        self.lines = row_lines
        self.table_wide: list[tuple] = []  # every part gets these, re-aimed at its rows
        self.by_start: dict[int, list[tuple]] = {}  # commands of a few body rows
        self.reach = 0  # longest span of such a command, in rows
        self.no_cut_after = bytearray(count)  # 1: a page may not end after this row
        self.heights: list[float] = [0.0] * count  # measured row heights (row 0 unused)
        self.styles: list[Any] = [None] * count  # each row's CellStyles, once measured
        self.header: tuple[float, Any] | None = None  # the header row's height and styles
        self.measured = 1  # rows 1 to measured - 1 are measured
        for cmd in cmds:
            op, (_c0, r0), (_c1, r1) = cmd[0], cmd[1], cmd[2]
            r0 = r0 + count if r0 < 0 else r0
            r1 = r1 + count if r1 < 0 else r1
            if op == "NOSPLIT":
                for r in range(max(r0, 1), r1):
                    self.no_cut_after[r] = 1
                continue
            if r0 >= 1 and cmd[1][1] >= 0 and cmd[2][1] >= 0 and op != "ROWBACKGROUNDS":
                self.by_start.setdefault(r0, []).append(cmd)
                self.reach = max(self.reach, r1 - r0)
            else:
                self.table_wide.append((cmd, r0, r1))

    def commands(self, first: int, end: int) -> list[tuple]:
        """Style commands for a table of the header and body rows ``first`` to ``end - 1``."""
        shift = first - 1  # body row r is row r - shift of the part
        out: list[tuple] = []
        for cmd, r0, r1 in self.table_wide:
            op, (c0, _), (c1, _) = cmd[0], cmd[1], cmd[2]
            lo, hi = max(r0, first) if r0 >= 1 else r0, min(r1, end - 1)
            if r0 == 0:
                last = hi - shift if hi >= first else 0
                if r1 == 0:
                    last = 0
                out.append((op, (c0, 0), (c1, last), *cmd[3:]))
                continue
            if lo > hi:
                continue
            # ROWBACKGROUNDS starts its cycle afresh on each page, as reportlab's split does.
            out.append((op, (c0, lo - shift), (c1, hi - shift), *cmd[3:]))
        for start in range(max(1, first - self.reach), end):
            for cmd in self.by_start.get(start, ()):
                op, (c0, r0), (c1, r1) = cmd[0], cmd[1], cmd[2]
                lo, hi = max(r0, first), min(r1, end - 1)
                if lo <= hi:
                    out.append((op, (c0, lo - shift), (c1, hi - shift), *cmd[3:]))
        return out

    def measure(self, end: int) -> None:
        """Measure every row before *end* (not yet measured), MEASURE_ROWS at a time."""
        while self.measured < min(end, self.count):
            first = self.measured
            last = min(self.count, first + MEASURE_ROWS)
            table = Table([self.rows[0], *self.rows[first:last]], colWidths=self.widths,
                          repeatRows=1)  # fmt: skip
            table.setStyle(self.commands(first, last))
            table.wrap(sum(self.widths), 1e9)
            if self.header is None:
                self.header = (table._rowHeights[0], table._cellStyles[0])
            self.heights[first:last] = table._rowHeights[1:]
            self.styles[first:last] = table._cellStyles[1:]
            self.measured = last

    def height(self, first: int, end: int) -> float:
        self.measure(end)
        return self.header_height() + sum(self.heights[first:end])

    def header_height(self) -> float:
        if self.header is None:
            self.measure(2)
        return self.header[0] if self.header is not None else 0.0

    def table(self, first: int, end: int) -> RowTable:
        """The header and rows ``first`` to ``end - 1``, with their measured heights and styles."""
        self.measure(end)
        if self.header is None:  # a table without rows: only its header
            table = RowTable([self.rows[0]], colWidths=self.widths, repeatRows=1, hAlign="LEFT")
            table.setStyle(self.commands(first, end))
            return table
        header_height, header_styles = self.header
        table = RowTable(
            [self.rows[0], *self.rows[first:end]],
            colWidths=self.widths,
            rowHeights=[header_height, *self.heights[first:end]],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle([c for c in self.commands(first, end) if c[0] in NOT_CELL_STYLE])
        table._cellStyles = [header_styles, *self.styles[first:end]]
        return table

    def estimate(self, first: int, end: int) -> float:
        return sum(self.lines[first:end]) * EST_LINE + (end - first) * EST_ROW


class PagedTable(Flowable):
    """Body rows ``first`` onwards of a long table (row 0 of *rows* is the header)."""

    def __init__(self, shared: _Rows, first: int = 1) -> None:
        super().__init__()
        self.shared = shared
        self.first = first
        self.hAlign = "LEFT"
        self._whole: RowTable | None = None

    @classmethod
    def of(cls, rows: Sequence[Sequence[object]], widths: Sequence[float], cmds: Sequence[tuple],
           row_lines: Sequence[int]) -> PagedTable:  # fmt: skip
        return cls(_Rows(rows, widths, cmds, row_lines))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        shared = self.shared
        self.width = sum(shared.widths)
        if shared.estimate(self.first, shared.count) > available_height + 2 * EST_MARGIN:
            self.height = shared.estimate(self.first, shared.count)  # split() cuts it
            return self.width, self.height
        self.height = shared.height(self.first, shared.count)
        return self.width, self.height

    def draw(self) -> None:
        if self._whole is None:
            self._whole = self.shared.table(self.first, self.shared.count)
            self._whole.wrap(self.width, self.height)
        self._whole.drawOn(self.canv, 0, 0)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        shared, first = self.shared, self.first
        # At the top of a page, a NOSPLIT group taller than the page is cut (else nothing fits).
        frame = getattr(self, "_frame", None)  # set by reportlab's Frame.split
        at_top = bool(frame is not None and frame._atTop)
        if not at_top and available_height < shared.lines[first] * EST_LINE + 24:
            return []  # not even the header and one row: the next page, without measuring
        used = shared.header_height()
        cut = 0
        row = first
        while row < shared.count:
            shared.measure(row + 1)
            used += shared.heights[row]
            if used > available_height:
                break
            if at_top or not shared.no_cut_after[row]:
                cut = row - first + 1
            row += 1
        if cut == 0:
            return []
        part = shared.table(first, first + cut)
        if first + cut >= shared.count:
            return [part]
        return [part, PagedTable(shared, first + cut)]
