"""Book-wide views of the sessions as a series: follow-up, obstacles, recognition, dashboard.

The method works only as a recurring process: each session starts by checking
what the earlier ones promised, obstacles are tracked until someone removes
them, and hero stories become recognition. These are read-only queries over the
whole book; changes still go through the stores' operations.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .i18n import _
from .model import Action, Contribution, HeroType, ObstacleStatus
from .stores.actions import action_from_row
from .stores.contributions import contribution_from_row

if TYPE_CHECKING:
    from .book import Book

# Recognition favours routine delight over dramatic recovery (the method's fourth blunder).
ROUTINE_WEIGHT = 2
RECOVERY_WEIGHT = 1
WEIGHTS = {HeroType.ROUTINE: ROUTINE_WEIGHT, HeroType.RECOVERY: RECOVERY_WEIGHT}

_SESSION_ORDER = "(s.date < ? OR (s.date = ? AND s.id < ?))"


def _rows(book: Book, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = book.db.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, values, strict=True)) for values in cur.fetchall()]


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- follow-up -------------------------------------------------------------------
@dataclass(frozen=True)
class FollowUpItem:
    """An action to review, with the session that promised it."""

    action: Action
    session_title: str
    session_date: str
    overdue_days: int = 0  # > 0 when still open after its due date

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def overdue_days(action: Action, today: date) -> int:
    """Days an open action is past its due date (0 if on time, closed or undated)."""
    due = _day(action.due)
    if due is None or action.status.is_closed:
        return 0
    return max(0, (today - due).days)


def _follow_up_item(row: dict[str, Any], today: date) -> FollowUpItem:
    action = action_from_row(row)
    return FollowUpItem(action, row["s_title"], row["s_date"], overdue_days(action, today))


_ACTION_SELECT = (
    "SELECT a.*, s.title AS s_title, s.date AS s_date FROM actions a "
    "JOIN sessions s ON s.id = a.session_id"
)


def _earlier_than(book: Book, session_id: int | None) -> tuple[str, list[Any]]:
    if session_id is None:
        return "1", []
    row = book.db.execute("SELECT date FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        return "1", []
    return _SESSION_ORDER, [row[0], row[0], session_id]


def follow_up(book: Book, session_id: int | None, today: date) -> list[FollowUpItem]:
    """Every open action promised by sessions held before *session_id*, oldest first.

    With no session, every open action of the book.
    """
    where, params = _earlier_than(book, session_id)
    rows = _rows(
        book,
        f"{_ACTION_SELECT} WHERE a.status IN ('open', 'in_progress') AND {where} "
        "ORDER BY a.created_at, a.id",
        params,
    )
    return [_follow_up_item(r, today) for r in rows]


def follow_up_item(book: Book, action_id: int, today: date) -> FollowUpItem | None:
    rows = _rows(book, f"{_ACTION_SELECT} WHERE a.id = ?", [action_id])
    return _follow_up_item(rows[0], today) if rows else None


def is_earlier(book: Book, session_id: int | None, other_session_id: int) -> bool:
    """Whether *other_session_id* was held before *session_id* (any session if None)."""
    where, params = _earlier_than(book, session_id)
    found = book.db.execute(
        f"SELECT 1 FROM sessions s WHERE s.id = ? AND {where}", [other_session_id, *params]
    ).fetchone()
    return found is not None


def review_since(book: Book, session_id: int) -> str:
    """When "since last time" starts for *session_id*: the previous session's day.

    A session may be prepared days before it is held, so the earlier of its
    date and its creation day counts.
    """
    previous = book.sessions.previous(session_id)
    if previous is None:
        return ""
    return min(previous.date, previous.created_at[:10])


def closed_since_last_time(book: Book, session_id: int, today: date) -> list[FollowUpItem]:
    """Actions of earlier sessions marked done or dropped since the previous session."""
    where, params = _earlier_than(book, session_id)
    rows = _rows(
        book,
        f"{_ACTION_SELECT} WHERE a.status IN ('done', 'dropped') AND a.status_changed_at >= ? "
        f"AND {where} ORDER BY a.status = 'dropped', a.status_changed_at, a.id",
        [review_since(book, session_id), *params],
    )
    return [_follow_up_item(r, today) for r in rows]


# -- obstacle board ----------------------------------------------------------------
@dataclass(frozen=True)
class ObstacleRow:
    obstacle: Contribution
    session_title: str
    session_date: str


_OBSTACLE_SELECT = (
    "SELECT c.*, s.title AS s_title, s.date AS s_date FROM contributions c "
    "JOIN sessions s ON s.id = c.session_id "
    "WHERE c.kind = 'obstacle' AND c.merged_into IS NULL"
)


def _obstacle_row(row: dict[str, Any]) -> ObstacleRow:
    return ObstacleRow(contribution_from_row(row), row["s_title"], row["s_date"])


def obstacle_rows(
    book: Book, status: ObstacleStatus | str | None = None, remover: str | None = None
) -> list[ObstacleRow]:
    """Every obstacle flagged in the book, oldest first; filter by status and remover.

    ``remover=""`` selects the obstacles nobody has been named to remove.
    """
    sql, params = _OBSTACLE_SELECT, []
    if status is not None:
        sql += " AND c.obstacle_status = ?"
        params.append(ObstacleStatus(status).value)
    if remover == "":
        sql += " AND c.remover IS NULL"
    elif remover is not None:
        sql += " AND lower(c.remover) = lower(?)"
        params.append(remover.strip())
    return [_obstacle_row(r) for r in _rows(book, sql + " ORDER BY c.created_at, c.id", params)]


def obstacle_row(book: Book, contribution_id: int) -> ObstacleRow | None:
    rows = _rows(book, _OBSTACLE_SELECT + " AND c.id = ?", [contribution_id])
    return _obstacle_row(rows[0]) if rows else None


def days_to_removal(obstacle: Contribution) -> float | None:
    """Days from flagging an obstacle to its removal (None unless removed)."""
    if obstacle.obstacle_status is not ObstacleStatus.REMOVED or not obstacle.status_changed_at:
        return None
    try:
        flagged = datetime.fromisoformat(obstacle.created_at)
        removed = datetime.fromisoformat(obstacle.status_changed_at)
    except ValueError:
        return None
    return max(0.0, (removed - flagged) / timedelta(days=1))


@dataclass(frozen=True)
class BoardStats:
    open: int
    in_progress: int
    removed: int
    wont_fix: int
    median_days_to_removal: float | None

    @property
    def total(self) -> int:
        return self.open + self.in_progress + self.removed + self.wont_fix


def board_stats(obstacles: Iterable[Contribution]) -> BoardStats:
    counts = dict.fromkeys(ObstacleStatus, 0)
    days: list[float] = []
    for o in obstacles:
        counts[o.obstacle_status or ObstacleStatus.OPEN] += 1
        d = days_to_removal(o)
        if d is not None:
            days.append(d)
    return BoardStats(
        counts[ObstacleStatus.OPEN],
        counts[ObstacleStatus.IN_PROGRESS],
        counts[ObstacleStatus.REMOVED],
        counts[ObstacleStatus.WONT_FIX],
        statistics.median(days) if days else None,
    )


# -- recognition -----------------------------------------------------------------
@dataclass(frozen=True)
class HeroStory:
    story: Contribution
    session_title: str
    session_date: str

    @property
    def day(self) -> str:
        """When it happened: the story's own date, or the day it was logged."""
        return self.story.story_date or self.story.created_at[:10]


