"""``rollup``: many teams' books read together (read-only) into a regional PDF, CSV or Markdown."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InvalidInput
from ..i18n import N_, _, ngettext
from ..rollup.limits import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD
from . import PROG, command, page_size_argument

if TYPE_CHECKING:
    from ..rollup.build import RollUp

# The roll-up itself (the fuzzy matcher, the PDF) is imported when the command runs:
# every other command builds this one's arguments too.

FORMATS = ("pdf", "csv", "markdown")
SUFFIXES = {".pdf": "pdf", ".csv": "csv", ".md": "markdown", ".markdown": "markdown"}

EPILOG = N_("""\
Each BOOK_OR_FOLDER is a workshop book or a folder whose *.dwbook files are all
read (not its sub-folders). Books are only read: none is migrated or changed,
and a book open in the app elsewhere is read safely. Files that cannot be read
are listed as skipped, with the reason, on standard error.

With -o region.pdf (or .csv, .md) the grouping of shared obstacles is kept in
region.rollup.json beside it: the threshold and the groups split or merged in
the app's roll-up window. Without -o, Markdown goes to standard output.
""")


def _threshold(value: str) -> int:
    from ..rollup import rollup_file

    try:
        return rollup_file.check_threshold(value)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = _(EPILOG)
    parser.add_argument(
        "paths", metavar="BOOK_OR_FOLDER", type=Path, nargs="+", help=_("books or folders of books")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=_(
            "region.pdf, region.csv or region.md (default: Markdown on standard output; "
            "`-` with --format csv writes CSV there)"
        ),
    )
    parser.add_argument("--format", choices=FORMATS, help=_("default: from the -o file's suffix"))
    parser.add_argument(
        "--threshold",
        type=_threshold,
        metavar="N",
        help=_(
            "similarity ({low}-{high}) from which two obstacle texts are "
            "grouped as one (default: the roll-up file's, else {default})"
        ).format(low=MIN_THRESHOLD, high=MAX_THRESHOLD, default=DEFAULT_THRESHOLD),
    )
    parser.add_argument("--title", help=_("the title on the PDF and Markdown"))
    page_size_argument(parser)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and args.output != "-":
        suffix = Path(args.output).suffix.lower()
        if suffix not in SUFFIXES:
            raise InvalidInput(
                _(
                    "Cannot tell the format of “{name}”: use .pdf, .csv or .md, or give --format."
                ).format(name=Path(args.output).name)
            )
        return SUFFIXES[suffix]
    return "markdown"


def _to_stdout(rollup: RollUp, fmt: str, title: str | None) -> None:
    if fmt == "pdf":
        raise InvalidInput(_("A PDF cannot go to standard output: give a file name with -o."))
    if fmt == "csv":
        from ..exports.csv_export import neutralise
        from ..rollup.text_exports import team_rows

        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        for row in team_rows(rollup):
            writer.writerow([neutralise(v) for v in row])
    else:
        from ..rollup.text_exports import render_rollup_markdown

        sys.stdout.write(render_rollup_markdown(rollup, title))


def _write(rollup: RollUp, fmt: str, target: Path, args: argparse.Namespace) -> list[Path]:
    if fmt == "pdf":
        from ..rollup.pdf import write_rollup_pdf

        page = None if args.page_size == "auto" else args.page_size
        return [write_rollup_pdf(rollup, target, page, title=args.title)]
    if fmt == "csv":
        from ..rollup.text_exports import write_rollup_csv

        return write_rollup_csv(rollup, target)
    from ..rollup.text_exports import write_rollup_markdown

    return [write_rollup_markdown(rollup, target, args.title)]


@command(
    "rollup",
    N_("Roll up many teams' books (read-only): per-team figures, late actions, shared obstacles."),
    _arguments,
)
def rollup(args: argparse.Namespace) -> int:
    from ..rollup import rollup_file
    from ..rollup.build import roll_up

    fmt = _format(args)
    target = None if args.output in (None, "-") else Path(args.output)
    if target is not None and target.is_dir():
        raise InvalidInput(
            _("“{target}” is a folder: give a file name such as region.{suffix}.").format(
                target=target, suffix=fmt[:3]
            )
        )
    saved = rollup_file.RollUpFile()
    grouping = rollup_file.beside(target) if target is not None else None
    if grouping is not None and grouping.exists():
        saved = rollup_file.load(grouping)
    threshold = args.threshold if args.threshold is not None else saved.threshold
    result = roll_up(args.paths, threshold=threshold, decisions=saved.decisions)
    if not result.teams:
        if not result.skipped:
            raise InvalidInput(_("No workshop book found: a folder's *.dwbook files are read."))
        first, others = result.skipped[0].reason, len(result.skipped) - 1
        if others:
            message = ngettext(
                "No workshop book could be read: {reason} ({n} more file skipped)",
                "No workshop book could be read: {reason} ({n} more files skipped)",
                others,
            )
        else:
            message = _("No workshop book could be read: {reason}")
        raise InvalidInput(message.format(reason=first, n=others))
    for skipped in result.skipped:
        print(
            _("{prog}: skipped {path}: {reason}").format(
                prog=PROG, path=skipped.path, reason=skipped.reason
            ),
            file=sys.stderr,
        )
    if target is None:
        _to_stdout(result, fmt, args.title)
        return 0
    written = _write(result, fmt, target, args)
    rollup_file.save(grouping, result.threshold, result.decisions, args.paths)
    teams = len(result.teams)
    shared = len(result.shared)
    teams_text = ngettext("{n} team", "{n} teams", teams).format(n=teams)
    shared_text = ngettext(
        "{n} obstacle shared by two teams or more",
        "{n} obstacles shared by two teams or more",
        shared,
    ).format(n=shared)
    print(
        _("Rolled up {teams} ({shared}) into {files}; grouping kept in {grouping}").format(
            teams=teams_text,
            shared=shared_text,
            files=", ".join(str(p) for p in written),
            grouping=grouping,
        )
    )
    return 0
