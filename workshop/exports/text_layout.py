"""User text made safe to print: control characters, right-to-left lines, wrapping.

Nothing here parses markup: text stays text. Lines are returned in logical
order (as typed); :mod:`.pdf_text` orders, shapes and draws them. Widths are
measured as the line will be drawn (shaped where shaping changes them).
"""

from __future__ import annotations

import re
import unicodedata

from .pdf_text import line_width

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


def is_rtl(text: str) -> bool:
    """True when the first strong character of *text* is right-to-left."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def measure(text: str, font: str, size: float) -> float:
    """Width of *text* in points, each character in the font that will draw it."""
    return line_width(text, font, size)


def _clusters(token: str) -> list[str]:
    """*token* cut into user-perceived characters (a base with its marks, joiners and
    modifiers; a Devanagari conjunct through its virama; a flag's two letters)."""
    out: list[str] = []
    for ch in token:
        joined = out and (
            unicodedata.category(ch) in ("Mn", "Mc", "Me")
            or ch in "\u200c\u200d"
            or "\ufe00" <= ch <= "\ufe0f"
            or "\U0001f3fb" <= ch <= "\U0001f3ff"
            or "\U000e0020" <= ch <= "\U000e007f"
            or out[-1][-1] in "\u200d\u094d\u09cd\u0bcd"  # after a joiner or a virama
            or ("\U0001f1e6" <= ch <= "\U0001f1ff" and len(out[-1]) == 1
                and "\U0001f1e6" <= out[-1] <= "\U0001f1ff")
        )  # fmt: skip
        if joined:
            out[-1] += ch
        else:
            out.append(ch)
    return out


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) -> {word: width}


def _token_widths(font: str, size: float) -> dict[str, float]:
    """Widths of the words and spaces met in *font* at *size*, as :func:`line_width` gives them.

    A long table wraps thousands of lines of the same words: one dictionary look-up per
    word instead of a call through the measuring path (a third of the wrapping time).
    """
    found = _WIDTHS.get((font, size))
    if found is None or len(found) > 50_000:
        found = _WIDTHS[(font, size)] = {}
    return found


def _wrap_logical(line: str, width: float, font: str, size: float) -> list[str]:
    """Greedy wrap of one logical line; words longer than *width* break between characters."""
    if line_width(line, font, size) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    current_width = 0.0
    widths = _token_widths(font, size)
    for token in _TOKENS.findall(line):
        token_width = widths.get(token)
        if token_width is None:
            token_width = widths[token] = line_width(token, font, size)
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
        for ch in _clusters(token):  # never split a letter from its marks or an emoji sequence
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
    """*text* cleaned and wrapped to *width* points, each line in logical order."""
    out: list[str] = []
    for logical in clean(text).split("\n"):
        out.extend(_wrap_logical(logical, width, font, size))
    return out


def one_line(text: str | None, width: float, font: str, size: float) -> str:
    """*text* on a single line, cut with an ellipsis to fit *width* (headers, chart labels)."""
    flat = " ".join(clean(text).split())
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
    return flat
