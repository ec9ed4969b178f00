"""Dates typed as they are shown save exactly that day, however the keys come.

Every date a facilitator types (an action's due date, a hero story's date, the
new date of an action in progress, a session's date) is typed here key by key:
in order, with backspaces, over a selection, with the cursor in the middle; an
impossible day is refused with a message and nothing is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.new_session import NewSessionDialog
from ui.series.status_dialogs import DateDialog
from ui.widgets.date_field import DateField
from workshop.model import Kind, Phase
from workshop.series import follow_up_item

from .ui_fixtures import go_to, open_book_with_session

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def type_keys(qtbot, widget, text: str) -> None:
    for char in text:  # one key at a time, as a person types
        qtbot.keyClick(widget, char)


def start_action(qtbot, console, book_file) -> tuple[int, object]:
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    book.contributions.add(sid, Kind.DELIGHT, "Offer water while they wait")
    page = go_to(console, Phase.PLAN)
    qtbot.keyClick(page.ranked, Key.Key_Return)  # Enter on the item starts an action
    return sid, page


def test_due_date_typed_as_shown_is_saved_as_typed(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    due = page.form.due.edit
    due.setFocus()
    due.selectAll()
    type_keys(qtbot, due, "2026-12-18")
    assert due.text() == "2026-12-18"
    qtbot.keyClick(due, Key.Key_Return)
    action = console.context.book.actions.list(sid)[0]
    assert action.due == "2026-12-18"


def test_backspaces_and_retyping_give_the_day_on_screen(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    due = page.form.due.edit
    due.setFocus()
    due.selectAll()
    type_keys(qtbot, due, "2026-12-81")  # a slip of the fingers
    qtbot.keyClick(due, Key.Key_Backspace)
    qtbot.keyClick(due, Key.Key_Backspace)
    type_keys(qtbot, due, "18")
    qtbot.keyClick(page.form.what, Key.Key_Return)
    assert console.context.book.actions.list(sid)[0].due == "2026-12-18"


def test_typing_over_a_selected_part_and_in_the_middle(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    due = page.form.due.edit
    due.setFocus()
    due.selectAll()
    type_keys(qtbot, due, "2026-11-30")
    due.setSelection(5, 2)  # the month, selected with the mouse or Shift+arrows
    type_keys(qtbot, due, "12")
    assert due.text() == "2026-12-30"
    due.setCursorPosition(9)  # between the 3 and the 0 of the day
    qtbot.keyClick(due, Key.Key_Backspace)  # removes the 3
    type_keys(qtbot, due, "1")
    assert due.text() == "2026-12-10"
    qtbot.keyClick(due, Key.Key_End)
    qtbot.keyClick(due, Key.Key_Backspace)
    type_keys(qtbot, due, "8")
    qtbot.keyClick(due, Key.Key_Return)
    assert console.context.book.actions.list(sid)[0].due == "2026-12-18"


def test_an_impossible_day_is_refused_with_a_message(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    due = page.form.due.edit
    due.setFocus()
    due.selectAll()
    type_keys(qtbot, due, "2026-02-30")
    qtbot.keyClick(due, Key.Key_Return)
    assert console.context.book.actions.list(sid) == []  # nothing saved
    message = page.form.due.message
    assert message.isVisible() and "2026-02-30" in message.text()
    assert "not a day" in console.statusBar().currentMessage()
    assert QApplication.focusWidget() is due  # back where the date is fixed
    type_keys(qtbot, due, "2026-02-28")  # the selected text is typed over
    assert not message.isVisible()
    qtbot.keyClick(due, Key.Key_Return)
    assert console.context.book.actions.list(sid)[0].due == "2026-02-28"


def test_an_empty_due_date_means_no_date(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    due = page.form.due.edit
    due.setFocus()
    due.selectAll()
    qtbot.keyClick(due, Key.Key_Delete)
    qtbot.keyClick(due, Key.Key_Return)
    assert console.context.book.actions.list(sid)[0].due is None


def test_the_calendar_popup_picks_a_day(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    due = page.form.due.edit
    due.setFocus()
    due.selectAll()
    type_keys(qtbot, due, "2026-12-18")
    qtbot.keyClick(due, Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = page.form.due.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 12, 18)
    qtbot.keyClick(calendar.focusWidget() or calendar, Key.Key_Right)  # the next day
    qtbot.keyClick(calendar.focusWidget() or calendar, Key.Key_Return)
    assert not calendar.isVisible()
    assert due.text() == "2026-12-19"
    qtbot.keyClick(due, Key.Key_Return)
    assert console.context.book.actions.list(sid)[0].due == "2026-12-19"


def test_editing_an_action_shows_and_keeps_its_date(qtbot, console, book_file):
    sid, page = start_action(qtbot, console, book_file)
    book = console.context.book
    aid = book.actions.plan(sid, "Water jug at the desk", owner="Ann", due="2027-01-05")
    page.planned.selectRow(page.actions.rowCount() - 1)
    page.planned.setFocus()
    qtbot.keyClick(page.planned, Key.Key_Return)  # Enter edits the action
    assert page.form.due.text() == "2027-01-05"
    due = page.form.due.edit
    due.setFocus()
    due.setSelection(8, 2)
    type_keys(qtbot, due, "15")
    qtbot.keyClick(due, Key.Key_Return)
    assert book.actions.get(aid).due == "2027-01-15"


def test_hero_story_date_typed_key_by_key(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.WARMUP)
    qtbot.keyClicks(page.text, "Sam fixed a zip in five minutes")
    when = page.when.edit
    when.setFocus()
    when.selectAll()
    type_keys(qtbot, when, "2026-11-31")  # November has 30 days
    qtbot.keyClick(page.text, Key.Key_S, CTRL)
    assert console.context.book.contributions.list(sid, Kind.HERO) == []
    assert page.when.message.isVisible()
    assert when.hasFocus() and when.selectedText() == "2026-11-31"
    qtbot.keyClick(when, Key.Key_End)
    qtbot.keyClick(when, Key.Key_Backspace)
    type_keys(qtbot, when, "0")
    qtbot.keyClick(when, Key.Key_S, CTRL)
    story = console.context.book.contributions.list(sid, Kind.HERO)[0]
    assert story.story_date == "2026-11-30"


def test_hero_story_without_a_date(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.WARMUP)
    qtbot.keyClicks(page.text, "Lee found a wallet's owner")
    page.when.edit.setFocus()
    page.when.edit.selectAll()
    qtbot.keyClick(page.when.edit, Key.Key_Backspace)
    qtbot.keyClick(page.text, Key.Key_S, CTRL)
    assert console.context.book.contributions.list(sid, Kind.HERO)[0].story_date is None


def test_new_date_of_an_action_in_progress(qtbot, book):
    sid = book.sessions.create("Earlier", date="2026-10-01")
    aid = book.actions.plan(sid, "Coffee machine", owner="Ann", due="2026-10-20")
    item = follow_up_item(book, aid, date(2026, 11, 3))
    dialog = DateDialog(item)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.date_edit.edit
    field.setFocus()
    field.selectAll()
    type_keys(qtbot, field, "2026-13-01")
    dialog.accept()
    assert dialog.isVisible() and dialog.date_edit.message.isVisible()
    field.setSelection(5, 2)
    type_keys(qtbot, field, "12")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.values()[0] == "2026-12-01"


def test_session_date_typed_as_shown(qtbot):
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.date.edit
    field.setFocus()
    field.selectAll()
    type_keys(qtbot, field, "2027-02-29")  # 2027 is not a leap year
    dialog.accept()
    assert dialog.isVisible() and "2027-02-29" in dialog.date.message.text()
    field.selectAll()
    type_keys(qtbot, field, "2028-02-29")
    dialog.accept()
    assert dialog.values()["date"] == "2028-02-29"


def test_the_field_reads_other_year_first_forms_too(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    for typed in ("20261218", "2026-12-18", "2026/12/18", "2026.12.18"):
        field.edit.clear()
        type_keys(qtbot, field.edit, typed)
        assert field.iso() == "2026-12-18", typed
    field.edit.clear()
    type_keys(qtbot, field.edit, "2026-12-8")
    assert field.iso() == "2026-12-08"
    for wrong in ("18-12-2026", "2026-12-", "tomorrow", "2026-00-10"):
        field.edit.clear()
        type_keys(qtbot, field.edit, wrong)
        assert field.date() is None and field.problem(), wrong
