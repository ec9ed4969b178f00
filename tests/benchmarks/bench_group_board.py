"""Benchmark: the Group board of one session with 10,000 cards, and with 100,000.

Each start is a fresh process (imports and QApplication done before the clock
starts): the console's window is built, the book opened on its one session (in
the Group phase: six themes and the cards not grouped yet) and painted. Sessions
of 10,000 and 100,000 cards are started in turn with one of 200 cards (the
baseline, measured in the same rounds). At 100,000 cards the board must stay
usable: the child also times End in the biggest column (the keyboard goes to
its last card) and moving the selected card into a theme, each until repainted.
Target: 10,000 cards painted within 0.3 s.

    python tests/benchmarks/bench_group_board.py [--runs 5] [--cards 10000,100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleave import bytecode, load, ratios  # noqa: E402

CHILD = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
sys.path.insert(0, sys.argv[3])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from ui.app.application import configure_app, create_app
from ui.console.main_window import MainWindow
from ui.models.base import IdRole
import ui.phases, ui.commands.registry
ui.phases.load_pages(); ui.commands.registry.load_action_modules()
app = create_app([])
configure_app(app, "light")

def settle(widget):
    for _ in range(10):
        app.processEvents()
    widget.repaint()

start = time.perf_counter()
window = MainWindow()
window.resize(1366, 768)
window.show()
assert window.books.open_path(sys.argv[1])
settle(window)
opened = time.perf_counter() - start
page = window.current_page()
board = page.board
cards = board.cards
column = max(range(cards.columnCount()), key=cards.count)
board.setFocus()
board.setCurrentIndex(cards.index(0, column))
start = time.perf_counter()
QTest.keyClick(board, Qt.Key.Key_End)
settle(board)
end_key = time.perf_counter() - start
first = cards.index(0, column)
board.selectionModel().setCurrentIndex(first, board.selectionModel().SelectionFlag.ClearAndSelect)
target = next(c for c in range(1, cards.columnCount()) if c != column)
start = time.perf_counter()
board.on_drop(cards.moving_into([first.data(IdRole)], target), cards.theme_at(target).id)
settle(window)
moved = time.perf_counter() - start
total = sum(cards.count(c) for c in range(cards.columnCount()))
print(f"{opened * 1000:.1f} {end_key * 1000:.1f} {moved * 1000:.1f} {total}")
window.close()
"""


def build(path: Path, cards: int) -> None:
    from workshop.book import Book
    from workshop.model import Phase

    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    kinds = ("delight", "obstacle", "value", "delight", "hero")
    people = ["Maria", "Tom", "Aisha", "Jonas", "Priya", "Kevin", "Lena"]
    with Book.create(path) as book:
        sid = book.sessions.create("Region-wide", date="2026-11-20", participants=people,
                                   phase=Phase.GROUP)  # fmt: skip
        themes = [book.themes.create(sid, f"Theme {t}") for t in range(6)]
        now = book.now()
        rows = [
            (sid, kinds[i % 5], f"Idea {i}: a card about as long as a real one would be",
             people[i % 7], now, themes[i % 7] if i % 7 < 6 else None)
            for i in range(cards)
        ]  # fmt: skip
        with book.db.atomic():  # seeding only: no undo history needed
            book.db.conn.executemany(
                "INSERT INTO contributions (session_id, kind, text, author, created_at, "
                "revealed, theme_id) VALUES (?, ?, ?, ?, ?, 1, ?)",
                rows,
            )


def start(book: Path, folder: Path) -> tuple[float, float, float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(book), str(folder / "settings"), str(ROOT)],
        capture_output=True, text=True, env=env, check=True,
    ).stdout.split()  # fmt: skip
    return float(out[0]), float(out[1]), float(out[2]), int(out[3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cards", default="10000,100000")
    args = parser.parse_args()
    bytecode()
    folder = Path(tempfile.mkdtemp(prefix="bench-board-"))
    sizes = [200, *(int(n) for n in args.cards.split(","))]
    books = {n: folder / f"board-{n}.dwbook" for n in sizes}
    for n, path in books.items():
        build(path, n)
    print(f"before: {load()}")
    figures: dict[int, list[tuple[float, float, float]]] = {n: [] for n in sizes}
    for round_no in range(args.runs + 1):
        for n, path in books.items():
            opened, end_key, moved, total = start(path, folder)
            assert total == n, (n, total)
            if round_no:  # the first round warms the file cache
                figures[n].append((opened, end_key, moved))
    print(f"window to painted, End in the biggest column, a card moved into a theme "
          f"(median of {args.runs} fresh processes, lowest-highest):")  # fmt: skip
    for n in sizes:
        cells = []
        for i in range(3):
            values = [f[i] for f in figures[n]]
            cells.append(f"{statistics.median(values):6.1f} ({min(values):.0f}-{max(values):.0f})")
        print(f"  {n:>7,} cards: {cells[0]} ms, {cells[1]} ms, {cells[2]} ms")
    ok = True
    for n in sizes[1:]:
        opened = [f[0] for f in figures[n]]
        med, low, high = ratios(opened, [f[0] for f in figures[200]])
        line = f"  {n:,} cards vs 200, window to painted: {med:.2f}x (rounds {low:.2f}-{high:.2f})"
        if n == 10_000:
            met = statistics.median(opened) <= 300
            ok = ok and met
            line += f"; target within 0.3 s: {'met' if met else 'NOT met'}"
        print(line)
    print(f"after: {load()}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
