"""The recognition certificate: one page, the name, the customer's words, the date, the session."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.exports.certificate import (
    certificate_text,
    default_certificate_name,
    write_certificate,
)

STORY = (
    "When my flight was cancelled at midnight, Ann at the front desk found me a room, "
    "remembered my 8 o'clock meeting and had a taxi waiting with a coffee. <b>Thank you</b>!"
)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def story_id(book: Book, session_id: int) -> int:
    return book.contributions.add(
        session_id,
        "hero",
        STORY,
        credited=["Ann Łukasiewicz", "Bob"],
        customer="Jane Doe",
        story_date="2026-11-03",
    )


def test_certificate_reads_back_with_name_story_date_and_session(
    book: Book, story_id: int, tmp_path: Path
) -> None:
    path = write_certificate(book, story_id, tmp_path / "cert.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape, for a frame
    text = _flat(page.extract_text())
    assert "Ann Łukasiewicz" in text
    assert _flat(STORY) in text  # the customer's words, markup-looking text as typed
    assert "3 November 2026" in text
    assert "Front desk, November" in text and "20 November 2026" in text
    assert "Jane Doe" in text
    assert reader.metadata.title == "Certificate of recognition: Ann Łukasiewicz"


def test_certificate_for_another_credited_employee(
    book: Book, story_id: int, tmp_path: Path
) -> None:
    path = write_certificate(book, story_id, tmp_path / "bob.pdf", employee="Bob")
    text = _flat(PdfReader(path).pages[0].extract_text())
    assert "Bob" in text and "Łukasiewicz" not in text
    assert default_certificate_name(certificate_text(book, story_id, "Bob")) == (
        "certificate-bob-2026-11-03.pdf"
    )


def test_a_very_long_story_still_fits_one_page(book: Book, session_id: int, tmp_path: Path) -> None:
    long_story = "She listened, then she fixed it. " * 300
    sid = book.contributions.add(session_id, "hero", long_story, credited=["Chen"])
    reader = PdfReader(write_certificate(book, sid, tmp_path / "long.pdf"))
    assert len(reader.pages) == 1
    text = _flat(reader.pages[0].extract_text())
    assert text.count("She listened") > 10 and "…" in text


def test_certificate_needs_a_credited_hero_story(book: Book, session_id: int, tmp_path) -> None:
    idea = book.contributions.add(session_id, "delight", "Free umbrellas")
    with pytest.raises(InvalidInput, match="hero story"):
        write_certificate(book, idea, tmp_path / "x.pdf")
    nobody = book.contributions.add(session_id, "hero", "Great service")
    with pytest.raises(InvalidInput, match="Credit an employee"):
        write_certificate(book, nobody, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_certificate_renders_as_an_image(book: Book, story_id: int, tmp_path: Path) -> None:
    path = write_certificate(book, story_id, tmp_path / "cert.pdf", page_size="A4")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "cert")], check=True)
    image = tmp_path / "cert-1.png"
    assert image.stat().st_size > 10_000  # a drawn page, not a blank one
