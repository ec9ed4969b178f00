"""Hero stories credit the employees who went the extra mile wherever they are written or
shown: typed in Ideate, added and edited in Warm-up, and in the card dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.card import CardDialog
from workshop.model import Kind, Phase

from .ui_fixtures import go_to, open_book_with_session

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def edit_dialog(qtbot, page) -> CardDialog:
    qtbot.waitUntil(lambda: page.findChild(CardDialog) is not None)
    dialog = page.findChild(CardDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_hero_story_typed_in_ideate_credits_employees(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    assert not page.credit.isVisible()  # ideas credit nobody
    qtbot.keyClick(page.box, Key.Key_3, CTRL)  # hero stories
    assert page.credit.isVisible()
    qtbot.keyClicks(page.box, "Mia drove a forgotten phone to the hotel")
    qtbot.keyClick(page.box, Key.Key_Tab)
    assert QApplication.focusWidget() is page.credit
    qtbot.keyClicks(page.credit, "Mia, Sam")
    qtbot.keyClick(page.credit, Key.Key_Return)
    story = console.context.book.contributions.list(sid, Kind.HERO)[0]
    assert story.text == "Mia drove a forgotten phone to the hotel"
    assert story.credited == ("Mia", "Sam")
    assert page.credit.text() == "" and QApplication.focusWidget() is page.box


def test_credits_are_edited_in_the_card_dialog_from_ideate(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    story = book.contributions.add(sid, Kind.HERO, "Lee found a wallet's owner", credited=["Lee"])
    page = go_to(console, Phase.IDEATE)
    page.list.setCurrentIndex(page.recent.index(0, 0))
    qtbot.keyClick(page.box, Key.Key_F2)  # Edit card…
    dialog = edit_dialog(qtbot, page)
    assert dialog.credited.isVisible() and dialog.credited.text() == "Lee"
    dialog.credited.setFocus()
    dialog.credited.selectAll()
    qtbot.keyClicks(dialog.credited, "Lee, Ana")
    qtbot.keyClick(dialog.credited, Key.Key_Return)  # Save
    assert book.contributions.get(story).credited == ("Lee", "Ana")
    assert book.history.undo_label == "Edit contribution"  # one undoable change


def test_credits_are_edited_in_the_warm_up(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    story = book.contributions.add(sid, Kind.HERO, "Sam fixed a zip in five minutes")
    page = go_to(console, Phase.WARMUP)
    assert page.story.text() == "Sam fixed a zip in five minutes"
    assert "credit to" not in page.story_meta.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Key.Key_F2)
    dialog = edit_dialog(qtbot, page)
    qtbot.keyClicks(dialog.credited, "Sam")
    qtbot.keyClick(dialog.credited, Key.Key_Return)
    assert book.contributions.get(story).credited == ("Sam",)
    qtbot.waitUntil(lambda: "credit to Sam" in page.story_meta.text())
    qtbot.keyClick(page.table, Key.Key_Z, CTRL)  # undo brings the story back uncredited
    assert book.contributions.get(story).credited == ()


def test_an_idea_card_has_no_credit_field(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    card = console.context.book.contributions.add(sid, Kind.DELIGHT, "Water")
    dialog = CardDialog(console.context.book.contributions.get(card), [], anonymous=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.credited.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.HERO.value))  # now a hero story
    assert dialog.credited.isVisible()
    qtbot.keyClicks(dialog.credited, "Ann")
    assert dialog.changes() == {"kind": Kind.HERO, "credited": ["Ann"]}
