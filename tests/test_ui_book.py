"""Books in the console: open, recent, lock, storage errors as dialogs, copy, title, geometry."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.console.book_controller import lock_path
from ui.phases.ideate import IdeatePage
from ui.state import settings as prefs
from workshop.book import Book
from workshop.model import Kind, Phase

from .ui_fixtures import go_to, make_window, open_book_with_session, type_card


def newer_book(path: Path) -> Path:
    with Book.create(path):
        pass
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">I", 999)  # user_version: a future book format
    path.write_bytes(bytes(data))
    return path


def test_window_title_shows_session_and_book(console, book_file):
    assert console.windowTitle() == "No book open"
    sid = open_book_with_session(console, book_file)
    assert console.windowTitle() == "Front desk, November — Front desk"
    console.context.bridge.run(console.context.book.sessions.update, sid, title="Q4 <b>desk</b>")
    assert console.windowTitle() == "Q4 <b>desk</b> — Front desk"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_text("shopping list\n"), "not a workshop book"),
        (lambda p: p.write_bytes(b""), "empty"),
        (newer_book, "newer version"),
    ],
    ids=["text file", "empty file", "newer format"],
)
def test_refused_files_show_a_dialog_and_the_open_book_stays(
    qtbot, console, message_boxes, book_file, tmp_path, make, words
):
    open_book_with_session(console, book_file)
    bad = tmp_path / "other.dwbook"
    make(bad)
    before = bad.read_bytes()
    assert not console.books.open_path(bad)
    assert len(message_boxes) == 1
    title, text = message_boxes[0]
    assert title == "Cannot open the book" and words in text and "other.dwbook" in text
    assert bad.read_bytes() == before  # a refused file is left as it was
    # The book that was open is still open and usable.
    assert console.context.book.path == book_file
    page = go_to(console, Phase.IDEATE)
    type_card(qtbot, page, "Still works")
    assert console.context.book.contributions.list(console.context.session_id)[-1].text == (
        "Still works"
    )


def test_a_book_open_in_another_window_is_in_use(qtbot, console, message_boxes, book_file):
    with Book.create(book_file):
        pass
    other = QLockFile(str(lock_path(book_file)))  # another instance holds the book
    assert other.tryLock(0)
    try:
        assert not console.books.open_path(book_file)
        assert "in use" in message_boxes[0][1]
        assert console.context.book is None
    finally:
        other.unlock()
    assert console.books.open_path(book_file)
    assert lock_path(book_file).exists()
    second = QLockFile(str(lock_path(book_file)))
    assert not second.tryLock(0)  # our window holds it now
    console.books.close_book()
    assert not lock_path(book_file).exists()


def test_a_read_only_folder_opens_the_book_read_only(
    qtbot, console, message_boxes, tmp_path, monkeypatch
):
    with Book.create(tmp_path / "b.dwbook"):
        pass
    # As if the folder were read-only (the tests may run as root, who can write anyway).
    # Issue 13: the book is still shown, read-only (tests/test_trust_readonly.py has the
    # real read-only medium).
    monkeypatch.setattr("workshop.storage.os.access", lambda *_args, **_kw: False)
    assert console.books.open_path(tmp_path / "b.dwbook")
    assert console.context.book is not None and console.context.book.read_only
    assert "(read-only)" in console.windowTitle()
    assert "read-only" in console.statusBar().currentMessage()
    assert not lock_path(tmp_path / "b.dwbook").exists()


def test_a_storage_error_while_capturing_keeps_the_typed_text(
    qtbot, console, message_boxes, book_file, monkeypatch
):
    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    book = console.context.book

    real_execute = book.db.execute

    def disk_full(sql, *args, **kwargs):
        if sql.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return real_execute(sql, *args, **kwargs)

    monkeypatch.setattr(book.db, "execute", disk_full)
    qtbot.keyClicks(page.box, "An idea we must not lose")
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert message_boxes and "disk is full" in message_boxes[0][1]
    assert page.box.text() == "An idea we must not lose"
    monkeypatch.undo()
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert book.contributions.list(sid)[-1].text == "An idea we must not lose"
    assert page.box.text() == ""


def test_recent_books_and_the_last_book_are_remembered(qtbot, console, ui_settings, tmp_path):
    first, second = tmp_path / "one.dwbook", tmp_path / "two.dwbook"
    assert console.books.open_path(first, create=True)
    assert console.books.open_path(second, create=True)
    assert console.books.recent()[:2] == [str(second), str(first)]
    menu = console.action("file.recent").menu()
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names[:2] == ["&1 two.dwbook", "&2 one.dwbook"]
    menu.actions()[1].trigger()
    assert console.context.book.path == first
    console.close()
    # A new window (the app started again with no argument) reopens the last book.
    again = make_window(qtbot)
    again.books.open_at_start([])
    assert again.context.book.path == first
    again.close()


def test_geometry_persists(qtbot, ui_settings):
    window = make_window(qtbot)
    window.resize(720, 500)  # the offscreen screen is 800 x 800
    window.close()
    assert not prefs.WINDOW_GEOMETRY.read(prefs.settings()).isEmpty()
    again = make_window(qtbot, size=(0, 0))
    again.hide()
    again._restore_geometry()
    assert (again.width(), again.height()) == (720, 500)
    again.close()


def test_welcome_offers_a_book_in_documents(qtbot, console, ui_settings):
    button = console.pages.welcome.create_button
    assert "Documents" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    book = console.context.book
    assert book is not None and book.path.parent.name == "Documents"
    assert console.pages.currentWidget() is console.pages.no_session


def test_open_at_start_with_a_new_file_creates_it(qtbot, console, tmp_path):
    path = tmp_path / "fresh.dwbook"
    console.books.open_at_start([str(path)])
    assert path.exists() and console.context.book.path == path


def test_a_new_book_named_without_the_suffix_gets_it(qtbot, console, tmp_path):
    console.books.open_at_start([str(tmp_path / "team")])
    assert console.context.book.path == tmp_path / "team.dwbook"
    assert not (tmp_path / "team").exists()


def test_new_book_and_open_through_the_file_dialogs(qtbot, console, monkeypatch, tmp_path):
    target = tmp_path / "made"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.keyClick(
        console,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert console.context.book.path == tmp_path / "made.dwbook"
    console.books.close_book()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target) + ".dwbook", ""))
    )
    qtbot.keyClick(console, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert console.context.book.path == tmp_path / "made.dwbook"


def test_save_a_copy_writes_a_book_that_opens(qtbot, console, book_file, monkeypatch, tmp_path):
    sid = open_book_with_session(console, book_file)
    console.context.book.contributions.add(sid, Kind.DELIGHT, "Keep me")
    copy = tmp_path / "copy.dwbook"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    console.action("file.save_copy").trigger()
    assert console.context.book.path == book_file  # still working in the original
    with Book.open(copy) as b:
        assert [c.text for c in b.contributions.list(sid)] == ["Keep me"]


def test_undo_label_names_the_operation(qtbot, console, book_file):
    open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    assert isinstance(page, IdeatePage)
    page.set_kind(Kind.OBSTACLE)
    type_card(qtbot, page, "The printer jams")
    assert console.action("edit.undo").text() == "&Undo Add obstacle"
    assert console.action("edit.undo").isEnabled()
    assert not console.action("edit.redo").isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 0
    assert console.action("edit.redo").text() == "&Redo Add obstacle"


def test_run_app_opens_the_book_given_on_the_command_line(
    qtbot, ui_settings, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QApplication as App

    from ui.app.application import run_app
    from ui.console.main_window import MainWindow

    monkeypatch.setattr(App, "exec", staticmethod(lambda: 0))  # return at once
    path = tmp_path / "started.dwbook"
    assert run_app([str(path)]) == 0
    windows = [w for w in App.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert windows and windows[-1].context.book.path == path
    assert App.style().name().lower() == "fusion"
    assert App.applicationName() == "Delight Workshop"
    for window in windows:
        qtbot.addWidget(window)
        window.close()


def test_a_lock_left_by_a_crashed_app_does_not_block_the_book(qtbot, console, book_file):
    import subprocess
    import sys

    with Book.create(book_file):
        pass
    crash = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(lock_path(book_file))], check=False)
    assert lock_path(book_file).exists()  # the dead app's lock is still there
    assert console.books.open_path(book_file)
