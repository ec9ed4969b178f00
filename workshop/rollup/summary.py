"""What a roll-up holds: one summary per team (book), the skipped files, and the totals.

A summary keeps counts, a bounded number of examples (the most overdue actions,
the latest hero stories, the best recognised employees) and the team's distinct
obstacle texts for grouping, so memory grows with the number of teams, never
with the number of cards in their books.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..model import ActionStatus, HeroType, ObstacleStatus
from ..series import RECOVERY_WEIGHT, ROUTINE_WEIGHT

LATE_PER_TEAM = 25  # most overdue actions kept per team (the count covers them all)
HEROES_PER_TEAM = 5  # latest hero stories kept per team, routine delight first
RECOGNISED_PER_TEAM = 3
AGE_BUCKETS = (30, 90)  # obstacles still in the way: under 30 days, 30 to 90, over 90


@dataclass(frozen=True)
class LateAction:
    team: str
    what: str
    owner: str | None
    due: str
    days_late: int
    status: ActionStatus
    session_title: str


@dataclass(frozen=True)
class HeroItem:
    team: str
    text: str
    hero_type: HeroType
    day: str
    credited: tuple[str, ...]
    customer: str | None = None


@dataclass(frozen=True)
class Recognised:
    """An employee of one team and the hero stories crediting them."""

    team: str
    employee: str
    routine: int
    recovery: int

    @property
    def score(self) -> int:
        return self.routine * ROUTINE_WEIGHT + self.recovery * RECOVERY_WEIGHT


@dataclass(frozen=True)
class ObstacleText:
    """One distinct obstacle of a team: its normalised key, how it was written, how often."""

    key: str
    text: str
    mentions: int
    still_open: int  # of those mentions, open or in progress


class _Figures:
    """What a team's summary and the region's totals derive alike from their counts."""

    sessions_held: int
    ideas: int
    obstacles: dict[ObstacleStatus, int]
    heroes_routine: int
    heroes_recovery: int

    @property
    def ideas_per_session(self) -> float | None:
        return self.ideas / self.sessions_held if self.sessions_held else None

    @property
    def obstacles_total(self) -> int:
        return sum(self.obstacles.values())

    @property
    def obstacles_in_the_way(self) -> int:
        return self.obstacles[ObstacleStatus.OPEN] + self.obstacles[ObstacleStatus.IN_PROGRESS]

    @property
    def heroes(self) -> int:
        return self.heroes_routine + self.heroes_recovery

    @property
    def recognition_score(self) -> int:
        return self.heroes_routine * ROUTINE_WEIGHT + self.heroes_recovery * RECOVERY_WEIGHT


@dataclass(frozen=True)
class TeamSummary(_Figures):
    path: Path
    team: str
    book_format: int
    sessions_held: int
    last_session: str | None
    ideas: int  # delight and value ideas of the sessions held (duplicates merged count once)
    actions_open: int  # open or in progress
    actions_overdue: int
    actions_done: int
    actions_dropped: int
    obstacles: dict[ObstacleStatus, int]
    open_by_age: tuple[int, int, int]  # still in the way for < 30, 30-90, > 90 days
    oldest_open_days: int | None
    removal_days: tuple[float, ...]  # days from flagging to removal, per removed obstacle
    heroes_routine: int
    heroes_recovery: int
    late_actions: tuple[LateAction, ...]  # most overdue first, at most LATE_PER_TEAM
    hero_stories: tuple[HeroItem, ...]
    recognition: tuple[Recognised, ...]
    obstacle_texts: tuple[ObstacleText, ...] = field(repr=False)

    @property
    def median_days_to_removal(self) -> float | None:
        return statistics.median(self.removal_days) if self.removal_days else None


@dataclass(frozen=True)
class Skipped:
    """A file that was not rolled up, and why, in one line."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Totals(_Figures):
    teams: int
    sessions_held: int
    ideas: int
    actions_open: int
    actions_overdue: int
    actions_done: int
    actions_dropped: int
    obstacles: dict[ObstacleStatus, int]
    open_by_age: tuple[int, int, int]
    median_days_to_removal: float | None
    heroes_routine: int
    heroes_recovery: int


def totals(teams: Iterable[TeamSummary]) -> Totals:
    teams = list(teams)
    obstacles = Counter[ObstacleStatus]()
    ages = [0, 0, 0]
    days: list[float] = []
    for t in teams:
        obstacles.update(t.obstacles)
        for i, n in enumerate(t.open_by_age):
            ages[i] += n
        days.extend(t.removal_days)
    return Totals(
        teams=len(teams),
        sessions_held=sum(t.sessions_held for t in teams),
        ideas=sum(t.ideas for t in teams),
        actions_open=sum(t.actions_open for t in teams),
        actions_overdue=sum(t.actions_overdue for t in teams),
        actions_done=sum(t.actions_done for t in teams),
        actions_dropped=sum(t.actions_dropped for t in teams),
        obstacles={s: obstacles.get(s, 0) for s in ObstacleStatus},
        open_by_age=(ages[0], ages[1], ages[2]),
        median_days_to_removal=statistics.median(days) if days else None,
        heroes_routine=sum(t.heroes_routine for t in teams),
        heroes_recovery=sum(t.heroes_recovery for t in teams),
    )


def late_actions(teams: Iterable[TeamSummary]) -> list[LateAction]:
    """The late actions kept of every team, most overdue first."""
    found = [a for t in teams for a in t.late_actions]
    found.sort(key=lambda a: (-a.days_late, a.team.casefold(), a.what.casefold()))
    return found


def hero_stories(teams: Iterable[TeamSummary], limit: int | None = None) -> list[HeroItem]:
    """Hero stories to celebrate: routine delight before recovery, then the newest first."""
    found = [h for t in teams for h in t.hero_stories]
    found.sort(key=lambda h: h.day, reverse=True)
    found.sort(key=lambda h: h.hero_type is HeroType.RECOVERY)
    return found[:limit] if limit else found


def recognition(teams: Iterable[TeamSummary], limit: int | None = None) -> list[Recognised]:
    """Employees across the region ranked as in one book: routine delight weighs more."""
    found = [r for t in teams for r in t.recognition]
    found.sort(key=lambda r: (-r.score, -r.routine, r.employee.casefold(), r.team.casefold()))
    return found[:limit] if limit else found


def age_days(since: str | None, today: date) -> int | None:
    if not since:
        return None
    try:
        return max(0, (today - date.fromisoformat(since[:10])).days)
    except ValueError:
        return None
