"""The Plan page: actions reordered by keys and by drag (undoable), incomplete ones marked
on the page and in the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt

from ui.models.plan import INCOMPLETE_MARK
from workshop.exports.pdf import write_action_plan
from workshop.model import Phase

from .ui_fixtures import go_to, open_book_with_session

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def plan_with_three(console, book_file: Path):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    book.actions.plan(sid, "Water jug at the desk", owner="Ann", due="2026-12-04")
    book.actions.plan(sid, "Umbrellas to borrow", due="2026-12-11")  # no owner
    book.actions.plan(sid, "Call back within a day", owner="Bob")  # no date
    page = go_to(console, Phase.PLAN)
    return sid, book, page


def order(book, sid) -> list[str]:
    return [a.what for a in book.actions.list(sid)]


def test_incomplete_actions_are_marked_on_the_page(qtbot, console, book_file):
    _sid, _book, page = plan_with_three(console, book_file)
    model = page.actions
    assert [model.index(r, 0).data() for r in range(3)] == [
        "1",
        f"2 {INCOMPLETE_MARK}",
        f"3 {INCOMPLETE_MARK}",
    ]
    assert model.index(1, model.OWNER).data() == "no owner yet"
    assert model.index(2, model.DUE).data() == "no date yet"
    assert model.index(1, model.OWNER).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, model.OWNER).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "2 incomplete" in page.planned_title.text()
    # Naming the owner completes it: the mark goes.
    page.planned.setFocus()
    page.planned.selectRow(1)
    qtbot.keyClick(page.planned, Key.Key_Return)  # edit
    qtbot.keyClicks(page.form.owner.lineEdit(), "Chen")
    qtbot.keyClick(page.form.owner.lineEdit(), Key.Key_Return)
    assert model.index(1, 0).data() == "2"
    assert "1 incomplete" in page.planned_title.text()


def test_alt_up_and_down_move_an_action_and_ctrl_z_moves_it_back(qtbot, console, book_file):
    sid, book, page = plan_with_three(console, book_file)
    page.planned.setFocus()
    page.planned.selectRow(0)
    qtbot.keyClick(page.planned, Key.Key_Down, ALT)
    assert order(book, sid) == ["Umbrellas to borrow", "Water jug at the desk",
                                "Call back within a day"]  # fmt: skip
    assert page.planned.currentIndex().row() == 1  # the moved action stays selected
    qtbot.keyClick(page.planned, Key.Key_Down, ALT)
    assert order(book, sid)[2] == "Water jug at the desk"
    qtbot.keyClick(page.planned, Key.Key_Down, ALT)  # already last: nothing moves
    assert order(book, sid)[2] == "Water jug at the desk"
    qtbot.keyClick(page.planned, Key.Key_Up, ALT)
    assert order(book, sid)[1] == "Water jug at the desk"
    assert page.actions.index(1, 1).data() == "Water jug at the desk"
    qtbot.keyClick(page.planned, Key.Key_Z, CTRL)  # undo the last move
    assert order(book, sid)[2] == "Water jug at the desk"


def test_dragging_an_action_to_another_row(qtbot, console, book_file):
    sid, book, page = plan_with_three(console, book_file)
    model = page.actions
    data = model.mimeData([model.index(2, 1)])  # what a drag of the third row carries
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # above the first
    assert order(book, sid) == ["Call back within a day", "Water jug at the desk",
                                "Umbrellas to borrow"]  # fmt: skip
    data = model.mimeData([model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # below the last
    assert order(book, sid)[-1] == "Call back within a day"
    assert page.planned.dragDropMode() == page.planned.DragDropMode.InternalMove


def test_incomplete_actions_are_marked_in_the_pdf(console, book_file, tmp_path: Path):
    sid, book, _page = plan_with_three(console, book_file)
    out = write_action_plan(book, sid, tmp_path / "plan.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "no owner yet" in text and "no date yet" in text
