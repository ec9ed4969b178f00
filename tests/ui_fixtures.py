"""Fixtures and helpers for the facilitator console's tests (a pytest plugin, see conftest).

Settings go to a temporary folder (QSettings in INI format), the documents
folder is a temporary folder, and message boxes are recorded instead of shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.app.application import configure_app
from ui.console.main_window import MainWindow
from workshop.book import Book
from workshop.templates import create_session_from


@pytest.fixture
def ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point QSettings and the documents folder at temporary folders."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    documents = tmp_path / "Documents"
    documents.mkdir()

    real = QStandardPaths.writableLocation

    def writable(location: QStandardPaths.StandardLocation) -> str:
        if location == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(documents)
        return real(location)

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(writable))
    return folder


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box shown: (title, text); none blocks."""
    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        assert box.textFormat() == Qt.TextFormat.PlainText
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def make_window(qtbot, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    app = QApplication.instance()
    configure_app(app, "light")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def console(qtbot, ui_settings: Path, message_boxes: list) -> Iterator[MainWindow]:
    """The facilitator console, shown and active, with no book open."""
    win = make_window(qtbot)
    yield win
    win.close()


@pytest.fixture
def book_file(tmp_path: Path) -> Path:
    return tmp_path / "Front desk.dwbook"


def open_book_with_session(
    window: MainWindow, path: Path, *, participants: tuple[str, ...] = ("Ann", "Bob", "Chen"), **kw
) -> int:
    """Create a book with one delight-ideas session and open it in *window*."""
    with Book.create(path) as book:
        sid = create_session_from(book, "delight-ideas", "Front desk, November",
                                  participants=list(participants), **kw)  # fmt: skip
    assert window.books.open_path(path)
    window.context.set_session(sid)
    return sid


def go_to(window: MainWindow, phase) -> QWidget:
    window.go_to_phase(phase)
    assert window.current_phase() == phase
    page = window.current_page()
    assert page is not None
    return page


def type_card(qtbot, page, text: str) -> None:
    from PySide6.QtCore import Qt as _Qt

    qtbot.keyClicks(page.box, text)
    qtbot.keyClick(page.box, _Qt.Key.Key_Return)


@pytest.fixture(autouse=True)
def english_plurals(qapp) -> None:
    """The app's catalogue, as the app installs it: "1 session", "2 sessions"."""
    from ui.app.i18n import install_language

    assert install_language(qapp, "en") == "en"


# -- the Group board: one table, a column per theme (None: not grouped yet) --------------
def board_column(page, theme_id: int | None) -> int:
    column = page.board.cards.column_of(theme_id)
    assert column is not None, f"no column for theme {theme_id}"
    return column


def column_cards(page, theme_id: int | None) -> list:
    """The cells of a column's cards, top to bottom."""
    cards, column = page.board.cards, board_column(page, theme_id)
    return [cards.index(row, column) for row in range(cards.count(column))]


def column_texts(page, theme_id: int | None) -> list[str]:
    return [index.data() for index in column_cards(page, theme_id)]


def column_header(page, theme_id: int | None) -> list[str]:
    """The column's title and count, as its header shows them."""
    text = page.board.cards.headerData(board_column(page, theme_id), Qt.Orientation.Horizontal)
    return text.split("\n")


def card_index(page, text: str, skip: int = 0):
    """The cell of the *skip*-th card showing *text*, in any column."""
    cards = page.board.cards
    found = [cards.index(row, column) for column in range(cards.columnCount())
             for row in range(cards.count(column)) if cards.index(row, column).data() == text]  # fmt: skip
    return found[skip]


def click_card(qtbot, board, index, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A click on a card, scrolled into view first as a facilitator would."""
    board.scrollTo(index)
    center = board.visualRect(index).center()
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, modifiers, center)


def drop_cards(board, mime, column: int) -> None:
    """Cards dragged over a column and dropped under its last card (or on the card at
    the bottom of the view when the column fills it)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    x = board.columnViewportPosition(column) + board.columnWidth(column) // 2
    point = QPoint(x, board.viewport().height() - 4)
    move, button, none = (
        Qt.DropAction.MoveAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    viewport = board.viewport()
    for event in (
        QDragEnterEvent(point, move, mime, button, none),
        QDragMoveEvent(point, move, mime, button, none),
        QDropEvent(QPointF(point), move, mime, button, none),
    ):
        QApplication.sendEvent(viewport, event)
