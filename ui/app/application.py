"""Start the desktop app: application identity, style, palette, fonts, the main window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import workshop
from ui.state import settings as prefs
from ui.widgets import dialog_titles
from ui.widgets.palette import build_palette

APP_DISPLAY_NAME = "Delight Workshop"
FUSION_FROM_START = "delightFusionFromStart"  # app property: created with -style Fusion
MIN_POINT_SIZE = 10.0


def apply_scheme(app: QApplication, scheme: str) -> None:
    """Use the light or dark palette ("system" follows the desktop)."""
    app.setPalette(build_palette(scheme))


def configure_app(app: QApplication, scheme: str | None = None) -> None:
    """Everything the app sets once on the QApplication (also used by tests and scripts)."""
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(workshop.__version__)
    # Wayland and the desktop's task bar match windows to packaging/linux/*.desktop by this.
    QGuiApplication.setDesktopFileName("delight-workshop")
    from ui.widgets.icons import app_icon

    app.setWindowIcon(app_icon())  # dialogs and the projector inherit it
    # create_app() made the app with Fusion (asking app.style() here would build PySide's
    # QStyle enums, 6 ms of the start); an app made elsewhere is switched to it.
    if not app.property(FUSION_FROM_START):
        app.setStyle("Fusion")
    apply_scheme(app, scheme if scheme is not None else prefs.COLOR_SCHEME.read(prefs.settings()))
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    dialog_titles.install(app)  # no dialog narrower than its title


def _install_translations(app: QApplication) -> None:
    """Our strings, Qt's own (standard buttons, file dialogs) and the core's in one language,
    the layout mirrored for a right-to-left language, and the shipped fonts registered."""
    from ui.app.fonts import register_shipped_fonts
    from ui.app.i18n import install_language

    install_language(app)
    register_shipped_fonts()


def create_app(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # 125 % and 150 % displays: scale exactly instead of rounding to 100 % or 200 %.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    # Qt hands every fill taller than about 100 scan lines to a thread pool and waits for
    # it: a Fusion scroll bar then paints in 2 ms instead of 0.1 ms, a column's frame
    # likewise. Our fills are small; on a two-core laptop the hand-off costs more than it
    # saves, so painting stays on the GUI thread.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    # Fusion from the start: setStyle() afterwards would make a second style and re-polish.
    app = QApplication([sys.argv[0] if sys.argv else "delight-workshop", "-style", "Fusion",
                        *argv])  # fmt: skip
    app.setProperty(FUSION_FROM_START, True)
    _install_translations(app)
    return app


class FileOpenFilter(QObject):
    """macOS sends a book double-clicked in Finder as an event, not an argument."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.window.books.open_path(path)
                return True
        return False


def collect_again() -> None:
    """Collection back on once the window is up; what the start made is frozen out of it
    (it lives as long as the app, and each full collection would scan it again)."""
    gc.freeze()
    gc.enable()


def run_app(argv: Sequence[str]) -> int:
    """Show the facilitator console; ``argv`` holds the arguments after the program name."""
    existed = QApplication.instance() is not None
    app = create_app(list(argv))
    configure_app(app)
    from ui.app import crash
    from ui.console.main_window import MainWindow

    crash.install()

    window = MainWindow()
    if sys.platform == "darwin":
        # An application-wide filter: every event of every object passes through Python,
        # so only where Finder sends books as events.
        app.installEventFilter(FileOpenFilter(window))
    # The book opens before the window shows: it appears with the book's page, and the
    # welcome page is built only when there is no book to open.
    # (Qt removes its own options (-platform, -style...) from the arguments it was given.)
    window.books.open_at_start(list(argv) if existed else app.arguments()[1:])
    window.show()
    if not gc.isenabled():  # the launcher held collection off during the start
        QTimer.singleShot(0, collect_again)
    if not prefs.FIRST_RUN_DONE.read(prefs.settings()):  # the welcome is imported only then
        try:
            from ui.dialogs.first_run import maybe_show_first_run
        except ImportError:
            pass
        else:
            maybe_show_first_run(window)
    return app.exec()
