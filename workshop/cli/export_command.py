"""``export``: the action plan as PDF, CSV, Markdown or calendar events (issue 5)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..book import Book
from ..errors import InvalidInput
from ..i18n import LANGUAGES, N_, _, language, ngettext
from . import command, page_size_argument

# The exports (babel's dates, reportlab) are imported when this command is set up or run:
# the other commands do not need them.


def _arguments(parser: argparse.ArgumentParser) -> None:
    from ..exports.formatting import FORMATS
    from ..exports.playbook_data import FORMATS as PLAYBOOK_FORMATS

    parser.add_argument(
        "book", metavar="BOOK", type=Path, help=_("the workshop book file (.dwbook)")
    )
    parser.add_argument(
        "--session",
        default="latest",
        metavar="ID|latest",
        help=_("the session to export: its number (see `info`) or `latest` (the default)"),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS + PLAYBOOK_FORMATS,
        help=_(
            "pdf (the printable action plan), csv (one row per contribution), markdown, "
            "or ics (actions as calendar events); default: from the -o file's suffix, else "
            "pdf. The book's recovery playbook: playbook-pdf (a page a mishap), "
            "playbook-cards (pocket cards to cut out), playbook-md or playbook-csv"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=_(
            "where to write (default: action-plan-DATE-TITLE.EXT in the current folder); "
            "`-` writes csv, markdown or ics to standard output"
        ),
    )
    page_size_argument(parser)
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        metavar="LANG",
        help=_(
            "the language of the export: {codes}; default: the session's language, else "
            "the one of LANG"
        ).format(codes=", ".join(LANGUAGES)),
    )


def _format(args: argparse.Namespace) -> str:
    from ..exports.formatting import FORMAT_OF_SUFFIX

    if args.format:
        return args.format
    if args.output and args.output != "-":
        return FORMAT_OF_SUFFIX.get(Path(args.output).suffix.lower(), "pdf")
    return "pdf"


def _to_stdout(book: Book, session: int, fmt: str) -> int:
    """The same bytes as the file would hold (UTF-8, the CSV's BOM), whatever the
    console's encoding: standard output is usually a pipe into a file."""
    from ..exports.plan_data import build_plan

    plan = build_plan(book, session)
    sys.stdout.flush()
    out = sys.stdout.buffer
    if fmt == "markdown":
        from ..exports.markdown import render_plan_markdown

        out.write(render_plan_markdown(plan).encode("utf-8"))
    elif fmt == "csv":
        from ..exports.csv_export import write_plan_csv_to

        write_plan_csv_to(plan, out)
    elif fmt == "ics":
        from ..exports.ics import render_plan_ics

        text, _events, _skipped = render_plan_ics(plan)
        out.write(text.encode("utf-8"))
    else:
        raise InvalidInput(_("A PDF cannot go to standard output: give a file name with -o."))
    out.flush()
    return 0


@command(
    "export",
    N_(
        "Write a session's action plan as PDF, CSV, Markdown or calendar events (ICS), "
        "or the book's recovery playbook as a PDF or pocket cards."
    ),
    _arguments,
)
def export(args: argparse.Namespace) -> int:
    with language(args.lang, force=args.lang is not None):
        return _export(args)


def _export(args: argparse.Namespace) -> int:
    from ..exports.formatting import default_file_name
    from ..exports.plan_data import resolve_session
    from ..exports.playbook_data import FORMATS as PLAYBOOK_FORMATS

    fmt = _format(args)
    if fmt in PLAYBOOK_FORMATS:
        from .playbook_export import export_playbook

        return export_playbook(args, fmt)
    with Book.open_read_only(args.book) as book:
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
            print(
                _("Wrote the action plan of “{title}” to {path}").format(
                    title=session.title, path=target
                )
            )
        elif fmt == "csv":
            from ..exports.csv_export import write_csv

            write_csv(book, session.id, target)
            print(
                _("Wrote the contributions of “{title}” to {path}").format(
                    title=session.title, path=target
                )
            )
        elif fmt == "markdown":
            from ..exports.markdown import write_markdown

            write_markdown(book, session.id, target)
            print(
                _("Wrote the action plan of “{title}” to {path}").format(
                    title=session.title, path=target
                )
            )
        else:
            from ..exports.ics import write_ics

            result = write_ics(book, session.id, target)
            wrote = ngettext(
                "Wrote {n} calendar event to {path}",
                "Wrote {n} calendar events to {path}",
                result.events,
            ).format(n=result.events, path=target)
            if result.skipped:
                wrote += " " + ngettext(
                    "({n} without a due date skipped)",
                    "({n} without a due date skipped)",
                    result.skipped,
                ).format(n=result.skipped)
            print(wrote)
    return 0
