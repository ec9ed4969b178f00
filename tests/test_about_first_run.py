"""First start (welcome, demo book, tour of the phases) and the About box, driven like a user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from ui.commands.registry import load_action_modules
from ui.dialogs import first_run
from ui.dialogs.about import AboutDialog, app_icon, show_about
from ui.state.settings import FIRST_RUN_DONE
from workshop import __version__
from workshop.book import Book
from workshop.model import PHASES


class FakeBooks:
    """Stands in for ui.console.book_controller.BookController: records the books it opens."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.refuse = False

    def open_path(self, path) -> bool:
        if self.refuse:
            return False
        self.opened.append(str(path))
        return True


class FakeWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.books = FakeBooks()

    @property
    def opened(self) -> list[str]:
        return self.books.opened


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(first_run, "settings", lambda: s)  # Help > Tour uses the default store
    return s


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    monkeypatch.setattr(first_run, "documents_dir", lambda: folder)
    return folder


@pytest.fixture
def window(qtbot) -> FakeWindow:
    w = FakeWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def shown(window: QMainWindow, store: QSettings) -> first_run.FirstRunDialog:
    dialog = first_run.maybe_show_first_run(window, store=store)
    assert dialog is not None and dialog.isVisible()
    return dialog


def visible_text(widget) -> str:
    return " ".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def test_first_start_offers_the_welcome_once(qtbot, window, store, documents) -> None:
    dialog = shown(window, store)
    assert "Welcome to Delight Workshop" in visible_text(dialog)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert FIRST_RUN_DONE.read(store) is True
    assert first_run.maybe_show_first_run(window, store=store) is None
    # ...also for a new settings object reading the same file (the next start of the app).
    again = QSettings(store.fileName(), QSettings.Format.IniFormat)
    assert first_run.maybe_show_first_run(window, store=again) is None


def test_escape_dismisses_for_good(qtbot, window, store, documents) -> None:
    dialog = shown(window, store)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert FIRST_RUN_DONE.read(store) is True


def test_demo_book_is_written_to_documents_and_opened(qtbot, window, store, documents) -> None:
    dialog = shown(window, store)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    demo = documents / "Delight Workshop" / "Demo.dwbook"
    assert window.opened == [str(demo)]
    with Book.open(demo) as book:
        assert len(book.sessions.list()) == 3
        assert book.actions.list(book.sessions.latest().id)
    assert dialog.step == 1, "after opening the demo the tour goes on"
    assert not dialog.demo_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert str(demo) in dialog.demo_status.text()


def test_an_existing_demo_book_is_reused_not_overwritten(window, store, documents) -> None:
    demo = first_run.create_demo_book(documents)
    with Book.open(demo) as book:
        book.sessions.create("My own try", date="2026-11-20", facilitator="Me")
        count = len(book.sessions.list())
    assert first_run.create_demo_book(documents) == demo
    with Book.open(demo) as book:
        assert len(book.sessions.list()) == count


def test_a_foreign_file_named_demo_is_left_alone(documents) -> None:
    folder = documents / "Delight Workshop"
    folder.mkdir(parents=True)
    (folder / "Demo.dwbook").write_text("my notes", encoding="utf-8")
    path = first_run.create_demo_book(documents)
    assert path.name == "Demo 2.dwbook"
    assert (folder / "Demo.dwbook").read_text(encoding="utf-8") == "my notes"


def test_demo_failure_is_told_in_the_dialog(qtbot, window, store, tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(first_run, "documents_dir", lambda: blocker)
    dialog = shown(window, store)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert "could not be made" in dialog.demo_status.text()
    assert window.opened == [] and dialog.step == 0 and dialog.demo_button.isEnabled()


def test_a_demo_the_window_cannot_open_is_told(qtbot, window, store, documents) -> None:
    window.books.refuse = True  # e.g. open in another window: the controller said why
    dialog = shown(window, store)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert "could not be opened" in dialog.demo_status.text()
    assert dialog.step == 0 and dialog.demo_button.isEnabled()


def test_tour_walks_every_phase_with_the_keyboard(qtbot, window, store, documents) -> None:
    dialog = shown(window, store)
    total = dialog.step_count
    assert 4 <= total <= 6
    assert "Step 1 of" in dialog.step_label.text()
    seen: list[str] = []
    for index in range(1, total):
        qtbot.keyClick(dialog, Qt.Key.Key_Right)
        assert dialog.step == index
        assert f"Step {index + 1} of {total}" in dialog.step_label.text()
        seen.append(visible_text(dialog.pages.currentWidget()))
    text = " ".join(seen)
    for phase in PHASES:  # every phase is named and explained once
        assert phase.label in text
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.step == total - 2
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.next_button.text().replace("&", "") == "Finish"
    assert not dialog.skip_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.step == total - 3
    for _ in range(3):
        qtbot.keyClick(dialog, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert FIRST_RUN_DONE.read(store) is True


def test_back_is_disabled_on_the_first_step(qtbot, window, store, documents) -> None:
    dialog = shown(window, store)
    assert not dialog.back_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.step == 0


def test_help_menu_has_about_and_tour(qtbot, window, store, documents) -> None:
    registry = load_action_modules()
    about, tour = registry["help.about"], registry["help.tour"]
    assert about.menu == tour.menu == "Help"
    assert about.text == "About Delight Workshop"
    FIRST_RUN_DONE.write(store, True)
    tour.handler(window)  # replaying the tour works after the first run
    dialog = window.findChild(first_run.FirstRunDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    about.handler(window)
    assert window.findChild(AboutDialog).isVisible()


def test_about_shows_the_version(qtbot, window) -> None:
    dialog = show_about(window)
    assert dialog.isVisible()
    text = visible_text(dialog)
    assert f"Version {__version__}" in text
    assert "MIT" in text
    assert show_about(window) is dialog, "a second click raises the open box"
    close = next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Close"
    )
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)


def test_app_icon_has_every_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_first_start_in_the_real_console_opens_the_demo(qtbot, tmp_path, documents) -> None:
    from ui.console import main_window
    from ui.state import settings as prefs

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = first_run.maybe_show_first_run(window)
    assert dialog is not None
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    demo = documents / "Delight Workshop" / "Demo.dwbook"
    book = window.context.book
    assert book is not None and Path(book.path) == demo
    assert book.sessions.latest().title in window.windowTitle()
    while dialog.isVisible():
        qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert FIRST_RUN_DONE.read(prefs.settings()) is True
    assert first_run.maybe_show_first_run(window) is None
    assert window.trigger_action("help.about")
    about = window.findChild(AboutDialog)
    assert about is not None and f"Version {__version__}" in visible_text(about)
    about.reject()
    window.close()


def test_a_book_sent_by_the_desktop_as_a_file_open_event_is_opened(qtbot, tmp_path) -> None:
    """Finder on macOS hands a double-clicked book over as QFileOpenEvent."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from ui.app.application import FileOpenFilter
    from ui.console.main_window import MainWindow
    from workshop.book import Book

    path = tmp_path / "Sent by Finder.dwbook"
    with Book.create(path) as book:
        book.sessions.create("From Finder")
    window = MainWindow()
    qtbot.addWidget(window)
    QApplication.instance().installEventFilter(FileOpenFilter(window))
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.context.book is not None
    assert window.context.book.path == path
    assert "Sent by Finder" in window.windowTitle()
