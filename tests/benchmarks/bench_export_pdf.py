"""Benchmark: the action-plan PDF of a session with 2,000 contributions and 300 actions.

Times ``write_action_plan`` (reading the book, laying out, writing the file) and
a bare reportlab script that lays out the same rows as plain tables (string
cells, the same embedded TrueType font, header rows repeated, no wrapping, no
chart, no header or footer): the floor for this many rows. Targets: under 2 s,
and within 2x of the baseline. Each is run several times; the median is quoted.

    python tests/benchmarks/bench_export_pdf.py [--runs 5] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import LongTable, SimpleDocTemplate

from workshop.book import Book
from workshop.csv_import import ImportRow, add_many
from workshop.exports.fonts import register_fonts
from workshop.exports.pdf import write_action_plan
from workshop.model import Kind

CONTRIBUTIONS = 2_000
ACTIONS = 300
THEMES = 12
NAMES = ("Ann Łukasiewicz", "Bob Martin", "Chen Wei", "Dana Ortega", "Élodie Durand",
         "Σωκράτης Π.", "Дмитрий И.", "Priya Nair", "Tom Becker", "Zoë Adams")  # fmt: skip
WORDS = ("guest", "desk", "queue", "call", "booking", "screen", "coffee", "umbrella", "taxi",
         "thank-you", "card", "wait", "key", "room", "late", "check-in", "smile", "name",
         "phone", "rule", "form", "manager", "loan", "car", "parts", "quote", "photo")  # fmt: skip
KINDS = (Kind.DELIGHT, Kind.DELIGHT, Kind.OBSTACLE, Kind.VALUE, Kind.HERO)


def sentence(rng: random.Random, low: int = 6, high: int = 40) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    text = " ".join(words).capitalize() + "."
    roll = rng.random()
    if roll < 0.02:
        text += " 为客人准备热茶。"
    elif roll < 0.03:
        text += " مرحبا بكم"
    return text


def build_book(path: Path) -> tuple[Book, int]:
    rng = random.Random(5)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    book = Book.create(path)
    sid = book.sessions.create(
        "Big workshop: every team of the region",
        date="2026-11-20",
        facilitator="Dana Ortega",
        rounds=[("delight", "How could we delight a guest?"), ("obstacle", "What blocks us?")],
        participants=NAMES,
    )
    rows = [
        ImportRow(line=i + 2, kind=KINDS[i % len(KINDS)], text=sentence(rng),
                  author=rng.choice(NAMES))
        for i in range(CONTRIBUTIONS)
    ]  # fmt: skip
    ids = add_many(book, sid, rows)
    themes = [book.themes.create(sid, f"Theme {n + 1}: {rng.choice(WORDS)}") for n in range(THEMES)]
    for n, theme in enumerate(themes):
        book.contributions.set_theme(ids[n * 150 : (n + 1) * 150], theme)
    for cid in rng.sample(ids, 400):
        book.votes.set_hands(sid, cid, rng.randint(1, 12))
    for n in range(ACTIONS):
        book.actions.plan(
            sid,
            sentence(rng, 4, 16),
            owner=rng.choice(NAMES),
            due=f"2026-12-{1 + n % 28:02d}",
            first_step=sentence(rng, 3, 12),
            help_needed=sentence(rng, 2, 10) if n % 3 else None,
            contribution_id=ids[n],
        )
    return book, sid


def baseline(book: Book, sid: int, path: Path, wrap: bool = True) -> None:
    """The same rows as plain string tables: the least reportlab must do for them.

    With *wrap*, each cell's text is cut to its column with reportlab's own
    ``simpleSplit`` (plain strings hold the lines), so the text stays on the
    page as in the action plan; without, every cell is one line that runs off
    the page (a floor that is not a usable document).
    """
    regular, bold = register_fonts()
    style = [("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 8.4),
             ("LEADING", (0, 0), (-1, -1), 10.6), ("FONTNAME", (0, 0), (-1, 0), bold),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
    width = A4[0] - 36 * mm - 12

    def cells(values: list[str], weights: list[float]) -> list[str]:
        if not wrap:
            return values
        widths = [width * w / sum(weights) - 12 for w in weights]
        return [
            "\n".join(simpleSplit(v, regular, 8.4, w)) for v, w in zip(values, widths, strict=True)
        ]

    tally = book.votes.tally(sid)
    action_weights = [0.5, 5, 1.6, 1.3, 1.2, 0.7]
    actions = [["#", "Action", "Owner", "Due", "Status", "Votes"]]
    for n, a in enumerate(book.actions.list(sid), start=1):
        what = "\n".join(x for x in (a.what, a.first_step, a.help_needed) if x)
        actions.append(cells([str(n), what, a.owner or "", a.due or "", a.status.value,
                              str(tally.get(a.contribution_id, 0))], action_weights))  # fmt: skip
    obstacles = [["Obstacle", "Way around", "Who can remove it", "Status", "Dots"]]
    for c in book.contributions.list(sid, Kind.OBSTACLE):
        obstacles.append(cells([c.text, c.way_around or "", c.remover or "",
                                str(c.obstacle_status), str(tally.get(c.id, 0))],
                               [3.4, 2.7, 1.7, 1.2, 0.7]))  # fmt: skip
    heroes = [["Story", "Credited", "Kind", "Customer, date"]]
    for c in book.contributions.list(sid, Kind.HERO):
        heroes.append(cells([c.text, ", ".join(c.credited), str(c.hero_type),
                             c.customer or ""], [5, 1.9, 1.4, 1.7]))  # fmt: skip
    card_weights = [0.5, 6, 1.3, 1.7, 0.7]
    cards = [["#", "Contribution", "Kind", "By", "Dots"]]
    for c in book.contributions.list(sid):
        cards.append(cells(["", c.text, c.kind.label, c.author or "",
                            str(tally.get(c.id, 0))], card_weights))  # fmt: skip
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    story = [LongTable(table, repeatRows=1, style=style)
             for table in (actions, obstacles, heroes, cards)]  # fmt: skip
    doc.build(story)


CPU: dict[str, list[float]] = {}


def timed(fn, runs: int, name: str = "") -> list[float]:
    """Wall-clock seconds of each run (CPU seconds of this process kept in CPU[name])."""
    samples = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append(time.perf_counter() - start)
        CPU.setdefault(name, []).append(time.process_time() - cpu)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the PDFs into this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    book, sid = build_book(folder / "bench.dwbook")
    print(f"book: {CONTRIBUTIONS} contributions, {ACTIONS} actions "
          f"(built in {time.perf_counter() - start:.1f} s)")  # fmt: skip
    plan_pdf, base_pdf = folder / "plan.pdf", folder / "baseline.pdf"
    register_fonts()
    write_action_plan(book, sid, plan_pdf, "A4")  # warm-up: font files parsed once per process
    baseline(book, sid, base_pdf)
    ours = timed(lambda: write_action_plan(book, sid, plan_pdf, "A4"), args.runs, "ours")
    base = timed(lambda: baseline(book, sid, base_pdf), args.runs, "base")
    flat_pdf = folder / "baseline-nowrap.pdf"
    flat = timed(lambda: baseline(book, sid, flat_pdf, wrap=False), args.runs)
    ours_median, base_median = statistics.median(ours), statistics.median(base)
    ratio = ours_median / base_median
    print(f"action plan PDF: median {ours_median:.2f} s (min {min(ours):.2f}, max {max(ours):.2f}), "
          f"{len(PdfReader(plan_pdf).pages)} pages, {plan_pdf.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    print(f"bare reportlab baseline, cells wrapped with simpleSplit: median {base_median:.2f} s "
          f"(min {min(base):.2f}), {len(PdfReader(base_pdf).pages)} pages")  # fmt: skip
    print(f"  (unwrapped one-line cells, text running off the page: median "
          f"{statistics.median(flat):.2f} s, {len(PdfReader(flat_pdf).pages)} pages; "
          f"ratio to it {ours_median / statistics.median(flat):.2f}x)")  # fmt: skip
    print(f"ratio: {ratio:.2f}x the wrapped baseline (min to min {min(ours) / min(base):.2f}x)")
    cpu_ours, cpu_base = statistics.median(CPU["ours"]), statistics.median(CPU["base"])
    print(f"CPU time of the process (less sensitive to other programs on the machine): "
          f"{cpu_ours:.2f} s vs {cpu_base:.2f} s, {cpu_ours / cpu_base:.2f}x")  # fmt: skip
    ok = ours_median < 2.0 and ratio <= 2.0
    print(f"targets (under 2 s, within 2x): {'met' if ok else 'NOT met'}")
    book.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
