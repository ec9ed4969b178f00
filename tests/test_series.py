"""Book-wide queries of the series: follow-up, obstacle board, recognition, dashboard, backlog."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from workshop import series
from workshop.backlog import pull_value_ideas, value_backlog
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.model import ActionStatus, ObstacleStatus
from workshop.series import RECOVERY_WEIGHT, ROUTINE_WEIGHT

from .conftest import FakeClock


def _sessions(book: Book, *dates: str) -> list[int]:
    return [book.sessions.create(f"Session {d}", date=d) for d in dates]


def test_follow_up_lists_earlier_open_actions_oldest_first_with_overdue(book: Book) -> None:
    first, second, third = _sessions(book, "2026-10-01", "2026-11-01", "2026-12-01")
    old = book.actions.plan(first, "Call back within the hour", owner="Ann", due="2026-10-15")
    on_time = book.actions.plan(first, "Name badges", owner="Bob", due="2026-12-31")
    done = book.actions.plan(first, "Fix the door", due="2026-10-10")
    book.actions.set_status(done, "done")
    later = book.actions.plan(second, "Coffee for waiting guests", due="2026-11-20")
    own = book.actions.plan(third, "Not reviewed in its own session")

    items = series.follow_up(book, third, today=date(2026, 12, 1))
    assert [i.action.id for i in items] == [old, on_time, later]
    assert [i.overdue_days for i in items] == [47, 0, 11]
    assert items[0].session_title == "Session 2026-10-01"
    # The second session reviews only the first one's actions.
    assert [i.action.id for i in series.follow_up(book, second, date(2026, 11, 1))] == [
        old,
        on_time,
    ]
    assert own in [i.action.id for i in series.follow_up(book, None, date(2026, 12, 1))]
    assert series.follow_up_item(book, old, date(2026, 10, 15)).overdue is False


def test_closed_since_last_time_celebrates_done_before_dropped(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 10, 1, 9, 0))
    with Book.create(tmp_path / "series.dwbook", clock=clock) as book:
        first = book.sessions.create("October", date="2026-10-01")
        a = book.actions.plan(first, "Greet by name")
        b = book.actions.plan(first, "Weekend rota")
        c = book.actions.plan(first, "Closed between sessions")
        clock.current = datetime(2026, 10, 5, 9, 0)
        book.actions.set_status(c, "done")
        clock.current = datetime(2026, 11, 1, 9, 0)
        second = book.sessions.create("November", date="2026-11-01")
        book.actions.set_status(b, "dropped", note="Rota belongs to HR")
        book.actions.set_status(a, "done")
        clock.current = datetime(2026, 12, 1, 9, 0)
        third = book.sessions.create("December", date="2026-12-01")
        # November celebrates what closed since October, done before dropped.
        in_second = series.closed_since_last_time(book, second, date(2026, 11, 1))
        assert [i.action.id for i in in_second] == [c, a, b]
        # December sees only what November closed.
        in_third = series.closed_since_last_time(book, third, date(2026, 12, 1))
        assert [i.action.id for i in in_third] == [a, b]
        assert in_third[1].action.status_note == "Rota belongs to HR"


def test_obstacle_rows_filter_by_status_and_remover_and_stats(book: Book) -> None:
    (sid,) = _sessions(book, "2026-11-20")
    ids = [
        book.contributions.add(sid, "obstacle", f"Obstacle {n}", remover=who)
        for n, who in enumerate(["Store manager", "store manager", "IT", None])
    ]
    book.contributions.set_obstacle(ids[0], status="removed")
    book.contributions.set_obstacle(ids[1], status="in_progress")
    book.contributions.set_obstacle(ids[2], status="wont_fix")
    rows = series.obstacle_rows(book)
    assert [r.obstacle.id for r in rows] == ids
    assert [r.obstacle.id for r in series.obstacle_rows(book, remover="STORE MANAGER")] == ids[:2]
    assert [r.obstacle.id for r in series.obstacle_rows(book, remover="")] == [ids[3]]
    assert [r.obstacle.id for r in series.obstacle_rows(book, status="open")] == [ids[3]]
    stats = series.board_stats(r.obstacle for r in rows)
    assert (stats.open, stats.in_progress, stats.removed, stats.wont_fix) == (1, 1, 1, 1)
    # FakeClock: flagged and removed a few minutes apart.
    assert stats.median_days_to_removal == pytest.approx(series.days_to_removal(rows[0].obstacle))
    assert 0 < stats.median_days_to_removal < 0.01


def test_median_days_to_removal_is_the_middle_value(book: Book) -> None:
    (sid,) = _sessions(book, "2026-01-01")
    clock = book.clock
    days = [3, 10, 40]
    for n, d in enumerate(days):
        clock.current = datetime(2026, 1, 1, 9, 0)
        cid = book.contributions.add(sid, "obstacle", f"O{n}")
        clock.current = datetime(2026, 1, 1, 9, 0) + timedelta(days=d)
        book.contributions.set_obstacle(cid, status="removed")
    stats = series.board_stats(r.obstacle for r in series.obstacle_rows(book))
    assert stats.median_days_to_removal == pytest.approx(10.0)  # FakeClock adds a minute


def test_recognition_weights_routine_delight_above_recovery(book: Book) -> None:
    (sid,) = _sessions(book, "2026-11-20")
    add = book.contributions.add
    add(sid, "hero", "Remembered my name", credited=["Ann"], story_date="2026-11-02")
    add(sid, "hero", "Found my lost bag", hero_type="recovery", credited=["Bob"],
        story_date="2026-11-03")  # fmt: skip
    add(sid, "hero", "Stayed late to fix my booking", hero_type="recovery",
        credited=["bob", "Chen"], story_date="2026-11-04")  # fmt: skip
    add(sid, "hero", "Old story", credited=["Dee", "Dee"], story_date="2025-01-01")
    assert ROUTINE_WEIGHT > RECOVERY_WEIGHT
    ranking = series.recognition(book, "2026-11-01", "2026-11-30")
    assert [(r.rank, r.employee, r.score) for r in ranking] == [
        (1, "Ann", ROUTINE_WEIGHT),
        (1, "Bob", 2 * RECOVERY_WEIGHT),
        (3, "Chen", RECOVERY_WEIGHT),
    ]
    assert [h.story.text for h in ranking[1].stories] == [
        "Stayed late to fix my booking",
        "Found my lost bag",
    ]
    everyone = series.recognition(book)
    assert [r.employee for r in everyone] == ["Ann", "Dee", "Bob", "Chen"]  # ties: routine first


def test_period_bounds() -> None:
    today = date(2026, 11, 25)
    assert series.period_bounds("30d", today) == ("2026-10-27", "2026-11-25")
    assert series.period_bounds("year", today) == ("2026-01-01", "2026-11-25")
    assert series.period_bounds("last_year", today) == ("2025-01-01", "2025-12-31")
    assert series.period_bounds("all", today) == (None, None)


def test_dashboard_counts_per_session_and_months(book: Book) -> None:
    first, second = _sessions(book, "2026-09-10", "2026-11-20")
    book.contributions.add(first, "delight", "Idea")
    o = book.contributions.add(first, "obstacle", "Printer")
    book.contributions.add(second, "obstacle", "Forms")
    book.contributions.set_obstacle(o, status="removed")
    a = book.actions.plan(first, "Do it")
    book.actions.plan(first, "Do more")
    book.actions.set_status(a, ActionStatus.DONE)
    stats = series.dashboard(book)
    assert [(s.title, s.contributions, s.actions_done, s.actions_open) for s in stats] == [
        ("Session 2026-09-10", 2, 1, 1),
        ("Session 2026-11-20", 1, 0, 0),
    ]
    assert [(s.obstacles_removed, s.obstacles_open) for s in stats] == [(1, 0), (0, 1)]
    assert series.sessions_per_month(stats) == [("2026-09", 1), ("2026-10", 0), ("2026-11", 1)]


def test_backlog_carries_value_ideas_until_acted_on_and_pull_is_one_undo(book: Book) -> None:
    first, second, third = _sessions(book, "2026-09-01", "2026-10-01", "2026-11-01")
    coffee = book.contributions.add(first, "value", "Free coffee while waiting", "Ann")
    call = book.contributions.add(first, "value", "Follow-up call after a repair")
    book.contributions.add(second, "value", "free coffee  while waiting")  # raised again
    acted = book.contributions.add(second, "value", "Loyalty card")
    book.actions.plan(second, "Loyalty card", contribution_id=acted)
    book.votes.cast(first, coffee, "Bob", 3)
    backlog = value_backlog(book, third)
    assert backlog[0].dots == 3  # the votes of the earlier time it was raised count
    assert [(i.text, i.times_raised) for i in backlog] == [
        ("free coffee  while waiting", 2),
        ("Follow-up call after a repair", 1),
    ]
    new_ids = pull_value_ideas(book, third, [coffee, call])
    pulled = book.contributions.list(third, "value")
    assert [c.text for c in pulled] == [
        "Free coffee while waiting",
        "Follow-up call after a repair",
    ]
    assert [c.id for c in pulled] == new_ids and pulled[0].author == "Ann"
    assert value_backlog(book, third) == []
    assert book.history.undo_label == "Pull value ideas from backlog"
    book.undo()
    assert book.contributions.list(third, "value") == []
    with pytest.raises(InvalidInput):
        pull_value_ideas(book, third, [])


def test_obstacle_status_is_an_undoable_core_operation(book: Book) -> None:
    (sid,) = _sessions(book, "2026-11-20")
    cid = book.contributions.add(sid, "obstacle", "Two signatures for a refund")
    book.contributions.set_obstacle(cid, status=ObstacleStatus.REMOVED)
    assert series.obstacle_row(book, cid).obstacle.obstacle_status is ObstacleStatus.REMOVED
    book.undo()
    assert series.obstacle_row(book, cid).obstacle.obstacle_status is ObstacleStatus.OPEN
