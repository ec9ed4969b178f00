"""A table cell of pre-wrapped lines, drawn in one text object (no markup, no re-wrapping).

reportlab draws a multi-line string cell with one text object per line and a
Paragraph parses markup and wraps again; this flowable takes the lines that
:func:`.text_layout.wrap` already cut, each as font runs, and draws them all in
one ``BT ... ET`` block. It is what keeps a 2,000-row appendix fast.
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .fonts import covers
from .pdf_text import line_width, write_line
from .shaping import has_rtl, needs_shaping
from .text_layout import is_rtl, wrap


class Line(NamedTuple):  # a tuple: a 2,000-row table makes tens of thousands of them
    text: str  # in display order
    font: str
    size: float
    color: colors.Color


class TextLines(Flowable):
    """Lines of text, top to bottom, left- or right-aligned in the cell."""

    def __init__(self, lines: list[Line], leading: float, align: str = "LEFT") -> None:
        super().__init__()
        self.lines = lines
        self.leading = leading
        self.align = align
        self.height = len(lines) * leading
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        # One text object; each line through the shared text path (bidi, fonts, shaping).
        text = self.canv.beginText(0, 0)
        color = None
        y = self.height - self.lines[0].size
        for line in self.lines:
            if self.align == "RIGHT":
                x = self.width - line_width(line.text, line.font, line.size)
            elif self.align == "CENTRE":
                x = (self.width - line_width(line.text, line.font, line.size)) / 2
            else:
                x = 0.0
            text.setTextOrigin(x, y)
            y -= self.leading
            if line.color != color:
                color = line.color
                text.setFillColor(color)
            write_line(text, line.text, line.font, line.size, self.leading)
        self.canv.drawText(text)


def is_plain(text: str, font: str) -> bool:
    """True when reportlab may draw *text* itself: one font, no shaping, left to right."""
    return covers(text, font) and not needs_shaping(text) and not has_rtl(text)


def header_cell(title: str, width: float, font: str, size: float, color: colors.Color) -> object:
    """A table header: a plain string when it can be, else lines through the text path."""
    lines = wrap(title, width, font, size)
    if all(is_plain(line, font) for line in lines):
        return "\n".join(lines)
    align = "RIGHT" if is_rtl(title) else "LEFT"
    return TextLines([Line(line, font, size, color) for line in lines], size + 2, align)


class TextBlock(Flowable):
    """A paragraph of plain text (user or app text) wrapped and drawn through the text path.

    It stands in for reportlab's Paragraph, which parses markup and cannot order
    or shape bidirectional text: the style gives font, size, leading, colour and
    spacing; right-to-left text (by its first strong character) is right-aligned.
    """

    def __init__(self, text: str, style, align: str | None = None) -> None:
        super().__init__()
        self.text = text or ""
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        if align is None:
            align = (
                "RIGHT"
                if is_rtl(self.text)
                else {1: "CENTRE", 2: "RIGHT"}.get(style.alignment, "LEFT")
            )
        self.align = align
        self._lines: TextLines | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        lines = wrap(self.text, available_width - 1.0, style.fontName, style.fontSize) or [""]
        block = [Line(line, style.fontName, style.fontSize, style.textColor) for line in lines]
        self._lines = TextLines(block, style.leading, self.align)
        self._lines.wrap(available_width, available_height)
        self.width = available_width
        self.height = self._lines.height
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self._lines is not None
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(self._lines.lines):
            return []
        first = [line.text for line in self._lines.lines[:fit]]
        rest = [line.text for line in self._lines.lines[fit:]]
        head = TextBlock("\n".join(first), self.style, self.align)
        tail = TextBlock("\n".join(rest), self.style, self.align)
        tail.spaceBefore = 0
        head.spaceAfter = 0
        return [head, tail]

    def draw(self) -> None:
        assert self._lines is not None
        self._lines.canv = self.canv
        self._lines.draw()
