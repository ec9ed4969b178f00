"""Issue 13, item 2: commands that only read change no byte of the book, and read-only
books (mode 444, a read-only folder, read-only media) can be read.

Every case runs the real ``delight-workshop`` in a child process and compares the
checksum of every file beside the book before and after.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.book import Book
from workshop.model import Phase

from .trust_helpers import folder_state, one_line_error, run_cli
from .trust_media import read_only_folder

READ_COMMANDS = [
    ("info",),
    ("export", "-o", "{out}/plan.pdf"),
    ("export", "-o", "{out}/plan.csv"),
    ("export", "-o", "{out}/plan.md"),
    ("export", "-o", "{out}/plan.ics"),
    ("export", "--format", "csv", "-o", "-"),
    ("export", "--format", "markdown", "-o", "-"),
]


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run_cli("demo", folder / "demo.dwbook")
    assert result.returncode == 0, result.stderr
    return folder / "demo.dwbook"


def _run_all(book: Path, out: Path) -> list[subprocess.CompletedProcess[str]]:
    results = []
    for command in READ_COMMANDS:
        args = [a.format(out=out) for a in command]
        results.append(run_cli(args[0], book, *args[1:]))
    return results


def test_reading_commands_change_no_byte_and_leave_no_file(demo_book: Path, tmp_path: Path) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    book = folder / "demo.dwbook"
    shutil.copyfile(demo_book, book)
    out = tmp_path / "out"
    out.mkdir()
    before = folder_state(folder)
    for result in _run_all(book, out):
        assert result.returncode == 0, result.stderr
        assert folder_state(folder) == before, result.args  # no -wal, -shm or lock made
    assert json.loads(run_cli("info", book).stdout)["sessions"]


def test_reading_a_book_open_elsewhere_reads_its_wal_and_changes_nothing(
    demo_book: Path, tmp_path: Path
) -> None:
    book_path = tmp_path / "open.dwbook"
    shutil.copyfile(demo_book, book_path)
    writer = Book.open(book_path)  # another program holds it, its last change in the -wal
    try:
        writer.db.execute("PRAGMA wal_autocheckpoint = 0")
        sid = writer.sessions.latest().id
        writer.contributions.add(sid, "delight", "Only in the wal so far")
        assert Path(f"{book_path}-wal").stat().st_size > 0
        # The -shm is SQLite's shared-memory index, where every reader marks its place.
        before = {k: v for k, v in folder_state(tmp_path).items() if not k.endswith("-shm")}
        result = run_cli("export", book_path, "--format", "markdown", "-o", "-")
        assert result.returncode == 0, result.stderr
        assert "Only in the wal so far" in result.stdout
        after = {k: v for k, v in folder_state(tmp_path).items() if not k.endswith("-shm")}
        assert after == before
    finally:
        writer.close()


def test_read_only_folder_and_file_are_read(demo_book: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with read_only_folder(tmp_path / "ro", {"demo.dwbook": demo_book}) as folder:
        book = folder / "demo.dwbook"
        before = folder_state(folder)
        for result in _run_all(book, out):
            assert result.returncode == 0, result.stderr
        assert folder_state(folder) == before
        assert (out / "plan.pdf").read_bytes().startswith(b"%PDF")
        # Writing is refused in one line, the book untouched.
        source = tmp_path / "rows.csv"
        source.write_text("kind,text\ndelight,hi\n", encoding="utf-8")
        one_line_error(run_cli("import", book, source, "--session", "S"), "read-only")
        assert folder_state(folder) == before


def test_read_only_media_with_a_wal_but_no_shm(demo_book: Path, tmp_path: Path) -> None:
    """A book not closed cleanly, copied to read-only media: its -wal is still read."""
    work = tmp_path / "work"
    work.mkdir()
    book_path = work / "crashed.dwbook"
    shutil.copyfile(demo_book, book_path)
    # A child process adds a card and dies without closing: the card is only in the -wal.
    code = (
        "import os, sys; from workshop.book import Book\n"
        "b = Book.open(sys.argv[1]); b.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "b.contributions.add(b.sessions.latest().id, 'delight', 'Saved before the crash')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(book_path)], check=True)
    files = {"crashed.dwbook": book_path, "crashed.dwbook-wal": Path(f"{book_path}-wal")}
    with read_only_folder(tmp_path / "media", files) as folder:
        before = folder_state(folder)
        result = run_cli("export", folder / "crashed.dwbook", "--format", "csv", "-o", "-")
        assert result.returncode == 0, result.stderr
        assert "Saved before the crash" in result.stdout
        assert folder_state(folder) == before


def test_a_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.dwbook"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    one_line_error(run_cli("info", other), "not a workshop book")
    one_line_error(run_cli("export", other, "-o", tmp_path / "x.pdf"), "not a workshop book")
    assert folder_state(tmp_path) == before


def test_the_app_opens_a_read_only_book_read_only(
    qtbot, console, message_boxes: list, demo_book: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    with read_only_folder(tmp_path / "ro", {"demo.dwbook": demo_book}) as folder:
        book = folder / "demo.dwbook"
        before = folder_state(folder)
        assert console.books.open_path(book)
        assert console.context.book is not None and console.context.book.read_only
        assert "(read-only)" in console.windowTitle()
        assert console.current_phase() is Phase.WRAPUP  # the demo's latest session
        buttons = console.current_page().export_buttons.values()
        assert buttons and all(b.isEnabled() for b in buttons)  # handing out still works
        assert not console.stepper.isEnabled()
        assert not console.sessions.new_button.isEnabled()
        ideate = console.pages.page(Phase.IDEATE)
        console.pages.update_page()
        assert not ideate.isEnabled()
        assert not console.action("capture.silent").isEnabled()
        assert not console.action("session.new").isEnabled()
        assert not console.action("edit.undo").isEnabled()
        save_copy = console.action("file.save_copy")
        assert save_copy.isEnabled()
        copy = tmp_path / "mine.dwbook"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
        )
        save_copy.trigger()  # what the user answers in the file dialog: mine.dwbook
        assert copy.exists()
        with Book.open(copy) as mine:  # the copy can be edited
            assert mine.sessions.list()
        console.books.close_book()
        assert folder_state(folder) == before


def test_an_older_format_is_read_without_migrating_it(tmp_path: Path) -> None:
    """A format-1 book: read through a private, migrated copy; no backup, no change."""
    fixture = Path(__file__).parent / "fixtures" / "format1.dwbook"
    folder = tmp_path / "books"
    folder.mkdir()
    shutil.copyfile(fixture, folder / "old.dwbook")
    out = tmp_path / "out"
    out.mkdir()
    before = folder_state(folder)
    for result in _run_all(folder / "old.dwbook", out):
        assert result.returncode == 0, result.stderr
    assert folder_state(folder) == before
