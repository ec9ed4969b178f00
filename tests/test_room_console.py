"""The room from the console: open it with a click, phones join over HTTP, undo, close."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_fixtures import go_to, open_book_with_session
from ui.projector.actions import toggle_projector
from ui.projector.room_panel import RoomJoinPanel
from ui.room.bar import RoomBar
from ui.room.controller import RoomController
from workshop.model import Phase, VoteMode


@pytest.fixture
def pool():
    with ThreadPoolExecutor(2) as workers:
        yield workers


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The room listens on 127.0.0.1 in tests, whatever networks this machine has."""
    monkeypatch.setattr("ui.room.opening.room_addresses", lambda: [("lo", "127.0.0.1")])


class Phone:
    """A phone's HTTP calls, made off the Qt thread (the console answers them on its own)."""

    def __init__(self, qtbot, pool: ThreadPoolExecutor, controller: RoomController) -> None:
        self.qtbot, self.pool = qtbot, pool
        self.port = controller.server.port
        self.token = ""

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, dict]:
        def send() -> tuple[int, dict]:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                conn.connect()
            except ConnectionRefusedError:
                return 0, {}  # nobody listens: the room is closed
            headers = {"Content-Type": "application/json", "X-Room-Token": self.token}
            conn.request(method, path, None if body is None else json.dumps(body), headers)
            response = conn.getresponse()
            return response.status, json.loads(response.read() or b"{}")

        future: Future = self.pool.submit(send)
        self.qtbot.waitUntil(future.done, timeout=10_000)
        return future.result()

    def join(self, code: str, name: str) -> None:
        status, data = self.call(
            "POST", "/api/join", {"code": code, "name": name, "token_in_body": True}
        )
        assert status == 200, data
        self.token = data["token"]


def _room_bar(page) -> RoomBar:
    bar = page.findChild(RoomBar)
    assert bar is not None and bar.isVisible()
    return bar


def test_a_phones_card_reaches_console_and_projector_and_undo_takes_it_back(
    qtbot, console, book_file: Path, pool
) -> None:
    open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    bar = _room_bar(page)
    assert bar.button.text() == "Open the room"  # off until the facilitator opens it
    projector = toggle_projector(console)
    # This test's one screen is 800x600; the room sees a 1080p projector.
    projector.showNormal()
    projector.resize(1920, 1080)
    console.activateWindow()  # as with a second screen: the keyboard stays at the console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    panel = projector.findChild(RoomJoinPanel)
    assert not panel.isVisible()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    controller = RoomController.of(console.context)
    assert controller.is_open and bar.button.text() == "Close the room"
    assert bar.address.text().startswith(f"Join: {controller.address}  code: {controller.code}")
    qtbot.waitUntil(panel.isVisible)
    assert panel.code.text() == f"Code: {controller.code[:3]} {controller.code[3:]}"
    assert panel._qr_text == controller.join_url  # the QR code carries the link with the code
    assert not panel.code_box.pixmap().isNull() and panel.code_box.width() >= 150
    # The join strip leaves the cards three quarters of the screen, on an old projector too.
    for size in ((1920, 1080), (1024, 768)):
        projector.resize(*size)
        qtbot.waitUntil(  # refitted to this height, and laid out
            lambda: (
                0 < panel.code_box.height() <= projector.height() * 0.22
                and panel.height() >= panel.code_box.height()
            )
        )
        qtbot.waitUntil(lambda: panel.height() <= projector.height() * 0.25)
        assert panel.code_box.width() >= 140 and panel.code.isVisible()
    projector.resize(1920, 1080)

    phone = Phone(qtbot, pool, controller)
    phone.join(controller.code, "Zoe")
    qtbot.waitUntil(lambda: "Zoe" in bar.status.text())
    status, data = phone.call("POST", "/api/cards", {"key": "card-0001", "text": "Self check-in"})
    assert status == 201
    qtbot.waitUntil(lambda: "Self check-in" in projector.rendered_texts())
    texts = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Self check-in" in texts
    assert page.model.rowCount() == 1

    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    qtbot.waitUntil(lambda: "Self check-in" not in projector.rendered_texts())
    status, data = phone.call("GET", "/api/state")
    assert status == 200 and data["result"]["me"]["cards"] == []

    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)  # close the room
    assert not controller.is_open and not panel.isVisible()
    assert phone.call("GET", "/api/state")[0] == 0  # nobody listens any more
    projector.close()


