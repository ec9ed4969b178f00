"""The fonts the PDF exports embed, and which of them draws each character.

reportlab's built-in Helvetica covers Latin-1 only, so the app ships its own
TrueType files (``resources/fonts``): DejaVu Sans for Latin, Greek, Cyrillic,
Arabic, Hebrew and symbols, and Droid Sans Fallback for Chinese, Japanese and
Korean. Text is cut into runs, each drawn with the first font that has its
characters; the CJK font is only loaded when some text needs it.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}
_lock = threading.Lock()


class FontNames(NamedTuple):
    """Names to give reportlab (``fontName=`` or ``<font name=...>``)."""

    regular: str
    bold: str


def _register(name: str) -> None:
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", _FILES[name]))))


def register_fonts() -> FontNames:
    """Register the shipped fonts with reportlab (idempotent) and return their names.

    ``<b>`` inside a Paragraph in the regular font switches to the bold one.
    """
    _register(REGULAR)
    _register(BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(BOLD, 0, 0, BOLD)
    addMapping(BOLD, 1, 0, BOLD)
    return FontNames(REGULAR, BOLD)


def cjk_font() -> str:
    """Register the CJK fallback font on first use (it is 3 MB) and return its name."""
    _register(CJK)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)
    return CJK


@cache
def _charset(name: str) -> frozenset[str]:
    """Every character the font has a glyph for."""
    if name == CJK:
        cjk_font()
    else:
        register_fonts()
    face = pdfmetrics.getFont(name).face
    return frozenset(chr(code) for code in face.charToGlyph)


def covers(text: str, font: str = REGULAR) -> bool:
    """True when *font* has a glyph for every character of *text*."""
    return set(text) <= _charset(font)


def font_runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """Cut *text* into (font name, text) runs: *font* where it has the glyph, else the CJK font.

    A character neither font has stays with *font* (it prints as a box, but is
    still in the PDF's text layer).
    """
    base = _charset(font)
    if set(text) <= base:
        return [(font, text)] if text else []
    fallback = _charset(CJK)
    runs: list[tuple[str, str]] = []
    current_font = font
    current: list[str] = []
    for ch in text:
        wanted = font if ch in base or ch not in fallback else CJK
        if wanted != current_font and current:
            runs.append((current_font, "".join(current)))
            current = []
        current_font = wanted
        current.append(ch)
    if current:
        runs.append((current_font, "".join(current)))
    return runs


def run_markup(text: str, font: str = REGULAR) -> str:
    """Escaped Paragraph markup for *text*, with ``<font>`` tags around fallback runs."""
    parts = []
    for run_font, run in font_runs(text, font):
        if run_font == font:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{run_font}">{escape(run)}</font>')
    return "".join(parts)


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of *text* drawn run by run in *font* and its fallback."""
    runs = font_runs(text, font)
    return sum(pdfmetrics.stringWidth(run, run_font, size) for run_font, run in runs)


def draw_runs(canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw *text* on a canvas from (x, y), switching fonts per run; returns the end x."""
    for run_font, run in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, run_font, size)
    return x
