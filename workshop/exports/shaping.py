"""One text path for every string a PDF draws: bidi runs, fonts per run, shaping, ToUnicode.

A line is given in *logical* order (as typed). It is cut into bidi level runs
(python-bidi's implementation of the Unicode algorithm), each level run into
font runs (:func:`.fonts.font_runs`), and each run that needs it is shaped by
HarfBuzz (``uharfbuzz``): Arabic joining, Indic conjuncts and reordering, Thai
marks, combining marks, emoji sequences. Runs of plain text (most Latin, Greek,
Cyrillic, CJK) are drawn as they are, which keeps long exports fast.

Copy and search: every glyph is written with a code whose ToUnicode entry is
the text it stands for (a contextual Arabic form copies as its letter, a
ligature as its letters), so extracted text has no presentation forms. A
cluster drawn with several glyphs (a Devanagari vowel sign drawn before its
consonant, an emoji sequence the font has no single glyph for) is wrapped in a
marked-content span with ``/ActualText``, so readers copy the characters in the
order they were typed. Right-to-left runs are drawn left to right in visual
order; PDF readers put them back in logical order.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

# Code points whose drawing depends on context: combining marks, right-to-left and
# Indic/South-East Asian scripts, joiners, variation selectors, emoji modifiers,
# regional indicators, tags and bidi controls.
_COMPLEX = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f"
    "\u1100-\u11ff\u1780-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff\u200c-\u200f\u202a-\u202e"
    "\u2066-\u2069\u20d0-\u20ff\u3099\u309a\ua8e0-\ua8ff\ufb1d-\ufdff\ufe00-\ufe0f"
    "\ufe20-\ufe2f\ufe70-\ufefc\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff"
    "\U000e0000-\U000e01ef]"
)
_RTL_OR_CONTROL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]")
_ISOLATES = {0x2066: 0x202A, 0x2067: 0x202B, 0x2068: 0x202A, 0x2069: 0x202C}
_PRIVATE_START = 0xF0000  # Supplementary Private Use Area-A: never in user text we draw
_lock = threading.Lock()
_private_text: dict[int, str] = {}  # private code -> the text its glyph stands for
_private_code: dict[tuple[str, int, str], int] = {}  # (font, glyph, text) -> private code
_next_private = [_PRIVATE_START]


def needs_shaping(text: str) -> bool:
    """True when some character of *text* is drawn differently in context."""
    return not text.isascii() and _COMPLEX.search(text) is not None


def has_rtl(text: str) -> bool:
    return not text.isascii() and _RTL_OR_CONTROL.search(text) is not None


def private_text(code: int) -> str | None:
    """The text a private glyph code stands for (used by the ToUnicode CMap)."""
    return _private_text.get(code)


# -- bidi ----------------------------------------------------------------------
def level_runs(text: str, base_rtl: bool | None = None) -> list[tuple[str, bool]]:
    """*text* as (run, right-to-left) pairs in visual order, left to right.

    The paragraph direction is that of the first strong character unless
    *base_rtl* says otherwise.
    """
    if not has_rtl(text):
        return [(text, False)] if text else []
    storage = bidi_algorithm.get_empty_storage()
    if base_rtl is None:
        base_level = bidi_algorithm.get_base_level(text)
    else:
        base_level = 1 if base_rtl else 0
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    # python-bidi's algorithm predates isolates: treat them as the matching embeddings.
    bidi_algorithm.get_embedding_levels(text.translate(_ISOLATES), storage)
    for index, ch in enumerate(storage["chars"]):
        ch["index"] = index
    chars = list(storage["chars"])
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    kept = {id(ch) for ch in storage["chars"]}
    levels = []
    level = base_level
    for ch in chars:  # characters removed by rule X9 take their neighbour's level
        level = ch["level"] if id(ch) in kept else level
        levels.append(level)
    # L1: trailing white space takes the paragraph level.
    for index in range(len(chars) - 1, -1, -1):
        if not chars[index]["ch"].isspace():
            break
        levels[index] = base_level
    runs: list[tuple[int, str]] = []
    for original, lvl in zip(text, levels, strict=True):
        if runs and runs[-1][0] == lvl:
            runs[-1] = (lvl, runs[-1][1] + original)
        else:
            runs.append((lvl, original))
    # L2: from the highest level down to the lowest odd one, reverse every sequence at or above it.
    highest = max(lvl for lvl, _ in runs)
    lowest_odd = min((lvl for lvl, _ in runs if lvl % 2), default=highest + 1)
    for target in range(highest, lowest_odd - 1, -1):
        out: list[tuple[int, str]] = []
        start = None
        for index, run in enumerate([*runs, (-1, "")]):
            if run[0] >= target:
                if start is None:
                    start = index
                continue
            if start is not None:
                out.extend(reversed(runs[start:index]))
                start = None
            if run[0] >= 0:
                out.append(run)
        runs = out
    return [(run, bool(lvl % 2)) for lvl, run in runs]


# -- shaping ---------------------------------------------------------------------
@dataclass(frozen=True)
class Shaped:
    """A shaped run: glyph codes (as a reportlab ShapedStr) and the clusters to wrap."""

    text: ShapedStr
    width: float  # at 1000 points
    spans: tuple[tuple[int, int, str], ...]  # (first glyph, end glyph, ActualText)


def _code_for(font, gid: int, text: str) -> int:
    """A character code of *font* that draws glyph *gid* and copies as *text*."""
    face = font.face
    if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
        return ord(text)
    key = (font.fontName, gid, text)
    code = _private_code.get(key)
    if code is None:
        with _lock:
            code = _private_code.get(key)
            if code is None:
                code = _next_private[0]
                _next_private[0] += 1
                face.charToGlyph[code] = gid
                face.charWidths[code] = _glyph_width(font, gid)
                _private_text[code] = text
                _private_code[key] = code
    return code


def _glyph_width(font, gid: int) -> float:
    face = font.face
    advance = _hb_font(font.fontName).get_glyph_h_advance(gid)
    return advance * 1000.0 / face.unitsPerEm


@lru_cache(maxsize=64)
def _hb_font(name: str) -> hb.Font:
    font = pdfmetrics.getFont(name)
    return hb.Font(hb.Face(hb.Blob(font.face._ttf_data)))


@lru_cache(maxsize=32768)
def shape(text: str, font_name: str, rtl: bool) -> Shaped:
    """Shape one run of one font and direction (the result is cached: texts repeat)."""
    font = pdfmetrics.getFont(font_name)
    hb_font = _hb_font(font_name)
    scale = 1000.0 / font.face.unitsPerEm
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    # Character offsets of the clusters (HarfBuzz clusters index UTF-32 code points).
    starts = sorted({info.cluster for info in infos})
    end_of = {start: (starts[i + 1] if i + 1 < len(starts) else len(text))
              for i, start in enumerate(starts)}  # fmt: skip
    glyphs_in: dict[int, int] = {}
    for info in infos:
        glyphs_in[info.cluster] = glyphs_in.get(info.cluster, 0) + 1
    chars: list[str] = []
    data: list[ShapeData] = []
    spans: list[tuple[int, int, str]] = []
    width = 0.0
    index = 0
    while index < len(infos):
        cluster = infos[index].cluster
        count = glyphs_in[cluster]
        cluster_text = text[cluster : end_of[cluster]]
        if rtl:  # readers reverse right-to-left text character by character: pre-reverse it
            cluster_text = cluster_text[::-1]
        group = range(index, index + count)
        if count > 1 and all(infos[i].cluster == cluster for i in group):
            spans.append((index, index + count, cluster_text))
            copy = [cluster_text] * count
        else:
            count = 1
            copy = [cluster_text]
        for offset, i in enumerate(range(index, index + count)):
            gid = infos[i].codepoint
            pos = positions[i]
            code = _code_for(font, gid, copy[offset])
            chars.append(chr(code))
            advance = pos.x_advance * scale
            width += advance
            data.append(ShapeData(cluster, advance, pos.y_advance * scale, pos.x_offset * scale,
                                  pos.y_offset * scale, font.face.charWidths[code]))  # fmt: skip
        index += count
    return Shaped(ShapedStr("".join(chars), shapeData=data), width, tuple(spans))


def utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper()


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def write_shaped(textobject, shaped: Shaped) -> None:
    """Append a shaped run to a reportlab text object (font and size already set).

    One ``TJ`` array per run: glyph codes, with a kerning number only where
    HarfBuzz's advance differs from the glyph's own width; a raised or lowered
    mark gets its own ``Ts``; multi-glyph clusters are wrapped in ``/ActualText``.
    """
    canv = textobject._canvas
    doc = canv._doc
    escape = canv._escape
    font = pdfmetrics.getFont(textobject._fontname)
    size = textobject._fontsize
    code = textobject._code
    data = shaped.text.__shapeData__
    spans = {start: (end, actual) for start, end, actual in shaped.spans}
    items: list[str] = []
    glyphs = bytearray()

    def push_glyphs() -> None:
        if glyphs:
            items.append(f"({escape(bytes(glyphs))})")
            glyphs.clear()

    def flush() -> None:
        push_glyphs()
        if items:
            code.append(f"[{' '.join(items)}] TJ")
            items.clear()

    index = 0
    span_end = -1
    for subset, chunk in font.splitString(str(shaped.text), doc):
        if subset != textobject._curSubset:
            flush()
            code.append(f"{font.getSubsetInternalName(subset, doc)} {_number(size)} Tf "
                        f"{_number(textobject._leading)} TL")  # fmt: skip
            textobject._curSubset = subset
        for byte in chunk:
            if index in spans:
                flush()
                span_end, actual = spans[index]
                code.append(f"/Span <</ActualText <{utf16_hex(actual)}>>> BDC")
            sd = data[index]
            if sd.y_offset:
                flush()
                code.append(f"{_number(size * sd.y_offset / 1000)} Ts")
            if sd.x_offset:
                push_glyphs()
                items.append(_number(-sd.x_offset))
            glyphs.append(byte)
            after = sd.width - sd.x_advance + sd.x_offset
            if abs(after) > 0.01:
                push_glyphs()
                items.append(_number(after))
            if sd.y_offset:
                flush()
                code.append("0 Ts")
            index += 1
            if index == span_end:
                flush()
                code.append("EMC")
    flush()


def pieces(text: str, font: str, base_rtl: bool | None = None) -> Iterator[tuple[str, str, bool]]:
    """(font, run, right-to-left) for each piece of a logical line, in visual order."""
    from .fonts import font_runs  # fonts imports this module for the ToUnicode CMap

    for run, rtl in level_runs(text, base_rtl):
        runs = font_runs(run, font)
        if rtl:
            runs = list(reversed(runs))
        for run_font, piece in runs:
            yield run_font, piece, rtl


def unicode_name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '')}".rstrip()
