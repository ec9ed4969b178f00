"""The regional roll-up: many teams' books read together, read-only, with the obstacles they share.

``roll_up(paths)`` reads each book (one at a time, never writing a byte) into a
:class:`.summary.TeamSummary`, lists the files it skipped and why, and groups
near-duplicate obstacle texts across teams (:mod:`.shared`). The user's
corrections to that grouping live in a roll-up file beside the output
(:mod:`.rollup_file`). Exports: :mod:`.pdf`, :mod:`.text_exports`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import RollUp, roll_up
    from .shared import DEFAULT_THRESHOLD, Decisions, SharedGroup
    from .summary import Skipped, TeamSummary

# Loaded on first use: opening a book checks .network (is it on a network drive?)
# without importing the reading and the fuzzy grouping (rapidfuzz) behind it.
_WHERE = {
    "RollUp": "build",
    "roll_up": "build",
    "DEFAULT_THRESHOLD": "shared",
    "Decisions": "shared",
    "SharedGroup": "shared",
    "Skipped": "summary",
    "TeamSummary": "summary",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_THRESHOLD",
    "Decisions",
    "RollUp",
    "SharedGroup",
    "Skipped",
    "TeamSummary",
    "roll_up",
]
