"""Benchmark: roll up 200 books of 2,000 cards each (target: under 5 s).

Each book is one store of a region: 40 weekly sessions of 50 cards (delight and
value ideas, obstacles, hero stories), 320 actions in every status, hero
credits. A store names about 30 of the region's 80 common obstacles, each in
its own words (case, "2" for "two", a dropped article, a typo, words swapped),
and a quarter of its obstacles are its own. The books are written once into a
cache folder (``--cache``, default in the temp folder) and reused.

Interleaved runs: a baseline that opens each book read-only and counts the rows
of its tables, then the roll-up (read every book one at a time, summarise,
group the obstacles). Printed: median and spread of each, the ratio, the
grouping alone, and the peak of Python memory for a quarter, half and all of
the books: what the result keeps (the summaries), the peak while reading one book
(it must not grow with the number of books) and the grouping's peak (it grows
with the distinct obstacle texts, which are part of the summaries).

    python tests/benchmarks/bench_rollup.py [--books 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workshop.book import Book
from workshop.rollup import roll_up
from workshop.rollup.reading import find_books

CARDS, SESSIONS = 2_000, 40
TODAY = date(2026, 12, 1)
COMMON = [
    "Refunds over 20 euros need two signatures from the store manager",
    "The booking system logs us out every ten minutes",
    "Only one key to the safe and the manager keeps it",
    "The card reader at the second till drops payments",
    "Customers cannot return online orders at the store",
    "The stock system shows items we do not have on the shelf",
    "We are not allowed to give a discount for a damaged box",
    "The price labels are printed by head office and arrive late",
    "Deliveries arrive during the lunch rush with nobody to unload",
    "The staff rota is published only two days ahead",
    "We cannot see the status of a customer order from the till",
    "Gift cards cannot be refunded even when the customer has the receipt",
    "The loyalty app does not work without mobile data in the store",
    "Complaints must go through the call centre and take a week",
    "The fitting rooms are closed after six because of the security rule",
    "New staff get no training on the till before their first shift",
    "The store phone goes to head office after five in the evening",
    "We have to photocopy every warranty card for the files",
    "Click and collect parcels are stored in the back with no labels",
    "The heating in the entrance has been broken since October",
]
ROOTS = (
    "parcel",
    "shelf",
    "ticket",
    "trolley",
    "ladder",
    "scanner",
    "receipt",
    "fridge",
    "window",
    "printer",
    "forklift",
    "uniform",
    "badge",
    "tablet",
    "voucher",
    "display",
)
TROUBLES = (
    "is missing",
    "breaks every week",
    "needs a form",
    "is locked at night",
    "takes too long",
    "is not in the system",
    "needs approval",
    "is always late",
)
PLACES = ("aisle", "dock", "till", "door", "bay", "counter", "corner", "lift")


def name(rng: random.Random) -> str:
    """A local name (a street, a supplier) that only this store uses."""
    return "".join(rng.choice(("ka", "lo", "ven", "dor", "mi", "sta", "ber", "qu", "el", "rix"))
                   for _ in range(3)).capitalize()  # fmt: skip


def variants(text: str, rng: random.Random) -> str:
    """The same obstacle as one store writes it."""
    words = text.split()
    for _ in range(rng.randrange(3)):
        choice = rng.randrange(5)
        if choice == 0:
            words = [w.replace("two", "2").replace("ten", "10") for w in words]
        elif choice == 1 and words[0].lower() == "the":
            words = words[1:]
        elif choice == 2:
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 4:
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif choice == 3:
            words = [w.lower() for w in words]
        else:
            words.append(rng.choice(("again", "!", "(still)", "every day")))
    return " ".join(words)


def build_book(path: Path, number: int) -> None:
    rng = random.Random(number)
    with Book.create(path) as book:
        conn = book.db.conn
        conn.execute("INSERT INTO book_info VALUES ('team', ?)", [f"Store {number:03d}"])
        common = [variants(t, rng) for t in rng.sample(COMMON, 12)]
        own = [f"The {rng.choice(ROOTS)} at the {name(rng)} {rng.choice(PLACES)} "
               f"{rng.choice(TROUBLES)}" for n in range(60)]  # fmt: skip
        people = [f"Employee {number}-{n}" for n in range(12)]
        conn.execute("BEGIN")
        per_session = CARDS // SESSIONS
        for s in range(SESSIONS):
            day = TODAY - timedelta(days=7 * (SESSIONS - s))
            sid = conn.execute(
                "INSERT INTO sessions (title, date, created_at, phase) VALUES (?, ?, ?, 'wrapup')",
                [f"Week {s + 1}", day.isoformat(), f"{day}T08:30:00"],
            ).lastrowid
            cards = []
            for c in range(per_session):
                at = f"{day}T09:{c:02d}:00"
                kind = ("delight", "delight", "value", "obstacle", "hero")[c % 5]
                row = [sid, kind, f"Idea {s}-{c}: greet regulars by name", at,
                       None, None, None, None, None, None]  # fmt: skip
                if kind == "obstacle":
                    status = rng.choice(("open", "open", "in_progress", "removed", "wont_fix"))
                    changed = None if status == "open" else f"{day + timedelta(days=rng.randrange(1, 60))}T10:00:00"  # fmt: skip
                    text = rng.choice(common) if rng.random() < 0.75 else rng.choice(own)
                    row[2], row[5], row[6] = text, status, changed
                elif kind == "hero":
                    row[2] = f"Story {s}-{c}: stayed late to find a customer's lost ring"
                    row[7], row[8] = rng.choice(("routine", "routine", "recovery")), day.isoformat()
                row[9] = rng.choice(people) if kind == "hero" else None
                cards.append(row)
            for row in cards:
                cid = conn.execute(
                    "INSERT INTO contributions (session_id, kind, text, created_at, revealed, "
                    "remover, obstacle_status, status_changed_at, hero_type, story_date) "
                    "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                    row[:4] + row[4:9],
                ).lastrowid
                if row[9]:
                    conn.execute(
                        "INSERT INTO hero_credits (contribution_id, employee) VALUES (?, ?)",
                        [cid, row[9]],
                    )
            for a in range(8):
                status = rng.choice(("open", "in_progress", "done", "done", "dropped"))
                conn.execute(
                    "INSERT INTO actions (session_id, position, what, owner, due, status, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [sid, a, f"Action {s}-{a}: call back every complaint within the day",
                     rng.choice(people), (day + timedelta(days=21)).isoformat(), status,
                     f"{day}T11:00:00"],
                )  # fmt: skip
        conn.execute("COMMIT")


def ensure_books(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"store-{n:03d}.dwbook"
        if not path.exists():
            build_book(path, n)
        paths.append(path)
    return paths


def baseline(paths: list[Path]) -> int:
    """Open each book read-only and count the rows of its tables."""
    rows = 0
    for path in paths:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?immutable=1", uri=True)
        for table in ("sessions", "contributions", "actions", "hero_credits"):
            rows += conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        conn.close()
    return rows


def memory(paths: list[Path]) -> tuple[float, float, float]:
    """MB kept in the result (the summaries), the largest peak while reading one book (above
    what was held before it), and the peak while grouping (above what the result keeps)."""
    reading: list[float] = []
    start = [0]

    def progress(done: int, found: int, _path: Path) -> None:
        current, peak = tracemalloc.get_traced_memory()
        if done:
            reading.append(peak - start[0])
        start[0] = current
        tracemalloc.reset_peak()

    tracemalloc.start()
    result = roll_up(paths, today=TODAY, progress=progress)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.teams
    return kept / 1e6, max(reading) / 1e6, (peak - kept) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "dw-rollup-bench"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    paths = ensure_books(args.cache, args.books)
    print(f"{len(paths)} books in {args.cache} ready in {time.perf_counter() - started:.1f} s")
    assert len(list(find_books([args.cache]))) >= len(paths)
    base, full, grouping = [], [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        baseline(paths)
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        result = roll_up(paths, today=TODAY)
        full.append(time.perf_counter() - t)
        t = time.perf_counter()
        result.regroup()
        grouping.append(time.perf_counter() - t)
    texts = sum(len(team.obstacle_texts) for team in result.teams)
    print(
        f"teams {len(result.teams)}, skipped {len(result.skipped)}, distinct obstacle texts "
        f"{texts}, groups {len(result.groups)}, shared by 2+ teams {len(result.shared)}"
    )

    def show(name: str, values: list[float]) -> None:
        print(f"{name}: median {statistics.median(values):.3f} s "
              f"(min {min(values):.3f}, max {max(values):.3f}, {len(values)} runs)")  # fmt: skip

    show("baseline (open + count rows)", base)
    show("roll-up (read, summarise, group)", full)
    show("  of which grouping the obstacles", grouping)
    ratio = statistics.median(full) / statistics.median(base)
    print(f"roll-up / baseline: {ratio:.2f}x; target < 5 s: "
          f"{'met' if statistics.median(full) < 5 else 'MISSED'}")  # fmt: skip
    quarter, half = paths[: len(paths) // 4], paths[: len(paths) // 2]
    for part in (quarter, half, paths):
        kept, reading, grouping = memory(part)
        print(f"memory, {len(part)} books: the result keeps {kept:.1f} MB "
              f"({kept / len(part) * 1000:.0f} kB per team); reading one book peaks "
              f"{reading:.2f} MB; grouping peaks {grouping:.1f} MB above the result")  # fmt: skip


if __name__ == "__main__":
    main()
