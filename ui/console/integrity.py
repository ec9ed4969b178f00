"""The open book's integrity check, in the background once the window is up.

``PRAGMA quick_check`` reads the whole file, so it is not on the way to the first
window: the core checks at open only after an unclean close, and otherwise this
runs the check on a thread of its own (its own read-only connection; SQLite
releases the GIL while it reads) a moment after the book opens. The user hears
of it only when something is wrong.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from workshop.storage import quick_check_file

DELAY_MS = 1500  # after the window has painted and the room has started


class IntegrityCheck(QObject):
    """Checks a book on a worker thread; ``damaged(path, detail)`` only if it is not sound."""

    damaged = Signal(str, str)
    finished = Signal(str, bool)  # path, sound

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._path: Path | None = None
        self._threads: list[threading.Thread] = []

    def schedule(self, path: Path, delay_ms: int | None = None) -> None:
        self._path = path
        self._timer.start(DELAY_MS if delay_ms is None else delay_ms)

    def cancel(self) -> None:
        self._timer.stop()
        self._path = None

    def _start(self) -> None:
        path = self._path
        if path is None:
            return
        thread = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _run(self, path: Path) -> None:
        problem = quick_check_file(path)
        # Emitted from the worker thread: Qt queues it to the window's thread.
        try:
            if problem is not None:
                self.damaged.emit(str(path), problem)
            self.finished.emit(str(path), problem is None)
        except RuntimeError:
            pass  # the window closed while the book was being checked

    def wait(self, timeout: float = 10.0) -> None:
        """Join the worker threads (tests, closing)."""
        for thread in self._threads:
            thread.join(timeout)
