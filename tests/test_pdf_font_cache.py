"""The cache of parsed fonts (workshop/exports/font_cache.py): a face restored from it is
reportlab's own parse, PDFs made with it are the same, and a bad entry is only a miss."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from workshop.book import Book
from workshop.exports import font_cache
from workshop.exports.font_cache import CachedFace, WorkshopFont, entry_path, load_font
from workshop.resources import resource

from .pdf_extract import normalised, pdftotext

MIXED = "Café Łódź, 为客人准备热茶, مرحبا بكم, שלום, नमस्ते, ภาษาไทย, 한국어, 👍🏽"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(font_cache, "cache_dir", lambda: folder)
    return folder


def _cached(name: str, file: str) -> tuple[TTFont, TTFont]:
    """(reportlab's parse, the font restored from a fresh entry) of a shipped font."""
    path = resource("fonts", file)
    parsed = load_font(name, path)  # a miss: parses and writes the entry
    assert not isinstance(parsed.face, CachedFace)
    assert entry_path(path).is_file()
    restored = load_font(name, path)
    assert isinstance(restored.face, CachedFace), "the entry just written was not used"
    return parsed, restored


@pytest.mark.parametrize("file", ["DroidSansFallback.ttf", "DejaVuSans.ttf",
                                  "NotoSansArabic-Regular.ttf"])  # fmt: skip
def test_restored_face_is_reportlabs_parse(cache: Path, file: str) -> None:
    reference = TTFont("Reference", str(resource("fonts", file)))
    _parsed, restored = _cached("Restored", file)
    face, expected = restored.face, reference.face
    for key, value in vars(expected).items():
        if key == "_pos":  # the parser's read position: every read seeks first
            continue
        if key == "_pdfScale":
            assert face._pdfScale(1234) == value(1234)
        elif key in ("hmetrics", "glyphPos"):
            assert list(getattr(face, key)) == list(value), key
        else:
            assert getattr(face, key) == value, key
            if hasattr(value, "ustr"):
                assert getattr(face, key).ustr == value.ustr, key
    # The font around the face: what TTFont.__init__ sets, and nothing else.
    assert set(vars(restored)) == set(vars(reference))
    for key in ("encoding", "state", "face", "fontName"):
        del vars(reference)[key], vars(restored)[key]
    assert vars(restored) == vars(reference)


def test_subset_embedded_from_a_restored_face_is_the_same(cache: Path) -> None:
    reference = TTFont("Reference", str(resource("fonts", "DroidSansFallback.ttf")))
    _parsed, restored = _cached("Restored", "DroidSansFallback.ttf")
    subset = [0, *map(ord, "Tea 为客人准备热茶。한국어"), 0x20]
    assert restored.face.makeSubset(subset) == reference.face.makeSubset(subset)


def test_split_string_gives_reportlabs_codes(cache: Path) -> None:
    _parsed, font = _cached("QuickSplit", "DejaVuSans.ttf")
    reference = TTFont("Reference", str(resource("fonts", "DejaVuSans.ttf")))
    doc_a, doc_b = Canvas("a.pdf")._doc, Canvas("b.pdf")._doc
    for text in ["Plain text", "Ünïcødé and ASCII", "(brackets) \\ 100%", "", "x" * 300,
                 "Ελληνικά", "Plain again ~ {}", "tab\tand\x7f", "\u00a0nbsp"]:  # fmt: skip
        assert font.splitString(text, doc_a) == reference.splitString(text, doc_b), text


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: b"",
        lambda blob: blob[: len(blob) // 2],
        lambda blob: blob[:40] + bytes([blob[40] ^ 0xFF]) + blob[41:],
        lambda blob: b"not a cache entry at all" * 10,
        lambda blob: blob[:8] + b"\0\0\0\0" + blob[12:],
    ],
    ids=["empty", "truncated", "flipped-byte", "garbage", "bad-crc"],
)
def test_damaged_entry_is_a_miss(cache: Path, damage) -> None:
    path = resource("fonts", "DejaVuSans.ttf")
    load_font("Damaged", path)
    entry = entry_path(path)
    entry.write_bytes(damage(entry.read_bytes()))
    font = load_font("Damaged", path)
    assert not isinstance(font.face, CachedFace)
    assert font.face.charWidths == TTFont("Reference", str(path)).face.charWidths
    assert isinstance(load_font("Damaged", path).face, CachedFace), "the entry was not rewritten"


