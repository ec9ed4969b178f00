"""Benchmark: start the console on a big book (50 sessions, 10,000 contributions) vs an empty one.

"Usable" means: the window is built and shown, the book is open, the session list
is filled, the latest session's page is built, laid out and painted (events
processed until idle). The big book's latest session (200 cards, 6 themes,
votes, 5 actions) is in its Group phase by default, the heaviest page
(``--phase ideate`` for the capture page). Two figures: from creating the
window (imports and QApplication done), and from the launch of the process. Each start is
timed in a fresh process (imports warm, as the OS file cache would be after
the first start); median of the runs. Target: the big book within 1.5x of the
empty one.

    python tests/benchmarks/bench_open_book.py [--runs 7] [--sessions 50] [--cards 10000]
        [--phase group|ideate|...]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--phase", default="group", help="phase of the latest session")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-open-"))
    from workshop.book import Book

    empty, big = folder / "empty.dwbook", folder / "big.dwbook"
    with Book.create(empty):
        pass
    started = time.perf_counter()
    build_big(big, args.sessions, args.cards, args.phase)
    print(f"built the big book in {time.perf_counter() - started:.1f} s "
          f"({big.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
    window: dict[str, list[float]] = {"empty": [], "big": []}
    launch: dict[str, list[float]] = {"empty": [], "big": []}
    for _ in range(args.runs):  # alternate, so both see the same machine load
        for name, path in (("empty", empty), ("big", big)):
            ms, from_launch, sessions = time_start(path, folder)
            window[name].append(ms)
            launch[name].append(from_launch)
            expected = 0 if name == "empty" else args.sessions
            assert sessions == expected, (name, sessions)
    print(f"until the window is usable (latest session in {args.phase}), "
          f"median of {args.runs} fresh processes:")  # fmt: skip
    print(f"{'':38}{'window + book':>14}{'from launch':>14}")
    for name, label in (
        ("empty", "empty book"),
        ("big", f"{args.sessions} sessions, {args.cards:,} contributions"),
    ):
        w, lau = statistics.median(window[name]), statistics.median(launch[name])
        print(f"  {label:<36}{w:11.1f} ms{lau:11.1f} ms")
    for what, data in (("window + book", window), ("from launch", launch)):
        ratio = statistics.median(data["big"]) / statistics.median(data["empty"])
        verdict = "met" if ratio <= 1.5 else "NOT met"
        print(f"  ratio {what}: {ratio:.2f}x (target within 1.5x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
