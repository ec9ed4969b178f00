"""The console's side of the room: one ``RoomController`` per ``WorkshopContext``.

It runs the core room (``workshop.room``) on the Qt main thread, which owns the
book: the aiohttp server's thread hands each phone request over through a
``BookThread`` whose ``wake`` is a queued signal, so the request runs here and its
answer goes back to the server's coroutine through a future. The room is off
until the facilitator opens it, serves one session, and closes with the book,
with a change of session, and when the app quits.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from ui.state.context import WorkshopContext
from workshop.model import Kind
from workshop.room.dispatch import BookThread
from workshop.room.room import Phone, Room

if TYPE_CHECKING:
    from workshop.room.server import RoomServer

PREFERRED_PORT = 8765
TIMER_DRIFT = 2  # seconds the phones' own countdown may drift before it is corrected


class RoomController(QObject):
    openChanged = Signal(bool)
    phonesChanged = Signal()  # joined, removed, connected or disconnected, voted
    _wake = Signal()

    def __init__(self, context: WorkshopContext) -> None:
        super().__init__(context)
        self.setObjectName("roomController")
        self.context = context
        self.room: Room | None = None
        self.server: RoomServer | None = None
        self.owner = BookThread(wake=self._wake.emit)
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._timer_sent: tuple[int, bool, float] | None = None
        context.bookChanged.connect(self.close)
        context.sessionChanged.connect(self._session_changed)
        context.captureKindChanged.connect(self._kind_changed)
        context.timer.ticked.connect(self._timer_ticked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @classmethod
    def of(cls, context: WorkshopContext) -> RoomController:
        """The context's room controller, created on first use."""
        found = context.findChild(RoomController, "roomController")
        return found if found is not None else cls(context)

    # -- state -------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.room is not None and self.room.is_open

    @property
    def phones(self) -> list[Phone]:
        return self.room.phones if self.is_open else []

    @property
    def shows_names(self) -> bool:
        book, room = self.context.book, self.room
        if book is None or room is None:
            return False
        return not book.sessions.get(room.session_id).anonymous

    @property
    def join_url(self) -> str:
        return self.server.join_url if self.server else ""

    @property
    def address(self) -> str:
        return self.server.address if self.server else ""

    @property
    def code(self) -> str:
        return self.room.code if self.room else ""

    # -- opening and closing -----------------------------------------------------------
    def open(self, host: str, port: int = PREFERRED_PORT) -> None:
        """Open the room for the session being run, listening on *host* only.

        Raises OSError when the address cannot be used.
        """
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None:
            return
        self.close()
        room = Room(book, sid)
        self.owner.transaction = book.db.atomic  # a burst of phones: one commit per batch
        if self.context.capture_kind is not None:
            room.set_kind(self.context.capture_kind)
        self._timer_sent = None
        self.room = room
        self._timer_ticked(self.context.timer.seconds_left())
        room.subscribe(self._room_news)
        # aiohttp is imported only when a room opens: the first window does not need it.
        from workshop.room.server import RoomServer

        server = None
        for candidate in (port, 0):  # the usual port, or any free one
            server = RoomServer(room, self.owner, host, candidate)
            try:
                server.start()
                break
            except OSError:
                server = None
                if candidate == 0:
                    room.close()
                    self.room = None
                    raise
        self.server = server
        self.openChanged.emit(True)
        self.phonesChanged.emit()

    def close(self) -> None:
        """Close the room: every phone's token stops working, the port is freed."""
        room, server = self.room, self.server
        if room is None:
            return
        self.room = None
        self.server = None
        room.close()
        self._drain()
        if server is not None:
            server.stop()
        self._drain()
        self.owner.transaction = None
        self.openChanged.emit(False)
        self.phonesChanged.emit()

    def remove_phone(self, phone_id: str) -> bool:
        return bool(self.room and self.room.remove_phone(phone_id))

    # -- following the console ------------------------------------------------------------
    def _drain(self) -> None:
        with self.context.batch():  # a burst of phones' changes: views re-read once
            self.owner.drain()

    def _room_news(self, what: str) -> None:
        if what == "phones":  # joined, removed, connected, voted (not every card)
            self.phonesChanged.emit()

    def _session_changed(self, session_id: int) -> None:
        if self.room is not None and session_id != self.room.session_id:
            self.close()

    def _kind_changed(self, kind: str) -> None:
        if self.is_open:
            self.room.set_kind(Kind(kind))

    def _timer_ticked(self, seconds: int) -> None:
        """Tell the phones about a start, a pause or a jump; they count down themselves."""
        if not self.is_open:
            return
        running = self.context.timer.running
        sent = self._timer_sent
        if sent is not None and sent[1] == running:
            expected = sent[0] - (int(time.monotonic() - sent[2]) if running else 0)
            if abs(expected - seconds) <= TIMER_DRIFT:
                return
        self._timer_sent = (seconds, running, time.monotonic())
        self.room.set_timer(seconds, running)
