"""The action-plan PDF, read back with pypdf: content, order, scripts, long text, paper, metadata."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from tests.pdf_extract import normalised, pdftotext
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.exports import pdf as pdf_module
from workshop.exports.fonts import cjk_font, missing_characters, register_fonts
from workshop.exports.pdf import write_action_plan
from workshop.exports.text_layout import measure, wrap

MARKUP = "Fix <b>x</b> <img src=x> & <font size=60>big</font>"
CJK_LINE = "为客人准备热茶和一张手写的感谢卡。한국어 문장도 있습니다."
ARABIC_LINE = "مرحبا بكم في مكتب الاستقبال"
HEBREW_LINE = "שלום עולם"
EMOJI_LINE = "Free coffee ☕ with a smile 😀"
GREEK_NAME = "Σωκράτης Παπαδόπουλος"
CYRILLIC_NAME = "Дмитрий Иванов"
ACTIONS = [
    ("Buy a kettle for the lobby", "Ann", "2026-12-01"),
    ("Hand-written thank-you cards", GREEK_NAME, "2026-12-05"),
    ("Fix the booking screen", CYRILLIC_NAME, "2026-12-10"),
    ("Call every guest back within a day", "王小明", "2026-12-20"),
]


def rich_session(book: Book, *, anonymous: bool = False, actions: bool = True) -> int:
    """A session with every kind of contribution, scripts, markup, votes, themes and actions."""
    sid = book.sessions.create(
        "Front desk <b>November</b>",
        date="2026-11-20",
        facilitator=CYRILLIC_NAME,
        rounds=[
            ("delight", "How could we <i>delight</i> a guest?"),
            ("obstacle", "What blocks us?"),
        ],
        participants=["Ann", "Bob", "Chen", GREEK_NAME],
        anonymous=anonymous,
    )
    theme = book.themes.create(sid, "Small <u>extras</u>")
    ids = [
        book.contributions.add(sid, "delight", MARKUP, "Ann"),
        book.contributions.add(sid, "delight", EMOJI_LINE, GREEK_NAME),
        book.contributions.add(sid, "value", CJK_LINE, "王小明"),
        book.contributions.add(
            sid, "obstacle", ARABIC_LINE, "أحمد", way_around=HEBREW_LINE, remover=CYRILLIC_NAME
        ),
        book.contributions.add(
            sid,
            "hero",
            "Ann stayed late <script>x</script>",
            "Chen",
            credited=["Ann", "Ёжик"],
            hero_type="recovery",
            customer="Mr <Smith>",
        ),
    ]
    book.contributions.set_theme(ids[:2], theme)
    for voter, item in [("Ann", 0), ("Bob", 0), ("Chen", 0), ("Ann", 2), ("Bob", 3)]:
        book.votes.cast(sid, ids[item], voter)
    if actions:
        for (what, owner, due), source in zip(ACTIONS, ids, strict=False):
            book.actions.plan(
                sid, what, owner=owner, due=due, first_step=f"First: {what}",
                help_needed="Budget <50 €>", contribution_id=source,
            )  # fmt: skip
    return sid


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces and Arabic presentation forms undone."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def rich(book: Book) -> int:
    return rich_session(book)


def test_every_action_owner_and_due_date_appears_in_rank_order(
    book: Book, rich: int, tmp_path: Path
) -> None:
    first = flat(pdf_text(write_action_plan(book, rich, tmp_path / "a.pdf", "A4")))
    positions = [first.index(what) for what, _owner, _due in ACTIONS]
    assert positions == sorted(positions)
    for what, owner, due in ACTIONS:
        row = first[first.index(what) :][:300]
        assert owner in row and due in row
    # The rank is the facilitator's order, not the order of entry.
    last_id = book.actions.list(rich)[-1].id
    book.actions.move(last_id, 0)
    moved = flat(pdf_text(write_action_plan(book, rich, tmp_path / "b.pdf", "A4")))
    order = [moved.index(what) for what, _o, _d in ACTIONS]
    assert order[3] < order[0] < order[1] < order[2]


def test_user_markup_is_printed_literally_and_never_interpreted(
    book: Book, rich: int, tmp_path: Path
) -> None:
    path = write_action_plan(book, rich, tmp_path / "plan.pdf", "A4")
    text = flat(pdf_text(path))
    assert MARKUP in text
    assert "Front desk <b>November</b>" in text
    assert "Ann stayed late <script>x</script>" in text
    assert "Small <u>extras</u>" in text and "Mr <Smith>" in text
    assert "Budget <50 €>" in text
    reader = PdfReader(path)
    for page in reader.pages:  # <img src=x> did not make reportlab embed anything
        resources = page.get("/Resources") or {}
        assert "/XObject" not in resources


def test_scripts_emoji_and_names_print_with_the_shipped_fonts(
    book: Book, rich: int, tmp_path: Path
) -> None:
    path = write_action_plan(book, rich, tmp_path / "plan.pdf", "A4")
    text = flat(pdf_text(path))
    for expected in (GREEK_NAME, CYRILLIC_NAME, "Ёжик", CJK_LINE, EMOJI_LINE, HEBREW_LINE):
        assert expected in text, expected
    # Arabic is shaped and drawn right to left; poppler reads it back in logical order,
    # with the letters themselves (no presentation forms, no NFKC needed).
    raw = pdftotext(path)
    assert ARABIC_LINE in raw and HEBREW_LINE in raw
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in raw)
    drawn_with: set[str] = set()

    def visit(text, _cm, _tm, font_dict, _size) -> None:
        if text.strip() and font_dict:
            drawn_with.add(str(font_dict["/BaseFont"]).split("+")[-1])

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    # Every glyph comes from the shipped fonts, none from the Latin-1-only Helvetica.
    assert drawn_with == {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback",
                          "NotoSansArabic-Regular", "NotoSansHebrew-Regular"}  # fmt: skip
    for page in PdfReader(path).pages:  # and no page even names Helvetica
        assert "/Font" not in page["/Resources"] or all(
            "Helvetica" not in str(font.get_object()["/BaseFont"])
            for font in page["/Resources"]["/Font"].values()
        )


def test_a_character_no_font_has_is_reported_and_still_copies(
    book: Book, session_id: int, tmp_path: Path
) -> None:
    # U+1FAE8 (shaking face, Unicode 15) is in no shipped font.
    book.contributions.add(session_id, "delight", "Party \U0001fae8 time \x00\x07 bell 🎉")
    with missing_characters() as missing:
        path = write_action_plan(book, session_id, tmp_path / "p.pdf", "A4")
    assert missing == {"\U0001fae8"}
    text = normalised(pdftotext(path))
    assert "Party \U0001fae8 time bell 🎉" in text  # the blank still copies as the character
    assert "\ufffd" not in text


def test_a_100_kb_contribution_flows_across_pages(
    book: Book, session_id: int, tmp_path: Path
) -> None:
    long_text = "BEGINNING " + ("The queue at check-in is too long. " * 2900) + " THE-END"
    assert len(long_text.encode()) > 100_000
    one_word = "x" * 20_000  # no space to break at: cut between characters
    book.contributions.add(session_id, "delight", long_text, "Ann")
    book.contributions.add(session_id, "delight", one_word, "Bob")
    path = write_action_plan(book, session_id, tmp_path / "long.pdf", "A4")
    reader = PdfReader(path)
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) > 20
    start = next(i for i, t in enumerate(pages) if "BEGINNING" in t)
    end = next(i for i, t in enumerate(pages) if "THE-END" in t)
    assert end - start > 15
    assert sum(t.count("The queue at check-in") for t in pages) == 2900
    assert sum(t.count("x") for t in pages) >= 20_000
    for number, t in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in t
    assert_nothing_overflows(reader)


def assert_nothing_overflows(reader: PdfReader, margin: float = 40.0) -> None:
    """Every line of text starts and ends inside the page's side margins."""
    register_fonts()
    cjk_font()
    for number, page in enumerate(reader.pages, start=1):
        width = float(page.mediabox.width)
        lines: dict[tuple, list[tuple[str, str, float]]] = {}

        def visit(text, cm, tm, font_dict, size, lines=lines) -> None:
            text = text.replace("\n", "")
            name = str((font_dict or {}).get("/BaseFont", "")).split("+")[-1]
            if text.strip() and name in pdfmetrics.getRegisteredFontNames():
                key = (tuple(round(v, 2) for v in cm), tuple(round(v, 2) for v in tm))
                lines.setdefault(key, []).append((text, name, size))

        page.extract_text(visitor_text=visit)
        for (cm, tm), runs in lines.items():
            x0 = cm[0] * tm[4] + cm[4]
            x1 = x0 + cm[0] * sum(pdfmetrics.stringWidth(t, f, s) for t, f, s in runs)
            text = "".join(t for t, _f, _s in runs)[:40]
            assert x0 >= margin and x1 <= width - margin, f"page {number}: {text!r} {x0}-{x1}"


