"""Benchmark: ``delight-workshop info`` on a 100,000-card book vs an empty book.

Whole processes, in turn (big, empty, big, empty ...); the ratio is taken pair by
pair and quoted as the median with the lowest and highest pair. ``info`` only
reads: no integrity scan, no write (the book's bytes are compared before and
after). The big book is the one of ``bench_open_book.py`` (50 sessions).
Target: <= 1.3x.

    python tests/benchmarks/bench_info.py [--runs 9] [--cards 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_open_book import build_big
from interleave import app_command, bytecode, describe, interleave, load, ratio_line

from workshop.book import Book


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cards", type=int, default=100_000)
    args = parser.parse_args()
    bytecode()
    folder = Path(tempfile.mkdtemp(prefix="bench-info-"))
    empty, big = folder / "empty.dwbook", folder / "big.dwbook"
    Book.create(empty).close()
    started = time.perf_counter()
    build_big(big, 50, args.cards)
    print(f"built the {args.cards:,}-card book in {time.perf_counter() - started:.1f} s "
          f"({big.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
    before = {p: digest(p) for p in (empty, big)}
    print(f"before: {load()}")
    info = [*app_command(), "info"]
    samples = interleave({"big": [*info, str(big)], "empty": [*info, str(empty)]}, args.runs)
    print(f"  {describe(f'info on {args.cards:,} cards', samples['big'].wall, 'ms')}")
    print(f"  {describe('info on an empty book', samples['empty'].wall, 'ms')}")
    line, ok = ratio_line("ratio", samples["big"].wall, samples["empty"].wall, 1.3)
    print(line)
    print(ratio_line("  by CPU time", samples["big"].cpu, samples["empty"].cpu, None)[0])
    untouched = all(digest(p) == d for p, d in before.items())
    print(f"books byte for byte unchanged by info: {'yes' if untouched else 'NO'}")
    print(f"after: {load()}")
    return 0 if ok and untouched else 1


if __name__ == "__main__":
    sys.exit(main())
