"""Benchmark: the action-plan PDF of 2,000 contributions in many scripts, shaped or not.

The same book (2,000 contributions, 300 actions; one in five contributions in
Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai or with emoji sequences, the
rest Latin, Greek, Cyrillic and CJK) is exported with shaping on (HarfBuzz for
the runs that need it, bidi ordering) and with shaping off (every run drawn as
plain glyphs: the text path without HarfBuzz). Runs alternate (on, off, on,
off...) with the caches of both cleared before each, so neither profits from
the other. Target: shaping on within 1.2x of shaping off (median ratio).

    python tests/benchmarks/bench_pdf_shaping.py [--runs 5]
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

from workshop.book import Book
from workshop.csv_import import ImportRow, add_many
from workshop.exports import pdf_text, shaping
from workshop.exports.pdf import write_action_plan
from workshop.model import Kind

CONTRIBUTIONS = 2_000
ACTIONS = 300
NAMES = ("Ann Łukasiewicz", "أحمد الفارسي", "דוד כהן", "Priya Nair", "Σωκράτης Π.",
         "Дмитрий И.", "王小明", "Zoë Adams")  # fmt: skip
LATIN = ("guest", "desk", "queue", "call", "booking", "screen", "coffee", "umbrella", "taxi",
         "card", "wait", "key", "room", "late", "check-in", "smile", "phone", "rule", "form")  # fmt: skip
OTHER = (
    "مرحبا بكم في مكتب الاستقبال والقهوة مجانية",
    "הקפה היה קר אבל החיוך חם מאוד",
    "ग्राहक को चाय दी गई और धन्यवाद कहा",
    "গ্রাহককে ধন্যবাদ জানাই আবার আসবেন",
    "வாடிக்கையாளருக்கு நன்றி மீண்டும் வருக",
    "ขอบคุณลูกค้าที่น่ารักมาก",
    "Family 👨\u200d👩\u200d👧 and 👍🏽 at the desk 🇩🇪",
)
MIXED = ("Καλημέρα κόσμε", "Съешь же ещё этих булок", "为客人准备热茶")
KINDS = (Kind.DELIGHT, Kind.DELIGHT, Kind.OBSTACLE, Kind.VALUE, Kind.HERO)


def sentence(rng: random.Random, n: int) -> str:
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(OTHER) + " " + " ".join(rng.choice(OTHER).split()[:3])
    text = " ".join(rng.choice(LATIN) for _ in range(rng.randint(6, 30))).capitalize()
    return text + (" " + rng.choice(MIXED) if roll < 0.3 else ".")


def build_book(path: Path) -> tuple[Book, int]:
    rng = random.Random(14)
    book = Book.create(path)
    sid = book.sessions.create("Every script", date="2026-11-20", participants=NAMES)
    rows = [ImportRow(line=i + 2, kind=KINDS[i % len(KINDS)], text=sentence(rng, i),
                      author=rng.choice(NAMES)) for i in range(CONTRIBUTIONS)]  # fmt: skip
    ids = add_many(book, sid, rows)
    for n in range(12):
        theme = book.themes.create(sid, f"Theme {n + 1}")
        book.contributions.set_theme(ids[n * 150 : (n + 1) * 150], theme)
    for cid in rng.sample(ids, 400):
        book.votes.set_hands(sid, cid, rng.randint(1, 12))
    for n in range(ACTIONS):
        book.actions.plan(sid, sentence(rng, n), owner=rng.choice(NAMES),
                          due=f"2026-12-{1 + n % 28:02d}", first_step=sentence(rng, n),
                          contribution_id=ids[n])  # fmt: skip
    return book, sid


def timed(book: Book, sid: int, path: Path, shaped: bool) -> float:
    pdf_text.SHAPING[0] = shaped
    shaping.shape.cache_clear()
    pdf_text._em_width.cache_clear()
    start = time.perf_counter()
    write_action_plan(book, sid, path, "A4")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        book, sid = build_book(Path(folder) / "bench.dwbook")
        timed(book, sid, Path(folder) / "warm.pdf", True)  # fonts loaded, imports done
        on, off = [], []
        for _ in range(args.runs):
            on.append(timed(book, sid, Path(folder) / "on.pdf", True))
            off.append(timed(book, sid, Path(folder) / "off.pdf", False))
        pdf_text.SHAPING[0] = True
        book.close()
    ratios = [a / b for a, b in zip(on, off, strict=True)]
    print(f"shaping on:  median {statistics.median(on):.2f} s "
          f"(spread {min(on):.2f}-{max(on):.2f})")  # fmt: skip
    print(f"shaping off: median {statistics.median(off):.2f} s "
          f"(spread {min(off):.2f}-{max(off):.2f})")  # fmt: skip
    print(f"ratio on/off: median {statistics.median(ratios):.2f}x "
          f"(spread {min(ratios):.2f}-{max(ratios):.2f}), target <= 1.2x")  # fmt: skip
    return 0 if statistics.median(ratios) <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
