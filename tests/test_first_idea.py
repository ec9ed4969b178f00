"""From the very first start to the first idea on the projector, following only the screen.

A newcomer skips the welcome, clicks the big button that creates a book, clicks
"New session…", presses Enter to take the first template, types what the room
said and presses Enter, then F5. Each screen on the way says what to do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from ui.dialogs.first_run import FirstRunDialog, maybe_show_first_run
from ui.dialogs.new_session import NewSessionDialog
from ui.phases.ideate import IdeatePage
from ui.phases.warmup import WarmupPage
from ui.projector.actions import projector_of
from workshop.model import Kind, Phase
from workshop.templates import create_session_from

Key = Qt.Key


def focused():
    return QApplication.focusWidget()


def test_first_start_to_first_idea_on_the_projector(qtbot, console, tmp_path: Path):
    window = console
    store = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    welcome = maybe_show_first_run(window, store=store, documents=tmp_path / "Documents")
    assert isinstance(welcome, FirstRunDialog) and welcome.isVisible()
    qtbot.keyClick(welcome, Key.Key_Escape)  # "Skip tour"
    assert not welcome.isVisible()

    # 1. The window offers one obvious button: create a book in Documents.
    create = window.pages.welcome.create_button
    assert create.isVisible() and create.text().startswith("Create ")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert window.context.book is not None

    # 2. No session yet: one button starts one.
    start = window.pages.no_session.findChild(QPushButton, "firstSessionButton")
    assert start.isVisible()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewSessionDialog)
    assert dialog is not None and dialog.isVisible()

    # 3. The first template is chosen and titled: Enter creates the session.
    assert dialog.template_id() == "delight-ideas"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isDefault()
    qtbot.waitUntil(lambda: focused() is dialog.title)  # the cursor is in the title
    qtbot.keyClick(focused(), Key.Key_Return)
    sid = window.context.session_id
    assert sid is not None

    # 4. The session opens where the ideas are typed, with the cursor there.
    assert window.current_phase() == Phase.IDEATE
    page = window.current_page()
    assert isinstance(page, IdeatePage)
    assert window.focusWidget() is page.box
    window.activateWindow()  # the window manager does this when the dialog closes
    qtbot.waitUntil(lambda: focused() is page.box)
    assert page.instruction.isVisible()
    assert page.instruction.text().startswith("Type what the room says, Enter adds it")
    qtbot.keyClicks(focused(), "Offer water while they wait")
    qtbot.keyClick(focused(), Key.Key_Return)
    card = window.context.book.contributions.list(sid)[0]
    assert (card.kind, card.text) == (Kind.DELIGHT, "Offer water while they wait")

    # 5. F5 (named on the page) shows it on the projector.
    qtbot.keyClick(focused(), Key.Key_F5)
    projector = projector_of(window)
    assert projector is not None and projector.isVisible()
    qtbot.waitUntil(lambda: "Offer water while they wait" in projector.rendered_texts())


def test_a_hero_story_template_opens_on_the_warm_up_with_the_cursor_in_the_story(
    qtbot, console, book_file
):
    from workshop.book import Book

    with Book.create(book_file) as book:
        sid = create_session_from(book, "hero-stories", "Stories")
    assert console.books.open_path(book_file)
    console.context.set_session(sid)
    page = console.current_page()
    assert isinstance(page, WarmupPage)
    qtbot.waitUntil(lambda: focused() is page.text)
    assert page.instruction.isVisible()
