"""Entry point of ``delight-workshop``: subcommands run without Qt, else the app starts.

Qt is imported only when a window is wanted, so ``demo``, ``import``, ``info``
and ``export`` work on a machine without a display.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # The start makes hundreds of thousands of objects that live as long as the app
    # (modules, classes, Qt's enums): nothing is collected while they are made, and
    # run_app turns collection back on once the window is up (12 ms of the start).
    gc.disable()
    run = _without_window(args)
    if run is not None:
        gc.enable()  # a command may read a big book: collection as usual
        return run()
    from ui.app.source_scan import skip_source_scan

    skip_source_scan()  # before the window's modules are imported (a few ms of the start)
    from ui.app.application import run_app

    return run_app(args)


def _without_window(args: list[str]) -> Callable[[], int] | None:
    """What runs without the window: a command, the self-test, or the refusal of a
    mistyped command; None when the app starts."""
    from workshop import cli

    if cli.is_subcommand(args):
        return lambda: cli.main(args)
    if "--self-test" in args:
        from ui.app.self_test import run_self_test

        return run_self_test
    mistyped = _mistyped_command(args)
    if mistyped:
        return lambda: _refuse_mistyped(mistyped)
    return None


def _refuse_mistyped(word: str) -> int:
    from workshop import cli
    from workshop.storage import BOOK_SUFFIX

    print(
        f"{cli.PROG}: error: “{word}” is neither a command nor a book "
        f"(commands: {', '.join(cli.COMMANDS)}; books end in {BOOK_SUFFIX})",
        file=sys.stderr,
    )
    return 2


def _mistyped_command(args: list[str]) -> str | None:
    """A lone word that is no file and no book name is a mistyped command, not a book."""
    if len(args) != 1 or args[0].startswith("-"):
        return None
    from workshop.storage import BOOK_SUFFIX

    word = args[0]
    if Path(word).exists() or word.endswith(BOOK_SUFFIX) or os.sep in word:
        return None
    return word


if __name__ == "__main__":
    sys.exit(main())
