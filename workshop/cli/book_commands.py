"""Subcommands that create, fill and describe a book: demo, import, info."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

from ..book import Book
from ..errors import BookError
from ..i18n import N_, _, ngettext
from ..storage import BOOK_SUFFIX
from ..walcheck import recovery_warning
from . import command, stream_takes


def _book_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "book", metavar="BOOK", type=Path, help=_("the workshop book file (.dwbook)")
    )


def _remove_new_book(path: Path) -> None:
    """Remove a book this command created before it failed (and its WAL files)."""
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{extra}").unlink()


@contextlib.contextmanager
def _new_book(path: Path) -> Iterator[Book]:
    """A new book built under a hidden name beside *path*, moved into place only once
    everything is committed and closed: a killed command leaves no half-made book
    under the name the user gave."""
    if path.exists() or path.is_symlink():
        raise BookError(_("“{name}” already exists.").format(name=path.name))
    import secrets  # (hmac and hashlib: not for the other commands)

    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        book = Book.create(temp)
        try:
            yield book
        finally:
            book.close()
        try:
            os.link(temp, path)  # never replaces a book that appeared meanwhile
        except FileExistsError:
            raise BookError(
                _("“{name}” appeared while it was written; nothing changed.").format(name=path.name)
            ) from None
        except OSError:
            if path.exists():
                raise
            os.replace(temp, path)  # a file system without hard links
    except BookError as exc:  # name the book the user asked for, not the hidden one
        if temp.name not in str(exc):
            raise
        raise type(exc)(str(exc).replace(temp.name, path.name)) from exc
    finally:
        _remove_new_book(temp)


def with_book_suffix(path: Path) -> Path:
    """A new book's name gets the book suffix, as the app gives it."""
    return path if path.suffix == BOOK_SUFFIX else path.with_name(path.name + BOOK_SUFFIX)


@command("info", N_("Print a JSON summary of every session in a book."), _book_arg)
def info(args: argparse.Namespace) -> int:
    with Book.open_read_only(args.book) as book:
        sessions = [book.sessions.summary(s.id) for s in reversed(book.sessions.list())]
    summary = {"book": str(args.book), "sessions": sessions}
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    if not stream_takes(sys.stdout, text):
        text = json.dumps(summary, indent=2, ensure_ascii=True)  # a console that is not UTF-8
    sys.stdout.write(text + "\n")
    return 0


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "book", metavar="BOOK", type=Path, help=_("the new book to write (must not exist yet)")
    )


@command(
    "demo",
    N_(
        "Write a new book holding a finished demo session (and an earlier one) to try the app with."
    ),
    _demo_args,
)
def demo(args: argparse.Namespace) -> int:
    from ..demo import write_demo

    path = with_book_suffix(args.book)
    if path.exists() or path.is_symlink():
        raise BookError(
            _("“{name}” already exists: the demo only writes a new book.").format(name=path.name)
        )
    with _new_book(path) as book:
        sessions = write_demo(book)
        titles = [book.sessions.get(sid).title for sid in sessions]
    print(
        ngettext(
            "Wrote the demo book {path}: {n} session ({titles}).",
            "Wrote the demo book {path}: {n} sessions ({titles}).",
            len(titles),
        ).format(path=path, n=len(titles), titles="; ".join(titles))
    )
    return 0


def import_epilog() -> str:
    """The import's help, from the same lists the parser reads (dates, separators)."""
    from ..feedback import date_examples, separators_text  # only `import` needs them

    text = _(
        "The CSV file is UTF-8 with a header row. Columns: kind (delight, obstacle, hero "
        "or value) and text; optionally author; for hero stories also date (any of "
        "{dates}; a date-time keeps its day), customer and employee (the names credited, "
        "separated by {separators}) and playbook (the recovery-playbook entry the story "
        "used: its number or its mishap; the story becomes a recovery story and a use of "
        "that entry). Every row is checked first: if one is wrong, its line is reported "
        "and nothing is imported. BOOK is created if it does not exist, and the session "
        "too (if several sessions share the title, the newest is used). A book open in "
        "Delight Workshop on this computer is refused unless --force is given."
    ).format(dates="; ".join(date_examples()), separators=separators_text())
    return textwrap.fill(text, 78)


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = import_epilog()
    _book_arg(parser)
    parser.add_argument("csv", metavar="FILE.csv", type=Path, help=_("the CSV file to import"))
    parser.add_argument(
        "--session", metavar="TITLE", required=True, help=_("title of the session to add to")
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=_(
            "write even though the book is open in Delight Workshop (the window then "
            "shows the new cards within a second)"
        ),
    )


@command("import", N_("Import contributions from a CSV file into a session: all rows or none."),
         _import_args)  # fmt: skip
def import_(args: argparse.Namespace) -> int:
    from ..csv_import import import_rows, read_csv_file

    rows = read_csv_file(args.csv)  # every row is checked before the book is touched
    path: Path = args.book
    if not (path.exists() or path.is_symlink()):
        path = with_book_suffix(path)
    if path.exists() or path.is_symlink():
        from ..applock import refuse_if_open_in_app

        refuse_if_open_in_app(path, force=args.force)
        with Book.open(path) as book:
            if book.recovered_wal is not None:
                print(recovery_warning(path, book.recovered_wal), file=sys.stderr)
            result = import_rows(book, args.session, rows)
    else:
        with _new_book(path) as book:
            result = import_rows(book, args.session, rows)
    count = len(result.ids)
    if result.created_session:
        where = _("new session {id}").format(id=result.session_id)
    else:
        where = _("session {id}").format(id=result.session_id)
    print(
        ngettext(
            "Imported {n} contribution into “{title}” ({where}) of {path}.",
            "Imported {n} contributions into “{title}” ({where}) of {path}.",
            count,
        ).format(n=count, title=result.session_title, where=where, path=path)
    )
    return 0
