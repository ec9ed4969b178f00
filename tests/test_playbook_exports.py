"""The recovery playbook printed for the front line: a page a mishap, pocket cards with cut
marks, Markdown and CSV; same fonts and escaping as every other export; the CLI writes them."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import date
from html import unescape
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from tests.test_export_pdf import flat, pdf_text
from workshop import cli
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.exports.playbook_cards import (
    CARD_H,
    CARD_W,
    MARK,
    MARK_GAP,
    sheet_for,
    write_playbook_cards,
)
from workshop.exports.playbook_data import build_playbook
from workshop.exports.playbook_pdf import write_playbook_pdf
from workshop.exports.playbook_text import render_playbook_csv, render_playbook_markdown

PRINTED = date(2026, 11, 20)
SCRIPTS = [
    "Заказ перепутан, гость ждёт",
    "注文を間違えた",
    "الطلب خاطئ والعميل ينتظر",
    "Emoji 🎉 and Ł Ż ğ",
]


def fill_playbook(book: Book, extra: int = 0) -> list[int]:
    ids = [
        book.playbook.add(
            "Room not ready at check-in",
            apology="We are so sorry: your room is not ready yet.",
            fix="Store the bags and text the guest the moment the room is ready",
            fix_by="Front desk",
            fix_hours=2,
            extra="A drink at the bar <b>on us</b> & a <font size=60>smile</font>",
            authoriser="Shift lead",
            spend_limit="£15",
        ),
        book.playbook.add('=HYPERLINK("http://x")', apology="+1 sorry", fix_hours=24),
    ]
    for text in SCRIPTS[: max(0, extra)]:
        ids.append(book.playbook.add(text, apology=text, fix=text, extra=text))
    return ids


def text_runs(path: Path) -> list[list[tuple[float, float, float, str]]]:
    """Per page, (x0, x1, y, word) of every word drawn, y from the bottom as in PDF.

    Poppler's own layout (``pdftotext -bbox``) measures the glyphs as drawn, shaped
    scripts included.
    """
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in re.findall(
        r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", html, re.S
    ):
        height = float(page[1])
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page[2],
        )
        pages.append([(float(a), float(c), height - float(d), unescape(w))
                      for a, _b, c, d, w in words])  # fmt: skip
    return pages


def test_the_playbook_pdf_has_a_page_a_mishap_in_large_type(book: Book, tmp_path: Path) -> None:
    fill_playbook(book)
    path = write_playbook_pdf(book, tmp_path / "playbook.pdf", "a4", printed=PRINTED)
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    first = flat(reader.pages[0].extract_text())
    assert "Room not ready at check-in" in first
    assert "We are so sorry: your room is not ready yet." in first
    assert "A drink at the bar <b>on us</b> & a <font size=60>smile</font>" in first
    assert "Shift lead, up to £15" in first and "within 2 hours" in first
    assert "Page 1 of 2" in first and "20 November 2026" in first
    second = flat(reader.pages[1].extract_text())
    assert '=HYPERLINK("http://x")' in second and "Not agreed yet" in second

    sizes: list[float] = []

    def visit(text, cm, tm, font_dict, size) -> None:
        if "Room not ready" in text:
            sizes.append(size * cm[0])

    reader.pages[0].extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 24  # readable at arm's length


def test_every_script_prints_in_the_playbook_pdf_and_nothing_overflows(
    book: Book, tmp_path: Path
) -> None:
    fill_playbook(book, extra=len(SCRIPTS))
    path = write_playbook_pdf(book, tmp_path / "playbook.pdf", "letter", printed=PRINTED)
    text = flat(pdf_text(path))
    assert "Заказ перепутан, гость ждёт" in text and "注文を間違えた" in text
    assert "🎉" in text  # the shipped symbol font draws it, and it copies as itself
    width = float(PdfReader(path).pages[0].mediabox.width)
    for page in text_runs(path):
        for x0, x1, _y, run in page:
            assert x0 >= 40 and x1 <= width - 40, run


def test_pocket_cards_are_credit_card_size_ten_to_an_a4_sheet_with_cut_marks(
    book: Book, tmp_path: Path
) -> None:
    for n in range(12):
        book.playbook.add(f"Mishap {n + 1}", apology="Sorry " * (n * 6 + 1),
                          fix="Put it right " * (n * 4 + 1), extra="Cake", authoriser="Manager",
                          spend_limit="€20")  # fmt: skip
    path = write_playbook_cards(book, tmp_path / "cards.pdf", "a4", printed=PRINTED)
    reader = PdfReader(path)
    assert len(reader.pages) == 2  # 10 + 2
    assert round(float(reader.pages[0].mediabox.width)) == round(A4[0])
    sheet = sheet_for(A4)
    assert (sheet.columns, sheet.rows) == (2, 5)
    assert sheet_for(LETTER).per_sheet == 8
    assert round(CARD_W / 72 * 25.4, 1) == 85.6 and round(CARD_H / 72 * 25.4, 1) == 54.0
    first = flat(reader.pages[0].extract_text())
    for n in range(1, 11):
        assert f"Mishap {n} " in first + " "
    for label in ("Say", "Fix", "Extra", "OK'd by", "Manager, up to €20", "cut along the marks"):
        assert label in first
    # Every line of a card stays inside its card: nothing crosses a cut.
    for page in text_runs(path):
        for x0, x1, y, run in page:
            if y < sheet.bottom:
                continue  # the footer under the cards
            column = int((x0 - sheet.left) // CARD_W)
            assert 0 <= column < sheet.columns, run
            assert x1 <= sheet.left + (column + 1) * CARD_W - 2, run
            row_top = sheet.bottom + (int((y - sheet.bottom) // CARD_H) + 1) * CARD_H
            assert y <= row_top - 4, run


def test_a_card_too_long_ends_its_fields_with_an_ellipsis(book: Book, tmp_path: Path) -> None:
    book.playbook.add("A very long mishap " * 12, apology="Sorry " * 200, fix="Fix " * 200)
    path = write_playbook_cards(book, tmp_path / "cards.pdf", "a4", printed=PRINTED)
    text = pdf_text(path)
    assert "…" in text
    assert text.count("Sorry") < 200


def test_cards_print_every_script(book: Book, tmp_path: Path) -> None:
    fill_playbook(book, extra=len(SCRIPTS))
    path = write_playbook_cards(book, tmp_path / "cards.pdf", "letter", printed=PRINTED)
    text = flat(pdf_text(path))
    assert "注文を間違えた" in text and "Заказ перепутан" in text
    assert "<b>on us</b>" in text


def test_markdown_and_csv_escape_what_the_room_typed(book: Book) -> None:
    fill_playbook(book)
    book.playbook.record_use(book.playbook.list()[0].id, "2026-11-01", outcome="worked")
    doc = build_playbook(book, PRINTED)
    md = render_playbook_markdown(doc)
    assert "## 1. Room not ready at check-in" in md
    assert "\\<b\\>on us\\</b\\>" in md and "<b>" not in md
    assert "Used: 1 use: 1 worked." in md
    rows = list(csv.reader(io.StringIO(render_playbook_csv(doc))))
    assert rows[0][:3] == ["number", "mishap", "apology"]
    assert rows[2][1] == '\'=HYPERLINK("http://x")' and rows[2][2] == "'+1 sorry"
    assert rows[1][10:12] == ["1", "1"]


def test_an_empty_playbook_is_refused_with_one_line(book: Book, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="playbook is empty"):
        write_playbook_cards(book, tmp_path / "cards.pdf", "a4")
    assert not (tmp_path / "cards.pdf").exists()


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("playbook-pdf", "recovery-playbook-team.pdf"), ("playbook-cards", "recovery-cards-team.pdf"),
     ("playbook-md", "recovery-playbook-team.md"), ("playbook-csv", "recovery-playbook-team.csv")],
)  # fmt: skip
def test_the_export_command_writes_each_playbook_format(
    book: Book, book_path: Path, tmp_path: Path, monkeypatch, capsys, fmt: str, name: str
) -> None:
    fill_playbook(book)
    before = book.playbook.records()
    book.close()
    monkeypatch.chdir(tmp_path)
    assert cli.main(["export", str(book_path), "--format", fmt]) == 0
    assert (tmp_path / name).stat().st_size > 200
    assert "(2 entries)" in capsys.readouterr().out
    with Book.open(book_path) as again:  # an export changes nothing in the book
        assert again.playbook.records() == before


def test_the_export_command_refuses_a_pdf_on_standard_output(book: Book, book_path: Path,
                                                             capsys) -> None:  # fmt: skip
    fill_playbook(book)
    assert cli.main(["export", str(book_path), "--format", "playbook-md", "-o", "-"]) == 0
    assert "# Recovery playbook: team" in capsys.readouterr().out
    assert cli.main(["export", str(book_path), "--format", "playbook-cards", "-o", "-"]) == 1
    assert "cannot go to standard output" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_the_printed_sheet_has_cut_marks_on_every_card_edge_and_nothing_else_in_the_margin(
    book: Book, tmp_path: Path
) -> None:
    for n in range(3):  # two rows of cards: marks for those rows only
        book.playbook.add(f"Mishap {n + 1}", apology="Sorry", fix="Fix", extra="Cake")
    path = write_playbook_cards(book, tmp_path / "cards.pdf", "a4", printed=PRINTED)
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-singlefile", str(path),
                    str(tmp_path / "sheet")], check=True)  # fmt: skip
    image = Image.open(tmp_path / "sheet.png").convert("L")
    height = image.height
    sheet = sheet_for(A4)
    top = sheet.bottom + sheet.rows * CARD_H

    def dark(x: float, y: float) -> bool:  # points from the bottom left, as reportlab counts
        return any(image.getpixel((round(x) + dx, height - round(y))) < 128 for dx in (-1, 0, 1))

    above = top + MARK_GAP + MARK / 2
    for column in range(sheet.columns + 1):
        assert dark(sheet.left + column * CARD_W, above), f"cut mark above edge {column}"
    assert not dark(sheet.left + CARD_W / 2, above)  # nothing between the marks
    left_of = sheet.left - MARK_GAP - MARK / 2
    for row in range(3):  # the top edge of each of the two rows, and the bottom of the last
        assert dark(left_of, top - row * CARD_H), f"cut mark at row edge {row}"
    assert not dark(left_of, top - 3 * CARD_H)  # no third row of cards, no mark for it
    # The cards' own ink stays inside the cards: the margin beside them is blank.
    right = sheet.left + sheet.columns * CARD_W
    for y in range(int(top - 2 * CARD_H) + 3, int(top) - 3, 6):
        assert not dark(right + MARK_GAP / 2, y)
