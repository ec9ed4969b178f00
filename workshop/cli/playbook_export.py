"""``export --format playbook-pdf|playbook-cards|playbook-md|playbook-csv``: the book's
recovery playbook (it belongs to the book, not to one session, so --session is ignored)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..book import Book
from ..errors import InvalidInput
from ..exports.playbook_data import FORMATS, build_playbook, default_playbook_name
from ..i18n import N_, _, ngettext

WROTE = {
    "playbook-pdf": N_("Wrote the recovery playbook ({entries}) to {target}"),
    "playbook-cards": N_("Wrote the recovery pocket cards ({entries}) to {target}"),
    "playbook-md": N_("Wrote the recovery playbook ({entries}) to {target}"),
    "playbook-csv": N_("Wrote the recovery playbook ({entries}) to {target}"),
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
                raise InvalidInput(
                    _("A PDF cannot go to standard output: give a file name with -o.")
                )
            return 0
        target = Path(args.output or default_playbook_name(book, fmt))
        if target.is_dir():
            target = target / default_playbook_name(book, fmt)
        page = None if args.page_size == "auto" else args.page_size
        count = len(book.playbook.list())
        write_playbook(book, fmt, target, page)
    entries = ngettext("{n} entry", "{n} entries", count).format(n=count)
    print(_(WROTE[fmt]).format(entries=entries, target=target))
    return 0


__all__ = ["FORMATS", "export_playbook"]
