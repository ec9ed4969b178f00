"""The regional roll-up: many teams' books read together, read-only, with the obstacles they share.

``roll_up(paths)`` reads each book (one at a time, never writing a byte) into a
:class:`.summary.TeamSummary`, lists the files it skipped and why, and groups
near-duplicate obstacle texts across teams (:mod:`.shared`). The user's
corrections to that grouping live in a roll-up file beside the output
(:mod:`.rollup_file`). Exports: :mod:`.pdf`, :mod:`.text_exports`.
"""

from .build import RollUp, roll_up
from .shared import DEFAULT_THRESHOLD, Decisions, SharedGroup
from .summary import Skipped, TeamSummary

__all__ = [
    "DEFAULT_THRESHOLD",
    "Decisions",
    "RollUp",
    "SharedGroup",
    "Skipped",
    "TeamSummary",
    "roll_up",
]
