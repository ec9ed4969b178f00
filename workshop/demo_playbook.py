"""The demo's recovery session: the service desk's predictable mishaps, the recoveries
the room wrote for them, and the playbook entries made from the top-voted three.

Held three days after the obstacle hunt; the entries were used in the weeks after,
so the next session's follow-up asks whether the recoveries worked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .model import Kind, Phase
from .playbook import RECOVERY_TEMPLATE, Outcome

if TYPE_CHECKING:
    from .book import Book

TEAM = ("Maria Lopez", "Tom Becker", "Jonas Weber", "Kevin O'Neill", "Lena Kowalski")
ROUNDS = (
    (Kind.OBSTACLE, "Which mishaps happen again and again at the service desk? One per card."),
    (Kind.DELIGHT, "For a mishap on the wall: how do we apologise, fix it within a day, and "
                   "add a small surprise the customer did not expect?"),
)  # fmt: skip
MISHAPS = (
    ("Tom Becker", "The car is not ready at the time we promised."),
    ("Jonas Weber", "The workshop finds an extra problem and nobody calls the customer "
                    "before doing (or not doing) the work."),
    ("Kevin O'Neill", "The customer finds grease marks on the seat or the steering wheel."),
    ("Lena Kowalski", "The loan car we promised is not there when the customer arrives."),
)  # fmt: skip
RECOVERIES = (
    (0, "Maria Lopez", "Call before the promised time, say sorry, give a new time we can keep, "
                       "and offer to bring the car to them."),
    (0, "Tom Becker", "Deliver the car washed and fuelled, with a handwritten sorry card."),
    (1, "Jonas Weber", "Stop the job, phone the customer with a photo of the problem and the "
                       "price, and do nothing they did not agree to."),
    (2, "Kevin O'Neill", "Apologise on the spot, clean it while they wait, and offer a free "
                         "interior valet at the next visit."),
    (3, "Lena Kowalski", "Taxi to their office on us while we find a car."),
)  # fmt: skip
VOTES = {
    "Maria Lopez": [(0, 2), (1, 1)],
    "Tom Becker": [(0, 1), (2, 2)],
    "Jonas Weber": [(1, 2), (0, 1)],
    "Kevin O'Neill": [(2, 2), (3, 1)],
    "Lena Kowalski": [(0, 2), (3, 1)],
}
ENTRIES = (
    (0, dict(
        apology="We are sorry: we promised your car for this time and we have not kept it.",
        fix="Call before the promised time, give a new time we can keep, and offer to bring "
            "the car to the customer",
        fix_by="Service advisor", fix_hours=24,
        extra="The car comes back washed and fuelled, with a handwritten card",
        authoriser="Service manager", spend_limit="€40")),
    (1, dict(
        apology="I am sorry we did not call you before: you should decide, not us.",
        fix="Phone with a photo of the problem and the price; do only what the customer agrees",
        fix_by="Workshop foreman", fix_hours=2,
        extra="The check of the extra problem is free",
        authoriser="Service manager", spend_limit="€80")),
    (2, dict(
        apology="I am so sorry: your car should come back cleaner than it came in.",
        fix="Clean it at once while the customer waits, with the proper cleaner",
        fix_by="Whoever hands the car back", fix_hours=1,
        extra="A free interior valet at the next visit",
        authoriser="Any service advisor", spend_limit="€25")),
)  # fmt: skip


def recovery_session(book: Book, at: Callable[[date, int, int], None], day: date) -> int:
    """Write the recovery session of *day* and its playbook; returns the session's id."""
    at(day, 16, 0)
    sid = book.sessions.create(
        "Service desk: recovery playbook", date=day, facilitator="Sam Ortega",
        template=RECOVERY_TEMPLATE, rounds=ROUNDS, participants=TEAM,
        dots_per_person=3, max_dots_per_item=2,
    )  # fmt: skip
    book.sessions.set_phase(sid, Phase.IDEATE)
    mishaps = [book.contributions.add(sid, Kind.OBSTACLE, t, a) for a, t in MISHAPS]
    fixes = [(m, book.contributions.add(sid, Kind.DELIGHT, t, a)) for m, a, t in RECOVERIES]
    book.sessions.set_phase(sid, Phase.GROUP)
    for index, mishap in enumerate(mishaps):
        theme = book.themes.create(sid, f"Mishap {index + 1}")
        book.contributions.set_theme([mishap, *[f for m, f in fixes if m == index]], theme)
    book.sessions.set_phase(sid, Phase.VOTE)
    for voter, dots in VOTES.items():
        for index, n in dots:
            book.votes.cast(sid, mishaps[index], voter, n)
    at(day, 16, 50)
    book.sessions.set_phase(sid, Phase.PLAN)
    entries = []
    for index, fields in ENTRIES:
        card = book.contributions.get(mishaps[index])
        sources = [f for m, f in fixes if m == index]
        entries.append(book.playbook.add(
            card.text, session_id=sid, contribution_id=card.id, source_ids=sources, **fields
        ))  # fmt: skip
    book.sessions.set_phase(sid, Phase.WRAPUP)
    return sid


def playbook_uses(book: Book, at: Callable[[date, int, int], None], day: date) -> None:
    """The front line used the playbook in the weeks after the recovery session."""
    late, extra, grease = (e.id for e in book.playbook.list())
    at(day + timedelta(days=7), 17, 30)
    book.playbook.record_use(
        late,
        day + timedelta(days=7),
        outcome=Outcome.WORKED,
        note="Customer took the offer to have the car brought home.",
    )
    at(day + timedelta(days=16), 12, 10)
    book.playbook.record_use(
        grease,
        day + timedelta(days=16),
        outcome=Outcome.PARTLY,
        note="Cleaned at once, but the customer was still in a hurry.",
    )
    at(day + timedelta(days=22), 9, 0)
    book.playbook.record_use(extra, day + timedelta(days=22))  # not reviewed yet


def link_recovery_story(book: Book, story_id: int, used_on: str) -> None:
    """The latest session's recovery hero story (a late car, kept promise) used entry 1."""
    late = book.playbook.list()[0].id
    book.playbook.record_use(late, used_on, outcome=Outcome.WORKED, story_id=story_id)
