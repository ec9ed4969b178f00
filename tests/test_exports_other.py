"""CSV, Markdown and ICS exports parsed back, and the ``export`` command as a user runs it."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_export_pdf import ACTIONS, ARABIC_LINE, CJK_LINE, MARKUP, rich_session
from workshop import cli
from workshop.book import Book
from workshop.exports.csv_export import HEADER, neutralise, write_csv
from workshop.exports.ics import escape_text, fold, write_ics
from workshop.exports.markdown import md_escape, render_markdown, write_markdown

SCRIPT = Path(sys.executable).with_name("delight-workshop")


# -- CSV ------------------------------------------------------------------------
def read_back(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_contribution_with_dots_actions_and_authors(
    book: Book, tmp_path: Path
) -> None:
    sid = rich_session(book)
    rows = read_back(write_csv(book, sid, tmp_path / "plan.csv"))
    assert list(rows[0]) == list(HEADER)
    assert len(rows) == len(book.contributions.list(sid))
    by_text = {r["text"]: r for r in rows}
    first = by_text[MARKUP]
    assert first["dots"] == "3" and first["author"] == "Ann"
    assert first["theme"] == "Small <u>extras</u>" and first["kind"] == "Delight idea"
    assert first["action"] == ACTIONS[0][0] and first["owner"] == "Ann"
    assert first["due"] == "2026-12-01" and first["status"] == "Open"
    assert by_text[CJK_LINE]["author"] == "王小明"
    assert by_text[ARABIC_LINE]["session"] == "Front desk <b>November</b>"
    assert by_text[ARABIC_LINE]["date"] == "2026-11-20"


def test_csv_neutralises_formulas_and_quotes_newlines(
    book: Book, session_id: int, tmp_path
) -> None:
    dangerous = ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tTab", "\rCR"]
    for text in dangerous:
        book.contributions.add(session_id, "delight", f"{text} idea" if text[0] != "\r" else text)
    book.contributions.add(session_id, "delight", 'Line one\nLine two, with comma; "quotes"')
    book.actions.plan(session_id, "=cmd|' /C calc'!A0", owner="@owner")
    rows = read_back(write_csv(book, session_id, tmp_path / "x.csv"))
    texts = [r["text"] for r in rows]
    for cell in texts + [r["action"] for r in rows] + [r["owner"] for r in rows]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert '\'=HYPERLINK("http://x") idea' in texts
    assert "'-3 idea" in texts
    assert 'Line one\nLine two, with comma; "quotes"' in texts
    free = [r for r in rows if r["kind"] == "Action"]
    assert free and free[0]["action"] == "'=cmd|' /C calc'!A0" and free[0]["owner"] == "'@owner"
    assert neutralise(5) == 5 and neutralise("plain") == "plain"


def test_csv_of_an_anonymous_session_has_no_authors(book: Book, tmp_path: Path) -> None:
    sid = rich_session(book, anonymous=True)
    rows = read_back(write_csv(book, sid, tmp_path / "anon.csv"))
    assert rows and all(r["author"] == "" for r in rows)


# -- Markdown -------------------------------------------------------------------
def test_markdown_has_the_plan_and_escapes_user_text(book: Book, tmp_path: Path) -> None:
    sid = rich_session(book)
    book.contributions.add(sid, "delight", "[click me](http://evil.example) ![x](y) | pipe")
    book.contributions.add(sid, "delight", "# not a heading\n- not a list\n1. nor this")
    text = write_markdown(book, sid, tmp_path / "plan.md").read_text(encoding="utf-8")
    assert text.startswith("# Action plan: Front desk \\<b\\>November\\</b\\>\n")
    positions = [text.index(md_escape(what)) for what, _o, _d in ACTIONS]
    assert positions == sorted(positions)
    for _what, owner, due in ACTIONS:
        assert md_escape(owner) in text and due in text
    assert "\\[click me\\](http\\://evil.example)" in text
    assert "](http" not in text.replace("\\](http", "")  # no live link
    assert "\\<img src=x\\>" in text and "\\<script\\>" in text
    assert not re.search(r"(?<!\\)<(?!br>)", text)  # no HTML but our own line breaks
    assert "\\# not a heading" in text and "\\- not a list" in text and "1\\. nor this" in text
    assert "\\| pipe" in text and not re.search(r"(?<!\\)\| pipe", text)
    for heading in (
        "## Key figures",
        "## Actions",
        "## Obstacles",
        "## Hero stories",
        "## Follow-up from earlier sessions",
        "## Every contribution, by theme",
    ):
        assert heading in text  # fmt: skip


def test_markdown_tables_keep_their_shape(book: Book, session_id: int) -> None:
    book.actions.plan(session_id, "Two | columns\nand two lines", owner="A|B")
    text = render_markdown(book, session_id)
    table = [line for line in text.splitlines() if line.startswith("| ")]
    header_cells = table[0].count(" | ")
    for line in table:  # every row has as many unescaped separators as the header
        assert len(re.findall(r"(?<!\\) \| ", line)) == header_cells, line


def test_markdown_without_actions(book: Book, session_id: int) -> None:
    assert "No actions were planned in this session." in render_markdown(book, session_id)


# -- ICS --------------------------------------------------------------------------
def unfold(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def parse_events(lines: list[str]) -> list[dict[str, str]]:
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, value = line.split(":", 1)
            current[name] = value
    return events


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_ics_has_an_all_day_event_per_dated_action(book: Book, tmp_path: Path) -> None:
    sid = rich_session(book)
    book.actions.plan(sid, "No date yet", owner="Bob")
    long_what = " ".join(["Ünïcödé; commas, backslash \\ and a very long title"] * 4)
    book.actions.plan(sid, long_what, owner="Zoë", due="2027-01-15", first_step="a\nb")
    result = write_ics(book, sid, tmp_path / "plan.ics")
    assert (result.events, result.skipped) == (len(ACTIONS) + 1, 1)
    events = parse_events(unfold(result.path.read_bytes()))
    assert len(events) == len(ACTIONS) + 1
    for event, (what, owner, due) in zip(events, ACTIONS, strict=False):
        assert unescape(event["SUMMARY"]) == f"{what} ({owner})"
        assert event["DTSTART;VALUE=DATE"] == due.replace("-", "")
        next_day = date.fromisoformat(due) + timedelta(days=1)
        assert event["DTEND;VALUE=DATE"] == f"{next_day:%Y%m%d}"
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])
    last = events[-1]
    assert unescape(last["SUMMARY"]) == f"{long_what} (Zoë)"
    assert "First step: a\nb" in unescape(last["DESCRIPTION"])
    assert len({e["UID"] for e in events}) == len(events)
    again = parse_events(unfold(write_ics(book, sid, tmp_path / "again.ics").path.read_bytes()))
    assert [e["UID"] for e in again] == [e["UID"] for e in events]  # stable across exports


def test_ics_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("DESCRIPTION:" + "é" * 100)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "DESCRIPTION:" + "é" * 100


def test_ics_of_a_session_without_dated_actions(book: Book, session_id: int, tmp_path) -> None:
    book.actions.plan(session_id, "Someday", owner="Ann")
    result = write_ics(book, session_id, tmp_path / "none.ics")
    assert (result.events, result.skipped) == (0, 1)
    assert parse_events(unfold(result.path.read_bytes())) == []


# -- the export command -------------------------------------------------------------
def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "ui.app.launcher"]
    return subprocess.run(
        [*exe, *map(str, args)], capture_output=True, text=True, encoding="utf-8", cwd=cwd
    )


@pytest.fixture
def saved_book(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        sid = rich_session(book)
    return path, sid


def test_export_command_writes_each_format(saved_book, tmp_path: Path) -> None:
    path, sid = saved_book
    result = run("export", path, "--session", sid, "--format", "pdf", "-o", tmp_path / "p.pdf",
                 "--page-size", "letter")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "p.pdf" in result.stdout
    page = PdfReader(tmp_path / "p.pdf").pages[0]
    assert round(float(page.mediabox.width)) == 612
    assert ACTIONS[0][0] in page.extract_text()
    assert cli.main(["export", str(path), "-o", str(tmp_path / "c.csv")]) == 0  # from suffix
    assert read_back(tmp_path / "c.csv")
    assert cli.main(["export", str(path), "--format", "markdown", "-o", str(tmp_path / "m")]) == 0
    assert (tmp_path / "m").read_text(encoding="utf-8").startswith("# Action plan")
    result = run("export", path, "--format", "ics", "-o", tmp_path / "c.ics")
    assert result.returncode == 0 and f"Wrote {len(ACTIONS)} calendar events" in result.stdout


def test_export_defaults_to_the_latest_session_and_a_named_file(saved_book, tmp_path) -> None:
    path, _sid = saved_book
    result = run("export", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = list(tmp_path.glob("action-plan-2026-*.pdf"))
    assert len(written) == 1 and "front-desk-bnovemberb" in written[0].name


def test_export_markdown_to_standard_output(saved_book) -> None:
    path, _sid = saved_book
    result = run("export", path, "--format", "markdown", "-o", "-")
    assert result.returncode == 0 and result.stdout.startswith("# Action plan: Front desk")


@pytest.mark.parametrize(
    "args, words, status",
    [
        (["--session", "999"], ["no session 999"], 1),
        (["--session", "first"], ["“first” is not a session"], 1),
        (["--format", "docx"], ["invalid choice", "docx"], 2),
        (["--page-size", "a3"], ["invalid choice", "a3"], 2),
        (["--format", "pdf", "-o", "-"], ["standard output"], 1),
    ],
)
def test_export_errors_are_one_line(saved_book, tmp_path, args, words, status) -> None:
    path, _sid = saved_book
    result = run("export", path, *args, cwd=tmp_path)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("delight-workshop"), result.stderr
    for word in words:
        assert word in lines[0]
    assert not list(tmp_path.glob("*.pdf"))


def test_export_of_a_missing_book_or_unwritable_folder(saved_book, tmp_path: Path) -> None:
    path, _sid = saved_book
    missing = run("export", tmp_path / "nope.dwbook")
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    blocked = run("export", path, "-o", tmp_path / "no" / "such" / "dir" / "p.pdf")
    assert blocked.returncode == 1 and len(blocked.stderr.strip().splitlines()) == 1