def test_nothing_overflows_with_every_script_on_letter_paper(
    book: Book, rich: int, tmp_path: Path
) -> None:
    path = write_action_plan(book, rich, tmp_path / "letter.pdf", "Letter")
    assert_nothing_overflows(PdfReader(path))


@pytest.mark.parametrize(
    "text, width",
    [
        ("word " * 400, 120.0),
        ("y" * 3000, 80.0),
        (CJK_LINE * 30, 100.0),
        ((ARABIC_LINE + " ") * 30, 90.0),
        ("a\n\nb\r\nc\u2028d\ttab", 50.0),
    ],
)
def test_wrapped_lines_never_exceed_the_width(text: str, width: float) -> None:
    font = register_fonts().regular
    lines = wrap(text, width, font, 8.4)
    assert lines
    assert all(measure(line, font, 8.4) <= width + 0.01 for line in lines)


def test_a_session_without_actions_still_makes_a_useful_plan(book: Book, tmp_path: Path) -> None:
    sid = rich_session(book, actions=False)
    text = flat(pdf_text(write_action_plan(book, sid, tmp_path / "none.pdf", "A4")))
    assert "No actions were planned in this session." in text
    assert "most-voted items, still to be turned into actions" in text
    assert MARKUP in text  # the top item is listed for the next step
    assert "5 contributions" in text and "Appendix" in text


