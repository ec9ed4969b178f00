"""The console does not slide its parts into place: no layout animation runs when it
opens, resizes or changes page (their private timer cost the start 20 ms), and the
parts keep the app's look."""

from __future__ import annotations

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
