"""Noticing that another program changed the book file (``PRAGMA data_version``).

The room needs only this one fact; the app's general watcher for outside changes
may later take its place.
"""

from __future__ import annotations

import sqlite3


class DataVersionWatch:
    """``changed()`` is True once after another connection committed to the book."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._seen = self._version()

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        now = self._version()
        if now == self._seen:
            return False
        self._seen = now
        return True
