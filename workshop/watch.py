"""Noticing that another program changed the open book (SQLite's ``PRAGMA data_version``).

``data_version`` changes when another connection, in this or another process,
commits to the file; a connection's own commits leave it alone. Reading it is
cheap (no file I/O beyond the lock page), so the app polls it every second and
on window activation; the phones' room server uses the same class.
"""

from __future__ import annotations

import sqlite3
from typing import Any


class OutsideChanges:
    """Tells whether the book changed elsewhere since the last check."""

    def __init__(self, db: Any) -> None:
        self._conn: sqlite3.Connection = getattr(db, "conn", db)
        self._seen = self._version()

    def _version(self) -> int | None:
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None  # closed or unreadable: nothing to report

    def check(self) -> bool:
        """True once for each batch of commits made by another connection."""
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        return True
