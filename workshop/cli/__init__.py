"""The ``delight-workshop`` command line: the same core, no window needed.

Each subcommand lives in its own module and registers itself in COMMANDS.
Errors print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .. import __version__, i18n
from ..errorlog import log_detail
from ..errors import WorkshopError
from ..i18n import _
from ..storage import translate_error

PROG = "delight-workshop"

# name -> (add_arguments(parser), run(args) -> exit code, one-line help)
Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int], str]
COMMANDS: dict[str, Command] = {}


def command(
    name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None] | None = None
):
    """Register a subcommand: decorate its run(args) function."""

    def register(run: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = (arguments or (lambda parser: None), run, help_text)
        return run

    return register


def page_size_argument(parser: argparse.ArgumentParser) -> None:
    """``--page-size``, for the commands that write a PDF."""
    parser.add_argument(
        "--page-size",
        choices=("a4", "letter", "auto"),
        default="auto",
        type=str.lower,
        help=_("PDF paper: a4, letter, or auto (from the locale, the default)"),
    )


def _load_commands() -> None:
    from . import (  # noqa: F401  (they register themselves)
        book_commands,
        export_command,
        rollup_command,
        room_command,
    )


class _Parser(argparse.ArgumentParser):
    """Reports a wrong command line in one line on stderr (status 2), not with usage."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(
            2,
            _("{prog}: error: {message} (see {prog} --help)").format(
                prog=self.prog, message=message
            )
            + "\n",
        )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with *only*, the other commands get their one-line help
    but not their arguments (setting some up imports the exports or the roll-up)."""
    _load_commands()
    parser = _Parser(
        prog=PROG,
        description=_("Delight Workshop: run improvement workshops and print the action plan."),
        usage="%(prog)s [BOOK] | %(prog)s COMMAND ... | %(prog)s --self-test",
        epilog=_(
            "Without a command, %(prog)s opens the facilitator console on BOOK "
            "(or on the last book). --self-test checks an installed app and exits."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # prog= keeps "usage: delight-workshop demo ..." despite the custom top-level usage.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog=PROG)
    for name, (add_args, _run, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=_(help_text), description=_(help_text))
        if only is None or name == only:
            add_args(p)
    return parser


def is_subcommand(argv: Sequence[str]) -> bool:
    if not argv:
        return False
    word = argv[0]
    if word in ("-h", "--help", "--version"):
        return True
    # A book, a path or an option is never a command: the app starts without
    # importing the commands (and the CSV import and demo data behind them).
    if word.startswith("-") or word.endswith(".dwbook") or os.sep in word or "/" in word:
        return False
    _load_commands()
    return word in COMMANDS


def stream_takes(stream: TextIO, text: str) -> bool:
    """Whether *stream*'s encoding can write *text* as it is."""
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _never_fail_on_encoding() -> None:
    """A console that is not UTF-8 (cp1252 on Windows, LANG=C...) shows "?" for what it
    cannot take instead of the command crashing after its work is done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _never_fail_on_encoding()
    i18n.set_language(None)  # the CLI follows LANG (LANGUAGE, LC_ALL, LC_MESSAGES)
    i18n.translate_argparse()
    _load_commands()
    parser = build_parser(only=argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    _add, run, _help = COMMANDS[args.command]
    try:
        return run(args)
    except WorkshopError as exc:
        print(_("{prog}: error: {message}").format(prog=PROG, message=exc), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        # A damaged book found while reading it: one line for the user, the raw text logged.
        error = translate_error(exc, Path(getattr(args, "book", "") or "book").name)
        where = log_detail(f"{PROG} {' '.join(argv)}", exc)
        print(
            _("{prog}: error: {message} (details: {where})").format(
                prog=PROG, message=error, where=where
            ),
            file=sys.stderr,
        )
        return 1
    except BrokenPipeError:
        # The reader went away (``info BOOK | head``): not an error of ours.
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(
            _("{prog}: error: {message}")
            .format(prog=PROG, message=f"{exc.strerror or exc}: {exc.filename or ''}")
            .rstrip(": "),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(_("{prog}: interrupted").format(prog=PROG), file=sys.stderr)
        return 130
