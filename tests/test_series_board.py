"""The obstacle board: every status from the keyboard, undo, filters, figures, row-level updates."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from ui.series.obstacle_board import ObstacleBoard
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop.book import Book
from workshop.model import ObstacleStatus


@pytest.fixture
def board_book(book: Book) -> Book:
    clock = book.clock
    clock.current = datetime(2026, 9, 1, 9, 0)
    september = book.sessions.create("Obstacle hunt", date="2026-09-01")
    for text, who in (
        ("Refunds need two signatures", "Store manager"),
        ("Booking system logs us out", "IT"),
        ("Only one key to the safe", "store manager"),
        ("Forms in <b>triplicate</b>", None),
    ):
        book.contributions.add(september, "obstacle", text, remover=who)
    book.contributions.add(september, "delight", "Not an obstacle")
    return book


def _board(qtbot, book: Book) -> ObstacleBoard:
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    board = ObstacleBoard(context)
    qtbot.addWidget(board)
    board.resize(1180, 620)
    board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    board.focus_default()
    return board


def _status(book: Book, text: str) -> ObstacleStatus:
    return next(r.obstacle_status for r in book.contributions.obstacles() if r.text == text)


def _tile(board: ObstacleBoard, key: str) -> str:
    return board.tiles[key].value.text()


def test_an_obstacle_goes_through_every_status_from_the_board_with_undo(
    qtbot, board_book: Book
) -> None:
    book = board_book
    board = _board(qtbot, book)
    assert board.proxy.rowCount() == 4 and _tile(board, "open") == "4"
    board.table.selectRow(1)
    text = "Booking system logs us out"
    assert board.proxy.index(1, 0).data() == text
    book.clock.current = datetime(2026, 9, 1, 9, 0)

    walk = [
        (Qt.Key.Key_I, ObstacleStatus.IN_PROGRESS, "In progress"),
        (Qt.Key.Key_R, ObstacleStatus.REMOVED, "Removed"),
        (Qt.Key.Key_W, ObstacleStatus.WONT_FIX, "Won't fix"),
        (Qt.Key.Key_O, ObstacleStatus.OPEN, "Open"),
    ]
    for key, status, label in walk:
        if status is ObstacleStatus.REMOVED:
            book.clock.current += timedelta(days=12)
        qtbot.keyClick(board.table, key)
        assert _status(book, text) is status  # stored at once, through the core operation
        assert board.proxy.index(1, 4).data() == label
        if status is ObstacleStatus.REMOVED:
            assert _tile(board, "removed") == "1" and _tile(board, "median") == "12"
    assert book.history.undo_label == "Update obstacle"

    # Ctrl+Z in the board's own window walks back through every status.
    for _key, status, label in reversed(walk[:-1]):
        qtbot.keyClick(board.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert _status(book, text) is status
        assert board.proxy.index(1, 4).data() == label
    qtbot.keyClick(board.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _status(book, text) is ObstacleStatus.OPEN
    assert _tile(board, "open") == "4" and _tile(board, "median") == "—"


def test_buttons_filters_and_figures(qtbot, board_book: Book) -> None:
    book = board_book
    board = _board(qtbot, book)
    board.table.selectRow(0)
    by_text = {b.text().split("  ")[0]: b for b in board.findChildren(QPushButton)}
    qtbot.mouseClick(by_text["Removed"], Qt.MouseButton.LeftButton)
    assert _status(book, "Refunds need two signatures") is ObstacleStatus.REMOVED

    # Owner filter: "Store manager" and "store manager" are one person.
    owners = [board.owner_combo.itemText(i) for i in range(board.owner_combo.count())]
    assert owners == ["Everyone", "Nobody named yet", "IT", "Store manager"]
    board.owner_combo.setFocus()
    qtbot.keyClicks(board.owner_combo, "Store")
    assert board.proxy.rowCount() == 2
    assert (_tile(board, "open"), _tile(board, "removed")) == ("1", "1")
    assert board.shown.text() == "Showing 2 of 4"

    # Status filter on top: only what is still in the way.
    board.status_combo.setCurrentIndex(1)
    assert [board.proxy.index(r, 0).data() for r in range(board.proxy.rowCount())] == [
        "Only one key to the safe"
    ]
    board.owner_combo.setCurrentIndex(1)  # nobody named
    assert board.proxy.index(0, 0).data() == "Forms in <b>triplicate</b>"


def test_editing_who_can_remove_it_goes_through_the_core(qtbot, board_book: Book) -> None:
    board = _board(qtbot, board_book)
    index = board.proxy.index(3, 3)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    board.proxy.setData(index, "Head office")
    assert board_book.contributions.obstacles()[3].remover == "Head office"
    assert board.proxy.index(3, 3).data() == "Head office"
    assert "Head office" in [
        board.owner_combo.itemText(i) for i in range(board.owner_combo.count())
    ]
    board_book.undo()
    assert board.proxy.index(3, 3).data() == "—"


def test_new_obstacle_is_one_inserted_row(qtbot, qtmodeltester, board_book: Book) -> None:
    board = _board(qtbot, board_book)
    sid = board_book.sessions.create("Later", date="2026-11-01")
    with qtbot.assertNotEmitted(board.model.modelReset):
        with qtbot.waitSignal(board.model.rowsInserted):
            board_book.contributions.add(sid, "obstacle", "Printer jams", remover="IT")
        board_book.contributions.add(sid, "value", "Not on the board")
    assert board.model.rowCount() == 5 and _tile(board, "open") == "5"
    board_book.sessions.update(sid, title="November")
    assert board.model.items()[-1].session_title == "November"
    for _ in range(3):  # the rename, the value idea, the obstacle
        board_book.undo()
    assert board.model.rowCount() == 4
    qtmodeltester.check(board.model)
    qtmodeltester.check(board.proxy)


def test_sorting_by_a_header_keeps_rows_in_place_while_their_status_changes(
    qtbot, board_book: Book
) -> None:
    board = _board(qtbot, board_book)
    header = board.table.horizontalHeader()
    x = header.sectionViewportPosition(3) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [board.proxy.index(r, 3).data() for r in range(board.proxy.rowCount())]
    assert names == ["IT", "Store manager", "store manager", "—"]  # ties: oldest first
    board.table.selectRow(0)
    qtbot.keyClick(board.table, Qt.Key.Key_R)
    assert board.proxy.index(0, 4).data() == "Removed"  # still the selected, first row
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert board.proxy.index(0, 3).data() == "—"  # descending: nobody named comes first
