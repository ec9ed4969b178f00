"""The ``delight-workshop`` command line: the same core, no window needed.

Each subcommand lives in its own module and registers itself in COMMANDS.
Errors print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..errors import WorkshopError

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


def _load_commands() -> None:
    from . import book_commands, export_command, room_command  # noqa: F401  (they register themselves)


class _Parser(argparse.ArgumentParser):
    """Reports a wrong command line in one line on stderr (status 2), not with usage."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    _load_commands()
    parser = _Parser(
        prog=PROG,
        description="Delight Workshop: run improvement workshops and print the action plan.",
        usage="%(prog)s [BOOK] | %(prog)s COMMAND ... | %(prog)s --self-test",
        epilog=(
            "Without a command, %(prog)s opens the facilitator console on BOOK "
            "(or on the last book). --self-test checks an installed app and exits."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # prog= keeps "usage: delight-workshop demo ..." despite the custom top-level usage.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog=PROG)
    for name, (add_args, _run, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_args(p)
    return parser


def is_subcommand(argv: Sequence[str]) -> bool:
    _load_commands()
    return bool(argv) and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    _add, run, _help = COMMANDS[args.command]
    try:
        return run(args)
    except WorkshopError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``info BOOK | head``): not an error of ours.
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(
            f"{PROG}: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
