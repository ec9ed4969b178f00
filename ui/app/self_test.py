"""``delight-workshop --self-test``: prove an installed copy (wheel or bundle) works.

Starts Qt offscreen, checks the shipped files are found where the app was
installed, writes the demo book into a temporary folder, opens it in the main
window, exports the action-plan PDF and reads the session title back from it.
Prints one line per check (OK, FAILED or SKIPPED) and returns 0 only if none
failed. Nothing is left behind: the book, the PDF and the settings the window
writes all live in the temporary folder.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf",
              "NotoSansArabic-Regular.ttf", "NotoSansDevanagari-Regular.ttf",
              "Symbola-Emoji.ttf")  # fmt: skip
OK, FAILED, SKIPPED = "OK", "FAILED", "SKIPPED"
# Where the report goes when there is no console (the windowed Windows build).
REPORT_FILE = Path(tempfile.gettempdir()) / "delight-workshop-self-test.txt"


class Skip(Exception):
    """A check that cannot run here (not a failure)."""


class SelfTest:
    def __init__(self, folder: Path, out: TextIO | None) -> None:
        self.folder = folder
        self.out = out
        self.results: list[tuple[str, str, str]] = []
        self.app: Any = None
        self.book_path = folder / "Self-test demo.dwbook"
        self.title = ""
        self.session_id: int | None = None

    def say(self, line: str) -> None:
        if self.out is not None:
            print(line, file=self.out, flush=True)

    def check(self, name: str, run: Callable[[], str]) -> bool:
        try:
            detail = run()
            status = OK
        except Skip as exc:
            status, detail = SKIPPED, str(exc)
        except Exception as exc:
            status, detail = FAILED, f"{type(exc).__name__}: {exc}"
            if os.environ.get("DELIGHT_SELF_TEST_TRACE"):
                traceback.print_exc(file=self.out)
        self.results.append((status, name, detail))
        self.say(f"{status:8} {name}: {detail}")
        return status == OK

    # -- the checks ------------------------------------------------------------
    def start_qt(self) -> str:
        from PySide6.QtCore import QSettings, qVersion
        from PySide6.QtWidgets import QApplication

        from ui.state.settings import FIRST_RUN_DONE, settings

        self.app = QApplication.instance() or QApplication([sys.argv[0], "--self-test"])
        # The window saves its geometry on close: keep that out of the user's settings.
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "settings")
        )
        FIRST_RUN_DONE.write(settings(), True)
        return f"platform {self.app.platformName()}, Qt {qVersion()}"

    def find_files(self) -> str:
        from workshop.resources import resource, resources_dir
        from workshop.templates import templates

        found = templates()
        if not found:
            raise FileNotFoundError("no session templates")
        for name in FONT_FILES:
            resource("fonts", name)
        resource("icons", "delight-workshop.svg")
        return f"{len(found)} templates, {len(FONT_FILES)} fonts, icons in {resources_dir()}"

    def load_icon(self) -> str:
        from PySide6.QtSvg import QSvgRenderer

        from ui.widgets.icons import app_icon
        from workshop.resources import resource

        icon = app_icon()
        sizes = sorted({s.width() for s in icon.availableSizes()})
        if icon.isNull() or icon.pixmap(32, 32).isNull():
            raise ValueError("the window icon is empty")
        if not QSvgRenderer(str(resource("icons", "delight-workshop.svg"))).isValid():
            raise ValueError("Qt SVG cannot draw the icon source")
        return f"sizes {sizes[0]}-{sizes[-1]} px, SVG renderer works"

    def load_fonts(self) -> str:
        from workshop.exports.fonts import register_fonts

        names = register_fonts()
        return f"reportlab registered {names.regular} and {names.bold}"

    def load_translations(self) -> str:
        from ui.state.language import translator_for
        from workshop.i18n import LANGUAGES, translations

        loaded = []
        for code in LANGUAGES:
            if code == "en":
                continue
            if translator_for(code) is None:
                raise FileNotFoundError(f"no compiled Qt catalogue for {code}")
            if translations(code).gettext("Owner") == "Owner":
                raise FileNotFoundError(f"no gettext catalogue for {code}")
            loaded.append(code)
        return f"Qt and gettext catalogues of {', '.join(loaded)}"

    def write_demo(self) -> str:
        from workshop.book import Book
        from workshop.demo import write_demo

        with Book.create(self.book_path) as book:
            ids = write_demo(book)
            self.session_id = ids.latest
            self.title = book.sessions.get(ids.latest).title
            sessions = len(book.sessions.list())
            actions = len(book.actions.list(ids.latest))
        return f"{sessions} sessions, {actions} actions in {self.book_path}"

    def open_window(self) -> str:
        if importlib.util.find_spec("ui.console.main_window") is None:
            raise Skip("ui.console.main_window is not part of this build")
        from ui.console.main_window import MainWindow
        from ui.dialogs.first_run import open_in_window

        window = MainWindow()
        try:
            window.show()
            open_in_window(window, self.book_path)
            self.app.processEvents()
            book = window.context.book
            if book is None or Path(book.path).resolve() != self.book_path.resolve():
                raise RuntimeError(
                    f"the window did not open the book (title {window.windowTitle()!r})"
                )
            sessions = len(book.sessions.list())
            return f"{sessions} sessions listed, title {window.windowTitle()!r}"
        finally:
            window.close()  # closes the book, so it can be opened again below
            window.deleteLater()
            self.app.processEvents()

    def export_pdf(self) -> str:
        from workshop.book import Book
        from workshop.exports.pdf import write_action_plan

        if self.session_id is None:
            raise Skip("no demo book")
        target = self.folder / "Action plan.pdf"
        with Book.open(self.book_path) as book:
            write_action_plan(book, self.session_id, target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise ValueError(f"{target} is not a complete PDF ({len(data)} bytes)")
        pages = len(re.findall(rb"/Type\s*/Page\b", data))
        return f"{len(data):,} bytes, {pages} pages"

    def pdf_has_title(self) -> str:
        from ui.app.self_test_pdf import pdf_text, squeeze

        target = self.folder / "Action plan.pdf"
        if not target.exists():
            raise Skip("no PDF")
        text = pdf_text(target.read_bytes())
        if squeeze(self.title) not in squeeze(text):
            raise ValueError(f"{self.title!r} not found in the PDF's {len(text)} characters")
        return f"found {self.title!r}"

    # -- running ---------------------------------------------------------------
    def run(self) -> int:
        from workshop import __version__

        where = "bundle" if getattr(sys, "frozen", False) else "Python"
        self.say(f"Delight Workshop {__version__} self-test ({where}: {sys.executable})")
        started = time.perf_counter()
        if self.check("Qt starts", self.start_qt):
            self.check("Window icon loads", self.load_icon)
        self.check("App files found", self.find_files)
        self.check("PDF fonts load", self.load_fonts)
        self.check("Translations load", self.load_translations)
        if self.check("Demo book written", self.write_demo) and self.app is not None:
            self.check("Main window opens the demo book", self.open_window)
        self.check("Action-plan PDF exported", self.export_pdf)
        self.check("PDF shows the session title", self.pdf_has_title)
        failed = sum(status == FAILED for status, _, _ in self.results)
        seconds = time.perf_counter() - started
        if failed:
            self.say(f"Self-test FAILED: {failed} of {len(self.results)} checks ({seconds:.1f} s)")
        else:
            self.say(f"Self-test passed: {len(self.results)} checks ({seconds:.1f} s)")
        return 1 if failed else 0


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print what was checked; 0 if all passed, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown
    stream = out if out is not None else sys.stdout
    report: TextIO | None = None
    if stream is None:  # a windowed Windows app has no console: write the report to a file
        report = open(REPORT_FILE, "w", encoding="utf-8")
        stream = report
    try:
        with tempfile.TemporaryDirectory(
            prefix="delight-self-test-", ignore_cleanup_errors=True
        ) as folder:
            return SelfTest(Path(folder), stream).run()
    finally:
        if report is not None:
            report.close()
