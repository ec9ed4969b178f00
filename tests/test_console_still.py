"""The console does not slide its parts into place: no layout animation runs when it
opens, resizes or changes page (their private timer cost the start 20 ms), and the
parts keep the app's look."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QProxyStyle, QSplitter, QToolBar

from .ui_fixtures import make_window, open_book_with_session


class AnimationSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        name = watched.metaObject().className()
        if "Animation" in name:
            self.seen.add(name)
        return False


def test_the_console_opens_and_resizes_without_layout_animations(
    qtbot, ui_settings, message_boxes, book_file
):
    app = QApplication.instance()
    spy = AnimationSpy()
    app.installEventFilter(spy)
    try:
        window = make_window(qtbot)
        open_book_with_session(window, book_file)
        for size in ((1000, 700), (1920, 1080), (1366, 768)):
            window.resize(*size)
            qtbot.wait(30)
    finally:
        app.removeEventFilter(spy)
    assert spy.seen == set()
    # The parts QMainWindow would animate still look like the rest of the app.
    toolbar = window.findChild(QToolBar, "mainToolbar")
    splitter = window.findChild(QSplitter, "mainSplitter")
    for part in (toolbar, splitter):
        style = part.style()
        look = style.baseStyle() if isinstance(style, QProxyStyle) else style
        assert look.name().lower() == app.style().name().lower() == "fusion"
        assert part.isVisible()
    window.close()


PAINT_THREADS = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollBar
from ui.app.application import create_app

def threads():
    return len(os.listdir("/proc/self/task"))

app = create_app([])
bar = QScrollBar(Qt.Orientation.Vertical)
bar.resize(16, 700)
bar.setRange(0, 100)
image = QImage(16, 700, QImage.Format.Format_ARGB32_Premultiplied)
before = threads()
for _ in range(20):
    bar.render(image)
print(before, threads())
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_app_paints_tall_widgets_on_its_own_thread(tmp_path):
    """A tall Fusion scroll bar painted 20 times starts no painting threads: Qt's hand-off
    of tall fills to a thread pool made each scroll bar 20 times slower to paint."""
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    out = subprocess.run(
        [sys.executable, "-c", PAINT_THREADS, str(Path(__file__).resolve().parents[1])],
        capture_output=True, text=True, env=env, check=True, timeout=60,
    ).stdout.split()  # fmt: skip
    before, after = int(out[0]), int(out[1])
    assert after == before
