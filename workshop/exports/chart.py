"""The bar chart of the most-voted items, drawn with reportlab's graphics.

Labels are user text: they are drawn as plain strings (never parsed as markup),
cut to one line with an ellipsis, in the shipped fonts (CJK runs in the fallback).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase import pdfmetrics

from .fonts import font_runs
from .pdf_styles import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE
from .plan_data import Card
from .text_layout import one_line

BAR_HEIGHT = 11.0
ROW_HEIGHT = 17.0
LABEL_SIZE = 7.8


def _label(drawing: Drawing, x: float, y: float, text: str, font: str, color) -> None:
    for run_font, run in font_runs(text, font):
        drawing.add(String(x, y, run, fontName=run_font, fontSize=LABEL_SIZE, fillColor=color))
        x += pdfmetrics.stringWidth(run, run_font, LABEL_SIZE)


def bar_chart(cards: Sequence[Card], width: float, font: str, bold: str) -> Drawing:
    """Horizontal bars, most dots on top: rank and text on the left, dots at the bar's end."""
    rows = len(cards)
    height = rows * ROW_HEIGHT + 16
    drawing = Drawing(width, height)
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
        drawing.add(String(0, baseline, rank, fontName=bold, fontSize=LABEL_SIZE, fillColor=MUTED))
        text = one_line(card.contribution.text, label_width - rank_width, font, LABEL_SIZE)
        _label(drawing, rank_width, baseline, text, font, INK)
        drawing.add(
            Rect(bar_left, y - BAR_HEIGHT, bar_span, BAR_HEIGHT, fillColor=ACCENT_LIGHT,
                 strokeColor=None)
        )  # fmt: skip
        length = max(1.5, bar_span * card.dots / top)
        drawing.add(
            Rect(bar_left, y - BAR_HEIGHT, length, BAR_HEIGHT, fillColor=ACCENT, strokeColor=None)
        )
        drawing.add(
            String(bar_left + length + 4, baseline, str(card.dots), fontName=bold,
                   fontSize=LABEL_SIZE, fillColor=ACCENT)
        )  # fmt: skip
    return drawing
