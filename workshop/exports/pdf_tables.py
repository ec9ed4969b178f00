"""Tables whose cells never overflow: text is wrapped here, long text continues in new rows.

A one-line cell whose font has every character is a plain string; anything
else is a :class:`.pdf_cells.TextLines` of lines wrapped here, with font runs
for the CJK fallback (no markup is ever parsed). Each row holds at most
``MAX_LINES_PER_ROW`` lines, so a row is always shorter than a page and a
100 kB contribution simply continues over as many rows (and pages) as it needs.
The header row repeats on every page the table spans. The table is laid out
by :class:`.pdf_paged.PagedTable`, page by page, in time linear in its rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors

from .pdf_cells import Line, TextLines, header_cell, is_plain
from .pdf_paged import PagedTable
from .pdf_styles import (
    ACCENT,
    ACCENT_LIGHT,
    CELL_PAD_X,
    HEADER_SIZE,
    INK,
    KEEP_TOGETHER_LINES,
    MAX_LINES_PER_ROW,
    TABLE_LEADING,
    TABLE_SIZE,
    WHITE,
    ZEBRA,
    Styles,
    table_commands,
)
from .text_layout import is_rtl, wrap

# (text, width, bold, fonts) -> the pieces of a short plain cell, for every table of a run
_SHORT_CELLS: dict[tuple, tuple[list[object], list[int], bool]] = {}


@dataclass(frozen=True)
class Column:
    """A column; *weight* shares the width left after the *fixed* (points) columns."""

    title: str
    weight: float = 0.0
    align: str = "LEFT"
    bold: bool = False
    fixed: float = 0.0


@dataclass(frozen=True)
class Text:
    """A cell's text with its emphasis; *label* is a small heading above it."""

    text: str | None
    bold: bool = False
    color: colors.Color | None = None
    label: str | None = None


Cell = str | int | Text | list[Text] | None  # a list: parts stacked in one cell


