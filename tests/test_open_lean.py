"""Opening a book costs what it must: no integrity scan on a cleanly closed book, no
sqlite-utils unless the book is created or migrated, and the app's start imports
nothing the first window does not show (no reportlab, CSV import, demo data)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop import cli, storage
from workshop.book import Book
from workshop.errors import NotABook
from workshop.storage import quick_check_file

ROOT = Path(__file__).resolve().parents[1]


def _filled(path: Path, cards: int = 300) -> Path:
    with Book.create(path) as book:
        sid = book.sessions.create("Front desk")
        for i in range(cards):
            book.contributions.add(sid, "delight", f"Idea {i} " + "words " * 30)
    return path


def _damaged_near_the_end(path: Path) -> Path:
    """A book whose last page (card rows) is scribbled over: opening it does not notice."""
    data = bytearray(_filled(path).read_bytes())
    last = len(data) // 4096 - 1
    data[last * 4096 + 200 : (last + 1) * 4096] = b"\xa5" * (4096 - 200)
    path.write_bytes(bytes(data))
    return path


def _imported(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )  # fmt: skip
    return set(out.stdout.split())


def test_a_cleanly_closed_book_opens_without_a_scan_and_a_crashed_one_with(tmp_path: Path):
    path = _filled(tmp_path / "team.dwbook", 5)
    with Book.open(path) as book:
        assert not book.checked_at_open
    crashed = _crashed_copy(path, tmp_path / "crashed.dwbook")
    with Book.open(crashed, check=False) as book:
        assert not book.checked_at_open
    crashed = _crashed_copy(path, tmp_path / "crashed2.dwbook")
    with Book.open(crashed) as book:
        assert book.checked_at_open
        assert "Loan a charger" in [c.text for c in book.contributions.list(1)]


def test_damage_that_opening_misses_is_found_by_the_check(tmp_path: Path):
    path = _damaged_near_the_end(tmp_path / "team.dwbook")
    with Book.open(path) as book:  # closed cleanly: no scan at open
        assert book.sessions.list()
    problem = quick_check_file(path)
    assert problem and "page" in problem and len(problem) <= 240
    with pytest.raises(NotABook, match="damaged"):
        Book.open(path, check=True)
    assert quick_check_file(_filled(tmp_path / "sound.dwbook", 5)) is None


def _crashed_copy(path: Path, target: Path) -> Path:
    """What a crash leaves: the book and a WAL with content beside it."""
    with Book.open(path) as book:
        book.contributions.add(book.sessions.latest().id, "value", "Loan a charger")
        shutil.copyfile(path, target)
        shutil.copyfile(f"{path}-wal", f"{target}-wal")
    return target


def test_info_and_export_read_without_scanning(tmp_path: Path, monkeypatch, capsys):
    path = _crashed_copy(_filled(tmp_path / "team.dwbook", 5), tmp_path / "crashed.dwbook")
    statements: list[str] = []
    connect = storage.connect

    def traced(where: Path):
        db = connect(where)
        db.conn.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(storage, "connect", traced)
    # info and export open the book read-only (issue 13): trace that connection too.
    from workshop import readonly

    read_only = readonly._connect

    def traced_read_only(uri: str):
        db = read_only(uri)
        db.conn.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(readonly, "_connect", traced_read_only)
    assert cli.main(["info", str(path)]) == 0
    assert cli.main(["export", str(path), "--format", "markdown", "-o", "-"]) == 0
    assert "Loan a charger" in capsys.readouterr().out
    assert statements
    assert not [s for s in statements if "quick_check" in s or "integrity_check" in s]
    assert not [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


def test_opening_a_current_book_needs_no_sqlite_utils(tmp_path: Path):
    path = _filled(tmp_path / "team.dwbook", 3)
    opened = _imported(f"from workshop.book import Book\nBook.open({str(path)!r}).close()")
    assert "sqlite_utils" not in opened
    info = _imported(f"from workshop import cli\ncli.main(['info', {str(path)!r}])")
    assert not {"sqlite_utils", "reportlab", "workshop.csv_import", "workshop.demo",
                "workshop.feedback", "aiohttp", "rapidfuzz", "babel"} & info  # fmt: skip


def test_the_apps_start_imports_only_what_the_first_window_needs(tmp_path: Path):
    book = _filled(tmp_path / "team.dwbook", 3)
    started = _imported(
        "from workshop import cli\n"
        f"assert not cli.is_subcommand([{str(book)!r}])\n"
        "from ui.app.application import create_app, configure_app\n"
        "from ui.console.main_window import MainWindow\n"
        "app = create_app([]); configure_app(app, 'light')\n"
        f"w = MainWindow(); w.show(); w.books.open_path({str(book)!r}); app.processEvents()\n"
    )
    assert "ui.console.main_window" in started
    unwanted = {"sqlite_utils", "reportlab", "workshop.csv_import", "workshop.demo",
                "workshop.feedback", "ui.projector.window", "platform", "ui.dialogs.about",
                "xml.etree.ElementTree"}  # fmt: skip
    # (subprocess is there on a first start only: the catalogue is compiled then)
    assert not unwanted & started


def test_a_book_left_by_a_newer_migration_set_is_still_refused_without_sqlite_utils(
    tmp_path: Path,
):
    path = _filled(tmp_path / "team.dwbook", 1)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["delight-workshop", "m900_from_the_future", "2030-01-01"],
    )
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="newer version"):
        Book.open(path)


def test_the_start_collects_no_garbage_until_the_window_is_up(tmp_path: Path):
    """The launcher holds Python's collector off while the start makes its long-lived
    objects, and the window turns it back on (with those objects frozen out of it)."""
    book = _filled(tmp_path / "team.dwbook", 3)
    code = (
        "import gc, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "run = QApplication.exec\n"
        "def look():\n"
        "    print('GC', gc.isenabled(), gc.get_freeze_count() > 0, flush=True)\n"
        "    QApplication.instance().quit()\n"
        "def exec_and_look(*args):\n"
        "    print('START', gc.isenabled(), flush=True)\n"
        "    QTimer.singleShot(200, look)\n"
        "    return run()\n"
        "QApplication.exec = exec_and_look\n"
        "from ui.app.launcher import main\n"
        f"main([{str(book)!r}])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "XDG_CONFIG_HOME": str(tmp_path / "config")},
        timeout=60,
    ).stdout  # fmt: skip
    assert "START False" in out
    assert "GC True True" in out