def test_a_phone_vote_mixes_with_turns_and_the_room_closes_with_the_book(
    qtbot, console, book_file: Path, pool
) -> None:
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    cards = [book.contributions.add(sid, "delight", text) for text in ("Tea", "Maps")]
    page = go_to(console, Phase.VOTE)
    page.method.setCurrentIndex(page.method.findData(VoteMode.PHONES.value))
    assert page.method.model().item(page.method.currentIndex()).isEnabled()
    bar = _room_bar(page)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    controller = RoomController.of(console.context)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert book.sessions.get(sid).voting_open

    projector = toggle_projector(console)
    # This test's one screen is 800x600; the room sees a 1080p projector.
    projector.showNormal()
    projector.resize(1920, 1080)
    console.activateWindow()  # as with a second screen: the keyboard stays at the console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    panel = projector.findChild(RoomJoinPanel)
    phone = Phone(qtbot, pool, controller)
    phone.join(controller.code, "Dana")
    assert phone.call("POST", "/api/dots", {"card": cards[1]})[0] == 200
    assert phone.call("POST", "/api/done", {"done": True})[0] == 200
    qtbot.waitUntil(lambda: "Phones that have voted: 1 (Dana)" in bar.status.text())
    assert panel.voted.text() == "Phones that have voted: 1 (Dana)"
    book.sessions.set_phase(sid, Phase.PLAN)  # another phase counts who is in the room
    qtbot.waitUntil(lambda: panel.voted.text() == "Phones in the room: 1")
    book.sessions.set_phase(sid, Phase.VOTE)
    projector.close()
    page.board.setFocus()
    qtbot.keyClick(page.board, Qt.Key.Key_1)  # Ann votes at the laptop, turn by turn
    assert book.votes.tally(sid) == {cards[0]: 1, cards[1]: 1}
    methods = dict(book.db.execute("SELECT voter, method FROM votes").fetchall())
    assert methods == {"Dana": "phones", "Ann": "turns"}

    console.books.close_book()
    assert not controller.is_open
    assert phone.call("GET", "/api/state")[0] == 0


def test_removing_a_phone_from_the_phones_dialog(qtbot, console, book_file: Path, pool) -> None:
    from ui.room.phones_dialog import PhonesDialog

    open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    qtbot.mouseClick(_room_bar(page).button, Qt.MouseButton.LeftButton)
    controller = RoomController.of(console.context)
    ann, bob = Phone(qtbot, pool, controller), Phone(qtbot, pool, controller)
    ann.join(controller.code, "Ann")
    bob.join(controller.code, "Bob")
    dialog = PhonesDialog(controller, console)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(2)] == [
        "Ann (not connected)",
        "Bob (not connected)",
    ]
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    assert ann.call("GET", "/api/state")[0] == 401
    assert bob.call("GET", "/api/state")[0] == 200
    controller.close()


def test_session_menu_opens_and_closes_the_room_and_only_with_a_session(
    qtbot, console, book_file: Path
) -> None:
    action = console.action("room.toggle")
    assert not action.isEnabled()  # no book, no session: nothing to open
    open_book_with_session(console, book_file)
    console.refresh_actions()
    assert action.isEnabled() and action.text() == "Open the &Room…"
    assert "Ctrl+Shift+J" in [s.toString() for s in action.shortcuts()]
    session_menu = next(m for m in console.menuBar().actions() if m.text() == "&Session").menu()
    assert action in session_menu.actions()
    action.trigger()
    controller = RoomController.of(console.context)
    assert controller.is_open and action.text() == "Close the &Room"
    action.trigger()
    assert not controller.is_open and action.text() == "Open the &Room…"
