"""The bar chart of the most-voted items, drawn with reportlab's graphics.

Labels are user text: cut to one line with an ellipsis and drawn through the
PDFs' one text path (:mod:`.pdf_text`: bidi, a font per run, shaping), never
parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.platypus import Flowable

from .pdf_styles import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE
from .pdf_text import draw_line
from .plan_data import Card
from .text_layout import one_line

BAR_HEIGHT = 11.0
ROW_HEIGHT = 17.0
LABEL_SIZE = 7.8


class _Chart(Flowable):
    """The drawing (bars, ranks, counts) with the labels drawn over it through the text path."""

    def __init__(
        self, drawing: Drawing, labels: list[tuple[float, float, str, str, object]]
    ) -> None:
        super().__init__()
        self.drawing = drawing
        self.labels = labels
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)
        for x, y, text, font, color in self.labels:
            self.canv.setFillColor(color)
            draw_line(self.canv, x, y, text, font, LABEL_SIZE)


def bar_chart(cards: Sequence[Card], width: float, font: str, bold: str) -> Flowable:
    """Horizontal bars, most dots on top: rank and text on the left, dots at the bar's end."""
    rows = len(cards)
    height = rows * ROW_HEIGHT + 16
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the page names an unused, non-embedded Helvetica
    labels: list[tuple[float, float, str, str, object]] = []
    label_width = width * 0.46
    rank_width = 22.0
    bar_left = label_width + 8
    value_room = 26.0
    bar_span = width - bar_left - value_room
    top = max((c.dots for c in cards), default=1) or 1
    # A light track behind each bar, and a hairline axis at the bars' start.
    drawing.add(Line(bar_left, 2, bar_left, height - 6, strokeColor=RULE, strokeWidth=0.6))
    for index, card in enumerate(cards):
        y = height - 14 - index * ROW_HEIGHT
        baseline = y - BAR_HEIGHT + 3
        rank = f"#{card.rank}"
        labels.append((0, baseline, rank, bold, MUTED))
        text = one_line(card.contribution.text, label_width - rank_width, font, LABEL_SIZE)
        labels.append((rank_width, baseline, text, font, INK))
        drawing.add(
            Rect(bar_left, y - BAR_HEIGHT, bar_span, BAR_HEIGHT, fillColor=ACCENT_LIGHT,
                 strokeColor=None)
        )  # fmt: skip
        length = max(1.5, bar_span * card.dots / top)
        drawing.add(
            Rect(bar_left, y - BAR_HEIGHT, length, BAR_HEIGHT, fillColor=ACCENT, strokeColor=None)
        )
        labels.append((bar_left + length + 4, baseline, str(card.dots), bold, ACCENT))
    return _Chart(drawing, labels)
