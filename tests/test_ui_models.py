"""The console's item models: Qt's model checks, and row-level updates (never a reset)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget
from pytestqt.modeltest import ModelTester

from ui.models.base import IdRole, RecordModel
from ui.models.board import BoardModel
from ui.models.contributions import AuthorsRole, ContributionModel, DuplicatesRole, decode_ids
from ui.models.head import HeadProxy
from ui.models.heroes import HeroStoryModel
from ui.models.plan import ActionModel, ObstacleModel
from ui.models.ranking import RankingModel
from ui.models.sessions import SessionListModel
from ui.models.themes import ThemeModel
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from ui.widgets.card_delegate import card_list
from workshop.book import Book
from workshop.model import Kind


class Recorder(QObject):
    """Counts the structural signals of a model."""

    def __init__(self, model) -> None:
        super().__init__()
        self.events: list[str] = []
        model.modelReset.connect(lambda: self.events.append("reset"))
        model.rowsInserted.connect(lambda *_: self.events.append("insert"))
        model.rowsRemoved.connect(lambda *_: self.events.append("remove"))
        model.layoutChanged.connect(lambda *_: self.events.append("layout"))
        model.dataChanged.connect(lambda *_: self.events.append("data"))


@pytest.fixture
def context(qapp, book_path: Path, session_id: int, book: Book):
    ctx = WorkshopContext()
    ctx.set_book(BookBridge(book))
    ctx.set_session(session_id)
    yield ctx
    ctx.bridge.detach()


def fill_session(book: Book, sid: int) -> list[int]:
    ids = []
    for i, kind in enumerate([Kind.DELIGHT, Kind.OBSTACLE, Kind.HERO, Kind.VALUE] * 3):
        ids.append(book.contributions.add(sid, kind, f"card {i}", ["Ann", "Bob", None][i % 3]))
    theme = book.themes.create(sid, "Waiting")
    book.contributions.set_theme(ids[:3], theme)
    book.contributions.merge(ids[4], ids[8])
    book.votes.cast(sid, ids[0], "Ann", 2)
    book.votes.cast(sid, ids[5], "Bob", 1)
    book.actions.plan(sid, "Offer water", owner="Ann", due="2026-12-01")
    book.contributions.set_obstacle(ids[1], way_around="Ask a colleague", remover="IT")
    return ids


def all_models(context) -> list:
    return [
        SessionListModel(context),
        ContributionModel(context),
        ThemeModel(context),
        RankingModel(context),
        ActionModel(context),
        ObstacleModel(context),
        HeroStoryModel(context),
    ]


def test_every_model_passes_qt_model_checks(request, context, book, session_id):
    fill_session(book, session_id)
    models = all_models(context)
    board = BoardModel(models[1])
    board.set_themes(book.themes.list(session_id))
    assert board.columnCount() == 1 + len(book.themes.list(session_id))
    for model in [*models, board]:
        assert model.rowCount() > 0, type(model).__name__
        ModelTester(request.config).check(model, force_py=True)


def test_models_stay_valid_while_the_book_changes(request, context, book, session_id):
    models = all_models(context)
    board = BoardModel(models[1])
    models[2].modelReset.connect(lambda: board.set_themes(models[2].items()))
    models[2].rowsInserted.connect(lambda *_: board.set_themes(models[2].items()))
    models[2].rowsRemoved.connect(lambda *_: board.set_themes(models[2].items()))
    testers = []
    for model in [*models, board]:  # one tester per model: each keeps checking every later signal
        tester = ModelTester(request.config)
        tester.check(model, force_py=True)
        testers.append(tester)
    ids = fill_session(book, session_id)
    book.contributions.delete(ids[2])
    book.undo()
    book.contributions.split(ids[4])
    book.themes.delete(book.themes.list(session_id)[0].id)
    book.undo()
    assert models[1].keys() == [c.id for c in book.contributions.list(session_id)]
    shown = {
        board.card_id(r, c) for r in range(board.rowCount()) for c in range(board.columnCount())
    }
    assert shown - {None} == set(models[1].keys())  # every card once, on the board


def test_capturing_one_card_inserts_one_row_and_never_resets(context, book, session_id):
    model = ContributionModel(context)
    for i in range(20):
        book.contributions.add(session_id, Kind.DELIGHT, f"idea {i}")
    recorder = Recorder(model)
    book.contributions.add(session_id, Kind.OBSTACLE, "The printer jams")
    assert recorder.events == ["insert"]
    assert model.rowCount() == 21
    assert model.index(20, 0).data() == "The printer jams"


def test_merge_split_delete_and_undo_apply_row_by_row(context, book, session_id):
    model = ContributionModel(context)
    a = book.contributions.add(session_id, Kind.DELIGHT, "Offer water", "Ann")
    b = book.contributions.add(session_id, Kind.DELIGHT, "Water while waiting", "Bob")
    c = book.contributions.add(session_id, Kind.VALUE, "Loan a charger", "Chen")
    recorder = Recorder(model)
    book.contributions.merge(a, b)
    assert "reset" not in recorder.events
    assert model.keys() == [a, c]
    row = model.row_of(a)
    assert model.index(row, 0).data(AuthorsRole) == ["Ann", "Bob"]
    assert model.index(row, 0).data(DuplicatesRole) == 1
    book.undo()
    assert model.keys() == [a, b, c]
    assert model.index(model.row_of(a), 0).data(DuplicatesRole) == 0
    book.redo()
    book.contributions.split(a)
    assert model.keys() == [a, b, c]
    book.contributions.delete(b)
    assert model.keys() == [a, c]
    book.undo()  # the deleted card comes back at its place (capture order)
    assert model.keys() == [a, b, c]
    assert "reset" not in recorder.events


def test_random_operations_keep_the_model_equal_to_the_book(context, book, session_id):
    model = ContributionModel(context)
    rng = random.Random(7)
    theme = book.themes.create(session_id, "T")
    for step in range(150):
        cards = book.contributions.list(session_id)
        choice = rng.random()
        if choice < 0.4 or len(cards) < 3:
            book.contributions.add(session_id, rng.choice(list(Kind)), f"c{step}")
        elif choice < 0.55:
            x, y = rng.sample([c.id for c in cards], 2)
            book.contributions.merge(x, y)
        elif choice < 0.65:
            book.contributions.delete(rng.choice(cards).id)
        elif choice < 0.75:
            book.contributions.set_theme([rng.choice(cards).id], rng.choice([theme, None]))
        elif choice < 0.9 and book.can_undo:
            book.undo()
        elif book.can_redo:
            book.redo()
        expected = book.contributions.list(session_id)
        assert model.keys() == [c.id for c in expected]
        assert [model.item(r).theme_id for r in range(model.rowCount())] == [
            c.theme_id for c in expected
        ]


def test_session_list_inserts_sorted_and_moves_when_the_date_changes(context, book, session_id):
    model = SessionListModel(context)
    recorder = Recorder(model)
    newer = book.sessions.create("December", date="2026-12-10")
    assert recorder.events == ["insert"]
    assert model.keys() == [newer, session_id]
    book.sessions.update(newer, date="2026-10-01")
    assert model.keys() == [session_id, newer]
    assert "reset" not in recorder.events
    assert model.index(1, 2).data() == "Warm-up"


def test_sync_moves_rows_with_a_layout_change_and_keeps_persistent_indexes(qapp):
    class Numbers(RecordModel):
        headers = ("n",)

        def key(self, item):
            return item

    model = Numbers()
    model.reset_items([1, 2, 3, 4])
    kept = QPersistentModelIndex(model.index(3, 0))  # the row of 4
    recorder = Recorder(model)
    model.sync([4, 5, 1, 3])
    assert model.keys() == [4, 5, 1, 3]
    assert kept.row() == 0 and kept.data(IdRole) == 4
    assert "reset" not in recorder.events
    assert recorder.events.count("insert") == 1 and recorder.events.count("remove") == 1


def test_dragging_cards_carries_their_ids(context, book, session_id):
    model = ContributionModel(context)
    a = book.contributions.add(session_id, Kind.DELIGHT, "one")
    b = book.contributions.add(session_id, Kind.DELIGHT, "two")
    mime = model.mimeData([model.index(0, 0), model.index(1, 0)])
    assert decode_ids(mime) == [a, b]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_hidden_models_catch_up_when_shown(context, book, session_id):
    ranking = RankingModel(context, live=False)
    a = book.contributions.add(session_id, Kind.DELIGHT, "one")
    assert ranking.rowCount() == 0  # not live: nothing done yet
    ranking.set_live(True)
    assert ranking.keys() == [a]
    book.votes.cast(session_id, book.contributions.add(session_id, Kind.VALUE, "two"), "Ann")
    assert ranking.index(0, 3).data() == "two"
    assert ranking.index(0, 0).data() == "1"


def test_head_proxy_shows_the_newest_cards_row_by_row(request, context, book, session_id):
    model = ContributionModel(context, newest_first=True)
    head = HeadProxy(5)
    head.setSourceModel(model)
    ModelTester(request.config).check(head, force_py=True)
    recorder = Recorder(head)
    ids = [book.contributions.add(session_id, Kind.DELIGHT, f"card {i}") for i in range(8)]
    assert head.rowCount() == 5
    shown = [head.index(r, 0).data(IdRole) for r in range(5)]
    assert shown == ids[::-1][:5]
    book.contributions.delete(ids[-1])  # the newest goes: the sixth newest moves up
    assert [head.index(r, 0).data(IdRole) for r in range(5)] == ids[::-1][1:6]
    book.contributions.merge(ids[0], ids[6])
    assert [head.index(r, 0).data(IdRole) for r in range(5)] == ids[::-1][2:7]
    book.undo()
    book.undo()
    assert [head.index(r, 0).data(IdRole) for r in range(5)] == ids[::-1][:5]
    assert "reset" not in recorder.events
    assert model.counts()[Kind.DELIGHT] == 8 and model.hidden == 0


class RecordingPainter(QPainter):
    """A painter that notes the text the card delegate draws (it draws from Python)."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:
        self.texts.append(next(a for a in args if isinstance(a, str)))
        return super().drawText(*args)


