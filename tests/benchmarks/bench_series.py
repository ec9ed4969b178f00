"""Benchmark: open the obstacle board and the follow-up list on a big book.

The book holds 100 sessions, 2,000 actions (half still open or in progress) and
1,000 obstacles in every status. "Open" is what the facilitator waits for:
construct the widget, read and populate its model, show it and let Qt lay it
out and paint it (``processEvents``). The follow-up list is the Follow-up page of
the latest session, which reviews every earlier session's open actions.
Target: under 100 ms each. Wall time is what a user waits; CPU time (this
process only) shows how much of it is ours when other jobs share the machine.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_series.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from ui.series import common
from ui.series.follow_up import FollowUpPage
from ui.series.obstacle_board import ObstacleBoard
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop.book import Book

SESSIONS, ACTIONS, OBSTACLES = 100, 2_000, 1_000
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
OBSTACLE_STATUSES = ("open", "in_progress", "removed", "wont_fix")
PEOPLE = ("Ann", "Bob", "Chen", "Dee", "IT", "Store manager", "Head office", None)


def build_book(path: Path) -> tuple[Book, int]:
    rng = random.Random(6)
    book = Book.create(path)
    start = date(2024, 1, 8)
    with book.operation("Bench data") as tx:
        sessions = []
        for n in range(SESSIONS):
            day = start + timedelta(days=7 * n)
            sessions.append(
                tx.insert("sessions", {"title": f"Session {n + 1}: front desk", "date":
                                       day.isoformat(), "created_at": f"{day}T09:00:00"})
            )  # fmt: skip
        for n in range(ACTIONS):
            index = n * SESSIONS // ACTIONS
            day = start + timedelta(days=7 * index)
            status = ACTION_STATUSES[rng.randrange(4)]
            tx.insert("actions", {
                "session_id": sessions[index], "position": n % 20,
                "what": f"Action {n}: call back every complaint within the day, then note it",
                "owner": rng.choice(PEOPLE), "due": (day + timedelta(days=21)).isoformat(),
                "status": status, "created_at": f"{day}T10:{n % 60:02d}:00",
                "status_changed_at": None if status == "open" else f"{day + timedelta(days=9)}T09:00:00",
            })  # fmt: skip
        for n in range(OBSTACLES):
            index = n * SESSIONS // OBSTACLES
            day = start + timedelta(days=7 * index)
            status = OBSTACLE_STATUSES[rng.randrange(4)]
            changed = (
                None if status == "open" else f"{day + timedelta(days=rng.randrange(60))}T09:00:00"
            )
            tx.insert("contributions", {
                "session_id": sessions[index], "kind": "obstacle",
                "text": f"Obstacle {n}: refunds over 20 euros need two signatures",
                "created_at": f"{day}T11:{n % 60:02d}:00", "revealed": 1,
                "way_around": "Ask the duty manager" if n % 3 else None,
                "remover": rng.choice(PEOPLE), "obstacle_status": status,
                "status_changed_at": changed,
            })  # fmt: skip
    return book, sessions[-1]


def time_open(app: QApplication, make) -> tuple[float, float]:
    """(wall, CPU) milliseconds from construction until shown and painted."""
    started, cpu = time.perf_counter(), time.process_time()
    widget = make()
    widget.resize(1180, 660)
    widget.show()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    common.today = lambda: date(2026, 1, 1)
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        book, latest = build_book(Path(folder) / "bench.dwbook")
        print(f"book built in {time.perf_counter() - t0:.1f} s: {SESSIONS} sessions, "
              f"{ACTIONS} actions, {OBSTACLES} obstacles")  # fmt: skip
        context = WorkshopContext()
        context.set_book(BookBridge(book))
        context.set_session(latest)
        cases = {
            "obstacle board": lambda: ObstacleBoard(context),
            "follow-up list": lambda: FollowUpPage(context),
        }
        results = {}
        for name, make in cases.items():
            time_open(app, make)  # warm-up: imports, fonts, first layout
            samples = [time_open(app, make) for _ in range(args.runs)]
            results[name] = samples
        board = ObstacleBoard(context)
        page = FollowUpPage(context)
        print(f"rows: obstacle board {board.model.rowCount()}, follow-up {page.model.rowCount()}")
        for name, samples in results.items():
            wall = [w for w, _c in samples]
            cpu = [c for _w, c in samples]
            print(f"{name:15s} open: median {statistics.median(wall):6.1f} ms, "
                  f"max {max(wall):6.1f} ms wall; median {statistics.median(cpu):6.1f} ms CPU "
                  f"over {len(samples)} runs (target < 100 ms)")  # fmt: skip
        book.close()
    print(f"at {datetime.now():%Y-%m-%d %H:%M}, Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
