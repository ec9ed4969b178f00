"""``roll_up(paths)``: read many books one at a time into a RollUp, then group their obstacles."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .reading import find_books, read_team
from .shared import DEFAULT_THRESHOLD, Decisions, SharedGroup, group_obstacles, shared_only
from .summary import Skipped, TeamSummary, Totals, totals

Progress = Callable[[int, int, Path], None]  # (books read, books found, the next book)


@dataclass
class RollUp:
    teams: list[TeamSummary]
    skipped: list[Skipped]
    today: date
    threshold: int = DEFAULT_THRESHOLD
    decisions: Decisions = field(default_factory=Decisions)
    groups: list[SharedGroup] = field(default_factory=list)

    @property
    def totals(self) -> Totals:
        return totals(self.teams)

    @property
    def shared(self) -> list[SharedGroup]:
        """Obstacles named by two teams or more, most widely named first."""
        return shared_only(self.groups)

    def regroup(self, threshold: int | None = None) -> list[SharedGroup]:
        if threshold is not None:
            self.threshold = int(threshold)
        self.groups = group_obstacles(self.teams, self.threshold, self.decisions)
        return self.groups

    def team(self, name: str) -> TeamSummary | None:
        return next((t for t in self.teams if t.team == name), None)


def _renamed(summary: TeamSummary, name: str) -> TeamSummary:
    """The same summary under another team name (two books of one name stay apart)."""

    def each(items: tuple) -> tuple:
        return tuple(dataclasses.replace(i, team=name) for i in items)

    return dataclasses.replace(
        summary,
        team=name,
        late_actions=each(summary.late_actions),
        hero_stories=each(summary.hero_stories),
        recognition=each(summary.recognition),
    )


def roll_up(
    paths: Iterable[str | os.PathLike[str]],
    *,
    today: date | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    decisions: Decisions | None = None,
    progress: Progress | None = None,
) -> RollUp:
    """Read every book of *paths* (files or folders of ``*.dwbook``), one at a time.

    Nothing is ever written to a book. Files that cannot be read are listed in
    ``skipped`` with the reason; an empty result is not an error here.
    """
    today = today or date.today()
    books = list(find_books(paths))
    teams: list[TeamSummary] = []
    skipped: list[Skipped] = []
    names: set[str] = set()
    for done, path in enumerate(books):
        if progress is not None:
            progress(done, len(books), path)
        result = read_team(path, today)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        name, n = result.team, 2
        while name.casefold() in names:
            name, n = f"{result.team} ({n})", n + 1
        names.add(name.casefold())
        teams.append(result if name == result.team else _renamed(result, name))
    if progress is not None:
        progress(len(books), len(books), Path())
    rollup = RollUp(teams, skipped, today, threshold, decisions or Decisions())
    rollup.regroup()
    return rollup
