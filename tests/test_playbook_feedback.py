"""Customer feedback about a recovery is linked to the playbook entry it used: in the
feedback dialog (a column, or one entry for the file) and in the ``import`` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.series.feedback_dialog import FeedbackDialog
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop import cli, feedback
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.feedback import ColumnMapping
from workshop.model import HeroType, Kind
from workshop.playbook import Outcome

SURVEY = (
    "Comment,Date,Customer,Playbook\r\n"
    "Car was late but they drove it to my office. Brilliant.,2026-11-03,Mr Haddad,1\r\n"
    "They cleaned the seat while I waited,2026-11-04,Ms Ode,grease on the seat\r\n"
    "Lovely coffee,2026-11-05,Ann,\r\n"
)


@pytest.fixture
def playbook(book: Book) -> tuple[int, int]:
    late = book.playbook.add("Car not ready on time", apology="Sorry", fix_hours=24)
    grease = book.playbook.add("Grease on the seat", apology="So sorry", fix_hours=1)
    return late, grease


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text(SURVEY, encoding="utf-8")
    return path


def test_a_row_naming_an_entry_becomes_a_recovery_story_and_a_use_that_worked(
    book: Book, session_id: int, survey: Path, playbook: tuple[int, int]
) -> None:
    late, grease = playbook
    table = feedback.read_csv(survey)
    assert feedback.guess_mapping(table.headers)["playbook"] == 3
    ids = feedback.import_feedback(book, session_id, table, ColumnMapping(text=0, date=1,
                                   customer=2, playbook=3))  # fmt: skip
    stories = {s.id: s for s in book.contributions.list(session_id, Kind.HERO)}
    assert [stories[i].hero_type for i in ids] == [HeroType.RECOVERY, HeroType.RECOVERY,
                                                   HeroType.ROUTINE]  # fmt: skip
    uses = {u.contribution_id: u for u in book.playbook.uses()}
    assert (uses[ids[0]].entry_id, uses[ids[0]].used_on) == (late, "2026-11-03")
    assert uses[ids[1]].entry_id == grease and uses[ids[1]].outcome is Outcome.WORKED
    assert ids[2] not in uses
    book.undo()  # stories and uses go together
    assert book.playbook.uses() == [] and book.contributions.list(session_id, Kind.HERO) == []


def test_an_unknown_entry_imports_nothing_and_names_the_row(
    book: Book, session_id: int, tmp_path: Path, playbook: tuple[int, int]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("comment,playbook\nGreat,2\nFine,7\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"Row 3: “7” is no entry .*1 to 2"):
        feedback.import_feedback(book, session_id, feedback.read_csv(path),
                                 ColumnMapping(text=0, playbook=1))  # fmt: skip
    assert book.contributions.list(session_id, Kind.HERO) == [] and book.playbook.uses() == []


def test_the_dialog_links_the_stories_to_one_chosen_entry(
    qtbot, book: Book, session_id: int, tmp_path: Path, playbook: tuple[int, int]
) -> None:
    _late, grease = playbook
    path = tmp_path / "grease.csv"
    path.write_text("Comment,Customer\nSeat cleaned at once!,Ms Ode\nThanks,Mr Lee\n", "utf-8")
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(session_id)
    dialog = FeedbackDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.combos["playbook"].currentIndex() == 0  # no such column in this file
    dialog.entry.setFocus()
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Down)
    assert dialog.entry.currentText() == "2. Grease on the seat"
    assert dialog.hero_type.currentData() == HeroType.RECOVERY and not dialog.hero_type.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    uses = book.playbook.uses(grease)
    assert len(uses) == 2 and {u.contribution_id for u in uses} == set(dialog.imported)
    records = {r.entry.id: r for r in book.playbook.records()}
    assert records[grease].worked == 2


def test_the_dialog_offers_no_link_while_the_playbook_is_empty(
    qtbot, book: Book, session_id: int, survey: Path
) -> None:
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(session_id)
    dialog = FeedbackDialog(context, survey)
    qtbot.addWidget(dialog)
    assert not dialog.entry.isEnabled() and not dialog.combos["playbook"].isEnabled()
    assert dialog.combos["playbook"].currentIndex() == 0  # the guess is not applied
    assert dialog.ok.isEnabled()


def test_the_import_command_reads_a_playbook_column(book: Book, book_path: Path,
                                                    tmp_path: Path, capsys) -> None:  # fmt: skip
    late = book.playbook.add("Car not ready on time")
    book.close()
    path = tmp_path / "stories.csv"
    path.write_text(
        "kind,text,date,playbook\n"
        "hero,Drove the car to my office,2026-11-03,Car not ready on time\n"
        "delight,Coffee for everyone,,\n",
        encoding="utf-8",
    )
    assert cli.main(["import", str(book_path), str(path), "--session", "November"]) == 0
    with Book.open(book_path) as again:
        (use,) = again.playbook.uses(late)
        story = again.contributions.get(use.contribution_id)
        assert story.text == "Drove the car to my office" and story.hero_type is HeroType.RECOVERY
        assert use.used_on == "2026-11-03"
    path.write_text("kind,text,playbook\nhero,Great,9\ndelight,Nice,\n", encoding="utf-8")
    assert cli.main(["import", str(book_path), str(path), "--session", "November"]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "“9” is no entry" in err and "nothing was imported" in err
    path.write_text("kind,text,playbook\ndelight,Nice,1\n", encoding="utf-8")
    assert cli.main(["import", str(book_path), str(path), "--session", "November"]) == 1
    assert "playbook can only be given for hero stories" in capsys.readouterr().err
