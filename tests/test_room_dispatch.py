"""Phones' calls run in batches on the book's thread, one commit (one disk sync) a batch.

Each call stays its own operation (its own undo step); a call that fails leaves the
others; and no caller hears of its result before the batch is on disk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.book import Book
from workshop.errors import WorkshopError
from workshop.room.dispatch import BookThread


def _rows_on_disk(path: Path) -> set[str]:
    """What another connection (another program) sees in the file now."""
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT text FROM contributions")}
    finally:
        conn.close()


def test_a_batch_commits_once_and_each_result_arrives_only_once_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "room.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Room")
        owner = BookThread()
        owner.transaction = book.db.atomic
        seen_at_result: list[set[str]] = []
        futures = []
        for n in range(10):
            future = owner.submit(lambda n=n: book.contributions.add(sid, "delight", f"card {n}"))
            future.add_done_callback(lambda _f: seen_at_result.append(_rows_on_disk(path)))
            futures.append(future)
        commits: list[str] = []
        book.db.conn.set_trace_callback(
            lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None
        )
        assert owner.drain() == 10
        book.db.conn.set_trace_callback(None)
        assert len(commits) == 1  # one disk sync for the ten cards
        wanted = {f"card {n}" for n in range(10)}
        assert all(f.result() for f in futures)
        # Each caller heard "saved" only when every card of the batch was on disk.
        assert seen_at_result and all(wanted <= seen for seen in seen_at_result)
        # Each card is still its own undo step.
        book.undo()
        assert {c.text for c in book.contributions.list(sid)} == wanted - {"card 9"}


def test_a_failing_call_leaves_the_rest_of_its_batch(tmp_path: Path) -> None:
    path = tmp_path / "room.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Room")
        owner = BookThread()
        owner.transaction = book.db.atomic
        good = owner.submit(lambda: book.contributions.add(sid, "delight", "kept"))
        bad = owner.submit(lambda: book.contributions.add(sid, "delight", "   "))  # empty text
        also = owner.submit(lambda: book.contributions.add(sid, "value", "kept too"))
        owner.drain()
        assert good.result() and also.result()
        assert isinstance(bad.exception(), WorkshopError)
        assert _rows_on_disk(path) == {"kept", "kept too"}