def test_a_drawn_card_shows_its_words_kind_merged_duplicates_authors_and_if_hidden(
    qtbot, context, book, session_id
):
    a = book.contributions.add(session_id, Kind.DELIGHT, "Offer <b>water</b>", "Ann")
    b = book.contributions.add(session_id, Kind.DELIGHT, "Water while waiting", "Bob")
    hidden = book.contributions.add(session_id, Kind.OBSTACLE, "Printer jams", revealed=False)
    book.contributions.merge(a, b)
    model = ContributionModel(context, outlines=True)  # the board's model: words read late
    parent = QWidget()
    qtbot.addWidget(parent)
    view = card_list(parent)
    view.setModel(model)
    parent.resize(320, 400)
    parent.show()
    drawn = {}
    for cid in (a, hidden):
        index = model.index(model.row_of(cid), 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        canvas = QPixmap(320, 200)
        painter = RecordingPainter(canvas)
        view.itemDelegate().paint(painter, option, index)
        painter.end()
        drawn[cid] = painter.texts
    assert drawn[a] == ["Offer <b>water</b>", "Delight idea  ·  +1 merged  ·  Ann, Bob"]
    assert drawn[hidden] == ["Printer jams", "Obstacle  ·  hidden from the projector"]
    parent.close()


def test_a_card_moved_before_it_was_ever_shown_is_still_announced(context, book, session_id):
    """The board's model reads cards without their words; a card whose words were read
    after the book changed (a neighbour's batch) must still be reported as changed."""
    model = ContributionModel(context, outlines=True)
    ids = [book.contributions.add(session_id, Kind.DELIGHT, f"idea {i}") for i in range(30)]
    model.reload()
    theme = book.themes.create(session_id, "Later")
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    book.contributions.set_theme(ids[5:8], theme)  # one change of three rows
    assert [model.record(i).theme_id for i in ids[5:8]] == [theme] * 3
    assert set(changed) >= {5, 6, 7}
    assert model.index(6, 0).data() == "idea 6"
