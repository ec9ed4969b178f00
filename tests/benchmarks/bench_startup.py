"""Benchmark: app start to the first painted window (empty book) vs a PySide6 hello world.

Both are whole processes started the same way, in turn (app, hello, app, hello ...):
the time runs from just before the process is started to the end of the first
paint of its main window (a QLabel "Hello, world" of the same size for the
baseline), reported by an event filter both children install before their event
loop runs, under the offscreen platform. Settings live in a temporary folder,
with the first-run welcome already done. Target: <= 2.0x the hello world.

    python tests/benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleave import ROOT, bytecode, describe, interleave, load, ratio_line

# Installs a filter before the event loop runs; prints the monotonic time when the first
# top-level window has painted, then quits. argv: mode (app|hello), then the app's arguments.
PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if (not FirstPaint.seen and event.type() == QEvent.Type.Paint
                and obj.isWidgetType() and obj.isWindow()):
            FirstPaint.seen = True
            QTimer.singleShot(0, done)  # after this paint event is handled
        return False

def done():
    print(f"painted {time.monotonic():.6f}", flush=True)
    QApplication.instance().quit()

probe = FirstPaint()
run = QApplication.exec
def exec_with_probe(*args):
    QApplication.instance().installEventFilter(probe)
    return run()
QApplication.exec = exec_with_probe

mode = sys.argv[1]
sys.argv = ["delight-workshop", *sys.argv[2:]]
if mode == "app":
    sys.path.insert(0, ROOT)
    from ui.app.launcher import main
    code = main(sys.argv[1:])
else:
    from PySide6.QtWidgets import QLabel
    app = QApplication(sys.argv)
    label = QLabel("Hello, world")
    label.resize(1366, 740)
    label.show()
    code = app.exec()
sys.exit(code)
"""


def painted(out: str, launched: float) -> float | None:
    for line in out.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - launched
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    bytecode()
    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    config = folder / "config" / "Delight Workshop"
    config.mkdir(parents=True)
    (config / "Delight Workshop.ini").write_text("[ui]\nfirst_run_done=true\n")
    empty = folder / "empty.dwbook"
    from workshop.book import Book

    Book.create(empty).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "HOME": str(folder),
    }
    probe = PROBE.replace("ROOT", repr(str(ROOT)))
    print(f"before: {load()}")
    started = time.perf_counter()
    samples = interleave(
        {
            "app": [sys.executable, "-c", probe, "app", str(empty)],
            "hello": [sys.executable, "-c", probe, "hello"],
        },
        args.runs,
        env=env,
        report=painted,
    )
    app, hello = samples["app"].value, samples["hello"].value
    print(f"{args.runs} pairs in {time.perf_counter() - started:.1f} s; launch to first paint:")
    print(f"  {describe('Delight Workshop on an empty book', app, 'ms')}")
    print(f"  {describe('PySide6 hello world', hello, 'ms')}")
    line, ok = ratio_line("ratio", app, hello, 2.0)
    print(line)
    print(ratio_line("  whole process CPU (to quit)", samples["app"].cpu, samples["hello"].cpu,
                     None)[0])  # fmt: skip
    print(f"after: {load()}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