def test_an_empty_session_does_not_crash(book: Book, session_id: int, tmp_path: Path) -> None:
    text = flat(pdf_text(write_action_plan(book, session_id, tmp_path / "empty.pdf", "A4")))
    assert "Front desk, November" in text
    assert "Nothing was contributed in this session." in text
    assert "Page 1 of" in text


def test_letter_and_a4_page_sizes(book: Book, rich: int, tmp_path: Path) -> None:
    a4 = PdfReader(write_action_plan(book, rich, tmp_path / "a4.pdf", "A4")).pages[0]
    letter = PdfReader(write_action_plan(book, rich, tmp_path / "l.pdf", "letter")).pages[0]
    assert (round(float(a4.mediabox.width)), round(float(a4.mediabox.height))) == (595, 842)
    assert (round(float(letter.mediabox.width)), round(float(letter.mediabox.height))) == (612, 792)
    with pytest.raises(InvalidInput, match="page size"):
        write_action_plan(book, rich, tmp_path / "x.pdf", "A3")


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"LC_ALL": "en_US.UTF-8"}, "Letter"),
        ({"LC_PAPER": "fr_CA.UTF-8"}, "Letter"),
        ({"LANG": "es_MX.UTF-8"}, "Letter"),
        ({"LANG": "en_PH.UTF-8"}, "Letter"),
        ({"LANG": "de_DE.UTF-8"}, "A4"),
        ({"LANG": "en_GB.UTF-8"}, "A4"),
        ({"LANG": "en_IN"}, "A4"),
        ({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}, "Letter"),
        ({"LANG": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "Letter"),
        # Issue 13: Python 3.11 reads C.UTF-8 as en_US; these have no territory: A4.
        ({"LANG": "C.UTF-8"}, "A4"),
        ({"LANG": "C"}, "A4"),
        ({"LANG": "POSIX"}, "A4"),
        ({}, "A4"),
    ],
)
def test_page_size_follows_the_locale(env: dict[str, str], expected: str) -> None:
    """The real locale lookup, in a child process started under each environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    code = "from workshop.exports.pdf import locale_page_size; print(locale_page_size())"
    result = subprocess.run([sys.executable, "-c", code], env={**clean, **env},
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert result.stdout.strip() == expected


@pytest.mark.parametrize("lang", ["C.UTF-8", "C", "POSIX", None])
def test_export_paper_is_a4_under_c_locales(tmp_path: Path, lang: str | None) -> None:
    """delight-workshop export, page size auto, as a user runs it under LANG=C.UTF-8."""
    from .test_cli import run_script

    book = tmp_path / "b.dwbook"
    assert run_script("demo", book).returncode == 0
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env = {**clean, **({"LANG": lang} if lang else {})}
    exe = [sys.executable, "-m", "ui.app.launcher", "export", str(book), "-o",
           str(tmp_path / "p.pdf")]  # fmt: skip
    subprocess.run(exe, env=env, check=True, capture_output=True)
    page = PdfReader(tmp_path / "p.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_metadata_header_and_footer(book: Book, rich: int, tmp_path: Path) -> None:
    book.contributions.add(rich, "delight", "Long enough to need a second page. " * 400)
    reader = PdfReader(write_action_plan(book, rich, tmp_path / "m.pdf", "A4"))
    assert reader.metadata.title == "Action plan: Front desk <b>November</b>"
    assert reader.metadata.author == CYRILLIC_NAME
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) >= 3
    for number, (page, text) in enumerate(zip(reader.pages, pages, strict=True), start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "printed 20 November 2026" in text
        header: list[str] = []
        top = float(page.mediabox.height) - 60

        def visit(text, cm, tm, _font, _size, header=header, top=top) -> None:
            if cm[5] + tm[5] > top and text.strip():
                header.append(text.strip())

        page.extract_text(visitor_text=visit)
        if number > 1:  # the running header: the session title and date in the top margin
            assert header == ["20 November 2026", "Front desk <b>November</b>"]
        else:  # the cover block carries the title on page 1
            assert header == []


def test_table_header_rows_repeat_on_every_page_a_table_spans(
    book: Book, session_id: int, tmp_path: Path
) -> None:
    for n in range(60):
        book.actions.plan(session_id, f"Action number {n:02d} " + "with words " * 12, owner="Ann")
    pages = [flat(p.extract_text()) for p in PdfReader(
        write_action_plan(book, session_id, tmp_path / "t.pdf", "A4")).pages]  # fmt: skip
    spanned = [t for t in pages if "Action number" in t]
    assert len(spanned) >= 3
    assert all("# Action Owner Due Status Votes" in t for t in spanned)


def test_follow_up_lists_earlier_open_actions_and_those_closed_since(
    book: Book, tmp_path: Path
) -> None:
    earlier = book.sessions.create("September review", date="2026-09-10", facilitator="Dana")
    book.actions.plan(earlier, "Repaint the lobby", owner="Bob", due="2026-10-01")
    done = book.actions.plan(earlier, "Order umbrellas", owner="Ann", due="2026-09-30")
    book.actions.set_status(done, "done", note="Twenty umbrellas by the door")
    later = rich_session(book)
    text = flat(pdf_text(write_action_plan(book, later, tmp_path / "f.pdf", "A4")))
    follow = text[text.index("Follow-up from earlier sessions") :]
    assert "Still open (1)" in follow and "Repaint the lobby" in follow
    assert "2026-10-01 overdue" in follow  # due before this session and still open
    assert "Closed since the last session (1)" in follow and "Order umbrellas" in follow
    assert "Twenty umbrellas by the door" in follow
    assert "September review" in follow
    assert "Repaint" not in text[: text.index("Follow-up")]
    first = flat(pdf_text(write_action_plan(book, earlier, tmp_path / "e.pdf", "A4")))
    assert "This is the book's first session: nothing to follow up yet." in first


def test_authors_only_when_the_session_showed_names(book: Book, tmp_path: Path) -> None:
    named = rich_session(book)
    text = flat(pdf_text(write_action_plan(book, named, tmp_path / "n.pdf", "A4")))
    appendix = text[text.index("Appendix") :]
    assert "Authors are shown" in appendix and "王小明" in appendix
    anonymous = rich_session(book, anonymous=True)
    text = flat(pdf_text(write_action_plan(book, anonymous, tmp_path / "a.pdf", "A4")))
    appendix = text[text.index("Appendix") :]
    assert "Authors are shown" not in appendix and " By " not in appendix
    assert "Ёжик" in text  # hero credits are recognition, not authorship: always shown


def test_latest_session_and_unknown_session(book: Book, rich: int, tmp_path: Path) -> None:
    text = flat(pdf_text(write_action_plan(book, "latest", tmp_path / "l.pdf", "A4")))
    assert "Front desk <b>November</b>" in text
    with pytest.raises(InvalidInput, match="no session 999"):
        write_action_plan(book, 999, tmp_path / "x.pdf", "A4")
    assert not (tmp_path / "x.pdf").exists()


def test_a_failed_export_leaves_the_previous_file_alone(
    book: Book, rich: int, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"previous plan")

    def broken(*_args, **_kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_module, "build_story", broken)
    with pytest.raises(RuntimeError):
        write_action_plan(book, rich, target, "A4")
    assert target.read_bytes() == b"previous plan"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_demo_book_exports(tmp_path: Path) -> None:
    from workshop import demo

    with Book.create(tmp_path / "demo.dwbook") as book:
        sessions = demo.write_demo(book)
        path = write_action_plan(book, sessions.latest, tmp_path / "demo.pdf", "A4")
        text = flat(pdf_text(path))
        for action in book.actions.list(sessions.latest):
            assert action.what in text
        assert_nothing_overflows(PdfReader(path))
