"""A table cell of pre-wrapped lines, drawn in one text object (no markup, no re-wrapping).

reportlab draws a multi-line string cell with one text object per line and a
Paragraph parses markup and wraps again; this flowable takes the lines that
:func:`.text_layout.wrap` already cut, each as font runs, and draws them all in
one ``BT ... ET`` block. It is what keeps a 2,000-row appendix fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .fonts import font_runs
from .text_layout import measure


@dataclass(frozen=True)
class Line:
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
        # One text object; left-aligned lines advance with T* (no coordinates to format).
        # _formatText is reportlab's own encoder of a run into subset font + Tj operators.
        text = self.canv.beginText(0, self.height - self.lines[0].size)
        font = size = color = None
        right = self.align == "RIGHT"
        y = self.height - self.lines[0].size
        for line in self.lines:
            if right:
                text.setTextOrigin(self.width - measure(line.text, line.font, line.size), y)
                y -= self.leading
            if line.color != color:
                color = line.color
                text.setFillColor(color)
            for run_font, run in font_runs(line.text, line.font):
                if (run_font, line.size) != (font, size):
                    font, size = run_font, line.size
                    text.setFont(font, size, self.leading)
                text._code.append(text._formatText(run))
            if not right:
                text._code.append("T*")
        self.canv.drawText(text)
