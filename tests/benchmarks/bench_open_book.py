"""Benchmark: start the console on big books (50 sessions, 10,000 and 100,000 cards) vs an empty one.

"Usable" means: the window is built and shown, the book is open, the session list
is filled, the latest session's page is built, laid out and painted (events
processed until idle). The big book's latest session (200 cards, 6 themes,
votes, 5 actions) is in its Group phase by default, the heaviest page
(``--phase ideate`` for the capture page). Two figures: from creating the
window (imports and QApplication done), and from the launch of the process. Each start is
timed in a fresh process (imports warm, as the OS file cache would be after
the first start). The books are started in turn (empty, 10,000, 100,000, empty,
...), and each ratio is taken within a round: the median is quoted with the
lowest and highest round. Targets (window + book): within 1.5x of the empty book
at 10,000 cards, within 2x at 100,000. For information, each big book is also
compared with a book of one session like its latest one (as many cards, the same
phase): that ratio is what the book's age costs; the rest is the page's own cost.

    python tests/benchmarks/bench_open_book.py [--runs 7] [--sessions 50]
        [--cards 10000,100000] [--phase group|ideate|...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleave import bytecode, load, ratios  # noqa: E402

KINDS = ("delight", "obstacle", "value", "delight", "hero")
PEOPLE = ["Maria", "Tom", "Aisha", "Jonas", "Priya", "Kevin", "Lena"]

CHILD = """
import time
launched = time.perf_counter()
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
sys.path.insert(0, sys.argv[3])
folder = Path(sys.argv[2])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "s"))
from ui.app.application import configure_app, create_app
from ui.console.main_window import MainWindow
import ui.phases, ui.commands.registry
ui.phases.load_pages(); ui.commands.registry.load_action_modules()
app = create_app([])
configure_app(app, "light")
start = time.perf_counter()  # imports and QApplication done: the book's own cost from here
window = MainWindow()
window.resize(1366, 768)
window.show()
assert window.books.open_path(sys.argv[1])
for _ in range(10):
    app.processEvents()
window.repaint()
done = time.perf_counter()
print(f"{(done - start) * 1000:.1f} {(done - launched) * 1000:.1f} {window.sessions.model.rowCount()}")
window.close()
"""


def build_big(path: Path, sessions: int, cards: int, phase: str = "group") -> None:
    from workshop.book import Book
    from workshop.model import Phase

    per_session = cards // sessions
    with Book.create(path) as book:
        for s in range(sessions):
            day = f"2024-{1 + s // 28:02d}-{1 + s % 28:02d}"
            sid = book.sessions.create(f"Session {s + 1}", date=day, participants=PEOPLE,
                                       phase=Phase(phase) if s == sessions - 1 else Phase.WRAPUP)  # fmt: skip
            themes = [book.themes.create(sid, f"Theme {t}") for t in range(6)]
            now = book.now()
            with book.operation("Seed") as tx:
                ids = []
                for i in range(per_session):
                    kind = KINDS[i % len(KINDS)]
                    ids.append(tx.insert("contributions", {
                        "session_id": sid, "kind": kind, "author": PEOPLE[i % len(PEOPLE)],
                        "text": f"Idea {i} of session {s + 1}, as long as a real one would be",
                        "created_at": now, "revealed": 1,
                        "theme_id": themes[i % 7] if i % 7 < 6 else None,
                        "obstacle_status": "open" if kind == "obstacle" else None,
                        "hero_type": "routine" if kind == "hero" else None,
                    }))  # fmt: skip
                for n, cid in enumerate(ids[:12]):
                    tx.insert("votes", {"session_id": sid, "contribution_id": cid,
                                        "voter": PEOPLE[n % 7], "dots": 1, "method": "turns",
                                        "cast_at": now})  # fmt: skip
            for a in range(5):
                book.actions.plan(sid, f"Action {a} of session {s + 1}", owner=PEOPLE[a])


def time_start(book: Path, folder: Path) -> tuple[float, float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(book), str(folder), str(ROOT)],
        capture_output=True, text=True, env=env, check=True,
    ).stdout.split()  # fmt: skip
    return float(out[0]), float(out[1]), int(out[2])


TARGETS = {10_000: 1.5, 100_000: 2.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--cards", default="10000,100000", help="sizes of the big books")
    parser.add_argument("--phase", default="group", help="phase of the latest session")
    args = parser.parse_args()
    sizes = [int(n) for n in args.cards.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="bench-open-"))
    from workshop.book import Book

    bytecode()
    books = {"empty": folder / "empty.dwbook"}
    with Book.create(books["empty"]):
        pass
    for cards in sizes:  # one session like the big book's latest
        books[f"one {cards // args.sessions}"] = folder / f"one-{cards}.dwbook"
        build_big(books[f"one {cards // args.sessions}"], 1, cards // args.sessions, args.phase)
    for cards in sizes:
        path = books[f"{cards:,}"] = folder / f"big-{cards}.dwbook"
        started = time.perf_counter()
        build_big(path, args.sessions, cards, args.phase)
        print(f"built the {cards:,}-card book in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
    print(f"before: {load()}")
    window: dict[str, list[float]] = {name: [] for name in books}
    launch: dict[str, list[float]] = {name: [] for name in books}
    for round_no in range(args.runs + 1):  # in turn, so all see the same machine load
        for name, path in books.items():
            ms, from_launch, sessions = time_start(path, folder)
            expected = 0 if name == "empty" else 1 if name.startswith("one") else args.sessions
            assert sessions == expected, (name, sessions)
            if round_no:  # the first round warms the file cache
                window[name].append(ms)
                launch[name].append(from_launch)
    print(f"until the window is usable (latest session in {args.phase}), "
          f"median of {args.runs} fresh processes (lowest-highest):")  # fmt: skip
    print(f"{'':34}{'window + book':>22}{'from launch':>22}")
    for name in books:
        label = (
            "empty book"
            if name == "empty"
            else f"1 session, {name[4:]} cards"
            if name.startswith("one")
            else f"{args.sessions} sessions, {name} cards"
        )
        cells = [f"{statistics.median(d[name]):6.1f} ({min(d[name]):.0f}-{max(d[name]):.0f}) ms"
                 for d in (window, launch)]  # fmt: skip
        print(f"  {label:<32}{cells[0]:>22}{cells[1]:>22}")
    ok = True
    for cards in sizes:
        name = f"{cards:,}"
        target = TARGETS.get(cards)
        for what, data in (("window + book", window), ("from launch", launch)):
            med, low, high = ratios(data[name], data["empty"])
            verdict = ""
            if target is not None and what == "window + book":
                verdict = f"  (target within {target:g}x: {'met' if med <= target else 'NOT met'})"
                ok = ok and med <= target
            print(f"  {name} cards, {what}: {med:.2f}x (rounds {low:.2f}-{high:.2f}){verdict}")
        one = f"one {cards // args.sessions}"
        med, low, high = ratios(window[name], window[one])
        print(f"  {name} cards vs 1 session of {one[4:]} cards, window + book: "
              f"{med:.2f}x (rounds {low:.2f}-{high:.2f})  (the same page: the book's age)")  # fmt: skip
    print(f"after: {load()}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
