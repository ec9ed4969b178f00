"""``export``: the action plan as PDF, CSV, Markdown or calendar events (issue 5)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..book import Book
from ..errors import InvalidInput
from ..exports.formatting import FORMAT_OF_SUFFIX, FORMATS, default_file_name
from . import command


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("book", metavar="BOOK", type=Path, help="the workshop book file (.dwbook)")
    parser.add_argument(
        "--session",
        default="latest",
        metavar="ID|latest",
        help="the session to export: its number (see `info`) or `latest` (the default)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf (the printable action plan), csv (one row per contribution), markdown, "
        "or ics (actions as calendar events); default: from the -o file's suffix, else pdf",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (default: action-plan-DATE-TITLE.EXT in the current folder); "
        "`-` writes csv, markdown or ics to standard output",
    )
    parser.add_argument(
        "--page-size",
        choices=("a4", "letter", "auto"),
        default="auto",
        type=str.lower,
        help="PDF paper: a4, letter, or auto (from the locale, the default)",
    )


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and args.output != "-":
        return FORMAT_OF_SUFFIX.get(Path(args.output).suffix.lower(), "pdf")
    return "pdf"


def _to_stdout(book: Book, session: int, fmt: str) -> int:
    from ..exports.plan_data import build_plan

    plan = build_plan(book, session)
    if fmt == "markdown":
        from ..exports.markdown import render_plan_markdown

        sys.stdout.write(render_plan_markdown(plan))
    elif fmt == "csv":
        import csv

        from ..exports.csv_export import csv_rows, neutralise

        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        for row in csv_rows(plan):
            writer.writerow([neutralise(v) for v in row])
    elif fmt == "ics":
        from ..exports.ics import render_plan_ics

        text, _events, _skipped = render_plan_ics(plan)
        sys.stdout.write(text)
    else:
        raise InvalidInput("A PDF cannot go to standard output: give a file name with -o.")
    return 0


@command(
    "export",
    "Write a session's action plan as PDF, CSV, Markdown or calendar events (ICS).",
    _arguments,
)
def export(args: argparse.Namespace) -> int:
    from ..exports.plan_data import resolve_session

    fmt = _format(args)
    with Book.open(args.book, check=False) as book:  # reads only: no integrity scan
        session = resolve_session(book, args.session)
        if args.output == "-":
            return _to_stdout(book, session.id, fmt)
        target = Path(args.output or default_file_name(session, fmt))
        if target.is_dir():
            target = target / default_file_name(session, fmt)
        if fmt == "pdf":
            from ..exports.pdf import write_action_plan

            page = None if args.page_size == "auto" else args.page_size
            write_action_plan(book, session.id, target, page)
            print(f"Wrote the action plan of “{session.title}” to {target}")
        elif fmt == "csv":
            from ..exports.csv_export import write_csv

            write_csv(book, session.id, target)
            print(f"Wrote the contributions of “{session.title}” to {target}")
        elif fmt == "markdown":
            from ..exports.markdown import write_markdown

            write_markdown(book, session.id, target)
            print(f"Wrote the action plan of “{session.title}” to {target}")
        else:
            from ..exports.ics import write_ics

            result = write_ics(book, session.id, target)
            skipped = f" ({result.skipped} without a due date skipped)" if result.skipped else ""
            print(f"Wrote {result.events} calendar event(s) to {target}{skipped}")
    return 0