@dataclass(frozen=True)
class Recognition:
    rank: int
    employee: str
    routine: int
    recovery: int
    stories: tuple[HeroStory, ...]  # newest first

    @property
    def score(self) -> int:
        return self.routine * ROUTINE_WEIGHT + self.recovery * RECOVERY_WEIGHT


def hero_stories(book: Book, start: str | None = None, end: str | None = None) -> list[HeroStory]:
    """Hero stories that happened between *start* and *end* (ISO days, inclusive), newest first."""
    day = "COALESCE(c.story_date, substr(c.created_at, 1, 10))"
    sql = (
        "SELECT c.*, s.title AS s_title, s.date AS s_date FROM contributions c "
        "JOIN sessions s ON s.id = c.session_id WHERE c.kind = 'hero' AND c.merged_into IS NULL"
    )
    params: list[Any] = []
    if start:
        sql += f" AND {day} >= ?"
        params.append(start)
    if end:
        sql += f" AND {day} <= ?"
        params.append(end)
    rows = _rows(book, f"{sql} ORDER BY {day} DESC, c.id DESC", params)
    records = book.contributions._records(rows)
    return [
        HeroStory(record, r["s_title"], r["s_date"])
        for record, r in zip(records, rows, strict=True)
    ]


def recognition(book: Book, start: str | None = None, end: str | None = None) -> list[Recognition]:
    """Employees ranked by the hero stories crediting them in the period.

    Score = ROUTINE_WEIGHT per routine-delight story + RECOVERY_WEIGHT per recovery;
    ties share a rank and are listed by routine stories, then by name.
    """
    found: dict[str, list[HeroStory]] = {}
    spellings: dict[str, Counter[str]] = {}
    for hero in hero_stories(book, start, end):
        for name in hero.story.credited:
            found.setdefault(name.casefold(), []).append(hero)
            spellings.setdefault(name.casefold(), Counter())[name] += 1
    ranked = []
    for key, stories in found.items():
        # "Bob" credited twice and "bob" once is shown as "Bob".
        name = max(spellings[key].items(), key=lambda kv: (kv[1], kv[0] != kv[0].lower()))[0]
        routine = sum(1 for h in stories if h.story.hero_type is not HeroType.RECOVERY)
        ranked.append(Recognition(0, name, routine, len(stories) - routine, tuple(stories)))
    ranked.sort(key=lambda r: (-r.score, -r.routine, r.employee.casefold()))
    result, rank, last = [], 0, None
    for index, r in enumerate(ranked):
        if r.score != last:
            rank, last = index + 1, r.score
        result.append(Recognition(rank, r.employee, r.routine, r.recovery, r.stories))
    return result


