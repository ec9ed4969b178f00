"""Issue 13, item 1: a CSV import refuses what would lose data silently, by line.

Replayed through the real ``import`` command (a child process) and through the
feedback dialog, which shares the core's parser.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.series.feedback_dialog import FeedbackDialog
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop import feedback
from workshop.book import Book
from workshop.errors import InvalidInput

from .trust_helpers import digest, one_line_error, run_cli

UNCLOSED = (
    'kind,text,author\ndelight,"unclosed quote starts here,Ann\n'
    "obstacle,second row,Bob\nvalue,third row,Cy\n"
)

# (file bytes, words the one-line error must hold)
REFUSED = {
    "unclosed quote to the end": (UNCLOSED.encode(), ["line 2", "closing quote"]),
    "quote closed later, row too short": (
        b'kind,text,author\ndelight,"starts here,Ann\nobstacle,second row"\nvalue,x,Cy\n',
        ["line 2", "closing quote"],
    ),
    "quote closed later, then text": (
        b'kind,text,author\ndelight,"starts,Ann\nvalue,"third",Cy\n',
        ["line 2", "closing quote"],
    ),
    "text after a closing quote": (b'kind,text\ndelight,"x"y\n', ["line 2", '"x"y']),
    "NUL byte": (b"kind,text\ndelight,ok\nvalue,a\x00b\n", ["line 3", "U+0000"]),
    "escape character": (b"kind,text\ndelight,a\x1bb\n", ["line 2", "U+001B"]),
    "UTF-16 without a BOM": ("kind,text\ndelight,hello\n".encode("utf-16-le"), ["UTF-16"]),
    "UTF-16 of Chinese text without a BOM": (
        "kind,text\ndelight,顾客到店时我们准备好热茶和他们的车辆检查报告，非常周到\n".encode(
            "utf-16-le"
        ),
        ["UTF-16"],
    ),
    "UTF-16 big-endian without a BOM": (
        "kind,text\ndelight,hello\n".encode("utf-16-be"),
        ["UTF-16"],
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_import_refuses_by_line_and_writes_nothing(tmp_path: Path, case: str) -> None:
    data, words = REFUSED[case]
    source = tmp_path / "u.csv"
    source.write_bytes(data)
    book_path = tmp_path / "team.dwbook"
    result = run_cli("import", book_path, source, "--session", "S")
    one_line_error(result, *words, "nothing was imported")
    assert not book_path.exists()  # a new book is not even created
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.csv"]


def test_import_into_an_existing_book_leaves_it_unchanged(tmp_path: Path) -> None:
    book_path = tmp_path / "team.dwbook"
    Book.create(book_path).close()
    before = digest(book_path)
    source = tmp_path / "u.csv"
    source.write_text(UNCLOSED, encoding="utf-8")
    one_line_error(run_cli("import", book_path, source, "--session", "S"), "line 2")
    assert digest(book_path) == before


def test_a_real_multi_line_text_is_imported_whole(tmp_path: Path) -> None:
    source = tmp_path / "ok.csv"
    source.write_text(
        'kind,text,author\ndelight,"first line\nsecond line, with a comma",Ann\n'
        'value,"say ""thanks""",Bob\n',
        encoding="utf-8",
    )
    book_path = tmp_path / "team.dwbook"
    result = run_cli("import", book_path, source, "--session", "S")
    assert result.returncode == 0, result.stderr
    assert "Imported 2 contributions" in result.stdout
    with Book.open(book_path) as book:
        rows = book.db.execute("SELECT text, author FROM contributions ORDER BY id").fetchall()
    assert rows == [("first line\nsecond line, with a comma", "Ann"), ('say "thanks"', "Bob")]


# -- the feedback dialog reads through the same parser ------------------------
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_feedback_parser_refuses_the_same_files(tmp_path: Path, case: str) -> None:
    data, words = REFUSED[case]
    source = tmp_path / "survey.csv"
    source.write_bytes(data)
    if "UTF-16" in case:
        # The feedback import reads UTF-16 (survey tools write it): decoded, not refused.
        assert feedback.read_csv(source).headers == ("kind", "text")
        return
    with pytest.raises(InvalidInput) as caught:
        feedback.read_csv(source)
    for word in words:
        assert word in str(caught.value)


def test_feedback_dialog_shows_the_line_and_offers_no_import(
    qtbot, book: Book, session_id: int, tmp_path: Path
) -> None:
    source = tmp_path / "survey.csv"
    source.write_text(
        'Comment,Customer\n"Ann was great, Jane\nThey fixed it fast,Bob\nLovely,Cy\n',
        encoding="utf-8",
    )
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(session_id)
    dialog = FeedbackDialog(context, source)
    qtbot.addWidget(dialog)
    assert "line 2" in dialog.status.text() and "closing quote" in dialog.status.text()
    assert not dialog.ok.isEnabled()
    assert book.contributions.list(session_id, "hero") == []
