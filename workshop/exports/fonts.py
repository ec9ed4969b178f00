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

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource
from .markup import escape

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"
REPLACEMENT = "\ufffd"

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


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16.

    reportlab 5 writes U+1F600 as ``<1F600>`` (odd-length hex), so PDF readers
    cannot copy or search emoji; the PDF specification wants ``<D83DDE00>``.
    """
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(
            f"<{i:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, code in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _register(name: str) -> None:
    with _lock:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see the function's docstring
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
    """Cut *text* into (font name, text) runs, each character in the first font that has it.

    The chain is *font*, then DejaVu Sans (the bold face lacks a few symbols),
    then the CJK fallback. A character none of them has (most colour emoji)
    becomes U+FFFD, so the PDF shows and copies a replacement mark rather
    than an empty box that copies as nothing.
    """
    base = _charset(font)
    if set(text) <= base:
        return [(font, text)] if text else []
    chain = [(font, base)]
    if font != REGULAR:
        chain.append((REGULAR, _charset(REGULAR)))
    chain.append((CJK, _charset(CJK)))
    runs: list[tuple[str, str]] = []
    current_font = font
    current: list[str] = []
    for ch in text:
        wanted = next((name for name, chars in chain if ch in chars), None)
        if wanted is None:
            wanted, ch = font, REPLACEMENT
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