class TableBuilder:
    def __init__(self, styles: Styles, columns: list[Column], width: float) -> None:
        self.styles = styles
        self.columns = columns
        spare = width - sum(c.fixed for c in columns)
        total = sum(c.weight for c in columns) or 1.0
        self.widths = [c.fixed or spare * c.weight / total for c in columns]
        self.rows: list[list[object]] = [
            [header_cell(c.title, w - 2 * CELL_PAD_X, styles.bold, HEADER_SIZE, WHITE)
             for c, w in zip(columns, self.widths, strict=True)]
        ]  # fmt: skip
        self.cmds: list[tuple] = table_commands(styles)
        self.items: list[tuple[int, int]] = []  # first and last row of each item
        self.row_lines: list[int] = [1]  # lines of text in each row (row 0 is the header)
        self._section: int | None = None
        for index, column in enumerate(columns):
            if column.align != "LEFT":
                self.cmds.append(("ALIGN", (index, 0), (index, -1), column.align))
            if column.bold:
                self.cmds.append(("FONTNAME", (index, 1), (index, -1), styles.bold))

    # -- cells ---------------------------------------------------------------
    def _chunks(self, cell: Cell, width: float, bold: bool) -> tuple[list[object], list[int], bool]:
        """The pieces of one cell (one per row), their line counts, and if it reads right to left."""
        if cell is None or cell == "":
            return [""], [1], False
        if isinstance(cell, int):
            return [str(cell)], [1], False
        if isinstance(cell, str) and len(cell) < 40:
            # Short strings repeat down a column (kinds, statuses, names, dates): wrapped once.
            key = (cell, width, bold, self.styles.regular, self.styles.bold)
            found = _SHORT_CELLS.get(key)
            if found is None:
                found = self._wrapped(cell, width, bold)
                if found[0] and isinstance(found[0][0], str):  # plain strings only: shareable
                    if len(_SHORT_CELLS) > 4096:
                        _SHORT_CELLS.clear()
                    _SHORT_CELLS[key] = found
            return list(found[0]), list(found[1]), found[2]
        return self._wrapped(cell, width, bold)

    def _wrapped(
        self, cell: Cell, width: float, bold: bool
    ) -> tuple[list[object], list[int], bool]:
        parts = list(cell) if isinstance(cell, list) else [cell]
        shown: list[Line] = []
        rtl = False
        for part in parts:
            item = part if isinstance(part, Text) else Text(part)
            if not item.text:
                continue
            font = self.styles.bold if (bold or item.bold) else self.styles.regular
            lines = wrap(item.text, width - 1.0, font, TABLE_SIZE)
            rtl = rtl or (not shown and is_rtl(item.text))
            simple = item.label is None and item.color is None and not item.bold
            if simple and len(parts) == 1 and len(lines) == 1 and is_plain(lines[0], font):
                return [lines[0]], [1], rtl  # a plain string: the Table draws it itself
            if item.label:
                shown.append(Line(item.label, self.styles.bold, TABLE_SIZE - 1, ACCENT))
            shown += [Line(text, font, TABLE_SIZE, item.color or INK) for text in lines]
        if not shown:
            return [""], [1], False
        groups = [shown[i : i + MAX_LINES_PER_ROW] for i in range(0, len(shown), MAX_LINES_PER_ROW)]
        align = "RIGHT" if rtl else "LEFT"
        pieces: list[object] = [TextLines(group, TABLE_LEADING, align) for group in groups]
        return pieces, [len(g) for g in groups], rtl

    def _place(self, cells: list[tuple[int, int, Cell]]) -> int:
        """Add rows for *cells* given as (first column, last column, content); returns rows added."""
        placed = []
        for first, last, cell in cells:
            width = sum(self.widths[first : last + 1]) - 2 * CELL_PAD_X
            bold = any(c.bold for c in self.columns[first : last + 1]) and first == last
            pieces, counts, rtl = self._chunks(cell, width, bold)
            placed.append((first, last, pieces, counts, rtl))
        height = max(len(p[2]) for p in placed)
        start = len(self.rows)
        for offset in range(height):
            row: list[object] = [""] * len(self.columns)
            lines = 1
            for first, _last, pieces, counts, _rtl in placed:
                if offset < len(pieces):
                    row[first] = pieces[offset]
                    lines = max(lines, counts[offset])
            self.rows.append(row)
            self.row_lines.append(lines)
        if height > 1:  # continuation rows read as one block of text
            end = start + height - 1
            self.cmds.append(("TOPPADDING", (0, start + 1), (-1, end), 0))
            self.cmds.append(("BOTTOMPADDING", (0, start), (-1, end - 1), 0))
        for first, last, pieces, _counts, rtl in placed:
            if last > first:
                for r in range(start, start + height):
                    self.cmds.append(("SPAN", (first, r), (last, r)))
            if rtl:
                self.cmds.append(
                    ("ALIGN", (first, start), (last, start + len(pieces) - 1), "RIGHT")
                )
        return height

    # -- rows ----------------------------------------------------------------
    def add(
        self,
        cells: list[Cell],
        details: list[tuple[int, int, Cell]] | None = None,
        highlight: colors.Color | None = None,
    ) -> None:
        """One item: a row of *cells*, then optional spanning detail rows under it."""
        start = len(self.rows)
        self._place([(i, i, c) for i, c in enumerate(cells)])
        if details:
            wanted = [d for d in details if d[2] not in (None, "") and getattr(d[2], "text", 1)]
            if wanted:
                detail_start = len(self.rows)
                self._place(wanted)
                self.cmds.append(("TOPPADDING", (0, detail_start), (-1, detail_start), 0))
        end = len(self.rows) - 1
        self.items.append((start, end))
        # Keep an item's rows on one page while they are short enough to fit on one.
        keep, lines = start, self.row_lines[start]
        while keep < end and lines + self.row_lines[keep + 1] <= KEEP_TOGETHER_LINES:
            keep += 1
            lines += self.row_lines[keep]
        first = start if self._section is None else self._section  # a theme row stays with it
        self._section = None
        if keep > first:
            self.cmds.append(("NOSPLIT", (0, first), (-1, keep)))
        if highlight is not None:
            self.cmds.append(("BACKGROUND", (0, start), (-1, end), highlight))

    def section_row(self, text: str) -> None:
        """A full-width row that heads a group of items (a theme in the appendix)."""
        start = len(self.rows)
        self._place([(0, len(self.columns) - 1, Text(text, bold=True, color=ACCENT))])
        end = len(self.rows) - 1
        self.cmds.append(("BACKGROUND", (0, start), (-1, end), ACCENT_LIGHT))
        self.cmds.append(("TOPPADDING", (0, start), (-1, end), 5))
        self._section = start

    @property
    def empty(self) -> bool:
        return len(self.rows) == 1

    def build(self) -> PagedTable:
        # Zebra stripes (no rules between rows: one shape per row less to draw), under the
        # highlights and theme rows that paint over them.
        under: list[tuple] = []
        if all(first == last for first, last in self.items):
            under.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        else:
            under += [
                ("BACKGROUND", (0, first), (-1, last), ZEBRA)
                for number, (first, last) in enumerate(self.items)
                if number % 2
            ]
        return PagedTable.of(self.rows, self.widths, under + self.cmds, self.row_lines)
