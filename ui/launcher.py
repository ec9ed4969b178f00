"""Entry point of ``delight-workshop``: subcommands run without Qt, else the app starts.

Qt is imported only when a window is wanted, so ``demo``, ``import``, ``info``
and ``export`` work on a machine without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from workshop import cli

    if cli.is_subcommand(args):
        return cli.main(args)
    if "--self-test" in args:
        from ui.self_test import run_self_test

        return run_self_test()
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
