"""Killing the app at any instant loses nothing an operation had returned from.

A child process writes to a book and prints what each finished operation
returned; the test kills it with SIGKILL at some instant, reopens the book and
checks that everything printed is there and that the file is sound.

A SIGKILL loses what the process had not handed to the operating system; it
does not test the fsync of ``synchronous = FULL`` (that would need a power cut).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.book import Book

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

ONE_AT_A_TIME = """
import sys
from workshop.book import Book
book = Book.open(sys.argv[1])
sid = book.sessions.latest().id
for i in range(1_000_000):
    cid = book.contributions.add(sid, "delight", f"idea {i} " + "x" * (i % 700))
    print(cid, i, flush=True)
"""

ONE_BIG_IMPORT = """
import sys
from workshop.book import Book
from workshop.csv_import import ImportRow, add_many
from workshop.model import Kind
book = Book.open(sys.argv[1])
sid = book.sessions.latest().id
rows = [ImportRow(i + 2, Kind.VALUE, f"row {i} " + "y" * 200) for i in range(int(sys.argv[2]))]
print("start", flush=True)
ids = add_many(book, sid, rows)
print("done", len(ids), flush=True)
"""


def _new_book(path: Path) -> int:
    with Book.create(path) as book:
        sid = book.sessions.create("Crash test")
        book.contributions.add(sid, "obstacle", "written before the child started")
    return sid


def _child(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill(child: subprocess.Popen[str], *, whole_lines: bool = False) -> list[str]:
    """SIGKILL the child; return every line it printed (some are still in the pipe).

    The kill may cut the last line short ("123" of "123 45"); *whole_lines* leaves
    such a line out (its operation had returned, but which one it was is lost)."""
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # 0 when the work finished before the signal arrived (a fast machine); the
    # assertions on the book then expect all of it.
    assert child.returncode in (-signal.SIGKILL, 0), child.returncode
    # Read through the same text stream as readline(): communicate() reads the raw
    # pipe and would skip lines already buffered in child.stdout.
    assert child.stdout is not None
    rest = child.stdout.read()
    return rest.split("\n")[:-1] if whole_lines else rest.splitlines()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_returned_operation_survives_a_kill(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "team.dwbook"
    sid = _new_book(path)
    wanted = random.Random(seed).randint(150, 900)
    child = _child(ONE_AT_A_TIME, path)
    printed: list[str] = []
    assert child.stdout is not None
    while len(printed) < wanted:
        line = child.stdout.readline()
        assert line, f"the child stopped early: {child.stderr.read() if child.stderr else ''}"
        printed.append(line.strip())
    printed += _kill(child, whole_lines=True)
    returned = dict(tuple(map(int, line.split())) for line in printed if line)
    assert len(returned) >= wanted

    assert _integrity(path) == "ok"
    with Book.open(path) as book:
        assert book.integrity_ok()
        stored = {c.id: c.text for c in book.contributions.list(sid)}
        for cid, i in returned.items():
            assert stored.get(cid) == f"idea {i} {'x' * (i % 700)}".strip(), f"lost id {cid}"
        # At most the one operation in flight at the kill is extra; nothing half-written.
        assert len(stored) - 1 - len(returned) in (0, 1)
        # The book takes new work after the crash.
        book.contributions.add(sid, "value", "after the crash")


@pytest.mark.parametrize("delay", [0.15, 0.6])
def test_kill_during_one_large_import_keeps_all_rows_or_none(tmp_path: Path, delay: float) -> None:
    path = tmp_path / "team.dwbook"
    sid = _new_book(path)
    rows = 20_000
    child = _child(ONE_BIG_IMPORT, path, rows)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "start"
    time.sleep(delay)
    printed = _kill(child)

    assert _integrity(path) == "ok"
    with Book.open(path) as book:
        values = book.contributions.list(sid, "value")
        assert len(values) in (0, rows)
        if printed and printed[0].startswith("done"):
            assert len(values) == rows
        # Not "done": none, or all when the kill came between the commit and the print
        # (both seen in CI); never some.
        assert [c.text for c in book.contributions.list(sid, "obstacle")] == [
            "written before the child started"
        ]


def test_book_killed_in_the_middle_of_a_checkpoint_opens(tmp_path: Path) -> None:
    """A checkpoint copies pages from the WAL into the book, page 1 first.

    Killed half-way, the book's header already counts pages the file does not
    have yet; the WAL still holds them, so SQLite recovers. Opening must not
    mistake this for a truncated file.
    """
    path = tmp_path / "team.dwbook"
    sid = _new_book(path)
    writer = Book.open(path)
    writer.db.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(300):
        writer.contributions.add(sid, "delight", f"idea {i} " + "z" * 400)
    # Copy the book as a crash would leave it: the file, its WAL, no checkpoint.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        (crashed / f"team.dwbook{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    writer.close()
    book_file = crashed / "team.dwbook"
    wal = (crashed / "team.dwbook-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    # The size the book will have: the "database size" of the WAL's last commit frame.
    frames = range(32, len(wal), 24 + page_size)
    pages = max(struct.unpack(">I", wal[f + 4 : f + 8])[0] for f in frames if f + 24 <= len(wal))
    assert pages * page_size > book_file.stat().st_size, "the WAL must grow the book"
    # The checkpoint wrote page 1 (with the new page count) and was killed.
    data = bytearray(book_file.read_bytes())
    data[28:32] = struct.pack(">I", pages)
    book_file.write_bytes(bytes(data))

    with Book.open(book_file) as book:
        assert book.integrity_ok()
        assert len(book.contributions.list(sid, "delight")) == 300


def test_a_book_killed_right_after_creation_opens_without_a_backup(tmp_path: Path) -> None:
    """The format number reaches the file's header at once, not at the next checkpoint."""
    path = tmp_path / "fresh.dwbook"
    code = (
        "import os, sys\n"
        "from workshop.book import Book\n"
        "Book.create(sys.argv[1])\n"
        "os._exit(0)  # no close(), no checkpoint: as if killed\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    from workshop.schema import SCHEMA_VERSION
    from workshop.storage import read_header

    assert read_header(path).user_version == SCHEMA_VERSION
    with Book.open(path) as book:
        assert book.sessions.list() == []
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
