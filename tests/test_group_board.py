"""The Group board: one table, a column per theme. Its cost follows the cards on screen
(rows of one height, a card's words read when it is first shown); the keyboard goes card
to card, a click selects one card and Ctrl+click adds from any column, cards dropped
anywhere in a column join its theme, and the selection stays on its cards while they
move. Also: the book's integrity check runs after the window shows and speaks only when
something is wrong."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from ui.console import integrity
from ui.models.base import IdRole
from workshop.book import Book
from workshop.model import Kind, Phase

from .test_open_lean import _damaged_near_the_end, _filled
from .ui_fixtures import (
    board_column,
    card_index,
    click_card,
    column_cards,
    column_header,
    column_texts,
    drop_cards,
    go_to,
    open_book_with_session,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key


def _many_cards(console, book_file: Path, count: int) -> tuple[int, list[int]]:
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    with book.operation("Seed") as tx:
        ids = [tx.insert("contributions", {"session_id": sid, "kind": "delight",
                                           "text": f"Card number {n}", "created_at": book.now(),
                                           "revealed": 1})
               for n in range(count)]  # fmt: skip
    return sid, ids


def _in_view(board, index) -> bool:
    return QRect(0, 0, board.viewport().width(), board.viewport().height()).contains(
        board.visualRect(index)
    )


def test_a_long_column_counts_every_card_and_the_keyboard_reaches_its_end(
    qtbot, console, book_file, monkeypatch
):
    sid, ids = _many_cards(console, book_file, 500)
    page = go_to(console, Phase.GROUP)
    board = page.board
    assert column_header(page, None) == ["Not grouped yet", "500 cards"]
    assert QApplication.focusWidget() is board
    qtbot.keyClick(board, Key.Key_End)
    last = board.currentIndex()
    assert last.data(IdRole) == ids[-1] and _in_view(board, last)
    qtbot.keyClick(board, Key.Key_Down)  # nothing below the last card
    assert board.currentIndex() == last
    qtbot.keyClick(board, Key.Key_PageUp)
    assert 0 < board.currentIndex().row() < last.row()
    # Ctrl+G on the last card moves it into a new theme; both headers count at once.
    click_card(qtbot, board, last)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Later", True)))
    qtbot.keyClick(board, Key.Key_G, CTRL)
    book = console.context.book
    theme = next(t for t in book.themes.list(sid) if t.name == "Later")
    assert book.contributions.get(ids[-1]).theme_id == theme.id
    assert column_header(page, theme.id) == ["Later", "1 card"]
    assert column_header(page, None)[1] == "499 cards"
    # A card captured elsewhere (a phone in the room) joins its column and the count.
    book.contributions.add(sid, Kind.VALUE, "Loan a charger")
    assert column_header(page, None)[1] == "500 cards"
    assert column_texts(page, None)[-1] == "Loan a charger"


def test_the_kept_card_of_a_merge_far_down_is_selected_and_shown(qtbot, console, book_file):
    _sid, ids = _many_cards(console, book_file, 300)
    page = go_to(console, Phase.GROUP)
    page._select(ids[-1])  # as after a merge: the kept card is selected and shown
    board = page.board
    assert board.currentIndex().data(IdRole) == ids[-1]
    assert _in_view(board, board.currentIndex())
    assert page.selected_contribution_ids() == [ids[-1]]


def test_the_keyboard_moves_card_to_card_across_columns(qtbot, console, book_file):
    sid, ids = _many_cards(console, book_file, 12)
    book = console.context.book
    short = book.themes.create(sid, "Short")
    empty = book.themes.create(sid, "Empty")
    last = book.themes.create(sid, "Last")
    book.contributions.set_theme(ids[:2], short)
    book.contributions.set_theme(ids[2:5], last)
    page = go_to(console, Phase.GROUP)
    board = page.board
    board.setCurrentIndex(column_cards(page, None)[6])
    board.setFocus()
    qtbot.keyClick(board, Key.Key_Right)  # row 6 of a column of two: its last card
    assert board.currentIndex() == column_cards(page, short)[1]
    qtbot.keyClick(board, Key.Key_Right)  # the empty theme is passed over
    assert board.currentIndex() == column_cards(page, last)[1]
    assert board_column(page, empty) == board.currentIndex().column() - 1
    qtbot.keyClick(board, Key.Key_Right)  # the last column: the keyboard stays
    assert board.currentIndex() == column_cards(page, last)[1]
    qtbot.keyClick(board, Key.Key_Home)
    assert board.currentIndex() == column_cards(page, last)[0]
    qtbot.keyClick(board, Key.Key_Left)
    assert board.currentIndex() == column_cards(page, short)[0]
    qtbot.keyClick(board, Key.Key_Down, SHIFT)  # Shift+Down: two cards of one theme
    assert sorted(page.selected_contribution_ids()) == ids[:2]


def test_a_damaged_book_is_reported_after_the_window_shows(
    qtbot, console, message_boxes, tmp_path, monkeypatch
):
    monkeypatch.setattr(integrity, "DELAY_MS", 0)
    path = _damaged_near_the_end(tmp_path / "Damaged.dwbook")
    assert console.books.open_path(path)  # it opens: nothing at open reads the bad page
    assert console.context.book is not None
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    title, text = message_boxes[0]
    assert title == "The book may be damaged"
    assert "Damaged.dwbook" in text and "Save a Copy As" in text


def test_a_sound_book_is_checked_in_silence(qtbot, console, message_boxes, tmp_path, monkeypatch):
    monkeypatch.setattr(integrity, "DELAY_MS", 0)
    path = _filled(tmp_path / "Sound.dwbook", 20)
    with qtbot.waitSignal(console.books.integrity.finished, timeout=10_000) as checked:
        assert console.books.open_path(path)
    assert checked.args == [str(path), True]
    assert message_boxes == []


def test_a_book_already_checked_at_open_is_not_checked_again(
    qtbot, console, message_boxes, tmp_path, monkeypatch
):
    monkeypatch.setattr(integrity, "DELAY_MS", 0)
    path = _filled(tmp_path / "Crashed.dwbook", 5)
    with Book.open(path) as book:
        book.contributions.add(1, Kind.VALUE, "Unsaved when the power went")
        crashed = tmp_path / "Crashed copy.dwbook"
        crashed.write_bytes(path.read_bytes())
        Path(f"{crashed}-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    with qtbot.assertNotEmitted(console.books.integrity.finished, wait=300):
        assert console.books.open_path(crashed)
    assert console.context.book.checked_at_open


def test_the_board_reads_a_card_in_full_only_when_it_is_shown(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    water = book.contributions.add(sid, Kind.DELIGHT, "Offer water", "Ann")
    again = book.contributions.add(sid, Kind.DELIGHT, "Water please", "Bob")
    book.contributions.merge(water, again)
    hero = book.contributions.add(sid, Kind.HERO, "Mia drove a phone over", credited=["Sam"])
    page = go_to(console, Phase.GROUP)
    model = page.model
    assert model.outlines
    shown = {index.data(IdRole): index for index in column_cards(page, None)}
    assert shown[water].data() == "Offer water"
    assert "Water\xa0please" in shown[water].data(Qt.ItemDataRole.ToolTipRole)  # the duplicate
    assert shown[hero].data() == "Mia drove a phone over"
    # Moving an outline into a theme keeps what the card is (its credits too).
    theme = book.themes.create(sid, "Warm welcome")
    book.contributions.set_theme([hero], theme)
    assert column_texts(page, theme) == ["Mia drove a phone over"]
    assert model.full(model.record(hero)).credited == ("Sam",)


def test_a_click_selects_one_card_and_ctrl_click_adds_from_other_columns(qtbot, console, book_file):
    sid, ids = _many_cards(console, book_file, 6)
    book = console.context.book
    theme = book.themes.create(sid, "Quick wins")
    book.contributions.set_theme(ids[:4], theme)
    page = go_to(console, Phase.GROUP)
    board = page.board
    click_card(qtbot, board, column_cards(page, theme)[0])
    assert page.selected_contribution_ids() == [ids[0]]
    # Ctrl+click in another column adds to the selection: the first card stays chosen.
    click_card(qtbot, board, column_cards(page, None)[1], CTRL)
    assert page.selected_contribution_ids() == [ids[0], ids[5]]
    # A plain click selects that card only.
    click_card(qtbot, board, column_cards(page, None)[0])
    assert page.selected_contribution_ids() == [ids[4]]
    # A click under a column's last card selects nothing.
    empty = board.cards.index(3, board_column(page, None))
    assert empty.isValid() and empty.data() is None
    click_card(qtbot, board, empty)
    assert page.selected_contribution_ids() == []


def test_cards_dropped_under_a_column_join_its_theme_and_stay_selected(qtbot, console, book_file):
    sid, ids = _many_cards(console, book_file, 8)
    book = console.context.book
    theme = book.themes.create(sid, "Quick wins")
    book.contributions.set_theme(ids[:1], theme)
    page = go_to(console, Phase.GROUP)
    board = page.board
    click_card(qtbot, board, card_index(page, "Card number 5"))
    click_card(qtbot, board, card_index(page, "Card number 7"), CTRL)
    mime = board.cards.mimeData(board.selectionModel().selectedIndexes())
    drop_cards(board, mime, board_column(page, theme))
    assert {c.id for c in book.contributions.list(sid) if c.theme_id == theme} == {
        ids[0],
        ids[5],
        ids[7],
    }
    assert column_texts(page, theme) == ["Card number 0", "Card number 5", "Card number 7"]
    # The moved cards are still the ones selected, in their new column.
    assert page.selected_contribution_ids() == [ids[5], ids[7]]
    assert {i.column() for i in board.selectionModel().selectedIndexes()} == {
        board_column(page, theme)
    }
    # Dropped back where they are, nothing is written.
    before = book.db.conn.total_changes
    drop_cards(board, mime, board_column(page, theme))
    assert book.db.conn.total_changes == before


def test_a_theme_renamed_or_added_keeps_the_selection(qtbot, console, book_file):
    sid, ids = _many_cards(console, book_file, 4)
    book = console.context.book
    theme = book.themes.create(sid, "Drinks")
    book.contributions.set_theme(ids[:2], theme)
    page = go_to(console, Phase.GROUP)
    board = page.board
    click_card(qtbot, board, column_cards(page, theme)[1])
    click_card(qtbot, board, column_cards(page, None)[0], CTRL)
    book.themes.rename(theme, "Hot drinks")
    assert column_header(page, theme) == ["Hot drinks", "2 cards"]
    book.themes.create(sid, "Snacks")
    assert board.cards.columnCount() == 3
    assert page.selected_contribution_ids() == [ids[1], ids[2]]


def test_a_theme_title_is_one_line_and_double_click_renames_it(
    qtbot, console, book_file, monkeypatch
):
    sid, _ids = _many_cards(console, book_file, 2)
    book = console.context.book
    theme = book.themes.create(sid, "<b>Waiting</b>\n\tarea")
    page = go_to(console, Phase.GROUP)
    board = page.board
    assert column_header(page, theme) == ["<b>Waiting</b> area", "0 cards"]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Queue", True)))
    header = board.horizontalHeader()
    column = board_column(page, theme)
    point = header.rect().center()
    point.setX(header.sectionViewportPosition(column) + header.sectionSize(column) // 2)
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert book.themes.get(theme).name == "Queue"
    # The title of the cards not grouped yet is not a theme: nothing to rename.
    point.setX(header.sectionViewportPosition(0) + 10)
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [t.name for t in book.themes.list(sid)] == ["Queue"]


def test_a_long_card_shows_its_first_lines_and_its_tooltip_every_word(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    words = " ".join(f"word{n}" for n in range(200))
    book.contributions.add(sid, Kind.DELIGHT, words)
    page = go_to(console, Phase.GROUP)
    board = page.board
    index = column_cards(page, None)[0]
    option_width = board.columnWidth(0)
    shown = board.delegate._shown(words, board.font(), option_width - 40)
    assert shown.endswith(" …") and len(shown) < len(words) // 3
    assert "word199" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert board.rowHeight(0) == board.delegate.card_height(board.font())


def test_a_column_reads_its_cards_words_a_batch_at_a_time(qtbot, console, book_file):
    """The board reads cards without their words and each word when shown: a column's
    cards are read together, not one query per card."""
    _many_cards(console, book_file, 24)
    book = console.context.book
    queries: list[str] = []
    book.db.conn.set_trace_callback(queries.append)
    page = go_to(console, Phase.GROUP)
    qtbot.wait(50)
    shown = column_texts(page, None)
    book.db.conn.set_trace_callback(None)
    assert shown == [f"Card number {n}" for n in range(24)]
    by_id = [q for q in queries if re.search(r"FROM \[?contributions\]? WHERE id", q)]
    assert 0 < len(by_id) <= 3, by_id
