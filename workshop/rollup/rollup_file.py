"""The roll-up file: the threshold, the books and the user's grouping, beside the output.

``region.pdf`` keeps its grouping in ``region.rollup.json``. It is small JSON
a person can read; the teams' books never hold any of it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..errors import InvalidInput
from ..exports.files import atomic_target
from ..i18n import _
from .shared import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD, Decisions

SUFFIX = ".rollup.json"
KIND = "delight-workshop-rollup"
FORMAT = 1


@dataclass
class RollUpFile:
    threshold: int = DEFAULT_THRESHOLD
    books: list[str] = field(default_factory=list)
    decisions: Decisions = field(default_factory=Decisions)


def beside(output: str | os.PathLike[str]) -> Path:
    """``region.pdf`` -> ``region.rollup.json`` (and a roll-up file stays itself)."""
    path = Path(output)
    if path.name.endswith(SUFFIX):
        return path
    return path.with_name(path.stem + SUFFIX)


def check_threshold(value: object) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if not MIN_THRESHOLD <= number <= MAX_THRESHOLD:
        raise InvalidInput(
            _("The threshold must be a whole number from {low} to {high} (got “{value}”).").format(
                low=MIN_THRESHOLD, high=MAX_THRESHOLD, value=value
            )
        )
    return number


def load(path: str | os.PathLike[str]) -> RollUpFile:
    """Read a roll-up file (raises InvalidInput in one line if it is not one)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(_("“{name}” does not exist.").format(name=path.name)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(
            _("“{name}” is not a roll-up file ({reason}).").format(name=path.name, reason=exc)
        ) from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise InvalidInput(_("“{name}” is not a roll-up file.").format(name=path.name))
    if not isinstance(data.get("format"), int) or data["format"] > FORMAT:
        raise InvalidInput(
            _("“{name}” was written by a newer version of Delight Workshop.").format(name=path.name)
        )
    pinned = data.get("pinned", {})
    books = data.get("books", [])
    if not isinstance(pinned, dict) or not isinstance(books, list):
        raise InvalidInput(
            _("“{name}” is not a roll-up file (pinned or books malformed).").format(name=path.name)
        )
    return RollUpFile(
        threshold=check_threshold(data.get("threshold", DEFAULT_THRESHOLD)),
        books=[str(b) for b in books],
        decisions=Decisions({str(k): str(v) for k, v in pinned.items()}),
    )


def save(
    path: str | os.PathLike[str],
    threshold: int,
    decisions: Decisions,
    books: list[str | os.PathLike[str]],
) -> Path:
    """Write the roll-up file atomically; returns its path."""
    target = Path(path)
    data = {
        "kind": KIND,
        "format": FORMAT,
        "written_by": f"Delight Workshop {__version__}",
        "written_at": datetime.now().isoformat(timespec="seconds"),
        "threshold": int(threshold),
        "books": [str(Path(b).absolute()) for b in books],
        "pinned": dict(sorted(decisions.pinned.items())),
    }
    with atomic_target(target) as temp:
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
