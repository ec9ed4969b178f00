"""Every PDF the app writes embeds only the shipped fonts: no page names reportlab's
unused, non-embedded Helvetica (issue 13 item 10), whatever the scripts in it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from workshop.book import Book
from workshop.exports.certificate import write_certificate
from workshop.exports.open_actions_pdf import write_open_actions
from workshop.exports.pdf import write_action_plan

MIXED = "Café, مرحبا, שלום, नमस्ते, ภาษาไทย, 你好, 👍🏽"


def fonts_of(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            obj = font.get_object()
            names.add(str(obj["/BaseFont"]).split("+")[-1])
    return names


def test_no_pdf_names_helvetica(book: Book, session_id: int, tmp_path: Path) -> None:
    book.contributions.add(session_id, "delight", MIXED, "Ann")
    story = book.contributions.add(session_id, "hero", MIXED, credited=["Ann"])
    book.actions.plan(session_id, MIXED, owner="Ann", due="2026-12-01")
    written = [
        write_action_plan(book, session_id, tmp_path / "plan.pdf", "A4"),
        write_open_actions(book, tmp_path / "open.pdf", "A4"),
        write_certificate(book, story, tmp_path / "cert.pdf"),
    ]
    for path in written:
        fonts = fonts_of(path)
        assert fonts, path
        assert not any("Helvetica" in name for name in fonts), (path.name, fonts)
        assert b"/Helvetica" not in path.read_bytes()


def test_template_names_and_prompts_follow_the_language() -> None:
    from workshop.i18n import language
    from workshop.templates import templates

    with language("de"):
        german = templates()
    with language("ar"):
        arabic = templates()
    english = templates()
    assert german[0].name == "Begeisterungsideen" and english[0].name == "Delight ideas"
    assert arabic[0].rounds[0][1] != english[0].rounds[0][1]
    assert "Kunden" in german[0].description
