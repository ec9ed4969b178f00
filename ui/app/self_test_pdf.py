"""Just enough PDF reading for the self-test: the text of a PDF that reportlab wrote.

The bundled app carries no PDF reader (pypdf is a test dependency), yet its
self-test must show that the exported action plan really contains the session
title. reportlab writes plain (not compressed) objects, streams filtered with
ASCII85 and/or Flate, and a ToUnicode map for every embedded TrueType subset;
this follows those maps. It is not a general PDF parser (tests compare it with
pypdf on a real export).
"""

from __future__ import annotations

import base64
import re
import zlib

_OBJECT = re.compile(rb"(\d+)\s+0\s+obj\b(.*?)\bendobj", re.S)
_STREAM = re.compile(rb"^(.*?)\bstream\r?\n(.*?)\r?\n?endstream", re.S)
_REFERENCE = re.compile(rb"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R")
_TOUNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
# In a content stream: a font selection, a literal string or a hex string.
_TOKEN = re.compile(
    rb"/([^\s/<>\[\]()]+)\s+[-\d.]+\s+Tf|\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>", re.S
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}

CMap = dict[int, str]


def _decode_stream(head: bytes, data: bytes) -> bytes:
    for name in re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)\b", head):  # in listed order
        if name in (b"ASCII85Decode", b"A85"):
            data = base64.a85decode(data.strip().removesuffix(b"~>").replace(b"\n", b""))
        elif name in (b"FlateDecode", b"Fl"):
            data = zlib.decompress(data)
    return data


def _unescape(raw: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i : i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = raw[i + 1 : i + 2]
        octal = re.match(rb"[0-7]{1,3}", raw[i + 1 : i + 4])
        if octal:
            out.append(int(octal.group(), 8) & 0xFF)
            i += 1 + len(octal.group())
        elif nxt in (b"\n", b"\r"):
            i += 2  # a line continuation
        else:
            out += _ESCAPES.get(nxt, nxt)
            i += 2
    return bytes(out)


def _utf16(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")


def _parse_cmap(data: bytes) -> CMap:
    cmap: CMap = {}
    for block in _BFCHAR.findall(data):
        codes = _HEX.findall(block)
        for src, dst in zip(codes[::2], codes[1::2], strict=False):
            cmap[int(src, 16)] = _utf16(dst)
    for block in _BFRANGE.findall(data):
        codes = _HEX.findall(block)
        for lo, hi, dst in zip(codes[::3], codes[1::3], codes[2::3], strict=False):
            start = int(dst, 16)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                cmap[code] = chr(start + offset)
    return cmap


def pdf_text(data: bytes) -> str:
    """The text drawn on the pages of *data*, in drawing order (one string per show)."""
    heads: dict[int, bytes] = {}
    streams: dict[int, bytes] = {}
    for number, body in _OBJECT.findall(data):
        num = int(number)
        match = _STREAM.match(body.lstrip())
        if match:
            heads[num] = match.group(1)
            try:
                streams[num] = _decode_stream(match.group(1), match.group(2))
            except (ValueError, zlib.error):
                streams[num] = b""
        else:
            heads[num] = body
    cmaps: dict[int, CMap] = {}
    for num, head in heads.items():
        if b"/Font" in head and (ref := _TOUNICODE.search(head)):
            cmaps[num] = _parse_cmap(streams.get(int(ref.group(1)), b""))
    # Resource names (/F2+0) of the fonts that have a map, from every dictionary.
    fonts: dict[bytes, CMap] = {}
    for head in heads.values():
        for name, target in _REFERENCE.findall(head):
            if int(target) in cmaps:
                fonts[name] = cmaps[int(target)]
    pieces: list[str] = []
    for stream in streams.values():
        if b"BT" not in stream:
            continue
        cmap: CMap | None = None
        for font, literal, hexstring in _TOKEN.findall(stream):
            if font:
                cmap = fonts.get(font)
                continue
            raw = _unescape(literal) if literal else bytes.fromhex(hexstring.decode() or "")
            if cmap is None:
                pieces.append(raw.decode("latin-1"))
            else:
                pieces.append("".join(cmap.get(code, "\ufffd") for code in raw))
    return "\n".join(pieces)


def squeeze(text: str) -> str:
    """*text* without any white space (line breaks in a PDF fall between words)."""
    return "".join(text.split())
