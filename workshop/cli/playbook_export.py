"""``export --format playbook-pdf|playbook-cards|playbook-md|playbook-csv``: the book's
recovery playbook (it belongs to the book, not to one session, so --session is ignored)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..book import Book
from ..errors import InvalidInput
from ..exports.playbook_data import FORMATS, build_playbook, default_playbook_name

WHAT = {
    "playbook-pdf": "the recovery playbook",
    "playbook-cards": "the recovery pocket cards",
    "playbook-md": "the recovery playbook",
    "playbook-csv": "the recovery playbook",
}


def export_playbook(args: argparse.Namespace, fmt: str) -> int:
    from ..exports.playbook_text import (
        render_playbook_csv,
        render_playbook_markdown,
        write_playbook,
    )

    with Book.open_read_only(args.book) as book:
        if args.output == "-":
            if fmt == "playbook-md":
                sys.stdout.write(render_playbook_markdown(build_playbook(book)))
            elif fmt == "playbook-csv":
                sys.stdout.write(render_playbook_csv(build_playbook(book)))
            else:
                raise InvalidInput("A PDF cannot go to standard output: give a file name with -o.")
            return 0
        target = Path(args.output or default_playbook_name(book, fmt))
        if target.is_dir():
            target = target / default_playbook_name(book, fmt)
        page = None if args.page_size == "auto" else args.page_size
        count = len(book.playbook.list())
        write_playbook(book, fmt, target, page)
    entries = f"{count} entr{'y' if count == 1 else 'ies'}"
    print(f"Wrote {WHAT[fmt]} ({entries}) to {target}")
    return 0


__all__ = ["FORMATS", "export_playbook"]
