"""Models bound to the shared context: they follow the open book and session.

A bound model re-reads everything only when the book or the session changes;
for each committed change it either applies the rows itself
(:meth:`BoundModel.apply`) or, for small lists, re-reads and :meth:`sync`\\ s,
which emits row-level signals. A model that is not *live* (its page is hidden)
only remembers that it is stale and catches up when it becomes live again, so
hidden pages cost nothing while the facilitator captures at speaking pace.
"""

from __future__ import annotations

from typing import Any

from ui.models.base import RecordModel
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from workshop.book import Book
from workshop.journal import Change


class BoundModel(RecordModel):
    #: tables whose changes may concern this model
    tables: tuple[str, ...] = ()
    #: False for book-wide models that do not depend on the session
    per_session: bool = True

    def __init__(self, context: WorkshopContext, parent: Any = None, *, live: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self._live = live
        self._stale = False
        self._needs_reset = False
        ChangeFollower(context, self, self._on_change)
        context.bookChanged.connect(self.reload)
        context.sessionChanged.connect(self._on_session)
        self.reload()

    # -- what subclasses define ------------------------------------------------
    def fetch(self) -> list[Any]:
        """The model's records as the book holds them now."""
        return []

    def concerns(self, change: Change) -> bool:
        if not any(change.touches(t) for t in self.tables):
            return False
        if not self.per_session:
            return True
        sid = self.session_id
        return sid is not None and (sid in change.session_ids() or not change.session_ids())

    def apply(self, change: Change) -> None:
        """Bring the rows up to date after *change* (default: re-read and sync)."""
        self.sync(self.fetch())

    # -- plumbing --------------------------------------------------------------
    @property
    def book(self) -> Book | None:
        return self.context.book

    @property
    def session_id(self) -> int | None:
        return self.context.session_id

    def _on_session(self, _session_id: int) -> None:
        if self.per_session:
            self.reload()

    def reload(self) -> None:
        if not self._live:
            self._needs_reset = True
            return
        self._stale = self._needs_reset = False
        ready = self.book is not None and (self.session_id is not None or not self.per_session)
        self.reset_items(self.fetch() if ready else [])

    def _on_change(self, change: Change) -> None:
        if self.book is None or not self.concerns(change):
            return
        if not self._live:
            self._stale = True
            return
        self.apply(change)

    def set_live(self, live: bool) -> None:
        """Follow changes as they happen (True) or catch up later (False)."""
        self._live = live
        if live and self._needs_reset:
            self.reload()
        elif live and self._stale:
            self._stale = False
            ready = self.book is not None and (self.session_id is not None or not self.per_session)
            self.sync(self.fetch() if ready else [])

    @property
    def live(self) -> bool:
        return self._live
