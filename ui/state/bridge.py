"""The seam between the Qt-free core and Qt: core changes become Qt signals.

The bridge owns no domain state. It re-emits each committed
:class:`workshop.journal.Change` as ``changed`` and runs operations on behalf
of the UI, turning a :class:`WorkshopError` into ``failed`` (shown by the window)
instead of an exception in a slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from workshop.book import Book
from workshop.errors import BookError, WorkshopError
from workshop.journal import Change

T = TypeVar("T")


class BookBridge(QObject):
    changed = Signal(object)  # workshop.journal.Change
    # (message, serious): serious errors (storage) deserve a dialog, others a status line.
    failed = Signal(str, bool)

    def __init__(self, book: Book, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        book.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def run(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call a core operation; on a user-facing error emit ``failed`` and return None."""
        try:
            return operation(*args, **kwargs)
        except WorkshopError as exc:
            self.failed.emit(str(exc), isinstance(exc, BookError))
            return None

    def undo(self) -> None:
        self.run(self.book.undo)

    def redo(self) -> None:
        self.run(self.book.redo)

    def detach(self) -> None:
        """Stop relaying (before the book is closed)."""
        self.book.unsubscribe(self._relay)
