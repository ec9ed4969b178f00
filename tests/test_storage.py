"""Opening files: what is not a workshop book is refused and left exactly as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from workshop.book import Book
from workshop.errors import BookError, BookReadOnly, NewerBook, NotABook
from workshop.schema import SCHEMA_VERSION

PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def _filled_book(path: Path) -> Path:
    with Book.create(path) as book:
        sid = book.sessions.create("Front desk", participants=["Ann", "Bob"])
        for i in range(200):
            book.contributions.add(sid, "delight", f"Idea number {i} " + "x" * 200, "Ann")
    return path


def _text_file(path: Path) -> Path:
    path.write_text("Shopping list\nmilk\neggs\n", encoding="utf-8")
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes(PDF)
    return path


def _other_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('Pancakes')")
    conn.commit()
    conn.close()
    return path


def _truncated_book(path: Path) -> Path:
    data = _filled_book(path).read_bytes()
    assert len(data) > 8192, "the book must span several pages for this case"
    path.write_bytes(data[: len(data) // 2])
    return path


def _zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _newer_book(path: Path) -> Path:
    _filled_book(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path


def _damaged_page(path: Path) -> Path:
    """A book of the right length whose pages in the middle are scribbled over."""
    data = bytearray(_filled_book(path).read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    return path


REFUSED: dict[str, tuple[Callable[[Path], Path], type[BookError], tuple[str, ...]]] = {
    "text file": (_text_file, NotABook, ("is not a workshop book",)),
    "PDF": (_pdf, NotABook, ("is not a workshop book",)),
    "other SQLite database": (_other_sqlite, NotABook, ("database", "not a workshop book")),
    "truncated book": (_truncated_book, NotABook, ("damaged", "shorter")),
    "zero-byte file": (_zero_bytes, NotABook, ("empty", "not a workshop book")),
    "newer book": (_newer_book, NewerBook, ("newer version", "update the app")),
    "damaged page": (_damaged_page, NotABook, ("damaged",)),
}


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_file_is_left_byte_for_byte_unchanged(tmp_path: Path, case: str) -> None:
    make, error, words = REFUSED[case]
    folder = tmp_path / "files"
    folder.mkdir()
    path = make(folder / "team.dwbook")
    before = _snapshot(folder)
    assert list(before) == ["team.dwbook"]

    with pytest.raises(error) as raised:
        # With the check a book gets at open after an unclean close (else the app runs
        # it in the background once the window shows: tests/test_ui_board_paging.py).
        Book.open(path, check=True)

    message = str(raised.value)
    assert "team.dwbook" in message
    for word in words:
        assert word in message
    # Same bytes, same modification time, and no -wal/-shm/backup beside it.
    assert _snapshot(folder) == before


def test_folder_is_refused_and_left_empty(tmp_path: Path) -> None:
    folder = tmp_path / "team.dwbook"
    folder.mkdir()
    with pytest.raises(NotABook, match="is a folder, not a workshop book"):
        Book.open(folder)
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.dwbook"]


def test_missing_file_is_reported_by_name(tmp_path: Path) -> None:
    with pytest.raises(NotABook, match=r"“nowhere\.dwbook” does not exist"):
        Book.open(tmp_path / "nowhere.dwbook")
    assert list(tmp_path.iterdir()) == []


def test_creating_a_book_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(BookError, match="does not exist") as raised:
        Book.create(tmp_path / "no-such-folder" / "team.dwbook")
    assert "read-only" not in str(raised.value)


def test_refusing_to_create_over_an_existing_file(tmp_path: Path) -> None:
    path = _text_file(tmp_path / "team.dwbook")
    before = path.read_bytes()
    with pytest.raises(BookError, match="already exists"):
        Book.create(path)
    assert path.read_bytes() == before


# -- read-only files and folders ----------------------------------------------
@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make *path* unwritable for this process, honestly, even as root.

    As root, permission bits are ignored; the immutable attribute (chattr +i)
    is not, so it is used there. Skips if it cannot be set (e.g. on tmpfs).
    """
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    done = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i does not work here: {done.stderr.strip()}")
    try:
        assert not os.access(path, os.W_OK)
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_read_only_book_is_refused_with_advice(tmp_path: Path) -> None:
    path = _filled_book(tmp_path / "team.dwbook")
    before = _snapshot(tmp_path)
    with _read_only(path), pytest.raises(BookReadOnly) as raised:
        Book.open(path)
    assert "cannot be written" in str(raised.value)
    assert "Copy it somewhere you can write" in str(raised.value)
    assert _snapshot(tmp_path) == before


def test_book_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = _filled_book(folder / "team.dwbook")
    before = _snapshot(folder)
    with _read_only(folder), pytest.raises(BookReadOnly, match="read-only"):
        Book.open(path)
    assert _snapshot(folder) == before


def test_new_book_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    with _read_only(folder), pytest.raises(BookReadOnly, match="folder is read-only"):
        Book.create(folder / "team.dwbook")
    assert list(folder.iterdir()) == []


# -- every connection's settings ----------------------------------------------
def test_new_and_reopened_books_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        assert book.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert book.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert book.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with Book.open(path) as book:
        assert book.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert book.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert book.db.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert book.integrity_ok()


def test_foreign_keys_refuse_a_card_in_a_missing_session(book: Book) -> None:
    with pytest.raises(BookError), book.operation("Broken") as tx:
        tx.insert(
            "contributions",
            {"session_id": 999, "kind": "delight", "text": "orphan", "created_at": "2026-01-01"},
        )
    assert book.db.execute("SELECT COUNT(*) FROM contributions").fetchone()[0] == 0


def test_book_is_marked_as_ours_for_other_tools(tmp_path: Path) -> None:
    path = tmp_path / "team.dwbook"
    Book.create(path).close()
    conn = sqlite3.connect(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    assert app_id.to_bytes(4, "big") == b"DLWT"
    assert version == SCHEMA_VERSION


def test_closing_leaves_no_wal_files_behind(tmp_path: Path) -> None:
    path = _filled_book(tmp_path / "team.dwbook")
    Book.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.dwbook"]
