"""Opening, creating, copying and closing workshop books from the window.

One book is open at a time. A ``QLockFile`` beside the book (``NAME.dwbook.lock``)
keeps a second copy of the app from opening it at the same time. Every refusal
(not a book, newer format, in use, read-only, disk full) is a dialog in plain
words; the book that was open stays open and the app stays usable.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal

from ui.console.integrity import IntegrityCheck
from ui.models.labels import fill
from ui.rollup.network import warn_if_on_network
from ui.state import settings as prefs
from ui.state.bridge import BookBridge
from ui.state.outside import OutsideChangeWatcher
from ui.widgets.drafts import settle_drafts
from ui.widgets.messages import show_error
from workshop.book import Book
from workshop.errors import BookReadOnly, WorkshopError
from workshop.storage import BOOK_SUFFIX

if TYPE_CHECKING:
    from ui.console.main_window import MainWindow

DEFAULT_NAME = "Team workshops"


def lock_path(book_path: Path) -> Path:
    return book_path.with_name(book_path.name + ".lock")


def default_book_path() -> Path:
    """A free file name for a new book in the user's documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder or Path.home())
    candidate = base / f"{DEFAULT_NAME}{BOOK_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = base / f"{DEFAULT_NAME} {n}{BOOK_SUFFIX}"
        n += 1
    return candidate


