"""The workshop book: one SQLite file holding a team's series of sessions.

``Book`` owns the connection, runs every change as a named operation inside one
transaction, keeps the undo history and tells listeners what changed. The
operations themselves live in small stores (``book.sessions``,
``book.contributions``...), one per part of the domain.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BookError, BookReadOnly
from .i18n import _
from .journal import Change, Origin, Transaction, UndoStack
from .storage import create_book, open_book_db, translate_error

if TYPE_CHECKING:
    from .stores import (
        ActionStore,
        ContributionStore,
        PlaybookStore,
        SessionStore,
        ThemeStore,
        VoteStore,
    )

Listener = Callable[[Change], None]
Clock = Callable[[], datetime]


class Book:
    def __init__(self, path: Path, db, clock: Clock = datetime.now) -> None:
        self.path = Path(path)
        self.db = db
        self.read_only = False  # set by open_read_only: every operation is refused
        self._scratch: Path | None = None  # a private copy's folder, removed on close
        self.recovered_wal: Path | None = None  # a torn -wal kept aside at open (walcheck)
        self.clock = clock
        self.history = UndoStack()
        self._listeners: list[Listener] = []
        self._in_operation = False

    # -- the stores: each made, and its module imported, when first used ---------
    # (opening a book and showing its sessions needs none but the first)
    @cached_property
    def sessions(self) -> SessionStore:
        from .stores.sessions import SessionStore

        return SessionStore(self)

    @cached_property
    def contributions(self) -> ContributionStore:
        from .stores.contributions import ContributionStore

        return ContributionStore(self)

    @cached_property
    def themes(self) -> ThemeStore:
        from .stores.themes import ThemeStore

        return ThemeStore(self)

    @cached_property
    def votes(self) -> VoteStore:
        from .stores.votes import VoteStore

        return VoteStore(self)

    @cached_property
    def actions(self) -> ActionStore:
        from .stores.actions import ActionStore

        return ActionStore(self)

    @cached_property
    def playbook(self) -> PlaybookStore:
        from .stores.playbook import PlaybookStore

        return PlaybookStore(self)

    # -- opening and closing -------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, clock: Clock = datetime.now, *, check: bool | None = None
    ) -> Book:
        """Open an existing book (raises a BookError a user can read).

        *check*: integrity check at open; None (default) only after an unclean close
        (see :mod:`.storage`). If its -wal would lose committed work in SQLite's
        recovery, a copy of the -wal is kept first and named in ``recovered_wal`` (the
        caller tells the user).
        """
        from .walcheck import keep_torn_wal

        kept = keep_torn_wal(Path(path))
        book = cls(Path(path), open_book_db(Path(path), check=check), clock)
        book.recovered_wal = kept
        return book

    @classmethod
    def open_read_only(cls, path: str | Path, clock: Clock = datetime.now) -> Book:
        """Open a book to read it only: no byte of the file changes (see readonly.py)."""
        from .readonly import open_book_db_read_only

        db, scratch = open_book_db_read_only(Path(path))
        book = cls(Path(path), db, clock)
        book.read_only = True
        book._scratch = scratch
        return book

    @classmethod
    def create(cls, path: str | Path, clock: Clock = datetime.now) -> Book:
        return cls(Path(path), create_book(Path(path)), clock)

    @classmethod
    def open_or_create(cls, path: str | Path, clock: Clock = datetime.now) -> Book:
        path = Path(path)
        return cls.open(path, clock) if path.exists() else cls.create(path, clock)

    def close(self) -> None:
        if not self.read_only:
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass  # the WAL stays beside the book and is replayed next time
        self.db.conn.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.stem

    def now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # -- listeners -----------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- operations ----------------------------------------------------------
    @contextmanager
    def operation(self, label: str, *, undoable: bool = True) -> Iterator[Transaction]:
        """Run the writes in the block as one atomic, undoable operation.

        When the block returns, the change is committed to disk; an exception
        rolls back every write of the block and leaves the book as it was.
        Navigation (``undoable=False``) is stored and announced but kept out of
        the undo history, so Ctrl+Z never just moves the room to another phase.
        """
        if self._in_operation:
            raise RuntimeError(_("operations do not nest"))
        if self.read_only:
            raise BookReadOnly(
                _("“{name}” is open read-only: “{label}” was not saved.").format(
                    name=self.path.name, label=label
                )
            )
        tx = Transaction(self.db)
        self._in_operation = True
        try:
            with self.db.atomic():
                yield tx
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path.name, self.path.parent) from exc
        finally:
            self._in_operation = False
        if tx.rows:
            change = Change(label, tuple(tx.rows), "do")
            if undoable:
                self.history.push(change)
            self._notify(change)

    def _replay(self, change: Change, origin: Origin) -> Change:
        rows = (
            change.rows if origin == "redo" else tuple(r.reversed() for r in reversed(change.rows))
        )
        tx = Transaction(self.db)
        try:
            with self.db.atomic():
                for row in rows:
                    tx.apply(row)
        except sqlite3.Error as exc:
            self.history.clear()
            raise BookError(
                _("Could not {origin} “{label}”: the book was changed elsewhere ({exc}).").format(
                    origin=origin, label=change.label, exc=exc
                )
            ) from exc
        return Change(change.label, rows, origin)

    def undo(self) -> Change | None:
        change = self.history.pop_undo()
        if change is None:
            return None
        done = self._replay(change, "undo")
        self.history.pushed_undone(change)
        self._notify(done)
        return done

    def redo(self) -> Change | None:
        change = self.history.pop_redo()
        if change is None:
            return None
        done = self._replay(change, "redo")
        self.history.pushed_redone(change)
        self._notify(done)
        return done

    @property
    def can_undo(self) -> bool:
        return self.history.undo_label is not None

    @property
    def can_redo(self) -> bool:
        return self.history.redo_label is not None

    # -- book-wide facts -----------------------------------------------------
    def info(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM book_info WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    @property
    def checked_at_open(self) -> bool:
        """Whether the book's integrity was checked when it was opened."""
        return bool(getattr(self.db, "checked", True))

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
