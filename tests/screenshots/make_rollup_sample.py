"""Write resources/samples/rollup-sample.pdf: the regional roll-up of the test region's books.

python tests/screenshots/make_rollup_sample.py [OUTPUT.pdf]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.rollup_books import TODAY, make_region  # noqa: E402
from workshop.rollup import roll_up  # noqa: E402
from workshop.rollup.pdf import write_rollup_pdf  # noqa: E402


def main() -> None:
    target = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources/samples/rollup-sample.pdf"
    )
    with tempfile.TemporaryDirectory() as folder:
        books = Path(folder) / "Region West"
        make_region(books)
        rollup = roll_up([books], today=TODAY)
        write_rollup_pdf(rollup, target, "A4", title="Region West: four service teams")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