class BookController(QObject):
    failed = Signal(str, bool)  # relayed from the open book's bridge

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._lock: QLockFile | None = None
        # Another program (the import command, the room server) changed the book.
        self.outside = OutsideChangeWatcher(window.context, self)
        self.outside.changedOutside.connect(
            lambda: window.show_message(self.tr("The book was changed by another program."))
        )
        # Checked at open only after an unclean close; otherwise here, off the start-up path.
        self.integrity = IntegrityCheck(self)
        self.integrity.damaged.connect(self._on_damaged)

    @property
    def book(self) -> Book | None:
        return self.window.context.book

    def _file_filter(self) -> str:
        return fill(self.tr("Workshop books (*%1);;All files (*)"), BOOK_SUFFIX)

    def _start_folder(self) -> str:
        if self.book is not None:
            return str(self.book.path.parent)
        return str(default_book_path().parent)

    def _refuse(self, title: str, message: str) -> bool:
        show_error(self.window, title, message)
        return False

    # -- opening ---------------------------------------------------------------
    def open_path(self, path: str | Path, *, create: bool = False) -> bool:
        """Open (or create) the book at *path*; False, after a dialog, if it cannot."""
        path = Path(path).expanduser().absolute()
        title = self.tr("Cannot create the book") if create else self.tr("Cannot open the book")
        if self.book is not None and self.book.path == path:
            return True
        if self.book is not None and not settle_drafts(self.window):
            return False  # the facilitator chose to stay with the words typed
        if create and path.exists():
            return self._refuse(
                title, fill(self.tr("“%1” already exists. Open it instead."), path.name)
            )
        if not create and not path.exists():
            self.forget_recent(str(path))
            return self._refuse(title, fill(self.tr("“%1” does not exist."), path.name))
        lock = QLockFile(str(lock_path(path)))
        lock.setStaleLockTime(0)  # a session lasts hours; only a dead owner frees the lock
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return self._refuse(
                    title,
                    fill(
                        self.tr(
                            "“%1” is in use: it is open in another Delight Workshop window. "
                            "Close it there first, or open a copy of it."
                        ),
                        path.name,
                    ),
                )
            lock = None  # a read-only folder: the book itself will say what is wrong
        try:
            book = Book.create(path) if create else Book.open(path)
        except BookReadOnly:
            if create:
                if lock is not None:
                    lock.unlock()
                return self._refuse(
                    title,
                    fill(self.tr("“%1” cannot be created: the folder is read-only."), path.name),
                )
            return self._open_read_only(path, lock, title)
        except WorkshopError as exc:
            if lock is not None:
                lock.unlock()
            return self._refuse(title, str(exc))
        except OSError as exc:
            if lock is not None:
                lock.unlock()
            return self._refuse(title, fill(self.tr("“%1”: %2"), path.name, exc.strerror or exc))
        self._swap(book, lock)
        prefs.remember_book(prefs.settings(), str(path))
        warn_if_on_network(self.window, path)
        if book.recovered_wal is not None:
            show_error(
                self.window,
                self.tr("Some changes could not be recovered"),
                fill(
                    self.tr(
                        "“%1” was not closed properly and part of its journal was damaged: "
                        "the book opened with every change up to the damaged part. "
                        "A copy of the journal was kept as “%2” for recovery."
                    ),
                    path.name,
                    book.recovered_wal.name,
                ),
            )
        return True

    def _open_read_only(self, path: Path, lock: QLockFile | None, title: str) -> bool:
        """A book the user cannot write opens read-only: readable, exportable, copyable."""
        if lock is not None:
            lock.unlock()
        try:
            book = Book.open_read_only(path)
        except WorkshopError as exc:
            return self._refuse(title, str(exc))
        self._swap(book, None)
        prefs.remember_book(prefs.settings(), str(path))
        self.window.show_message(
            fill(
                self.tr(
                    "“%1” is read-only: nothing can be changed; File > Save a Copy As… "
                    "makes a copy you can edit."
                ),
                path.name,
            ),
            15000,
        )
        return True

    def _swap(self, book: Book, lock: QLockFile | None) -> None:
        self.close_book(forget_last=False)
        bridge = BookBridge(book, self)
        bridge.failed.connect(self.failed)
        self._lock = lock
        self.window.context.set_book(bridge)
        latest = book.sessions.latest()
        if latest is not None:
            self.window.context.set_session(latest.id)
        if not book.checked_at_open:
            self.integrity.schedule(book.path)

    def _on_damaged(self, path: str, detail: str) -> None:
        if self.book is None or str(self.book.path) != path:
            return  # another book is open by now
        show_error(
            self.window,
            self.tr("The book may be damaged"),
            fill(
                self.tr(
                    "A check of “%1” found a problem: %2\n\n"
                    "What you add is still saved. Keep a copy now (File > Save a Copy As…) "
                    "and keep the book's earlier copies until it has been looked at."
                ),
                Path(path).name,
                detail,
            ),
        )

    def close_book(self, *, forget_last: bool = False) -> None:
        context = self.window.context
        bridge = context.bridge
        if bridge is None:
            return
        self.integrity.cancel()
        context.set_book(None)
        bridge.detach()
        try:
            bridge.book.close()
        except Exception:  # closing must never stop the app
            pass
        bridge.deleteLater()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if forget_last:
            prefs.LAST_BOOK.write(prefs.settings(), "")

    def open_at_start(self, args: list[str]) -> None:
        """``delight-workshop BOOK`` opens BOOK (creating it if new), else the last book."""
        paths = [a for a in args if a and not a.startswith("-")]
        if paths:
            path = Path(paths[0]).expanduser().absolute()
            if not path.exists() and path.suffix != BOOK_SUFFIX:
                path = path.with_name(path.name + BOOK_SUFFIX)  # a new book gets the book's suffix
            self.open_path(path, create=not path.exists())
            return
        last = prefs.LAST_BOOK.read(prefs.settings())
        if last and Path(last).exists():
            self.open_path(last)
        # Otherwise the window's welcome page offers to create one in Documents.

    # -- commands --------------------------------------------------------------
    def new_book(self) -> bool:
        suggested = default_book_path()
        if self.book is not None:
            suggested = self.book.path.parent / suggested.name
        from PySide6.QtWidgets import QFileDialog  # not needed to start the app

        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New workshop book"), str(suggested), self._file_filter()
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != BOOK_SUFFIX:
            path = path.with_name(path.name + BOOK_SUFFIX)
        if path.exists():
            return self.open_path(path)
        return self.open_path(path, create=True)

    def create_default_book(self) -> bool:
        path = default_book_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._refuse(self.tr("Cannot create the book"), str(exc))
        return self.open_path(path, create=True)

    def open_book(self) -> bool:
        from PySide6.QtWidgets import QFileDialog  # not needed to start the app

        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a workshop book"), self._start_folder(), self._file_filter()
        )
        return bool(name) and self.open_path(name)

    def recent(self) -> list[str]:
        return prefs.RECENT_BOOKS.read(prefs.settings())

    def forget_recent(self, path: str) -> None:
        store = prefs.settings()
        prefs.RECENT_BOOKS.write(store, [p for p in prefs.RECENT_BOOKS.read(store) if p != path])

    def save_copy_as(self) -> bool:
        book = self.book
        if book is None:
            return False
        suggested = book.path.with_name(f"{book.path.stem} copy{BOOK_SUFFIX}")
        from PySide6.QtWidgets import QFileDialog  # not needed to start the app

        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy of the book"), str(suggested), self._file_filter()
        )
        if not name:
            return False
        target = Path(name)
        if target.suffix != BOOK_SUFFIX:
            target = target.with_name(target.name + BOOK_SUFFIX)
        title = self.tr("Cannot save the copy")
        if target.absolute() == book.path:
            return self._refuse(title, self.tr("Choose another name than the open book's."))
        partial = target.with_name(target.name + ".partial")
        try:
            copy = sqlite3.connect(str(partial))
            try:
                book.db.conn.backup(copy)
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            detail = getattr(exc, "strerror", None) or str(exc)
            return self._refuse(
                title, fill(self.tr("“%1” could not be written: %2"), target.name, detail)
            )
        self.window.show_message(fill(self.tr("Saved a copy as %1"), target))
        return True
