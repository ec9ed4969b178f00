"""A small region of team books for the roll-up tests, made with the Book API and the demo.

At threshold 80 the obstacles form these groups across teams:

- "Refunds need two signatures": North, South ("refunds need 2 signatures!", 88) and East;
- "Only one key to the safe": South and East ("Only one key for the safe", 86);
- "The booking system logs us out": North and West;
- "=HYPERLINK(...)" (a formula) and "Forms in <b>triplicate</b>": East and West.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

from workshop.book import Book
from workshop.demo import write_demo

TODAY = date(2026, 12, 1)
FORMULA = '=HYPERLINK("http://evil.example","click")'
MARKUP = "Forms in <b>triplicate</b> & [links](http://x)"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


def _team(
    path: Path,
    obstacles: list[str],
    *,
    heroes: tuple[tuple[str, str, tuple[str, ...]], ...] = (),
    late: tuple[str, ...] = (),
    removed_after_days: int | None = None,
) -> Path:
    clock = Clock(datetime(2026, 10, 1, 9, 0))
    with Book.create(path, clock=clock) as book:
        sid = book.sessions.create("October session", date="2026-10-01", facilitator="Dana")
        ids = [book.contributions.add(sid, "obstacle", text) for text in obstacles]
        book.contributions.add(sid, "delight", "Greet regulars by name")
        book.contributions.add(sid, "value", "Free coffee while they wait")
        for text, hero_type, credited in heroes:
            book.contributions.add(sid, "hero", text, hero_type=hero_type, credited=credited)
        for what in late:
            book.actions.plan(sid, what, owner="Sam", due="2026-11-25")
        book.actions.plan(sid, "Not late yet", owner="Kim", due="2026-12-20")
        if removed_after_days is not None:
            clock.current = datetime(2026, 10, 1, 9, 0) + timedelta(days=removed_after_days)
            book.contributions.set_obstacle(ids[0], status="removed")
    return path


def make_region(folder: Path) -> dict[str, Path]:
    """Four team books (North is the demo book plus two obstacles) in *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    north = folder / "North.dwbook"
    clock = Clock(datetime(2026, 11, 20, 9, 0))
    with Book.create(north, clock=clock) as book:
        write_demo(book, TODAY)
        sid = book.sessions.create("Extra", date="2026-11-28")
        book.contributions.add(sid, "obstacle", "Refunds need two signatures")
        book.contributions.add(sid, "obstacle", "The booking system logs us out")
    return {
        "North": north,
        "South": _team(
            folder / "South.dwbook",
            ["refunds need 2 signatures!", "Only one key to the safe", "Parking is full"],
            heroes=(
                ("Found a lost ring", "routine", ("Ann",)),
                ("Drove a forgotten bag home", "recovery", ("Ann", "Bo")),
            ),
            late=("Fix the door bell",),
            removed_after_days=12,
        ),
        "East": _team(
            folder / "East.dwbook",
            ["Refunds need two signatures", "Only one key for the safe", FORMULA, MARKUP],
            heroes=(("Remembered a birthday", "routine", ("Cy",)),),
            late=("Call the landlord", "Order new badges"),
            removed_after_days=30,
        ),
        "West": _team(
            folder / "West.dwbook",
            ["The booking system logs us out", FORMULA, MARKUP, "Nobody answers the phone"],
        ),
    }


def checksums(folder: Path) -> dict[str, str]:
    """Every file in *folder* (books, -wal files...) by name, with its SHA-256."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }
