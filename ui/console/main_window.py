"""The facilitator console: session list, phase stepper and the page of the phase.

The window is a frame: menus come from the action registry
(:mod:`ui.commands.menus`), books are opened by :mod:`ui.console.book_controller`,
pages come from the page registry (:mod:`ui.console.phase_stack`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.commands import menus as window_actions
from ui.console.book_controller import BookController
from ui.console.phase_stack import PhaseStack
from ui.console.session_list import SessionPanel
from ui.console.stepper import Stepper
from ui.models.labels import fill
from ui.state import settings as prefs
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.drafts import settle_drafts
from ui.widgets.messages import show_error
from ui.widgets.timer_panel import TimerStatus
from workshop.journal import Change
from workshop.model import Phase
from workshop.resources import resource


def short_path(path: Path) -> str:
    """The book's path as a user reads it: "~/Documents/Team.dwbook" under the home folder."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorConsole")
        self.context = WorkshopContext(self)
        self.books = BookController(self)
        self._set_icon()

        self.sessions = SessionPanel(self.context, self)
        self.stepper = Stepper(self.context, self)
        self.pages = PhaseStack(self.context, self)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 6, 8, 4)
        column.setSpacing(6)
        column.addWidget(self.stepper)
        column.addWidget(self.pages, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sessions)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([250, 1100])
        self.setCentralWidget(self.splitter)

        self._book_label = QLabel(self)
        self._book_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(TimerStatus(self.context.timer, self))
        self.statusBar().addPermanentWidget(self._book_label)

        self._actions = window_actions.build(self)
        self.stepper.phaseRequested.connect(self.go_to_phase)
        self.pages.phaseShown.connect(self._on_phase_shown)
        self.context.bookChanged.connect(self._on_context)
        self.context.sessionChanged.connect(self._on_context)
        ChangeFollower(self.context, self, self._on_change)
        self.books.failed.connect(self._on_failed)
        self.context.timer.runningChanged.connect(self._on_phase_shown)
        self._restore_geometry()
        self._on_context()

    # -- what actions and pages use --------------------------------------------
    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def has_action(self, action_id: str) -> bool:
        return action_id in self._actions

    def trigger_action(self, action_id: str) -> bool:
        action = self._actions.get(action_id)
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True

    def open_book(self, path: str) -> bool:
        """Open the book at *path* (used by the first-run welcome's demo book)."""
        return self.books.open_path(path)

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def current_phase(self) -> Phase | None:
        return self.pages.current_phase

    def current_page(self) -> QWidget | None:
        return self.pages.current_page()

    def go_to_phase(self, phase: Phase) -> None:
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None or self.context.bridge is None:
            return
        if book.sessions.get(sid).phase != phase:
            self.context.bridge.run(book.sessions.set_phase, sid, phase)
        else:
            self.pages.focus_page()

    def step_phase(self, step: int) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        order = list(Phase)
        target = order.index(phase) + step
        if 0 <= target < len(order):
            self.go_to_phase(order[target])

    def refresh_actions(self) -> None:
        window_actions.refresh(self, self._actions)

    # -- reacting --------------------------------------------------------------
    def _on_context(self, *_args: object) -> None:
        book = self.context.book
        # A read-only book is shown, exported and copied, never edited (the phase pages
        # but Wrap-up's hand-outs are greyed by the phase stack; see ui/commands/menus.py).
        writable = book is None or not book.read_only
        self.stepper.setEnabled(writable)
        self.sessions.new_button.setEnabled(writable)
        self._update_title()
        self.refresh_actions()

    def _on_change(self, change: Change) -> None:
        if change.touches("sessions"):
            self._update_title()
        self.refresh_actions()

    def _on_phase_shown(self, _phase: object) -> None:
        self.refresh_actions()

    def _on_failed(self, message: str, serious: bool) -> None:
        if serious:
            show_error(self, self.tr("Delight Workshop"), message)
        else:
            self.show_message(message)

    def _update_title(self) -> None:
        book = self.context.book
        if book is None:
            self.setWindowTitle(self.tr("No book open"))
            self._book_label.setText("")
            return
        parts = [book.name]
        sid = self.context.session_id
        if sid is not None:
            try:
                parts.insert(0, book.sessions.get(sid).title)
            except Exception:  # the session was just deleted
                pass
        title = " — ".join(parts)
        if book.read_only:
            title = fill(self.tr("%1 (read-only)"), title)
        self.setWindowTitle(title)
        where = short_path(book.path)
        self._book_label.setText(
            fill(self.tr("%1 (read-only)"), where) if book.read_only else where
        )

    # -- window life -----------------------------------------------------------
    def _set_icon(self) -> None:
        icon = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            path = resource("icons", f"delight-workshop-{size}.png")
            if path.exists():
                icon.addFile(str(path))
        if not icon.isNull():
            self.setWindowIcon(icon)

    def _restore_geometry(self) -> None:
        store = prefs.settings()
        geometry = prefs.WINDOW_GEOMETRY.read(store)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1366, available.width()) if available else 1280
            height = min(740, available.height()) if available else 720
            self.resize(width, height)
        state = prefs.WINDOW_STATE.read(store)
        if not state.isEmpty():
            self.restoreState(state)

    def save_geometry(self) -> None:
        store = prefs.settings()
        prefs.WINDOW_GEOMETRY.write(store, self.saveGeometry())
        prefs.WINDOW_STATE.write(store, self.saveState())
        store.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_actions"):
            window_actions.apply_icons(self, self._actions)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not settle_drafts(self):
            event.ignore()
            return
        self.save_geometry()
        self.books.close_book()
        event.accept()
