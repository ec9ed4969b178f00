"""Benchmark: the action-plan PDF, whole processes, against two reportlab baselines.

Every figure is a whole process (start-up, reading the book, layout, writing),
run in turn with its baseline (A B A B ...); ratios are taken pair by pair and
quoted as the median with the lowest and highest pair.

1. ``delight-workshop export`` of a session with 2,000 contributions, 300 actions and
   12 themes vs a fair reportlab script: the same 2,000 rows in the same five
   columns (#, contribution, kind, by, dots) as wrapped ``Paragraph`` cells,
   DejaVu Sans embedded, header row repeated, A4. Target <= 0.7x.
2. The same export vs a bare ``LongTable(rows, colWidths=[60, 440], repeatRows=1)``
   of the same rows: every row of the export's tables (300 actions, the obstacles,
   the hero stories and the 2,000 cards; a label and the text, one line each, no
   wrapping, Helvetica). Target <= 1.6x.
3. Growth: the export of one ungrouped session of 10,000 contributions vs one
   of 2,000. Target <= x5.5, and 10,000 in under 5 s.

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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleave import app_command, bytecode, describe, interleave, load, ratio_line
from pypdf import PdfReader

from workshop.book import Book
from workshop.csv_import import ImportRow, add_many
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


def fresh(path: Path) -> None:
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()


def build_flat(path: Path, count: int) -> None:
    """One session of *count* imported contributions, no themes, no votes, no actions."""
    rng = random.Random(7)
    fresh(path)
    with Book.create(path) as book:
        sid = book.sessions.create("Imported feedback", date="2026-11-20", participants=NAMES)
        rows = [
            ImportRow(line=i + 2, kind=KINDS[i % len(KINDS)], text=sentence(rng),
                      author=rng.choice(NAMES))
            for i in range(count)
        ]  # fmt: skip
        add_many(book, sid, rows)


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


# The baselines read the book with sqlite3 (as the export does) and lay out its cards.
READ_ROWS = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
dots = dict(conn.execute("SELECT contribution_id, SUM(dots) FROM votes GROUP BY contribution_id"))
LABELS = {"delight": "Delight idea", "obstacle": "Obstacle", "hero": "Hero story",
          "value": "Value idea"}
cards = [(cid, text, LABELS[kind], author or "", dots.get(cid, 0)) for cid, text, kind, author
         in conn.execute("SELECT id, text, kind, author FROM contributions ORDER BY id")]
"""

FAIR = (
    READ_ROWS
    + """
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("DejaVu", sys.argv[3]))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", sys.argv[4]))
cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.4, leading=10.6)
head = ParagraphStyle("head", parent=cell, fontName="DejaVu-Bold")
rows = [[Paragraph(t, head) for t in ("#", "Contribution", "Kind", "By", "Dots")]]
for n, (cid, text, kind, author, dots) in enumerate(cards, start=1):
    rows.append([Paragraph(str(n), cell), Paragraph(escape(text), cell), Paragraph(kind, cell),
                 Paragraph(escape(author), cell), Paragraph(str(dots), cell)])
width = A4[0] - 36 * mm
doc = SimpleDocTemplate(sys.argv[2], pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
table = LongTable(rows, colWidths=[24, width - 24 - 70 - 80 - 36, 70, 80, 36], repeatRows=1)
table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
doc.build([table])
"""
)

# Every row of the export's tables (actions, obstacles, hero stories, every card), one line.
BARE = (
    READ_ROWS
    + """
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate
rows = [["Item", "Text"]]
rows += [[f"Action {n}", what] for n, (what,) in enumerate(
    conn.execute("SELECT what FROM actions ORDER BY position"), start=1)]
rows += [[kind, text] for _cid, text, kind, _a, _d in cards if kind in ("Obstacle", "Hero story")]
rows += [[kind, text] for _cid, text, kind, _a, _d in cards]
doc = SimpleDocTemplate(sys.argv[2], pagesize=A4)
doc.build([LongTable(rows, colWidths=[60, 440], repeatRows=1)])
"""
)


def export(book: Path, out: Path) -> list[str]:
    return [*app_command(), "export", str(book), "-o", str(out), "--page-size", "a4"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the books and PDFs into this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    folder.mkdir(parents=True, exist_ok=True)
    bytecode()
    start = time.perf_counter()
    big = folder / "bench.dwbook"
    book, _sid = build_book(big)
    book.close()
    flat2k, flat10k = folder / "flat-2000.dwbook", folder / "flat-10000.dwbook"
    build_flat(flat2k, 2_000)
    build_flat(flat10k, 10_000)
    print(f"books: {CONTRIBUTIONS} contributions and {ACTIONS} actions in {THEMES} themes; "
          f"2,000 and 10,000 ungrouped (built in {time.perf_counter() - start:.1f} s)")  # fmt: skip
    fonts = ROOT / "resources" / "fonts"
    regular, bold = str(fonts / "DejaVuSans.ttf"), str(fonts / "DejaVuSans-Bold.ttf")
    py = sys.executable
    ok = True
    print(f"before: {load()}")

    first = interleave(
        {
            "ours": export(big, folder / "plan.pdf"),
            "fair": [py, "-c", FAIR, str(big), str(folder / "fair.pdf"), regular, bold],
            "bare": [py, "-c", BARE, str(big), str(folder / "bare.pdf")],
        },
        args.runs,
    )
    pages = {name: len(PdfReader(folder / f"{name}.pdf").pages) for name in ("fair", "bare")}
    pages["ours"] = len(PdfReader(folder / "plan.pdf").pages)
    for name, label in (("ours", "action plan (whole export)"),
                        ("fair", "fair reportlab baseline"), ("bare", "bare LongTable")):  # fmt: skip
        print(f"  {describe(label, first[name].wall)}, cpu {first[name].median('cpu'):.2f} s, "
              f"{pages[name]} pages")  # fmt: skip
    for other, target in (("fair", 0.7), ("bare", 1.6)):
        line, met = ratio_line(f"ratio to the {other} baseline", first["ours"].wall,
                               first[other].wall, target)  # fmt: skip
        cpu_line, _ = ratio_line("  by CPU time", first["ours"].cpu, first[other].cpu, None)
        print(line)
        print(cpu_line)
        ok = ok and met

    growth = interleave(
        {"10000": export(flat10k, folder / "flat-10000.pdf"),
         "2000": export(flat2k, folder / "flat-2000.pdf")},
        args.runs,
    )  # fmt: skip
    for name in ("2000", "10000"):
        print(f"  {describe(f'ungrouped session of {name} contributions', growth[name].wall)}, "
              f"cpu {growth[name].median('cpu'):.2f} s")  # fmt: skip
    line, met = ratio_line("growth 10,000 vs 2,000", growth["10000"].wall, growth["2000"].wall, 5.5)
    print(line)
    print(ratio_line("  by CPU time", growth["10000"].cpu, growth["2000"].cpu, None)[0])
    fast = statistics.median(growth["10000"].wall) < 5.0
    print(f"10,000 contributions in under 5 s: {'met' if fast else 'NOT met'}")
    print(f"after: {load()}")
    return 0 if ok and met and fast else 1


ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    sys.exit(main())
