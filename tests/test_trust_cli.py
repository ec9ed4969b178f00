"""Issue 13, items 3, 4, 5, 8, 10 and 13 as a user meets them at the command line.

Every case runs the real ``delight-workshop`` in a child process.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from workshop.book import Book
from workshop.walcheck import discarded_bytes

from .trust_helpers import SCRIPT, digest, folder_state, one_line_error, run_cli
from .trust_media import fill_disk, tmpfs


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run_cli("demo", folder / "demo.dwbook")
    assert result.returncode == 0, result.stderr
    return folder / "demo.dwbook"


def _rows_csv(path: Path, count: int) -> Path:
    lines = ["kind,text,author"] + [f"delight,Idea number {i},Ann" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(book: Path) -> int:
    with Book.open_read_only(book) as b:
        return b.db.execute("SELECT count(*) FROM contributions").fetchone()[0]


# -- item 3: the app's lock ----------------------------------------------------
def test_import_refuses_a_book_open_in_the_app_unless_forced(
    demo_book: Path, tmp_path: Path
) -> None:
    book = tmp_path / "team.dwbook"
    shutil.copyfile(demo_book, book)
    lock = QLockFile(str(book) + ".lock")  # what the app holds while the book is open
    assert lock.tryLock(0)
    try:
        source = _rows_csv(tmp_path / "rows.csv", 2)
        before = digest(book)
        result = run_cli("import", book, source, "--session", "From the CLI")
        one_line_error(result, "open in Delight Workshop on this computer", "--force")
        assert digest(book) == before
        forced = run_cli("import", book, source, "--session", "From the CLI", "--force")
        assert forced.returncode == 0, forced.stderr
    finally:
        lock.unlock()


def test_a_lock_left_by_a_dead_app_does_not_block(demo_book: Path, tmp_path: Path) -> None:
    book = tmp_path / "team.dwbook"
    shutil.copyfile(demo_book, book)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    host = os.uname().nodename
    Path(f"{book}.lock").write_text(f"{dead.stdout.strip()}\ndelight-workshop\n{host}\n\n\n")
    result = run_cli("import", book, _rows_csv(tmp_path / "r.csv", 1), "--session", "S")
    assert result.returncode == 0, result.stderr


# -- item 4: full disk, kill -9, damaged book, missing folder ---------------------
def test_a_full_disk_says_so_and_leaves_nothing_behind(demo_book: Path, tmp_path: Path) -> None:
    """Simulated with a 4 MB tmpfs filled to the last byte (needs root; skipped otherwise)."""
    source = _rows_csv(tmp_path / "rows.csv", 50)
    with tmpfs(tmp_path / "disk", "4m") as disk:
        book = disk / "team.dwbook"
        shutil.copyfile(demo_book, book)
        fill_disk(disk)
        before = folder_state(disk)
        result = run_cli("import", book, source, "--session", "S")
        one_line_error(result, "disk is full")
        assert folder_state(disk) == before  # no -wal, no -shm, the book unchanged
        new = run_cli("import", disk / "new.dwbook", source, "--session", "S")
        assert ".part" not in one_line_error(new, "disk is full", "new.dwbook")
        assert folder_state(disk) == before


def test_an_export_onto_a_full_disk_names_the_target(demo_book: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        fill_disk(disk)
        for name in ("plan.pdf", "plan.csv", "plan.md"):
            result = run_cli("export", demo_book, "-o", disk / name)
            line = one_line_error(result, name)
            assert ".part" not in line and "space" in line.lower()
            assert not list(disk.glob(f".{name}*"))


def test_kill_during_an_import_into_a_new_book_leaves_no_half_book(tmp_path: Path) -> None:
    source = _rows_csv(tmp_path / "rows.csv", 20000)
    exe = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "ui.app.launcher"]
    killed_while_writing = 0
    for trial, extra in enumerate((0.0, 0.05, 0.1, 0.2)):
        book = tmp_path / f"new{trial}.dwbook"
        child = subprocess.Popen([*exe, "import", str(book), str(source), "--session", "S"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 30
        while not list(tmp_path.glob(f".{book.name}.*")) and child.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
        time.sleep(extra)  # the import is under way: kill it at different points
        killed_while_writing += child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait()
        for side in ("-wal", "-shm"):
            assert not Path(f"{book}{side}").exists()
        if book.exists():  # the import had finished: then it is whole
            assert _count(book) == 20000
    assert killed_while_writing >= 2  # the test did interrupt imports


def _damage(book: Path) -> None:
    data = bytearray(book.read_bytes())
    page = 4096
    for offset in range(0, len(data), page):  # every b-tree page header, page 1's too
        data[offset + 100 : offset + 400] = b"\xff" * 300
    book.write_bytes(bytes(data))


def test_a_damaged_book_is_one_line_and_the_detail_is_logged(
    demo_book: Path, tmp_path: Path
) -> None:
    book = tmp_path / "damaged.dwbook"
    shutil.copyfile(demo_book, book)
    _damage(book)
    data_home = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(data_home)}
    for args in (("info", book), ("export", book, "-o", tmp_path / "x.pdf"),
                 ("import", book, _rows_csv(tmp_path / "r.csv", 1), "--session", "S")):  # fmt: skip
        line = one_line_error(run_cli(*args, env=env), "damaged")
        assert "malformed" not in line and "***" not in line
    log = next(data_home.rglob("delight-workshop-errors.log")).read_text()
    assert "malformed" in log or "***" in log or "Page" in log


def test_export_into_a_missing_folder_names_the_target(demo_book: Path, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "plan.pdf"
    line = one_line_error(run_cli("export", demo_book, "-o", target), "plan.pdf", "does not exist")
    assert ".part" not in line


# -- item 5: a truncated or garbage -wal -------------------------------------------
def _crashed_book(demo_book: Path, folder: Path, cards: int) -> Path:
    """A book whose last *cards* committed cards are only in its -wal (no clean close)."""
    book = folder / "crashed.dwbook"
    shutil.copyfile(demo_book, book)
    code = (
        "import os, sys; from workshop.book import Book\n"
        "b = Book.open(sys.argv[1]); b.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"for i in range({cards}):\n"
        "    b.contributions.add(b.sessions.latest().id, 'delight', f'Committed card {i}')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(book)], check=True)
    Path(f"{book}-shm").unlink()
    return book


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_torn_wal_is_kept_beside_the_book_and_the_user_told(
    demo_book: Path, tmp_path: Path, damage: str
) -> None:
    book = _crashed_book(demo_book, tmp_path, 5)
    wal = Path(f"{book}-wal")
    data = wal.read_bytes()
    torn = data[: len(data) - 3000] if damage == "truncated" else os.urandom(len(data))
    wal.write_bytes(torn)
    assert discarded_bytes(torn)
    result = run_cli("import", book, _rows_csv(tmp_path / "r.csv", 1), "--session", "S")
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr and "crashed.dwbook-wal.recovered" in result.stderr
    kept = tmp_path / "crashed.dwbook-wal.recovered"
    assert kept.read_bytes() == torn


def test_a_sound_wal_is_replayed_without_a_warning(demo_book: Path, tmp_path: Path) -> None:
    book = _crashed_book(demo_book, tmp_path, 5)
    assert not discarded_bytes(Path(f"{book}-wal").read_bytes())
    result = run_cli("import", book, _rows_csv(tmp_path / "r.csv", 1), "--session", "S")
    assert result.returncode == 0 and not result.stderr
    assert not list(tmp_path.glob("*.recovered*"))
    with Book.open_read_only(book) as b:
        texts = {r[0] for r in b.db.execute("SELECT text FROM contributions")}
    assert {f"Committed card {i}" for i in range(5)} <= texts


# -- item 8: a console that is not UTF-8 -------------------------------------------
def test_cli_never_crashes_on_the_console_encoding(tmp_path: Path) -> None:
    book = tmp_path / "łódź.dwbook"
    source = tmp_path / "rows.csv"
    source.write_text("kind,text,author\ndelight,Zażółć 中文 ✓,Łukasz\n", encoding="utf-8")
    env = {"PYTHONIOENCODING": "cp1252"}
    assert run_cli("import", book, source, "--session", "Zespół 中文", env=env).returncode == 0
    info = run_cli("info", book, env=env, encoding="cp1252")
    assert info.returncode == 0 and "Traceback" not in info.stderr, info.stderr
    assert json.loads(info.stdout)["sessions"][0]["title"] == "Zespół 中文"
    pdf = run_cli("export", book, "-o", tmp_path / "h.pdf", env=env, encoding="cp1252")
    assert pdf.returncode == 0 and "Traceback" not in pdf.stderr, pdf.stderr
    assert (tmp_path / "h.pdf").exists()
    md = subprocess.run([str(SCRIPT), "export", str(book), "--format", "markdown", "-o", "-"],
                        capture_output=True, env={**os.environ, **env})  # fmt: skip
    assert md.returncode == 0 and "Zażółć 中文" in md.stdout.decode("utf-8")


# -- item 10: the same CSV bytes on standard output as in the file ---------------------
@pytest.mark.parametrize("fmt, suffix", [("csv", "csv"), ("markdown", "md"), ("ics", "ics")])
def test_standard_output_is_the_file_byte_for_byte(
    demo_book: Path, tmp_path: Path, fmt: str, suffix: str
) -> None:
    target = tmp_path / f"plan.{suffix}"
    assert run_cli("export", demo_book, "-o", target).returncode == 0
    out = subprocess.run([str(SCRIPT), "export", str(demo_book), "--format", fmt, "-o", "-"],
                         capture_output=True, check=True)  # fmt: skip
    if fmt == "csv":
        assert out.stdout.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs, as in the file
    expected = target.read_bytes()
    if fmt == "ics":  # DTSTAMP is the time of writing: the two runs may be a second apart
        stamp = re.compile(rb"DTSTAMP:\d{8}T\d{6}Z")
        out.stdout, expected = stamp.sub(b"", out.stdout), stamp.sub(b"", expected)
    assert out.stdout == expected


# -- item 13: demo adds the suffix ---------------------------------------------------
def test_demo_without_a_suffix_writes_a_dwbook(tmp_path: Path) -> None:
    result = run_cli("demo", tmp_path / "trial")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trial.dwbook"]
    assert "trial.dwbook" in result.stdout
