"""Tables whose cells never overflow: text is wrapped here, long text continues in new rows.

Cells are plain strings where the text's font covers every character (fast, and
reportlab draws them without parsing markup); otherwise an escaped Paragraph
with font runs for the CJK fallback. Either way, each row holds at most
``MAX_LINES_PER_ROW`` lines, so a row is always shorter than a page and a
100 kB contribution simply continues over as many rows (and pages) as it needs.
The header row repeats on every page the table spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import LongTable, Paragraph

from .fonts import covers, run_markup
from .pdf_styles import (
    ACCENT,
    ACCENT_LIGHT,
    CELL_PAD_X,
    HEADER_SIZE,
    KEEP_TOGETHER_LINES,
    MAX_LINES_PER_ROW,
    RULE,
    TABLE_SIZE,
    ZEBRA,
    Styles,
    table_commands,
)
from .text_layout import is_rtl, wrap


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


Cell = str | int | Text | None


class TableBuilder:
    def __init__(self, styles: Styles, columns: list[Column], width: float) -> None:
        self.styles = styles
        self.columns = columns
        spare = width - sum(c.fixed for c in columns)
        total = sum(c.weight for c in columns) or 1.0
        self.widths = [c.fixed or spare * c.weight / total for c in columns]
        self.rows: list[list[object]] = [
            ["\n".join(wrap(c.title, w - 2 * CELL_PAD_X, styles.bold, HEADER_SIZE))
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
        item = cell if isinstance(cell, Text) else Text(cell)
        bold = bold or item.bold
        font = self.styles.bold if bold else self.styles.regular
        lines = wrap(item.text, width - 1.0, font, TABLE_SIZE)
        rtl = is_rtl(item.text or "")
        groups = [lines[i : i + MAX_LINES_PER_ROW] for i in range(0, len(lines), MAX_LINES_PER_ROW)]
        pieces: list[object] = []
        counts = [len(g) + (1 if item.label and n == 0 else 0) for n, g in enumerate(groups)]
        for number, group in enumerate(groups):
            plain = item.label is None and item.color is None and not item.bold
            if plain and covers("".join(group), font):
                pieces.append("\n".join(group))
                continue
            style = self.styles.cell_rtl if rtl else self.styles.cell
            markup = "<br/>".join(run_markup(line, font) for line in group)
            if bold:
                markup = f"<b>{markup}</b>"
            if item.color is not None:
                markup = f'<font color="{item.color.hexval()}">{markup}</font>'
            if item.label and number == 0:
                label = f'<font size="{TABLE_SIZE - 1}" color="{ACCENT.hexval()}"><b>'
                label += f"{escape(item.label)}</b></font>"
                markup = f"{label}<br/>{markup}" if markup else label
            pieces.append(Paragraph(markup, style))
        return pieces or [""], counts or [1], rtl

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

    def build(self) -> LongTable:
        # Zebra stripes first, so highlights and theme rows paint over them.
        under: list[tuple] = []
        lines: list[tuple] = []
        if all(first == last for first, last in self.items):
            under.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
            lines.append(("LINEBELOW", (0, 1), (-1, -2), 0.35, RULE))
        else:
            for number, (first, last) in enumerate(self.items):
                if last < len(self.rows) - 1:
                    lines.append(("LINEBELOW", (0, last), (-1, last), 0.35, RULE))
                if number % 2:
                    under.append(("BACKGROUND", (0, first), (-1, last), ZEBRA))
        cmds = under + self.cmds + lines
        table = LongTable(self.rows, colWidths=self.widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(cmds)
        return table