PERIODS = ("30d", "90d", "year", "last_year", "all")


def period_bounds(period: str, today: date) -> tuple[str | None, str | None]:
    """(start, end) ISO days of a named period ending today."""
    if period == "30d":
        return (today - timedelta(days=29)).isoformat(), today.isoformat()
    if period == "90d":
        return (today - timedelta(days=89)).isoformat(), today.isoformat()
    if period == "year":
        return date(today.year, 1, 1).isoformat(), today.isoformat()
    if period == "last_year":
        return date(today.year - 1, 1, 1).isoformat(), date(today.year - 1, 12, 31).isoformat()
    if period == "all":
        return None, None
    raise ValueError(_("unknown period {repr}").format(repr=repr(period)))


# -- dashboard -------------------------------------------------------------------
@dataclass(frozen=True)
class SessionStats:
    session_id: int
    title: str
    date: str
    contributions: int
    actions_done: int
    actions_open: int  # open or in progress
    actions_dropped: int
    obstacles_removed: int
    obstacles_open: int  # open or in progress
    obstacles_wont_fix: int


def dashboard(book: Book) -> list[SessionStats]:
    """Per-session figures for the book's dashboard, oldest session first."""
    sessions = book.db.execute("SELECT id, title, date FROM sessions ORDER BY date, id").fetchall()
    contributions = dict(
        book.db.execute(
            "SELECT session_id, COUNT(*) FROM contributions WHERE merged_into IS NULL "
            "GROUP BY session_id"
        ).fetchall()
    )
    actions: dict[tuple[int, str], int] = {
        (sid, status): n
        for sid, status, n in book.db.execute(
            "SELECT session_id, status, COUNT(*) FROM actions GROUP BY session_id, status"
        )
    }
    obstacles: dict[tuple[int, str], int] = {
        (sid, status): n
        for sid, status, n in book.db.execute(
            "SELECT session_id, obstacle_status, COUNT(*) FROM contributions "
            "WHERE kind = 'obstacle' AND merged_into IS NULL GROUP BY session_id, obstacle_status"
        )
    }
    return [
        SessionStats(
            sid,
            title,
            day,
            contributions.get(sid, 0),
            actions.get((sid, "done"), 0),
            actions.get((sid, "open"), 0) + actions.get((sid, "in_progress"), 0),
            actions.get((sid, "dropped"), 0),
            obstacles.get((sid, "removed"), 0),
            obstacles.get((sid, "open"), 0) + obstacles.get((sid, "in_progress"), 0),
            obstacles.get((sid, "wont_fix"), 0),
        )
        for sid, title, day in sessions
    ]


def sessions_per_month(stats: Iterable[SessionStats]) -> list[tuple[str, int]]:
    """("YYYY-MM", sessions held) for every month from the first session to the last."""
    counts: dict[str, int] = {}
    for s in stats:
        counts[s.date[:7]] = counts.get(s.date[:7], 0) + 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        months.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
