"""The corpus of hard strings (tests/corpus/hard_strings.py): each is stored exactly, shown
exactly (as plain text) in the console, and found in the PDF's text as poppler extracts it."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit

from tests.corpus.hard_strings import HARD_STRINGS
from tests.pdf_extract import pdftotext
from tests.ui_fixtures import go_to, open_book_with_session
from ui.models.base import IdRole
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.exports.fonts import missing_characters
from workshop.exports.pdf import write_action_plan
from workshop.model import Phase

# Characters no printout can show: C0/C1 controls (the PDF drops them) and bidi controls
# (pdftotext adds its own around right-to-left runs).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def comparable(text: str) -> str:
    """NFKC, no unprintable characters, no white space (wrapping moves it)."""
    text = unicodedata.normalize("NFKC", _UNPRINTABLE.sub("", text))
    return "".join(text.split())


def pieces_to_find(kind: str, text: str) -> list[str]:
    """What must be found in the extracted text, in one piece.

    A right-to-left string is found whole when it has only right-to-left words; with
    digits, Latin letters or number punctuation in it, each stretch between them is
    found whole: poppler orders those stretches by the page's main direction (a
    reader's heuristic; the PDF draws them in the Unicode bidi order). Where a wide
    gap makes poppler start a new column (a tab, an ideographic space), each word.
    """
    if kind in ("control", "spaces"):
        return [comparable(word) for word in _UNPRINTABLE.sub(" ", text).split()]
    if not _RTL.search(text):
        return [comparable(text)]
    stretches, current = [], ""
    for ch in text:
        if unicodedata.bidirectional(ch) in ("L", "EN", "AN", "CS", "ES", "ET"):
            stretches.append(current)
            stretches.append(ch)
            current = ""
        else:
            current += ch
    stretches.append(current)
    return [p for p in (comparable(s).strip("()[]{}«»←") for s in stretches) if p]


@pytest.fixture(scope="module")
def corpus_pdf(tmp_path_factory) -> tuple[Path, dict[str, int], set[str]]:
    folder = tmp_path_factory.mktemp("corpus")
    book = Book.create(folder / "corpus.dwbook")
    sid = book.sessions.create("Corpus", date="2026-11-20")
    stored: dict[str, int] = {}
    for _kind, text in HARD_STRINGS:
        try:
            stored[text] = book.contributions.add(sid, "delight", text)
        except InvalidInput:
            assert _UNPRINTABLE.search(text)  # only control characters may be refused
    with missing_characters() as missing:
        path = write_action_plan(book, sid, folder / "corpus.pdf", "A4")
    for text, cid in stored.items():
        assert book.contributions.get(cid).text == text, text  # stored exactly
    book.close()
    return path, stored, missing


def test_the_corpus_covers_every_kind_the_issue_lists() -> None:
    kinds = {kind for kind, _text in HARD_STRINGS}
    assert len(HARD_STRINGS) >= 100
    assert {"latin", "greek", "cyrillic", "hebrew", "arabic", "persian", "devanagari",
            "bengali", "tamil", "thai", "chinese", "japanese", "korean", "emoji", "combining",
            "mixed", "markup", "formula", "control"} <= kinds  # fmt: skip
    assert any(ord(ch) > 0xFFFF for kind, t in HARD_STRINGS if kind in ("chinese", "japanese")
               for ch in t)  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), HARD_STRINGS, ids=[f"{k}-{i}" for i, (k, _t) in
                                                              enumerate(HARD_STRINGS)])  # fmt: skip
def test_every_hard_string_is_found_in_the_pdf(corpus_pdf, kind: str, text: str) -> None:
    path, stored, _missing = corpus_pdf
    if text not in stored:
        pytest.skip("refused with a clear message (control characters)")
    extracted = comparable(pdftotext(path))
    for piece in pieces_to_find(kind, text):
        assert piece in extracted, (kind, piece)


def test_the_pdf_has_no_replacement_character_and_every_glyph_is_shipped(corpus_pdf) -> None:
    path, _stored, missing = corpus_pdf
    assert "\ufffd" not in pdftotext(path)
    assert missing == set(), sorted(f"U+{ord(c):04X}" for c in missing)


def test_every_hard_string_shows_exactly_in_the_console(
    qtbot, console, tmp_path: Path, message_boxes
) -> None:
    sid = open_book_with_session(console, tmp_path / "corpus.dwbook")
    book = console.context.book
    ids = {}
    for _kind, text in HARD_STRINGS:
        try:
            ids[console.context.book.contributions.add(sid, "delight", text)] = text
        except InvalidInput:
            pass
    page = go_to(console, Phase.GROUP)
    model = page.model
    shown = {
        model.data(model.index(row, 0), IdRole): model.data(
            model.index(row, 0), Qt.ItemDataRole.DisplayRole
        )
        for row in range(model.rowCount())
    }
    assert len(ids) >= 100
    assert {cid: shown.get(cid) for cid in ids} == ids  # the board's model holds each exactly
    # The card editor shows each text exactly, as plain text (no markup interpreted).
    from ui.dialogs.card import CardDialog

    for cid, text in ids.items():
        dialog = CardDialog(book.contributions.get(cid), [], anonymous=True, parent=console)
        editor = dialog.findChild(QPlainTextEdit, "cardText")
        raw = editor.document().toRawText().replace("\u2029", "\n")  # keeps no-break spaces
        assert raw == text.replace("\r", "\n")  # a lone CR is a line break in an editor
        dialog.deleteLater()
    console.grab()  # the board paints every script without error


def test_shipped_fonts_are_registered_with_qt(qapp) -> None:
    from ui.app.fonts import register_shipped_fonts

    families = {f for names in register_shipped_fonts().values() for f in names}
    assert {"Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans Thai", "Symbola"} <= families
    assert "Noto Sans Bengali" in QFontDatabase.families()


def test_wrapping_never_splits_a_letter_from_its_marks() -> None:
    from workshop.exports.fonts import register_fonts
    from workshop.exports.text_layout import wrap

    register_fonts()
    text = "क्षत्रियज्ञानश्रीहिन्दी" * 3 + "👨\u200d👩\u200d👧" * 6 + "ภาษาไทยสวัสดีขอบคุณ" * 3
    lines = wrap(text, 40, "DejaVuSans", 9)
    assert len(lines) > 5 and "".join(lines) == text
    for line in lines:
        assert unicodedata.category(line[0]) not in ("Mn", "Mc", "Me"), line
        assert not line.startswith("\u200d") and not line.endswith(("\u200d", "\u094d"))
