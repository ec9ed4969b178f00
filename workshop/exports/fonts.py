"""The fonts the PDF exports embed, and which of them draws each character.

reportlab's built-in Helvetica covers Latin-1 only, so the app ships its own
TrueType files (``resources/fonts``): DejaVu Sans for Latin, Greek, Cyrillic
and symbols; Noto Sans Arabic, Hebrew, Devanagari, Bengali, Tamil and Thai
(regular and bold); Droid Sans Fallback for Chinese, Japanese and Korean; and
Symbola (a monochrome emoji and symbol font, cut to those blocks). Text is cut
into runs, each drawn with the first font that has its characters; a
character's combining marks, joiners and modifiers stay in its run. Fonts are
loaded on first use, from the user's cache of parsed fonts when it has them
(:mod:`.font_cache`: parsing Droid Sans Fallback alone took 75 ms). A character
that no shipped font has is reported (:func:`missing_characters`) and left out
of the drawing; the PDF still copies it (see :mod:`.shaping`).
"""

from __future__ import annotations

import contextvars
import threading
import unicodedata
from contextlib import contextmanager
from functools import cache
from typing import NamedTuple

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts

from ..resources import resource
from .font_cache import load_font
from .shaping import private_text

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"
EMOJI = "SymbolaEmoji"
ASTRAL_CJK = "HanaMinB-Astral"
MISSING = ""  # the "font" of a character no shipped font has
REPLACEMENT = "\ufffd"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
    EMOJI: "Symbola-Emoji.ttf",
    ASTRAL_CJK: "HanaMinB-Astral.ttf",
}
# Scripts drawn in their own Noto font whatever the base font: (first, last, family).
_SCRIPTS = [
    (0x0590, 0x05FF, "Hebrew"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0xA8E0, 0xA8FF, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0E00, 0x0E7F, "Thai"),
]
for _family in {family for _, _, family in _SCRIPTS}:
    _FILES[f"NotoSans{_family}"] = f"NotoSans{_family}-Regular.ttf"
    _FILES[f"NotoSans{_family}-Bold"] = f"NotoSans{_family}-Bold.ttf"
_lock = threading.Lock()
_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "missing_glyphs", default=None
)


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
            f"<{i:02X}> <{_copy_text(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, code in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _copy_text(code: int) -> str:
    """What a glyph code copies as: its character, or the text a shaped glyph stands for."""
    return private_text(code) or chr(code)


def _register(name: str) -> None:
    with _lock:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see the function's docstring
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(load_font(name, resource("fonts", _FILES[name])))


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
    _ensure(CJK)
    return CJK


def _ensure(name: str) -> None:
    if name in (REGULAR, BOLD):
        register_fonts()
        return
    _register(name)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


@cache
def _charset(name: str) -> frozenset[str]:
    """Every character the font has a glyph for."""
    _ensure(name)
    face = pdfmetrics.getFont(name).face
    return frozenset(chr(code) for code in face.charToGlyph if code < 0xF0000)


def _script_font(ch: str, bold: bool) -> str | None:
    code = ord(ch)
    if code < 0x0590:
        return None
    for first, last, family in _SCRIPTS:
        if first <= code <= last:
            return f"NotoSans{family}-Bold" if bold else f"NotoSans{family}"
    return None


def _sticks(ch: str) -> bool:
    """Marks, joiners, selectors and emoji modifiers belong to the character before them."""
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc", "Cf")
        or "\ufe00" <= ch <= "\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
        or "\U000e0020" <= ch <= "\U000e007f"
    )


def _neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in (
        "WS",
        "ON",
        "CS",
        "ES",
        "ET",
        "EN",
        "AN",
        "BN",
        "B",
        "S",
    )


def _is_emoji(ch: str) -> bool:
    return ch >= "\U0001f000" or "\u2600" <= ch <= "\u27bf" or "\u2b00" <= ch <= "\u2bff"


def covers(text: str, font: str = REGULAR) -> bool:
    """True when *font* has a glyph for every character of *text*."""
    return set(text) <= _charset(font)


@contextmanager
def missing_characters():
    """Collect the characters no shipped font has while the block runs (yields a set)."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def _report_missing(ch: str) -> None:
    found = _missing.get()
    if found is not None:
        found.add(ch)


def _choose(ch: str, font: str, bold: bool) -> str | None:
    script = _script_font(ch, bold)
    if script and ch in _charset(script):
        return script
    chain = [font, BOLD if bold else REGULAR, REGULAR, CJK, EMOJI]
    if ch >= "\U00020000":
        chain.append(ASTRAL_CJK)
    if _is_emoji(ch):
        chain = [EMOJI, *chain]
    return next((name for name in chain if ch in _charset(name)), None)


def font_runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """Cut *text* into (font name, text) runs, each character in a font that has it.

    Arabic, Hebrew and the Indic and Thai scripts use their Noto font; other
    characters take the first of *font*, DejaVu Sans, the CJK fallback and the
    emoji font that has them. Combining marks, joiners and modifiers stay with
    their base; spaces and punctuation stay in the current run when its font
    has them (so shaping sees whole phrases). A character none has is
    reported (:func:`missing_characters`) and given the font :data:`MISSING`:
    the text path leaves a blank for it that still copies as the character.
    """
    base = _charset(font)
    if text.isascii() or (set(text) <= base and not any(_script_font(c, False) for c in text)):
        return [(font, text)] if text else []
    bold = font in (BOLD,) or font.endswith("-Bold")
    runs: list[tuple[str, str]] = []
    current_font: str | None = None
    current: list[str] = []
    for ch in text:
        wanted: str | None
        if current_font and (_sticks(ch) or _neutral(ch)) and ch in _charset(current_font):
            wanted = current_font
        elif current_font is not None and _sticks(ch):
            wanted = current_font  # an invisible joiner or selector: the shaper hides it
            if unicodedata.category(ch) not in ("Cf",) and not ("\ufe00" <= ch <= "\ufe0f"):
                wanted = _choose(ch, font, bold) or current_font
        else:
            wanted = _choose(ch, font, bold)
        if wanted is None:
            _report_missing(ch)
            wanted = MISSING
        if wanted != current_font and current:
            runs.append((font if current_font is None else current_font, "".join(current)))
            current = []
        current_font = wanted
        current.append(ch)
    if current:
        runs.append((font if current_font is None else current_font, "".join(current)))
    return runs
