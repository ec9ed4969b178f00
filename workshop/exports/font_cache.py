"""reportlab TrueType fonts, restored from a cache of their parsed tables when one is there.

reportlab's ``TTFont`` parses the whole font file in Python every time a process
loads it: about 75 ms for Droid Sans Fallback (the CJK fallback, 3.4 MB, 50,000
glyphs) and 12 ms for each DejaVu face, a tenth of a whole action-plan export.
The parse depends only on the file, so its result (the face's attributes: names,
metrics, the character map and widths, the glyph offsets) is kept in the user's
cache folder and set back onto a face without parsing. The font file itself is
still read: subsetting at save time and HarfBuzz need its bytes.

A cache entry is only ever a shortcut. Its file name comes from the font's path,
size and modification time, reportlab's and Python's versions and this module's
format; its content carries a CRC of itself and the font's table directory (which
holds a checksum of every table), compared with the bytes read now. A missing,
short, corrupt, foreign or unwritable entry means reportlab parses the font as
before (and the entry is written again); it never fails an export.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import struct
import sys
import tempfile
import zlib
from array import array
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import (
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
    unShapedFontGlob,
)

FORMAT = 1  # bump when what is stored changes
_MAGIC = b"DWFACE\x00\x01"
_HEAD = struct.Struct(">8sI")  # magic, CRC-32 of the payload
# Read only when subsetting at save time (hmetrics, glyphPos) or by reportlab's own
# shaper (glyphToChar): decoded on first use, since decoding them is most of a load.
_LAZY = ("hmetrics", "glyphPos", "glyphToChar")
_NOT_STORED = ("_ttf_data", "_pdfScale", "_pos", "_lazy")  # the file's bytes, a lambda, state
_PLAIN = (int, float, str, bytes, bool, type(None), list, tuple, dict)
_ENTRY = re.compile(r"-[0-9a-f]{20}\.face$")


def cache_dir() -> Path:
    """The user's cache folder for fonts (read from the environment on each call)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Delight Workshop" / "cache" / "fonts"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "delight-workshop" / "fonts"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # XDG: relative is invalid
    return base / "delight-workshop" / "fonts"


def entry_path(path: Path) -> Path:
    """Where the parsed tables of the font at *path* (as it is now) are cached."""
    stat = path.stat()
    key = repr((str(path), stat.st_size, stat.st_mtime_ns, reportlab.Version, FORMAT,
                marshal.version, sys.version_info[:2], sys.byteorder, rl_config.allowTTFSubsetting,
                rl_config.autoGenerateMissingTTFName))  # fmt: skip
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
    return cache_dir() / f"{path.stem}-{digest}.face"


class WorkshopFont(TTFont):
    """reportlab's TTFont with a quick way through ``splitString`` for printable ASCII."""

    def ascii_is_direct(self, doc: Any) -> bool:
        """True when printable ASCII is written as itself in subset 0 of *doc*.

        Once a document's subsets exist, reportlab gives printable ASCII its own code
        in subset 0 (asciiReadable), so such a run's bytes are its codes.
        """
        state = self.state.get(doc)
        if state is None:
            return False
        found = state.__dict__.get("_ascii_direct")
        if found is None:  # codes never change once given: the answer holds for the document
            assignments = state.assignments
            found = all(assignments.get(code) == code for code in range(32, 127))
            state._ascii_direct = found
        return found

    def writes_as_itself(self, text: object, doc: Any) -> bool:
        """True when *text* is written into *doc* as its own bytes, in subset 0."""
        return (isinstance(text, str) and text.isascii() and text.isprintable()
                and bool(text) and self.ascii_is_direct(doc))  # fmt: skip

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        # Every table cell and line is written through here, and reportlab looks each
        # character up in Python.
        if self.writes_as_itself(text, doc):
            return [(0, text.encode("ascii"))]
        return super().splitString(text, doc, encoding)


class CachedFace(TTFontFace):
    """A TTFontFace whose attributes came from the cache instead of a parse."""

    def __getattr__(self, name: str) -> Any:  # called only for attributes not yet set
        lazy = self.__dict__.get("_lazy")
        if lazy is not None and name in lazy:
            value = _decode(name, lazy.pop(name))
            setattr(self, name, value)
            return value
        raise AttributeError(name)


