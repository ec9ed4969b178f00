"""User text made safe to print: control characters, right-to-left lines, wrapping.

Nothing here parses markup: text stays text. The PDF builders turn the lines
this module returns into table cells (plain strings, the fast path) or into
escaped Paragraph markup when a line needs the CJK fallback font.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from .fonts import font_runs

# C0/C1 control characters and other code points reportlab (or a PDF viewer) chokes on.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo... and their presentation forms.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Break opportunities: white space, each CJK character, or a run of anything else.
_CJK_CHAR = (
    r"\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
)
_TOKENS = re.compile(rf"\s+|[{_CJK_CHAR}]|[^\s{_CJK_CHAR}]+")


def clean(text: str | None) -> str:
    """Line breaks normalised to ``\\n``, tabs to spaces, control characters dropped."""
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", str(text)).replace("\t", "    ")
    return _CONTROL.sub("", text)


def _drop_invisible(text: str) -> str:
    """Invisible modifiers (bidi marks, ZWJ, variation selectors, skin tones) have no glyph."""
    if text.isascii():
        return text
    return "".join(
        ch
        for ch in text
        if unicodedata.category(ch) != "Cf"
        and not ("\ufe00" <= ch <= "\ufe0f")  # variation selectors
        and not ("\U0001f3fb" <= ch <= "\U0001f3ff")  # skin-tone modifiers
    )


def is_rtl(text: str) -> bool:
    """True when the first strong character of *text* is right-to-left."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


@cache
def _widths(font: str) -> tuple[dict[str, float], float]:
    """Advance widths (1/1000 em) of a TrueType font's characters, keyed by character."""
    face = pdfmetrics.getFont(font).face
    return {chr(code): w for code, w in face.charWidths.items()}, face.defaultWidth


@lru_cache(maxsize=65536)
def _em_width(text: str, font: str) -> float:
    """Width of *text* at 1000 points (words repeat: wrapping measures each once)."""
    if text.isascii():
        widths, default = _widths(font)
        return sum(widths.get(ch, default) for ch in text)
    return sum(pdfmetrics.stringWidth(run, f, 1000) for f, run in font_runs(text, font))


def measure(text: str, font: str, size: float) -> float:
    """Width of *text* in points, each character in the font that will draw it."""
    return _em_width(text, font) * size / 1000.0


def _wrap_logical(line: str, width: float, font: str, size: float) -> list[str]:
    """Greedy wrap of one logical line; words longer than *width* break between characters."""
    if measure(line, font, size) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    current_width = 0.0
    for token in _TOKENS.findall(line):
        token_width = measure(token, font, size)
        if token.isspace():
            if current:
                current += token
                current_width += token_width
            continue
        if current_width + token_width <= width:
            current += token
            current_width += token_width
            continue
        if current.strip():
            lines.append(current.rstrip())
        current, current_width = "", 0.0
        if token_width <= width:
            current, current_width = token, token_width
            continue
        for ch in token:
            ch_width = measure(ch, font, size)
            if current and current_width + ch_width > width:
                lines.append(current)
                current, current_width = "", 0.0
            current += ch
            current_width += ch_width
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def wrap(text: str | None, width: float, font: str, size: float) -> list[str]:
    """*text* cleaned and wrapped to *width* points, each line in display order.

    Right-to-left lines are reshaped before they are measured and reordered after
    they are cut, so a long Arabic or Hebrew sentence reads top to bottom.
    """
    out: list[str] = []
    for logical in clean(text).split("\n"):
        if _RTL.search(logical):
            shaped = _drop_invisible(reshape(logical))
            out.extend(get_display(part) for part in _wrap_logical(shaped, width, font, size))
        else:
            out.extend(_wrap_logical(_drop_invisible(logical), width, font, size))
    return out


def one_line(text: str | None, width: float, font: str, size: float) -> str:
    """*text* on a single line, cut with an ellipsis to fit *width* (headers, chart labels)."""
    flat = " ".join(clean(text).split())
    if _RTL.search(flat):
        flat = reshape(flat)
    flat = _drop_invisible(flat)
    if measure(flat, font, size) > width:
        ellipsis_width = measure("…", font, size)
        low, high = 0, len(flat)
        while low < high:  # longest prefix that fits with the ellipsis
            middle = (low + high + 1) // 2
            if measure(flat[:middle], font, size) + ellipsis_width <= width:
                low = middle
            else:
                high = middle - 1
        flat = flat[:low].rstrip() + "…"
    return get_display(flat) if _RTL.search(flat) else flat
