"""The book's connection: plain ``sqlite3`` with the two things the stores use.

``execute`` (autocommit outside a transaction) and ``atomic()`` (one transaction,
rolled back on an exception; savepoints when nested) behave as sqlite-utils'
``Database`` does, without importing it: sqlite-utils loads click, dateutil and
its plugins' entry points (about 100 ms), which opening a book does not need.
Migrations still run on a real ``sqlite_utils.Database`` (:meth:`BookDb.utils`),
and any other ``Database`` attribute is forwarded to one made on first use.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

_savepoints = itertools.count(1)


class BookDb:
    def __init__(self, conn: sqlite3.Connection) -> None:
        # The connection is in autocommit mode (isolation_level=None): every
        # transaction is opened explicitly by atomic().
        self.conn = conn
        self.checked = False  # whether PRAGMA quick_check ran when the book was opened
        self._utils: Any = None

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None):
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[BookDb]:
        conn = self.conn
        if conn.in_transaction:
            name = f"book_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def utils(self) -> Any:
        """The same connection as a ``sqlite_utils.Database`` (imported only now)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn)
        return self._utils

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("conn", "_utils", "checked"):
            raise AttributeError(name)
        return getattr(self.utils(), name)

    def __getitem__(self, table: str) -> Any:
        return self.utils()[table]


class LazyMigrations:
    """Collects ``@migrations()`` steps; builds sqlite-utils' ``Migrations`` only to run them.

    The same decorator and methods as ``sqlite_utils.migrations.Migrations``, so a
    module that declares migrations does not import sqlite-utils for it.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str | None, Any, bool]] = []
        self._real: Any = None

    def __call__(self, *, name: str | None = None, transactional: bool = True):
        def register(fn):
            self._steps.append((name, fn, transactional))
            self._real = None
            return fn

        return register

    def real(self) -> Any:
        if self._real is None:
            from sqlite_utils.migrations import Migrations

            real = Migrations(self.name)
            for name, fn, transactional in self._steps:
                real(name=name, transactional=transactional)(fn)
            self._real = real
        return self._real

    def _db(self, db: Any) -> Any:
        return db.utils() if isinstance(db, BookDb) else db

    def pending(self, db: Any) -> list[Any]:
        return self.real().pending(self._db(db))

    def applied(self, db: Any) -> list[Any]:
        return self.real().applied(self._db(db))

    def apply(self, db: Any, **kwargs: Any) -> None:
        self.real().apply(self._db(db), **kwargs)

    def __repr__(self) -> str:
        names = [name or fn.__name__ for name, fn, _t in self._steps]
        return f"<LazyMigrations {self.name}: {', '.join(names)}>"
