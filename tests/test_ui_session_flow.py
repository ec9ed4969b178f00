"""A whole session driven from the keyboard, as a facilitator would, then the book reopened."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from ui.dialogs.new_session import NewSessionDialog
from ui.models.contributions import AuthorsRole
from ui.phases.ideate import IdeatePage
from ui.phases.plan import PlanPage
from workshop.book import Book
from workshop.model import Kind, Phase

from .ui_fixtures import (
    board_column,
    card_index,
    click_card,
    column_cards,
    column_header,
    drop_cards,
)

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# (kind key, text): 30 cards of all four kinds, with one duplicate pair.
CARDS = [
    (1, "Offer water while they wait"), (2, "The booking system logs us out every hour"),
    (3, "Mia drove a forgotten phone to a guest's hotel"), (4, "Free follow-up call after a repair"),
    (1, "Remember regulars' names"), (2, "Refunds need a manager's signature"),
    (1, "A handwritten thank-you card"), (4, "Explain the bill line by line"),
    (3, "Sam stayed late to finish a wedding order"), (2, "No spare umbrellas at the door"),
    (1, "Text when the order is ready"), (4, "Loan a charger while they wait"),
    (1, "Offer water while they wait"), (2, "The card reader at desk 2 fails"),
    (4, "A small tasting of the new menu"), (3, "Lee found a lost wallet's owner"),
    (1, "Walk the customer to the aisle"), (2, "We cannot see stock in the other branch"),
    (4, "Free gift wrap in December"), (1, "Ask how the last visit went"),
    (3, "Ana calmed an angry caller in two minutes"), (2, "Shift handover loses notes"),
    (1, "Birthday coupon by email"), (4, "Show how to use it before they leave"),
    (1, "Kids' corner with crayons"), (2, "The phone queue music is too loud"),
    (4, "Repair while you wait"), (3, "Tom delivered on Sunday"),
    (1, "Umbrellas to borrow"), (2, "Price tags fall off the shelf"),
]  # fmt: skip
KIND_OF_KEY = {1: Kind.DELIGHT, 2: Kind.OBSTACLE, 3: Kind.HERO, 4: Kind.VALUE}
PEOPLE = ["Ann", "Bob", "Chen", "Dana"]


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifiers)


def test_a_whole_session_from_the_keyboard(qtbot, console, message_boxes, monkeypatch):
    window = console
    # -- a book in Documents, offered by the welcome page --------------------------
    qtbot.mouseClick(window.pages.welcome.create_button, Qt.MouseButton.LeftButton)
    book = window.context.book
    assert book is not None and book.path.parent.name == "Documents"
    path = book.path

    # -- New session from a template, with a pasted list of names ------------------
    press(qtbot, Key.Key_N, CTRL)
    dialog = window.findChild(NewSessionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.template.setCurrentIndex(dialog.template.findData("delight-ideas"))
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Front desk, November")
    QGuiApplication.clipboard().setText("1. Ann\n2. Bob\nChen, Dana\n")
    dialog.people.text.setFocus()
    qtbot.keyClick(dialog.people.text, Key.Key_V, CTRL)
    assert dialog.people.names() == PEOPLE
    first_prompt = dialog.rounds.rows[0][1]
    first_prompt.selectAll()
    qtbot.keyClicks(first_prompt, "What would make a guest smile at the desk?")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    sid = window.context.session_id
    assert sid is not None
    assert window.sessions.model.rowCount() == 1
    assert window.windowTitle() == f"Front desk, November — {path.stem}"
    assert book.sessions.participants(sid) == PEOPLE
    assert book.sessions.get(sid).phase == Phase.IDEATE  # the template's first phase

    # -- Ideate: 30 cards typed at speaking pace ------------------------------------
    page = window.current_page()
    assert isinstance(page, IdeatePage)
    assert QApplication.focusWidget() is page.box
    assert page.prompt.text() == "What would make a guest smile at the desk?"
    expected_authors = []
    for i, (kind_key, text) in enumerate(CARDS):
        press(qtbot, getattr(Key, f"Key_{kind_key}"), CTRL)
        press(qtbot, Key.Key_U, CTRL)  # next person: Ann, Bob, Chen, Dana, no name, Ann...
        assert QApplication.focusWidget() is page.author
        press(qtbot, Key.Key_Return)  # that person; back to the capture box
        expected_authors.append(([None, *PEOPLE])[(i + 1) % 5])
        qtbot.keyClicks(QApplication.focusWidget(), text)
        press(qtbot, Key.Key_Return)
        assert page.box.text() == ""
    assert page.model.rowCount() == 30
    cards = book.contributions.list(sid)
    assert [(c.kind, c.text) for c in cards] == [(KIND_OF_KEY[k], t) for k, t in CARDS]
    assert [c.author for c in cards] == expected_authors
    assert Counter(c.kind for c in cards)[Kind.HERO] == 5
    assert page.kind == Kind.OBSTACLE
    press(qtbot, Key.Key_K, CTRL)  # Ctrl+K cycles the kind
    assert page.kind == Kind.HERO

    # -- Group: keyboard (Ctrl+G) and drag and drop into themes ------------------------
    press(qtbot, Key.Key_PageDown, CTRL)
    group = window.current_page()
    board = group.board
    assert QApplication.focusWidget() is board
    click_card(qtbot, board, card_index(group, "Offer water while they wait"))
    click_card(qtbot, board, card_index(group, "Offer water while they wait", 1), CTRL)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Waiting", True)))
    press(qtbot, Key.Key_G, CTRL)
    waiting = next(t for t in book.themes.list(sid) if t.name == "Waiting")
    assert {c.text for c in book.contributions.list(sid) if c.theme_id == waiting.id} == {
        "Offer water while they wait"
    }
    assert len(column_cards(group, waiting.id)) == 2
    assert column_header(group, None)[1] == "28 cards"
    # Drag three obstacles onto a new theme's column, dropped under its last card.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Tools", True)))
    board.clearSelection()
    press(qtbot, Key.Key_G, CTRL | SHIFT)
    tools = next(t for t in book.themes.list(sid) if t.name == "Tools")
    dragged = [card_index(group, t) for t in (
        "The booking system logs us out every hour", "The card reader at desk 2 fails",
        "We cannot see stock in the other branch")]  # fmt: skip
    drop_cards(board, board.cards.mimeData(dragged), board_column(group, tools.id))
    assert len(column_cards(group, tools.id)) == 3

    # -- Merge the duplicate, then undo and redo ----------------------------------------
    click_card(qtbot, board, column_cards(group, waiting.id)[0])
    click_card(qtbot, board, column_cards(group, waiting.id)[1], CTRL)
    press(qtbot, Key.Key_M, CTRL)
    first, second = [c for c in cards if c.text == "Offer water while they wait"]
    assert book.contributions.get(second.id).merged_into == first.id
    assert len(column_cards(group, waiting.id)) == 1
    assert book.contributions.authors(first.id) == ["Ann", "Chen"]
    assert column_cards(group, waiting.id)[0].data(AuthorsRole) == ["Ann", "Chen"]
    assert window.action("edit.undo").text().replace("&", "") == "Undo Merge duplicates"
    press(qtbot, Key.Key_Z, CTRL)
    assert book.contributions.get(second.id).merged_into is None
    assert len(column_cards(group, waiting.id)) == 2
    assert window.action("edit.redo").text().replace("&", "") == "Redo Merge duplicates"
    press(qtbot, Key.Key_Z, CTRL | SHIFT)
    assert book.contributions.get(second.id).merged_into == first.id
    assert len(column_cards(group, waiting.id)) == 1

    # -- Votes (the Vote page is its own feature): three clear winners ------------------
    # A delight-ideas session votes on delight ideas and obstacles only.
    voted_kinds = (Kind.DELIGHT, Kind.OBSTACLE)
    winners = [c for c in book.contributions.list(sid) if c.kind in voted_kinds][:3]
    for dots, card in zip((3, 2, 1), winners, strict=True):
        for voter in PEOPLE[:dots]:
            window.context.bridge.run(book.votes.cast, sid, card.id, voter)

    # -- Plan three actions from the ranked list ----------------------------------------
    press(qtbot, Key.Key_PageDown, CTRL)
    press(qtbot, Key.Key_PageDown, CTRL)
    plan = window.current_page()
    assert isinstance(plan, PlanPage)
    assert [plan.ranking.item(r).contribution.id for r in range(3)] == [w.id for w in winners]
    plan.ranked.setFocus()
    owners = ["Ann", "Bob", "Chen"]
    for row, owner in enumerate(owners):
        assert plan.ranked.currentIndex().row() == row
        press(qtbot, Key.Key_Return)  # make an action from the item
        assert plan.form.what.text() == winners[row].text
        qtbot.keyClicks(plan.form.owner.lineEdit(), owner)
        qtbot.keyClicks(plan.form.first_step, f"Step {row + 1}")
        qtbot.keyClicks(plan.form.help, "Budget for it" if row == 0 else "")
        press(qtbot, Key.Key_S, CTRL)
    assert plan.actions.rowCount() == 3

    press(qtbot, Key.Key_PageDown, CTRL)
    wrapup = window.current_page()
    assert wrapup.figures["actions"].number.text() == "3"
    assert book.sessions.get(sid).phase == Phase.WRAPUP

    # -- Close the book, reopen it, and check what it kept --------------------------------
    press(qtbot, Key.Key_W, CTRL)
    assert window.context.book is None
    assert window.windowTitle() == "No book open"
    with Book.open(path) as reopened:
        assert reopened.sessions.get(sid).title == "Front desk, November"
        assert reopened.sessions.participants(sid) == PEOPLE
        assert len(reopened.contributions.list(sid)) == 29
        assert len(reopened.contributions.list(sid, include_merged=True)) == 30
        assert {t.name for t in reopened.themes.list(sid)} == {"Waiting", "Tools"}
        actions = reopened.actions.list(sid)
        assert [a.what for a in actions] == [w.text for w in winners]
        assert [a.owner for a in actions] == owners
        assert [a.first_step for a in actions] == ["Step 1", "Step 2", "Step 3"]
        assert actions[0].help_needed == "Budget for it" and actions[1].help_needed is None
        assert all(a.due for a in actions)
    assert window.books.open_path(path)
    assert window.context.session_id == sid
    assert window.current_phase() == Phase.WRAPUP
    assert message_boxes == []


def test_the_follow_up_template_opens_on_the_follow_up_with_the_same_team(qtbot, console, tmp_path):
    from tests.ui_fixtures import open_book_with_session

    window = console
    first = open_book_with_session(window, tmp_path / "series.dwbook", facilitator="Dana")
    press(qtbot, Key.Key_N, CTRL)
    dialog = window.findChild(NewSessionDialog)
    assert dialog.facilitator.text() == "Dana"
    assert dialog.people.names() == window.context.book.sessions.participants(first)
    dialog.template.setCurrentIndex(dialog.template.findData("follow-up-review"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    sid = window.context.session_id
    assert sid != first
    assert window.context.book.sessions.get(sid).phase == Phase.REVIEW
    assert window.current_phase() == Phase.REVIEW
