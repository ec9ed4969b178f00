"""Refresh every view when another program changes the open book (issue 13).

A ``QTimer`` checks :class:`workshop.watch.OutsideChanges` once a second, and the
app checks again whenever one of its windows is activated. On a change the undo
history is dropped (its row images may no longer match the file) and
``WorkshopContext.reload`` makes every view, the projector included, re-read the book.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ui.state.context import WorkshopContext
from workshop.watch import OutsideChanges

INTERVAL_MS = 1000


class OutsideChangeWatcher(QObject):
    changedOutside = Signal()

    def __init__(self, context: WorkshopContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._watch: OutsideChanges | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        context.bookChanged.connect(self._attach)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        self._attach()

    def _attach(self) -> None:
        book = self._context.book
        self._watch = OutsideChanges(book.db) if book is not None else None
        if self._watch is None:
            self._timer.stop()
        else:
            self._timer.start()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Reload the views if another program committed to the book since the last check."""
        if self._watch is None or not self._watch.check():
            return False
        book = self._context.book
        if book is not None:
            book.history.clear()
        self._context.reload()
        self.changedOutside.emit()
        return True
