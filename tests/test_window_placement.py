"""The console reopens where it was, and always on a screen that exists (restarts in
child processes with the offscreen platform's virtual screens)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUN = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    app = QApplication([])
    from ui.app.application import configure_app
    configure_app(app, "light")
    from ui.console.main_window import MainWindow
    window = MainWindow()
    window.show()
    app.processEvents()
    if len(sys.argv) > 2:  # the facilitator moves and sizes the window, then quits
        x, y, w, h = map(int, sys.argv[2:6])
        window.resize(w, h)
        window.move(x, y)
        app.processEvents()
    g = window.frameGeometry()
    print(g.x(), g.y(), g.width(), g.height())
    window.close()
    """
)


def screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def run(tmp_path: Path, screens: list[dict], *move: int) -> tuple[int, int, int, int]:
    config = tmp_path / f"screens-{len(screens)}-{screens[0]['width']}.json"
    config.write_text(json.dumps({"screens": screens}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(tmp_path / "settings"), *map(str, move)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    x, y, w, h = map(int, done.stdout.split()[-4:])
    return x, y, w, h


def test_the_console_reopens_where_it_was_left(tmp_path: Path) -> None:
    laptop = [screen("laptop", 0, 1920, 1080)]
    left = run(tmp_path, laptop, 150, 80, 1000, 600)
    assert left[:2] == (150, 80)
    assert run(tmp_path, laptop) == left
    assert run(tmp_path, laptop) == left  # and again: it does not creep


@pytest.mark.parametrize(
    ("before", "move", "after"),
    [
        # Left on the projector's screen, which is not there next time
        ([screen("laptop", 0, 1366, 768), screen("projector", 1366, 1920, 1080)],
         (1500, 100, 1200, 700), [screen("laptop", 0, 1366, 768)]),
        # Left large on a big screen, reopened on 1366x768 at 125 % (1093x614 logical)
        ([screen("desk", 0, 1920, 1080)], (300, 200, 1500, 850), [screen("laptop", 0, 1093, 614)]),
    ],
)  # fmt: skip
def test_the_console_reopens_inside_a_screen_that_exists(tmp_path, before, move, after) -> None:
    run(tmp_path, before, *move)
    x, y, w, h = run(tmp_path, after)
    only = after[0]
    assert 0 <= x and 0 <= y and x + w <= only["width"] and y + h <= only["height"], (x, y, w, h)
