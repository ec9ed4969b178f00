"""The first start: a welcome that offers the demo book, then a short tour of the phases.

``maybe_show_first_run(window)`` shows it once: dismissing it in any way (Finish,
Skip tour, Esc, closing it) records FIRST_RUN_DONE and it never comes back by
itself; Help > Tour of the Phases (``show_tour``) replays it. The demo book is
written with ``workshop.demo.write_demo`` into Documents/Delight Workshop/Demo.dwbook
and opened in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.state.settings import FIRST_RUN_DONE, settings
from ui.widgets.icons import app_icon
from workshop.book import Book
from workshop.errors import NewerBook, NotABook, WorkshopError
from workshop.model import PHASES, Phase

DEMO_FOLDER = "Delight Workshop"
DEMO_NAME = "Demo"
SUFFIX = ".dwbook"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


@dataclass(frozen=True)
class TourStep:
    title: str
    lines: tuple[tuple[Phase, str], ...]  # each phase of the step and what it is for


# Source texts; translated with context "FirstRun" when shown.
TOUR: tuple[TourStep, ...] = (
    TourStep(
        QT_TRANSLATE_NOOP("FirstRun", "Start from last time"),
        (
            (Phase.REVIEW, QT_TRANSLATE_NOOP("FirstRun", "Check what the last session promised: which actions are done, which obstacles are gone.")),
            (Phase.WARMUP, QT_TRANSLATE_NOOP("FirstRun", "Read out a hero story from customer feedback to get the room talking.")),
        ),
    ),
    TourStep(
        QT_TRANSLATE_NOOP("FirstRun", "Collect the ideas"),
        (
            (Phase.IDEATE, QT_TRANSLATE_NOOP("FirstRun", "The team gives its ideas for the round's prompt while the timer runs.")),
            (Phase.GROUP, QT_TRANSLATE_NOOP("FirstRun", "Put related cards into themes and merge duplicates, so votes are not split.")),
        ),
    ),
    TourStep(
        QT_TRANSLATE_NOOP("FirstRun", "Choose and commit"),
        (
            (Phase.VOTE, QT_TRANSLATE_NOOP("FirstRun", "Everyone spends a few dots on what the team should do first.")),
            (Phase.PLAN, QT_TRANSLATE_NOOP("FirstRun", "Turn the winners into actions: what, who, by when, and the first step.")),
        ),
    ),
    TourStep(
        QT_TRANSLATE_NOOP("FirstRun", "Close the loop"),
        (
            (Phase.WRAPUP, QT_TRANSLATE_NOOP("FirstRun", "Thank the team, print the action plan and agree when to follow it up.")),
        ),
    ),
)  # fmt: skip
CLOSING_NOTE = QT_TRANSLATE_NOOP(
    "FirstRun",
    "Everything is saved in the book as you go. Replay this tour from Help > Tour of the Phases.",
)


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home() / "Documents"


def create_demo_book(documents: Path | None = None) -> Path:
    """Write the demo into Documents/Delight Workshop/Demo.dwbook and return its path.

    An existing demo book is reused as it is (the user may have worked in it);
    a file of that name that is not a book is left alone and "Demo 2" is written.
    """
    from workshop.demo import write_demo

    folder = (documents or documents_dir()) / DEMO_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    number = 1
    while True:
        path = folder / f"{DEMO_NAME}{'' if number == 1 else f' {number}'}{SUFFIX}"
        if not path.exists():
            break
        try:
            Book.open(path).close()
            return path
        except (NotABook, NewerBook):
            number += 1
        except WorkshopError:
            return path  # locked or read-only: the window will say so when it opens it
    with Book.create(path) as book:
        write_demo(book)
    return path


def open_in_window(window: Any, path: Path) -> bool:
    """Open the book at *path* in the main window; False if it could not (it said why)."""
    books = getattr(window, "books", None)  # ui.console.book_controller.BookController
    if books is not None:
        return bool(books.open_path(path))
    context = getattr(window, "context", None)
    if context is None:
        return False
    from ui.state.bridge import BookBridge

    context.set_book(BookBridge(Book.open(path)))
    return True


def _label(text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class FirstRunDialog(QDialog):
    """Welcome (with the demo offer) followed by one page per TourStep."""

    def __init__(
        self,
        window: QWidget | None = None,
        *,
        store: QSettings | None = None,
        documents: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(_tr("Welcome to Delight Workshop"))
        self.window_ = window
        self.store = store if store is not None else settings()
        self.documents = documents
        self.demo_path: Path | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        for step in TOUR:
            self.pages.addWidget(self._tour_page(step))

        self.chips: dict[Phase, QLabel] = {}
        strip = QHBoxLayout()
        strip.setSpacing(4)
        for phase in PHASES:
            chip = _label(_tr(phase.label))
            chip.setWordWrap(False)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.chips[phase] = chip
            strip.addWidget(chip, 1)

        self.step_label = _label()
        self.skip_button = QPushButton(_tr("&Skip tour"))
        self.back_button = QPushButton(_tr("&Back"))
        self.next_button = QPushButton(_tr("&Next"))
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        footer = QHBoxLayout()
        footer.addWidget(self.step_label, 1)
        for button in (self.skip_button, self.back_button, self.next_button):
            footer.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(strip)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)

        self.finished.connect(self._remember_dismissed)
        self.setMinimumWidth(620)
        self._show_step(0)

    # -- pages ---------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(_label(_tr("Welcome to Delight Workshop"), bold=True, scale=1.5))
        text.addWidget(
            _label(
                _tr(
                    "Run improvement workshops with your team: ideas to delight customers, "
                    "obstacles to remove and hero stories on the projector, dots to vote, "
                    "and an action plan that says who does what by when."
                )
            )
        )
        text.addWidget(
            _label(
                _tr(
                    "Try it on the demo book first: three finished sessions of a car dealer's "
                    "service desk that you can click through and change freely."
                )
            )
        )
        self.demo_button = QPushButton(_tr("Open the &demo book"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.open_demo)
        palette = self.palette()  # the offer of this page: drawn as the primary button
        self.demo_button.setStyleSheet(
            f"QPushButton#demoButton {{ background: {palette.highlight().color().name()};"
            f" color: {palette.highlightedText().color().name()}; font-weight: bold;"
            f" border: none; border-radius: 5px; padding: 7px 16px; }}"
            f" QPushButton#demoButton:disabled {{ background: {palette.mid().color().name()}; }}"
        )
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        text.addLayout(row)
        self.demo_status = _label()
        self.demo_status.setObjectName("demoStatus")
        self.demo_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.demo_status)
        text.addStretch(1)
        layout = QHBoxLayout(page)
        layout.setSpacing(18)
        layout.addWidget(icon)
        layout.addLayout(text, 1)
        return page

    def _tour_page(self, step: TourStep) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_label(_tr(step.title), bold=True, scale=1.5))
        layout.addSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(1, 1)
        for row, (phase, line) in enumerate(step.lines):
            name = _label(_tr(phase.label), bold=True, scale=1.15)
            name.setWordWrap(False)
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            grid.addWidget(_label(_tr(line), scale=1.15), row, 1)
        layout.addLayout(grid)
        if step is TOUR[-1]:
            note = _label(_tr(CLOSING_NOTE))
            layout.addSpacing(20)
            layout.addWidget(note)
        layout.addStretch(1)
        return page

    # -- navigation ----------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    @property
    def step_count(self) -> int:
        return self.pages.count()

    def next(self) -> None:
        if self.step + 1 >= self.step_count:
            self.accept()
        else:
            self._show_step(self.step + 1)

    def back(self) -> None:
        if self.step > 0:
            self._show_step(self.step - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Right/Page Down: next step; Left/Page Up: back; Esc skips (QDialog)."""
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back()
        else:
            super().keyPressEvent(event)

    def _show_step(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == self.step_count - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(_tr("&Finish") if last else _tr("&Next"))
        self.skip_button.setVisible(not last)
        self.step_label.setText(
            _tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(self.step_count))
        )
        current = set() if index == 0 else {phase for phase, _ in TOUR[index - 1].lines}
        palette = self.palette()
        for phase, chip in self.chips.items():
            if phase in current:
                background, color = palette.highlight(), palette.highlightedText()
            else:
                background, color = palette.base(), palette.text()
            chip.setStyleSheet(
                f"QLabel {{ background: {background.color().name()}; "
                f"color: {color.color().name()}; font-weight: {'bold' if phase in current else 'normal'}; "
                f"border: 1px solid {palette.mid().color().name()}; border-radius: 4px; padding: 3px 6px; }}"
            )
        self.next_button.setFocus()

    # -- demo ----------------------------------------------------------------
    def open_demo(self) -> None:
        try:
            self.demo_path = create_demo_book(self.documents)
            opened = self.window_ is None or open_in_window(self.window_, self.demo_path)
        except (WorkshopError, OSError) as exc:
            self.demo_status.setText(
                _tr("The demo book could not be made: %1").replace("%1", str(exc))
            )
            return
        if not opened:
            self.demo_status.setText(
                _tr("The demo book is in %1 but could not be opened.").replace(
                    "%1", str(self.demo_path)
                )
            )
            return
        self.demo_status.setText(_tr("Opened %1").replace("%1", str(self.demo_path)))
        self.demo_button.setEnabled(False)
        self.next()

    def _remember_dismissed(self, _result: int) -> None:
        FIRST_RUN_DONE.write(self.store, True)
        self.store.sync()


def show_tour(
    window: QWidget | None, *, store: QSettings | None = None, documents: Path | None = None
) -> FirstRunDialog:
    """Open the welcome and tour over *window* (window-modal, returns at once)."""
    dialog = FirstRunDialog(window, store=store, documents=documents)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def maybe_show_first_run(
    window: QWidget | None, *, store: QSettings | None = None, documents: Path | None = None
) -> FirstRunDialog | None:
    """On the very first start, show the welcome and tour; afterwards do nothing."""
    store = store if store is not None else settings()
    if FIRST_RUN_DONE.read(store):
        return None
    return show_tour(window, store=store, documents=documents)