def load_font(name: str, path: Path) -> TTFont:
    """A reportlab TTFont of the file at *path*, from the cache when it holds that file."""
    path = Path(path)
    try:
        entry = entry_path(path)
    except OSError:
        entry = None
    face = _read(entry, path) if entry is not None else None
    if face is None:
        font = WorkshopFont(name, str(path))
        if entry is not None:
            _write(entry, font.face)
        return font
    font = WorkshopFont.__new__(WorkshopFont)
    # What TTFont.__init__ sets, with the restored face instead of a parsed one
    # (tests/test_pdf_font_cache.py compares the two).
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
    return font


def _directory(data: bytes) -> bytes:
    """The font's header and table directory (tags, checksums, offsets, lengths)."""
    (tables,) = struct.unpack_from(">H", data, 4)
    return data[: 12 + 16 * tables]


def _read(entry: Path, path: Path) -> CachedFace | None:
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    try:
        magic, crc = _HEAD.unpack_from(blob)
        payload = memoryview(blob)[_HEAD.size :]
        if magic != _MAGIC or zlib.crc32(payload) != crc:
            return None
        directory, eager, lazy = marshal.loads(payload)
        data = path.read_bytes()
        if _directory(data) != directory or not set(_LAZY) <= lazy.keys():
            return None
        face = CachedFace.__new__(CachedFace)
        for key, value in eager.items():
            if isinstance(value, tuple) and len(value) == 2 and value[0] == "TTFNameBytes":
                value = TTFNameBytes(value[1].encode("utf-8"), "utf-8")
            setattr(face, key, value)
        face._ttf_data = data
        face._pos = 0
        face._lazy = dict(lazy)
        face._pdfScale = _scale(face.unitsPerEm)
        return face
    except Exception:  # a damaged cache is a cache miss, whatever the damage
        return None


def _scale(units_per_em: int):
    """The face's font-units-to-PDF scale, as reportlab's parse makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _encode(name: str, value: Any) -> bytes:
    if name == "hmetrics":
        # (advance, bearing) pairs: unsigned shorts, except that reportlab keeps the last
        # advance scaled (a float) for the glyphs past numberOfHMetrics. Doubles hold both
        # exactly; subsetting takes int() of each.
        return array("d", [number for pair in value for number in pair]).tobytes()
    if name == "glyphPos":  # offsets into the glyf table (unsigned 32-bit)
        return array("L", value).tobytes()
    return marshal.dumps(value)


def _decode(name: str, blob: bytes) -> Any:
    # Subsetting indexes hmetrics and glyphPos for the few glyphs a document uses:
    # arrays are ready at once, where lists of 50,000 items took milliseconds to build.
    if name == "hmetrics":
        return Pairs(array("d", blob))
    if name == "glyphPos":
        return array("L", blob)
    return marshal.loads(blob)


class Pairs(Sequence):
    """A face's ``hmetrics`` (a list of (advance, bearing) pairs) over one flat array."""

    def __init__(self, numbers: array) -> None:
        self._numbers = numbers

    def __len__(self) -> int:
        return len(self._numbers) // 2

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._numbers[2 * index], self._numbers[2 * index + 1]


def _write(entry: Path, face: TTFontFace) -> None:
    """Store *face*'s parse (right after it, before shaping adds private codes)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)  # first: an unwritable home costs nothing
        eager: dict[str, Any] = {}
        lazy: dict[str, bytes] = {}
        for key, value in face.__dict__.items():
            if key in _NOT_STORED:
                continue
            if type(value) is TTFNameBytes:
                value = ("TTFNameBytes", value.ustr)
            elif type(value) not in _PLAIN:
                return  # something this format does not know: keep parsing
            if key in _LAZY:
                lazy[key] = _encode(key, value)
            else:
                eager[key] = value
        payload = marshal.dumps((_directory(face._ttf_data), eager, lazy))
        handle, temp = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_HEAD.pack(_MAGIC, zlib.crc32(payload)))
                out.write(payload)
            os.replace(temp, entry)  # readers see the old entry or the whole new one
        except BaseException:
            os.unlink(temp)
            raise
        _prune(entry)
    except Exception:  # no cache (read-only home, full disk) is no error
        return


def _prune(entry: Path) -> None:
    """Drop this font's entries for other versions (an updated font, app or reportlab)."""
    stem = entry.name[: -len("-0123456789abcdef0123.face")]
    for other in entry.parent.glob(f"{stem}-*.face"):
        if (
            other != entry
            and other.name[: len(stem)] == stem
            and _ENTRY.fullmatch(other.name[len(stem) :])
        ):
            other.unlink(missing_ok=True)
