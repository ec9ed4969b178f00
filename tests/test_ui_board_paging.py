"""The Group board with many cards: columns load a page at a time, count every card, and
keep drag, Ctrl+G and merge working; the book's integrity check runs after the window
shows and speaks only when something is wrong."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ui.console import integrity
from ui.models.base import IdRole
from ui.models.theme_column import PAGE
from workshop.book import Book
from workshop.model import Kind, Phase

from .test_open_lean import _damaged_near_the_end, _filled
from .ui_fixtures import go_to, open_book_with_session

CTRL = Qt.KeyboardModifier.ControlModifier


def _many_cards(console, book_file: Path, count: int) -> tuple[int, list[int]]:
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    with book.operation("Seed") as tx:
        ids = [tx.insert("contributions", {"session_id": sid, "kind": "delight",
                                           "text": f"Card number {n}", "created_at": book.now(),
                                           "revealed": 1})
               for n in range(count)]  # fmt: skip
    return sid, ids


def test_a_long_column_shows_a_page_counts_all_and_loads_more_at_its_end(
    qtbot, console, book_file, monkeypatch
):
    sid, ids = _many_cards(console, book_file, 3 * PAGE + 5)
    page = go_to(console, Phase.GROUP)
    column = page.board.ungrouped
    view = column.view
    assert view.model().rowCount() < len(ids)  # not every card is laid out
    assert column.count.text() == f"{len(ids)} cards"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.model().rowCount() > 2 * PAGE)
    # Ctrl+G on a card that was not loaded at first moves it into a new theme.
    last = view.currentIndex()
    moved = last.data(IdRole)
    assert moved in ids[PAGE:]
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Later", True)))
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    book = console.context.book
    theme = next(t for t in book.themes.list(sid) if t.name == "Later")
    assert book.contributions.get(moved).theme_id == theme.id
    assert page.board.columns[theme.id].count.text() == "1 card"
    assert column.count.text() == f"{len(ids) - 1} cards"
    # A card captured elsewhere joins the count at once, loaded or not.
    book.contributions.add(sid, Kind.VALUE, "Loan a charger")
    assert column.count.text() == f"{len(ids)} cards"


def test_merging_finds_the_kept_card_beyond_the_first_page(qtbot, console, book_file):
    _sid, ids = _many_cards(console, book_file, 2 * PAGE)
    page = go_to(console, Phase.GROUP)
    page.board.ungrouped.view.setFocus()
    page._select(ids[-1])  # as after a merge: the kept card is selected and shown
    view = page.board.ungrouped.view
    assert view.currentIndex().data(IdRole) == ids[-1]
    assert page.selected_contribution_ids() == [ids[-1]]


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
    view = page.board.ungrouped.view
    shown = {view.model().index(r, 0).data(IdRole): view.model().index(r, 0)
             for r in range(view.model().rowCount())}  # fmt: skip
    assert shown[water].data() == "Offer water"
    assert "Water\xa0please" in shown[water].data(Qt.ItemDataRole.ToolTipRole)  # the duplicate
    assert shown[hero].data() == "Mia drove a phone over"
    # Moving an outline into a theme keeps what the card is (its credits too).
    theme = book.themes.create(sid, "Warm welcome")
    book.contributions.set_theme([hero], theme)
    assert page.board.columns[theme].view.model().index(0, 0).data() == "Mia drove a phone over"
    assert model.full(model.record(hero)).credited == ("Sam",)


def _card_point(view, row: int):
    return view.visualRect(view.model().index(row, 0)).center()


def test_a_click_selects_in_one_column_and_ctrl_click_keeps_the_others(qtbot, console, book_file):
    sid, ids = _many_cards(console, book_file, 6)
    book = console.context.book
    theme = book.themes.create(sid, "Quick wins")
    book.contributions.set_theme(ids[:3], theme)
    page = go_to(console, Phase.GROUP)
    console.resize(1366, 768)
    qtbot.wait(50)
    ungrouped = page.board.ungrouped.view
    themed = page.board.columns[theme].view
    qtbot.mouseClick(themed.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(themed, 0))
    assert themed.selectionModel().hasSelection()
    # Ctrl+click in another column adds to the selection: the first column keeps its card.
    qtbot.mouseClick(
        ungrouped.viewport(), Qt.MouseButton.LeftButton, CTRL, _card_point(ungrouped, 1)
    )
    assert themed.selectionModel().hasSelection() and ungrouped.selectionModel().hasSelection()
    # A plain click selects in that column only.
    qtbot.mouseClick(ungrouped.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(ungrouped, 2))
    assert not themed.selectionModel().hasSelection()
    assert [i.data(IdRole) for i in ungrouped.selectedIndexes()] == [ids[5]]


def test_a_tall_column_loads_cards_until_it_is_full(qtbot, console, book_file):
    _sid, ids = _many_cards(console, book_file, 4 * PAGE)
    page = go_to(console, Phase.GROUP)
    console.resize(1920, 1200)
    view = page.board.ungrouped.view
    qtbot.waitUntil(lambda: view.height() > 900)
    qtbot.wait(100)
    loaded = view.model().rowCount()
    last = view.visualRect(view.model().index(loaded - 1, 0))
    # No empty space under the last card while cards are left to load.
    assert last.bottom() >= view.height() - 60 or loaded == len(ids)
    assert loaded < len(ids)  # ...but not every card


def test_a_column_reads_its_cards_words_a_batch_at_a_time(qtbot, console, book_file):
    """The board reads cards without their words and each word when shown: a column's
    cards are read together, not one query per card."""
    _many_cards(console, book_file, 2 * PAGE)
    book = console.context.book
    queries: list[str] = []
    book.db.conn.set_trace_callback(queries.append)
    page = go_to(console, Phase.GROUP)
    view = page.board.ungrouped.view
    qtbot.waitUntil(lambda: view.model().rowCount() >= PAGE)
    shown = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    book.db.conn.set_trace_callback(None)
    assert shown == [f"Card number {n}" for n in range(len(shown))]
    by_id = [q for q in queries if re.search(r"FROM \[?contributions\]? WHERE id", q)]
    assert 0 < len(by_id) <= 3, by_id


def test_cards_are_measured_at_the_width_of_their_viewport(qtbot, console, book_file):
    """The card delegate works the viewport's width out from the view (it never asks Qt
    for the viewport itself): with a scroll bar or without, shown or about to be."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    _many_cards(console, book_file, 4 * PAGE)
    page = go_to(console, Phase.GROUP)
    option = QStyleOptionViewItem()
    for view in page.board.views():  # scroll bars always on
        delegate = view.itemDelegate()
        assert delegate.viewport_width(option) == view.viewport().width()
    ideate = go_to(console, Phase.IDEATE)  # a list whose scroll bar comes and goes
    view = ideate.list
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    assert view.itemDelegate().viewport_width(option) == view.viewport().width()
