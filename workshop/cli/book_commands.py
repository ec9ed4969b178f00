"""Subcommands that create, fill and describe a book: demo, import, info."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..book import Book
from . import command


def _book_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("book", metavar="BOOK", type=Path, help="the workshop book file (.dwbook)")


@command("info", "Print a JSON summary of every session in a book.", _book_arg)
def info(args: argparse.Namespace) -> int:
    with Book.open(args.book) as book:
        sessions = [book.sessions.summary(s.id) for s in reversed(book.sessions.list())]
        json.dump(
            {"book": str(args.book), "sessions": sessions}, sys.stdout, indent=2, ensure_ascii=False
        )
        sys.stdout.write("\n")
    return 0
