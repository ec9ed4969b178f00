"""Customer feedback CSV into hero stories: column mapping, empty rows, one undoable import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.series.feedback_dialog import FeedbackDialog
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop import feedback
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.feedback import ColumnMapping
from workshop.model import HeroType

# A survey tool's export: its own column order and names, a blank line, an empty answer.
SURVEY = (
    "Who helped you?;Submitted;Respondent;Your comment;Score\r\n"
    "Ann;2026-11-03 14:22:10;Jane Doe;Ann found my lost booking in two minutes <b>wow</b>;10\r\n"
    ";;;;\r\n"
    "Bob, Chen;03.11.2026;;They carried our bags to the fourth floor, smiling;9\r\n"
    "Dee;2026-11-05;Mr. Okafor;;7\r\n"
    "\r\n"
    'Ann & Dee;2026/11/06;O\'Brien;"Quick, kind; and they called back";10\r\n'
)


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SURVEY.encode("utf-8"))  # Excel's UTF-8 BOM
    return path


def test_parse_keeps_header_order_and_skips_empty_rows(survey: Path) -> None:
    table = feedback.read_csv(survey)
    assert table.headers == ("Who helped you?", "Submitted", "Respondent", "Your comment", "Score")
    assert len(table.rows) == 4 and table.skipped_empty == 2
    guess = feedback.guess_mapping(table.headers)
    assert guess["text"] == 3 and guess["date"] == 1 and guess["customer"] == 2
    assert guess["employee"] is None  # "Who helped you?" is for the user to choose


def test_stories_map_columns_dates_and_several_employees(survey: Path) -> None:
    table = feedback.read_csv(survey)
    found = feedback.stories(table, ColumnMapping(text=3, date=1, customer=2, employee=0))
    assert [s.text for s in found] == [
        "Ann found my lost booking in two minutes <b>wow</b>",
        "They carried our bags to the fourth floor, smiling",
        "Quick, kind; and they called back",
    ]
    assert [s.date for s in found] == ["2026-11-03", "2026-11-03", "2026-11-06"]
    assert [s.employees for s in found] == [("Ann",), ("Bob", "Chen"), ("Ann", "Dee")]
    assert [s.customer for s in found] == ["Jane Doe", None, "O'Brien"]


def test_import_is_one_operation_and_undo_removes_every_story(
    book: Book, session_id: int, survey: Path
) -> None:
    table = feedback.read_csv(survey)
    ids = feedback.import_feedback(
        book, session_id, table, ColumnMapping(text=3, employee=0), HeroType.RECOVERY
    )
    stories = book.contributions.list(session_id, "hero")
    assert [s.id for s in stories] == ids and len(ids) == 3
    assert stories[1].credited == ("Bob", "Chen") and stories[1].hero_type is HeroType.RECOVERY
    assert stories[0].author is None
    assert book.history.undo_label == "Import customer feedback"
    book.undo()
    assert book.contributions.list(session_id, "hero") == []


def test_a_bad_date_imports_nothing_and_names_the_row(
    book: Book, session_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("comment,date\nLovely,2026-11-01\nGreat,next Tuesday\n", encoding="utf-8")
    table = feedback.read_csv(path)
    with pytest.raises(InvalidInput, match="Row 3"):
        feedback.import_feedback(book, session_id, table, ColumnMapping(text=0, date=1))
    assert book.contributions.list(session_id, "hero") == []


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="empty"):
        feedback.read_csv(path)


def _choose(qtbot, combo, header: str) -> None:
    """Pick a column as a user does: focus the combo and type the start of its name."""
    combo.setFocus()
    qtbot.keyClicks(combo, header)
    assert combo.currentText() == header


def test_dialog_imports_with_columns_chosen_in_the_combos(
    qtbot, qtmodeltester, book: Book, session_id: int, survey: Path
) -> None:
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(session_id)
    dialog = FeedbackDialog(context, survey)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The guess found the words, date and customer columns; the preview shows 4 rows.
    assert dialog.combos["text"].currentText() == "Your comment"
    assert dialog.preview.rowCount() == 4
    assert "→" in dialog.preview.headerData(3, Qt.Orientation.Horizontal)
    _choose(qtbot, dialog.combos["employee"], "Who helped you?")
    _choose(qtbot, dialog.combos["customer"], "Respondent")
    assert "3 hero stories" in dialog.status.text() and "3 empty rows" in dialog.status.text()
    assert dialog.ok.isEnabled()
    qtmodeltester.check(dialog.preview)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stories = book.contributions.list(session_id, "hero")
    assert [s.credited for s in stories] == [("Ann",), ("Bob", "Chen"), ("Ann", "Dee")]
    assert stories[0].customer == "Jane Doe" and stories[0].story_date == "2026-11-03"
    assert stories[0].text == "Ann found my lost booking in two minutes <b>wow</b>"
    book.undo()  # the whole import is one step
    assert book.contributions.list(session_id, "hero") == []


def test_dialog_refuses_a_date_column_it_cannot_read(
    qtbot, book: Book, session_id: int, survey: Path
) -> None:
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(session_id)
    dialog = FeedbackDialog(context, survey)
    qtbot.addWidget(dialog)
    _choose(qtbot, dialog.combos["date"], "Score")  # "10" is no date
    assert "Row 2" in dialog.status.text() and not dialog.ok.isEnabled()
    _choose(qtbot, dialog.combos["text"], "(choose a column)")
    assert not dialog.ok.isEnabled()
