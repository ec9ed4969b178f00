"""What the windows share: the open book and the session being run.

One ``WorkshopContext`` is created by the main window and handed explicitly to
every page, panel and the projector (no global singleton).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, Signal

from ui.state.bridge import BookBridge
from ui.state.round_timer import RoundTimer
from workshop.book import Book
from workshop.model import Kind


class WorkshopContext(QObject):
    bookChanged = Signal()  # a book was opened or closed: re-read everything
    sessionChanged = Signal(int)  # id of the session being run, or -1 for none
    captureKindChanged = Signal(str)  # the kind being captured (its round's prompt is shown)
    # A batch of changes ended (see batch()): views that waited re-read once.
    batchEnded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge: BookBridge | None = None
        self.session_id: int | None = None
        # One timer for the room: the console sets it, the projector shows it.
        self.timer = RoundTimer(self)
        self.capture_kind: Kind | None = None
        self._batches = 0

    @property
    def book(self) -> Book | None:
        return self.bridge.book if self.bridge else None

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many changes in a row (fifty phones' cards at once): views that re-read
        everything on a change may wait for the end (``in_batch``, ``batchEnded``)."""
        self._batches += 1
        try:
            yield
        finally:
            self._batches -= 1
            if not self._batches:
                self.batchEnded.emit()

    @property
    def in_batch(self) -> bool:
        return self._batches > 0

    def set_book(self, bridge: BookBridge | None) -> None:
        if bridge is None:
            self.timer.reset()  # no book, no round: the timer does not run on unseen
        self.bridge = bridge
        self.session_id = None
        self.bookChanged.emit()
        self.sessionChanged.emit(-1)

    def reload(self) -> None:
        """Another program changed the book: every view re-reads it; the session stays."""
        sid = self.session_id
        if sid is not None and self.book is not None:
            try:
                self.book.sessions.get(sid)
            except Exception:  # the other program deleted it
                sid = None
        self.session_id = sid
        self.bookChanged.emit()
        self.sessionChanged.emit(-1 if sid is None else sid)

    def set_capture_kind(self, kind: Kind) -> None:
        """The console switched the kind it captures: the projector shows that round's prompt."""
        if kind != self.capture_kind:
            self.capture_kind = kind
            self.captureKindChanged.emit(kind.value)

    def set_session(self, session_id: int | None) -> None:
        if session_id == self.session_id:
            return
        self.session_id = session_id
        self.sessionChanged.emit(-1 if session_id is None else session_id)
