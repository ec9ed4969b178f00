"""Measure and draw one logical line of text: the only way a PDF puts text on a page.

Every builder (tables, headings, the page header and footer, the chart, the
certificates) goes through :func:`write_line` or :func:`draw_line`, so user text
and translated app text get the same bidi ordering, font fallback and shaping
(:mod:`.shaping`) wherever they appear.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics

from .font_cache import WorkshopFont
from .fonts import MISSING
from .shaping import needs_shaping, pieces, shape, utf16_hex, write_shaped

SHAPING = [True]  # False draws every run unshaped (benchmarks only: tests/benchmarks)
_PLACEHOLDER = "o"  # drawn invisibly where no shipped font has the character


@lru_cache(maxsize=65536)
def _em_width(text: str, font: str) -> float:
    """Width of a logical line at 1000 points, shaped where shaping changes it."""
    if text.isascii():
        return pdfmetrics.stringWidth(text, font, 1000)
    total = 0.0
    for run_font, run, rtl in pieces(text, font):
        if run_font == MISSING:
            total += pdfmetrics.stringWidth(_PLACEHOLDER, font, 1000) * len(run)
        elif SHAPING[0] and (rtl or needs_shaping(run)):
            total += shape(run, run_font, rtl).width
        else:
            total += pdfmetrics.stringWidth(run, run_font, 1000)
    return total


_JAMO = re.compile("[\u1100-\u11ff]")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f]")


def _composed(text: str) -> str:
    """The line as drawn: control characters (which no font draws) dropped, decomposed
    Hangul (conjoining jamo, as macOS writes file names) composed into syllables."""
    if text.isascii():
        return _UNPRINTABLE.sub("", text) if not text.isprintable() else text
    text = _UNPRINTABLE.sub("", text)
    return unicodedata.normalize("NFC", text) if _JAMO.search(text) else text


def line_width(text: str, font: str, size: float) -> float:
    """Width in points of *text* (one logical line) as :func:`write_line` draws it."""
    if text.isascii() and text.isprintable():  # most words: nothing to compose or drop
        return _em_width(text, font) * size / 1000.0
    return _em_width(_composed(text), font) * size / 1000.0


def text_code(textobject, text: str) -> str:
    """``textobject._formatText(text)`` (the PDF code that shows *text* in the current font),
    without reportlab's bookkeeping when *text* is printable ASCII in a workshop font:
    most cells of a long table. The code is the same, byte for byte."""
    font = pdfmetrics.getFont(textobject._fontname)
    canvas = textobject._canvas
    doc = canvas._doc
    if isinstance(font, WorkshopFont) and font.writes_as_itself(text, doc):
        shown = f"({canvas._escape(text.encode('ascii'))}) Tj"
        if textobject._curSubset == 0:
            return shown
        textobject._curSubset = 0  # select subset 0 first, as _formatText does
        return (f"{font.getSubsetInternalName(0, doc)} {fp_str(textobject._fontsize)} Tf "
                f"{fp_str(textobject._leading)} TL {shown}")  # fmt: skip
    return textobject._formatText(text)


def write_line(textobject, text: str, font: str, size: float, leading: float | None = None,
               base_rtl: bool | None = None) -> None:  # fmt: skip
    """Append *text* to a reportlab text object at its current point, in visual order.

    The text object's font is changed as runs need; the caller sets the origin.
    """
    if leading is None:
        leading = size * 1.2
    text = _composed(text)
    current = (textobject._fontname, textobject._fontsize)
    if text.isascii():
        if current != (font, size):
            textobject.setFont(font, size, leading)
        textobject._code.append(text_code(textobject, text))
        return
    for run_font, run, rtl in pieces(text, font, base_rtl):
        if run_font == MISSING:  # a blank that still copies as the character
            if current != (font, size):
                textobject.setFont(font, size, leading)
                current = (font, size)
            # An invisible placeholder glyph (render mode 3) carries the character.
            textobject._code.append(f"/Span <</ActualText <{utf16_hex(run)}>>> BDC 3 Tr")
            textobject._code.append(textobject._formatText(_PLACEHOLDER * len(run)))
            textobject._code.append("0 Tr EMC")
            continue
        if (run_font, size) != current:
            textobject.setFont(run_font, size, leading)
            current = (run_font, size)
        if SHAPING[0] and (rtl or needs_shaping(run)):
            write_shaped(textobject, shape(run, run_font, rtl))
        else:
            textobject._code.append(text_code(textobject, run))


def draw_line(canvas, x: float, y: float, text: str, font: str, size: float,
              align: str = "left") -> float:  # fmt: skip
    """Draw one line on a canvas; *align* is left (x is the start), right or centre.

    Returns the x where the line ends.
    """
    width = line_width(text, font, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    textobject = canvas.beginText(x, y)
    textobject.setFont(font, size)
    write_line(textobject, text, font, size)
    canvas.drawText(textobject)
    return x + width
