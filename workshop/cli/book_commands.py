"""Subcommands that create, fill and describe a book: demo, import, info."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from ..book import Book
from ..errors import BookError
from . import command


def _book_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("book", metavar="BOOK", type=Path, help="the workshop book file (.dwbook)")


def _remove_new_book(path: Path) -> None:
    """Remove a book this command created before it failed (and its WAL files)."""
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{extra}").unlink()


@command("info", "Print a JSON summary of every session in a book.", _book_arg)
def info(args: argparse.Namespace) -> int:
    with Book.open(args.book, check=False) as book:  # reads only: no integrity scan
        sessions = [book.sessions.summary(s.id) for s in reversed(book.sessions.list())]
        json.dump(
            {"book": str(args.book), "sessions": sessions}, sys.stdout, indent=2, ensure_ascii=False
        )
        sys.stdout.write("\n")
    return 0


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "book", metavar="BOOK", type=Path, help="the new book to write (must not exist yet)"
    )


@command(
    "demo",
    "Write a new book holding a finished demo session (and an earlier one) to try the app with.",
    _demo_args,
)
def demo(args: argparse.Namespace) -> int:
    from ..demo import write_demo

    path: Path = args.book
    if path.exists() or path.is_symlink():
        raise BookError(f"“{path.name}” already exists: the demo only writes a new book.")
    try:
        with Book.create(path) as book:
            sessions = write_demo(book)
            titles = [book.sessions.get(sid).title for sid in sessions]
    except BaseException:
        if path.exists():
            _remove_new_book(path)
        raise
    print(f"Wrote the demo book {path}: {len(titles)} sessions ({'; '.join(titles)}).")
    return 0


IMPORT_EPILOG = """\
The CSV file is UTF-8 with a header row. Columns: kind (delight, obstacle,
hero or value) and text; optionally author; for hero stories also date
(YYYY-MM-DD), customer and employee (names credited, separated by ; or ,).
Every row is checked first: if one is wrong, its line is reported and
nothing is imported. BOOK is created if it does not exist, and the session
too (if several sessions share the title, the newest is used).
"""


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = IMPORT_EPILOG
    _book_arg(parser)
    parser.add_argument("csv", metavar="FILE.csv", type=Path, help="the CSV file to import")
    parser.add_argument(
        "--session", metavar="TITLE", required=True, help="title of the session to add to"
    )


@command("import", "Import contributions from a CSV file into a session: all rows or none.",
         _import_args)  # fmt: skip
def import_(args: argparse.Namespace) -> int:
    from ..csv_import import import_rows, read_csv_file

    rows = read_csv_file(args.csv)  # every row is checked before the book is touched
    path: Path = args.book
    new_book = not (path.exists() or path.is_symlink())
    try:
        with Book.open_or_create(path) as book:
            result = import_rows(book, args.session, rows)
    except BaseException:
        if new_book and path.exists():
            _remove_new_book(path)
        raise
    count = len(result.ids)
    where = f"{'new ' if result.created_session else ''}session {result.session_id}"
    print(
        f"Imported {count} contribution{'s' if count != 1 else ''} "
        f"into “{result.session_title}” ({where})."
    )
    return 0
