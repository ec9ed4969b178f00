"""Opening a book only to read it, without changing a byte of it (``info``, ``export``,
the app's read-only mode).

A normal (read-write) open rewrites the header's change counter and switches the
journal mode, and is refused for a book the user cannot write. Here:

- a book with a ``-wal`` beside it (open elsewhere, or not closed cleanly) is
  opened with ``mode=ro``, which reads the committed changes in the ``-wal``;
- a book without one has nothing outside the main file, and is opened
  ``immutable`` (``mode=ro`` would create an empty ``-wal`` and a ``-shm`` beside
  it, and cannot open at all on read-only media);
- where neither can read it (a ``-wal`` without its ``-shm`` on read-only media)
  or where the book is in an older format, a private copy in a temporary folder
  is read instead (and migrated there), never the book itself.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from .db import BookDb
from .errors import BookError
from .i18n import _
from .schema import SCHEMA_VERSION
from .storage import _check_migration_names, _migrate, read_header, translate_error


def _uri(path: Path, immutable: bool) -> str:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(str(path.absolute()))}?{flags}"


def _connect(uri: str) -> BookDb:
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None,
                           check_same_thread=False)  # fmt: skip
    conn.execute("PRAGMA busy_timeout = 5000")
    return BookDb(conn)


def _private_copy(path: Path) -> tuple[BookDb, Path]:
    """Copy the book (and its -wal) into a temporary folder and open the copy."""
    folder = Path(tempfile.mkdtemp(prefix="delight-workshop-read-"))
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, folder / wal.name)
        conn = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
        db = BookDb(conn)
        _migrate(db)
        return db, folder
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def open_book_db_read_only(path: Path) -> tuple[BookDb, Path | None]:
    """Open *path* for reading only; returns the connection and a temporary folder to
    remove after closing it (None when the book itself is read)."""
    path = Path(path)
    header = read_header(path)  # a foreign or newer file is refused before any open
    try:
        if header.user_version < SCHEMA_VERSION:
            return _private_copy(path)
        wal = path.with_name(path.name + "-wal")
        try:
            db = _connect(_uri(path, immutable=not wal.exists()))
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc):
                raise
            return _private_copy(path)  # a -wal without its -shm on read-only media
        try:
            _check_migration_names(db, path.name)
        except BaseException:
            db.conn.close()
            raise
        return db, None
    except sqlite3.Error as exc:
        raise translate_error(exc, path.name) from exc
    except OSError as exc:
        raise BookError(
            _("“{name}” cannot be read: {reason}.").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from exc
