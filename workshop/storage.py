"""Opening, creating and migrating workshop book files.

Every check that can refuse a file reads its header bytes first, without
opening it as a database, so a refused file is left byte-for-byte unchanged.

Integrity: ``PRAGMA quick_check`` reads the whole file (linear in its size), so
it runs at open only when the last close was not clean (a WAL with content left
beside the book); otherwise the app checks in the background after its window
shows (:func:`quick_check_file`), and read-only commands do not check at all.
sqlite-utils is imported only when a book is created or migrated.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from .db import BookDb
from .errorlog import log_detail
from .errors import BookError, BookLocked, BookReadOnly, DiskFull, NewerBook, NotABook
from .i18n import _
from .schema import APPLICATION_ID, MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION, migrations

BOOK_SUFFIX = ".dwbook"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class BookHeader:
    """What a book file's SQLite header says, read without opening it."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> BookHeader:
    """Read and check the SQLite header of *path*; raise NotABook if it is not ours."""
    name = path.name
    try:
        with open(path, "rb") as f:
            head = f.read(HEADER_SIZE)
    except IsADirectoryError:
        raise NotABook(_("“{name}” is a folder, not a workshop book.").format(name=name)) from None
    except PermissionError:
        raise BookReadOnly(
            _("“{name}” cannot be read: permission denied.").format(name=name)
        ) from None
    except FileNotFoundError:
        raise NotABook(_("“{name}” does not exist.").format(name=name)) from None
    if not head:
        raise NotABook(_("“{name}” is empty: it is not a workshop book.").format(name=name))
    if not head.startswith(SQLITE_MAGIC) or len(head) < HEADER_SIZE:
        raise NotABook(_("“{name}” is not a workshop book.").format(name=name))
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", head[28:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    header = BookHeader(page_size, page_count, user_version, application_id)
    if application_id != APPLICATION_ID:
        raise NotABook(_("“{name}” is a database, but not a workshop book.").format(name=name))
    # A checkpoint cut short by a crash writes page 1 (with the new page count)
    # before the pages that lengthen the file; they are still in the WAL, from
    # which SQLite recovers them. Only a book without a WAL must be this long.
    if not wal_pending(path) and path.stat().st_size < page_size * max(page_count, 1):
        raise NotABook(
            _("“{name}” is damaged: the file is shorter than it should be.").format(name=name)
        )
    if user_version > SCHEMA_VERSION:
        raise NewerBook(
            _(
                "“{name}” was written by a newer version of Delight Workshop (book format {user_version}, this app reads up to {SCHEMA_VERSION}). Please update the app to open it."
            ).format(name=name, user_version=user_version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    return header


def wal_pending(path: Path) -> bool:
    """True if a WAL with content is beside the book: it was not closed cleanly."""
    wal = path.with_name(f"{path.name}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def connect(path: Path) -> BookDb:
    """Open a connection with the settings every connection to a book needs."""
    # Autocommit mode: transactions are opened explicitly by db.atomic().
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=False)
    db = BookDb(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return db


def _configure_journal(db: BookDb, name: str) -> None:
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise translate_error(exc, name) from exc
    if mode.lower() != "wal":
        raise BookReadOnly(
            _("“{name}” cannot be written here (journal mode {mode}).").format(name=name, mode=mode)
        )
    # FULL: a commit has reached the disk when an operation returns.
    db.execute("PRAGMA synchronous = FULL")


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding *folder* has (next to) no room left."""
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def translate_error(exc: sqlite3.Error, name: str, folder: Path | None = None) -> BookError:
    """Turn a low-level SQLite error into one a user can read (*folder*: the book's)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return BookLocked(f"“{name}” is in use by another program. Close it there and try again.")
    if "full" in text or ("i/o error" in text and folder is not None and disk_is_full(folder)):
        return DiskFull(f"The disk is full: the last change to “{name}” was not saved.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return BookReadOnly(f"“{name}” cannot be written: the file or its folder is read-only.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return NotABook(f"“{name}” is damaged and cannot be opened.")
    return BookError(f"“{name}” could not be used: {exc}.")


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise BookReadOnly(
            _(
                "“{name}” cannot be written: the file or its folder is read-only. Copy it somewhere you can write, then open the copy."
            ).format(name=path.name)
        )


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.format{version}-backup{path.suffix}")


def create_book(path: Path) -> BookDb:
    """Create a new, empty book at *path* (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise BookError(_("“{name}” already exists.").format(name=path.name))
    if not path.parent.is_dir():
        raise BookError(
            _("Cannot create “{name}”: the folder {parent} does not exist.").format(
                name=path.name, parent=path.parent
            )
        )
    if not os.access(path.parent, os.W_OK):
        raise BookReadOnly(
            _("Cannot create “{name}”: the folder is read-only.").format(name=path.name)
        )
    db = None
    try:
        db = connect(path)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure_journal(db, path.name)
        _migrate(db)
    except BaseException as exc:
        # Leave nothing behind: no open connection, no half-made book.
        if db is not None:
            db.conn.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise translate_error(exc, path.name, path.parent) from exc
        raise
    return db


def open_book_db(path: Path, *, check: bool | None = None) -> BookDb:
    """Open an existing book, migrating it (after a backup) if it is older.

    *check*: run ``PRAGMA quick_check`` first (True), never (False), or only when
    the last close was not clean (None, the default). ``db.checked`` says if it ran.
    """
    path = Path(path)
    header = read_header(path)
    _check_writable(path)
    if header.user_version < SCHEMA_VERSION:
        _backup(path, header.user_version)
    if check is None:
        check = wal_pending(path)
    db = None
    side_files = _absent_side_files(path)
    try:
        db = connect(path)
        db.checked = bool(check)
        if check:
            # Check before switching the journal mode, which would write to the file.
            ok = db.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise damaged(path, ok)
        applied = _check_migration_names(db, path.name)
        _configure_journal(db, path.name)
        if header.user_version != SCHEMA_VERSION or not set(MIGRATION_NAMES) <= applied:
            _migrate(db)
    except BaseException as exc:
        # A refused book keeps no connection (nor its -wal/-shm files) open.
        if db is not None:
            db.conn.close()
        _remove_empty_side_files(side_files)
        if isinstance(exc, sqlite3.Error):
            if "malformed" in str(exc) or "not a database" in str(exc):
                raise damaged(path, str(exc)) from exc
            raise translate_error(exc, path.name, path.parent) from exc
        raise
    return db


def damaged(path: Path, detail: str) -> NotABook:
    """One line a manager understands; SQLite's own words go to the log."""
    where = log_detail(f"opening {path}", NotABook(detail))
    return NotABook(
        f"“{path.name}” is damaged and cannot be opened; restore it from a backup "
        f"(details in {where})."
    )


def _absent_side_files(path: Path) -> list[Path]:
    """The -wal and -shm that do not exist yet beside *path* (an open would make them)."""
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]


def _remove_empty_side_files(created: list[Path]) -> None:
    """Remove the -wal/-shm a refused open made, unless the -wal holds something."""
    wal = next((p for p in created if p.name.endswith("-wal")), None)
    if wal is not None and wal.exists() and wal.stat().st_size > 0:
        return
    for side in created:
        side.unlink(missing_ok=True)


def _check_migration_names(db: BookDb, name: str) -> set[str]:
    """The names of the migrations applied to the book; NewerBook if one is unknown."""
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    rows = db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ) if found else []  # fmt: skip
    applied = {row[0] for row in rows}
    if applied - set(MIGRATION_NAMES):
        raise NewerBook(
            _("“{name}” was written by a newer version of Delight Workshop.").format(name=name)
        )
    return applied


def quick_check_file(path: Path) -> str | None:
    """Check a book through a read-only connection of its own (any thread); None if sound.

    Returns SQLite's first complaint otherwise. Nothing is written to the book.
    """
    try:
        # as_uri() escapes what a URI would misread in a file name (#, ?, %).
        uri = Path(path).absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    if result == "ok":
        return None
    lines = [line for line in str(result).splitlines() if line.strip() and "***" not in line]
    summary = "; ".join(lines[:2]) or str(result)
    return summary if len(summary) <= 240 else summary[:239] + "…"


def _backup(path: Path, version: int) -> None:
    target = backup_path(path, version)
    # The backup API copies a consistent image, WAL contents included.
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    if not target.exists():  # pragma: no cover - backup() raises first
        shutil.copy2(path, target)


def _migrate(db: BookDb) -> None:
    database = db.utils()  # sqlite-utils, imported here: only a new or older book needs it
    pending = migrations.pending(database)
    migrations.apply(database)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if pending:
        # Copy the new format into the file itself, so its header (read before
        # any later open) says so even if the app is killed with the WAL unmerged.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