def test_entry_of_another_font_is_not_used(cache: Path) -> None:
    regular, bold = resource("fonts", "DejaVuSans.ttf"), resource("fonts", "DejaVuSans-Bold.ttf")
    load_font("Bold", bold)
    entry_path(regular).parent.mkdir(parents=True, exist_ok=True)
    entry_path(regular).write_bytes(entry_path(bold).read_bytes())
    font = load_font("Regular", regular)
    assert not isinstance(font.face, CachedFace)
    assert font.face.name == TTFont("Reference", str(regular)).face.name


def test_unwritable_cache_folder_still_loads(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(font_cache, "cache_dir", lambda: blocker / "fonts")
    font = load_font("NoCache", resource("fonts", "DejaVuSans.ttf"))
    assert isinstance(font, WorkshopFont) and font.face.charWidths


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("XDG_CACHE_HOME is the Linux and BSD convention")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert font_cache.cache_dir() == tmp_path / "delight-workshop" / "fonts"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # invalid per the spec: ignored
    assert font_cache.cache_dir() == Path.home() / ".cache" / "delight-workshop" / "fonts"


# -- whole exports, one process each, as a user runs them ---------------------------------
def _fonts(path: Path) -> dict[str, bytes]:
    """Every embedded font subset: its name and its font file."""
    found = {}
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            obj = font.get_object()
            descriptor = obj["/FontDescriptor"].get_object()
            found[str(obj["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return found


def _export(book: Path, out: Path, cache: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    exe = [sys.executable, "-m", "ui.app.launcher", "export", str(book), "-o", str(out),
           "--page-size", "a4"]  # fmt: skip
    subprocess.run(exe, env=env, check=True, capture_output=True)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the cache follows XDG here")
def test_exports_with_and_without_the_cache_are_the_same(tmp_path: Path) -> None:
    path = tmp_path / "mixed.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Mixed scripts", date="2026-11-20", participants=["Ann"])
        for n in range(30):
            book.contributions.add(sid, "delight", f"{n}: {MIXED}", "Ann")
        book.actions.plan(sid, MIXED, owner="Ann", due="2026-12-01")
    cache = tmp_path / "cache"
    _export(path, tmp_path / "parsed.pdf", cache)  # no cache yet: parses, writes entries
    entries = sorted((cache / "delight-workshop" / "fonts").glob("*.face"))
    names = {entry.name.rsplit("-", 1)[0] for entry in entries}
    assert {"DroidSansFallback", "DejaVuSans", "NotoSansArabic-Regular"} <= names
    before = {entry: (entry.stat().st_ino, entry.stat().st_mtime_ns) for entry in entries}

    _export(path, tmp_path / "cached.pdf", cache)
    after = {entry: (entry.stat().st_ino, entry.stat().st_mtime_ns) for entry in entries}
    assert after == before, "the second export parsed the fonts again instead of using the cache"
    parsed_text = normalised(pdftotext(tmp_path / "parsed.pdf"))
    assert "为客人准备热茶" in parsed_text
    assert normalised(pdftotext(tmp_path / "cached.pdf")) == parsed_text
    assert _fonts(tmp_path / "cached.pdf") == _fonts(tmp_path / "parsed.pdf")

    for entry in entries:  # every entry damaged: the export parses again, the same PDF
        entry.write_bytes(entry.read_bytes()[:100])
    _export(path, tmp_path / "damaged.pdf", cache)
    assert normalised(pdftotext(tmp_path / "damaged.pdf")) == parsed_text
    assert _fonts(tmp_path / "damaged.pdf") == _fonts(tmp_path / "parsed.pdf")
