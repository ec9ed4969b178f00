"""The phase pages one by one: warm-up, ideate (silent mode, anonymity), group, plan, wrap-up."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel

from ui.console.phase_stack import Placeholder
from ui.dialogs.card import CardDialog
from ui.dialogs.session_settings import SessionSettingsDialog
from ui.phases import PAGE_FACTORIES
from workshop.model import HeroType, Kind, ObstacleStatus, Phase

from .ui_fixtures import (
    click_card,
    column_cards,
    column_header,
    column_texts,
    go_to,
    open_book_with_session,
    type_card,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_warmup_reads_out_recent_stories_and_adds_one(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    book.contributions.add(
        sid, Kind.HERO, "Mia drove a phone to the hotel", story_date="2026-11-01"
    )
    page = go_to(console, Phase.WARMUP)
    assert page.story.text() == "Mia drove a phone to the hotel"
    assert QApplication.focusWidget() is page.text
    qtbot.keyClicks(page.text, "Sam fixed a zip in five minutes")
    page.hero_type.setCurrentIndex(page.hero_type.findData(HeroType.ROUTINE.value))
    qtbot.keyClicks(page.credited, "Sam, Lee")
    qtbot.keyClicks(page.customer, "Mrs Berg")
    qtbot.keyClick(page.text, Qt.Key.Key_S, CTRL)  # Ctrl+S adds the story
    story = book.contributions.hero_stories()[0]
    assert story.text == "Sam fixed a zip in five minutes"
    assert story.credited == ("Sam", "Lee") and story.customer == "Mrs Berg"
    assert page.model.rowCount() == 2
    assert page.story.text() == "Sam fixed a zip in five minutes"  # the new one is read out
    assert "credit to Sam, Lee" in page.story_meta.text()
    assert page.text.toPlainText() == ""


def test_silent_mode_keeps_cards_hidden_until_revealed(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    page = go_to(console, Phase.IDEATE)
    qtbot.keyClick(page.box, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert book.sessions.get(sid).silent_mode and page.silent.isChecked()
    assert console.action("capture.silent").isChecked()
    type_card(qtbot, page, "Hidden for now")
    type_card(qtbot, page, "Also hidden")
    assert [c.revealed for c in book.contributions.list(sid)] == [False, False]
    assert page.reveal_button.text() == "Reveal hidden cards (2)"
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert [c.revealed for c in book.contributions.list(sid)] == [True, True]
    assert not page.reveal_button.isEnabled()
    assert QApplication.focusWidget() is page.box


def test_an_anonymous_session_records_no_authors(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file, anonymous=True)
    page = go_to(console, Phase.IDEATE)
    assert not page.author.isEnabled()
    qtbot.keyClick(page.box, Qt.Key.Key_U, CTRL)
    type_card(qtbot, page, "Nobody knows who said this")
    assert console.context.book.contributions.list(sid)[0].author is None


def test_group_themes_rename_delete_and_split(qtbot, console, book_file, monkeypatch):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    a = book.contributions.add(sid, Kind.DELIGHT, "Water", "Ann")
    b = book.contributions.add(sid, Kind.DELIGHT, "Water please", "Bob")
    book.contributions.merge(a, b)
    page = go_to(console, Phase.GROUP)
    asked: list[str] = []

    def name_it(_parent, _title, label, *_a, **_k):
        asked.append(label)
        return "Drinks", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(name_it))
    board = page.board
    click_card(qtbot, board, column_cards(page, None)[0])
    qtbot.keyClick(board, Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["Name of the new theme, with 1 selected card:"]
    theme = book.themes.list(sid)[0]
    assert column_header(page, theme.id) == ["Drinks", "1 card"]
    assert book.contributions.get(a).theme_id == theme.id  # the selected card went with it
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Welcome", True)))
    click_card(qtbot, board, column_cards(page, theme.id)[0])
    qtbot.keyClick(board, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert book.themes.get(theme.id).name == "Welcome"
    assert column_header(page, theme.id) == ["Welcome", "1 card"]
    # Split the merged card again (Ctrl+Shift+M).
    board.setCurrentIndex(column_cards(page, theme.id)[0])
    qtbot.keyClick(board, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert book.contributions.get(b).merged_into is None
    assert column_texts(page, theme.id) == ["Water", "Water please"]
    qtbot.keyClick(board, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert book.themes.list(sid) == []
    assert board.cards.column_of(theme.id) is None
    assert column_header(page, None) == ["Not grouped yet", "2 cards"]


def test_edit_and_delete_a_card_from_the_board(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    cid = book.contributions.add(sid, Kind.DELIGHT, "Typo in this crad", "Ann")
    page = go_to(console, Phase.GROUP)
    view = page.board
    view.setCurrentIndex(column_cards(page, None)[0])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = page.findChild(CardDialog)
    assert dialog is not None
    dialog.text.setPlainText("Typo in this card")
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.VALUE.value))
    dialog.accept()
    card = book.contributions.get(cid)
    assert (card.text, card.kind, card.author) == ("Typo in this card", Kind.VALUE, "Ann")
    assert column_texts(page, None) == ["Typo in this card"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert book.contributions.list(sid) == []
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [c.text for c in book.contributions.list(sid)] == ["Typo in this card"]


def test_plan_obstacles_get_a_way_around_a_remover_and_a_status(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    oid = book.contributions.add(sid, Kind.OBSTACLE, "Refunds need a manager's signature")
    page = go_to(console, Phase.PLAN)
    qtbot.keyClick(page.tabs, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 1
    page.obstacle_table.selectRow(0)
    form = page.obstacle_form
    assert form.text.text() == "Refunds need a manager's signature"
    qtbot.keyClicks(form.way_around, "Refund up to 20 euros at the desk")
    qtbot.keyClicks(form.remover.lineEdit(), "Store manager")
    form.status.setCurrentIndex(form.status.findData(ObstacleStatus.IN_PROGRESS.value))
    qtbot.keyClick(form.way_around, Qt.Key.Key_S, CTRL)
    obstacle = book.contributions.get(oid)
    assert obstacle.way_around == "Refund up to 20 euros at the desk"
    assert obstacle.remover == "Store manager"
    assert obstacle.obstacle_status == ObstacleStatus.IN_PROGRESS
    assert page.obstacles.index(0, 3).data() == "In progress"


def test_plan_edit_and_delete_an_action(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    aid = book.actions.plan(sid, "Offer water", owner="Ann")
    page = go_to(console, Phase.PLAN)
    page.planned.setFocus()
    page.planned.selectRow(0)
    qtbot.keyClick(page.planned, Qt.Key.Key_F2)
    assert page.form.editing_id == aid and page.form.what.text() == "Offer water"
    page.form.owner.setCurrentText("Bob")
    qtbot.keyClick(page.form.what, Qt.Key.Key_Return)
    assert book.actions.get(aid).owner == "Bob"
    page.planned.setFocus()
    page.planned.selectRow(0)
    qtbot.keyClick(page.planned, Qt.Key.Key_Delete)
    assert book.actions.list(sid) == []


def test_wrapup_counts_and_starts_the_exports(qtbot, console, book_file, monkeypatch):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    for kind in (Kind.DELIGHT, Kind.DELIGHT, Kind.OBSTACLE, Kind.VALUE):
        book.contributions.add(sid, kind, f"a {kind.value}")
    book.actions.plan(sid, "Offer water", owner="Ann")
    calls = []
    fake = types.ModuleType("ui.commands.exporting")
    fake.export_action_plan = lambda parent, b, s: calls.append(("pdf", s))
    fake.print_action_plan = lambda parent, b, s: calls.append(("print", s))
    fake.export_as = lambda parent, b, s, fmt: calls.append((fmt, s))
    monkeypatch.setitem(sys.modules, "ui.commands.exporting", fake)
    page = go_to(console, Phase.WRAPUP)
    assert page.figures["delight"].number.text() == "2"
    assert page.figures["obstacle"].number.text() == "1"
    assert page.figures["actions"].number.text() == "1"
    assert page.table.model().index(0, 1).data() == "Offer water"
    for button in page.export_buttons.values():
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [("pdf", sid), ("print", sid), ("csv", sid), ("markdown", sid), ("ics", sid)]


def test_exports_say_so_when_they_are_not_installed(qtbot, console, book_file, monkeypatch):
    open_book_with_session(console, book_file)
    monkeypatch.setitem(sys.modules, "ui.commands.exporting", None)  # import fails
    console.action("export.pdf").trigger()
    assert "not available" in console.statusBar().currentMessage()


def test_a_phase_without_a_page_shows_a_friendly_note(qtbot, console, book_file, monkeypatch):
    monkeypatch.delitem(PAGE_FACTORIES, Phase.VOTE, raising=False)
    open_book_with_session(console, book_file)
    page = go_to(console, Phase.VOTE)
    assert isinstance(page, Placeholder)
    note = page.findChild(QLabel, "placeholderNote")
    assert "not available" in note.text()


def test_session_settings_change_people_prompts_and_limits(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    qtbot.keyClick(console, Qt.Key.Key_Comma, CTRL)
    dialog = console.findChild(SessionSettingsDialog)
    assert dialog is not None
    dialog.people.text.setPlainText("Ann\nBob\nChen\nDana; Eve")
    dialog.rounds.rows[0][1].setText("A new prompt")
    dialog.settings.dots.setValue(7)
    dialog.title.setText("Renamed")
    dialog.accept()
    assert book.sessions.participants(sid) == ["Ann", "Bob", "Chen", "Dana", "Eve"]
    assert book.sessions.rounds(sid)[0].prompt == "A new prompt"
    session = book.sessions.get(sid)
    assert (session.title, session.dots_per_person) == ("Renamed", 7)
    assert console.sessions.model.index(0, 0).data() == "Renamed"


def test_delete_a_session_and_bring_it_back(qtbot, console, book_file, monkeypatch):
    sid = open_book_with_session(console, book_file)
    monkeypatch.setattr("ui.commands.session_menu.confirm", lambda *a, **k: True)
    console.action("session.delete").trigger()
    assert console.sessions.model.rowCount() == 0
    assert console.context.session_id is None
    assert console.pages.currentWidget() is console.pages.no_session
    console.action("edit.undo").trigger()
    assert console.sessions.model.keys() == [sid]
