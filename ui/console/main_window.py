"""The facilitator console: session list, phase stepper and the page of the phase.

The window is a frame: menus come from the action registry
(:mod:`ui.commands.menus`), books are opened by :mod:`ui.console.book_controller`,
pages come from the page registry (:mod:`ui.console.phase_stack`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
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
from ui.widgets.still_style import hold_still
from ui.widgets.timer_panel import TimerStatus
from ui.widgets.windows import close_windows
from workshop.journal import Change
from workshop.model import Phase
from workshop.resources import resource

FRAME_ALLOWANCE = (16, 72)
NARROW_WIDTH = 1000  # below it the session list steps aside for the page  # a window manager's borders and title bar, roughly


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
        self._sessions_stepped_aside = False
        self.setCentralWidget(self.splitter)

        self._book_label = QLabel(self)
        self._book_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(TimerStatus(self.context.timer, self))
        self.statusBar().addPermanentWidget(self._book_label)

        self._actions = window_actions.build(self)
        # The window has no docks and its toolbar stays put: nothing to slide into place.
        hold_still(self, self.splitter, self.findChild(QToolBar, "mainToolbar"))
        self.stepper.phaseRequested.connect(self.go_to_phase)
        self.pages.phaseShown.connect(self._on_phase_shown)
        self.context.bookChanged.connect(self._on_context)
        self.context.sessionChanged.connect(self._on_context)
        ChangeFollower(self.context, self, self._on_change)
        self.books.failed.connect(self._on_failed)
        self.context.timer.runningChanged.connect(self._on_phase_shown)
        # A new phase, round or session: yesterday's messages and "Time is up" go.
        self.pages.phaseShown.connect(self._fresh_start)
        self.context.sessionChanged.connect(self._fresh_start)
        self.context.captureKindChanged.connect(self._fresh_start)
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

    def _fresh_start(self, *_args: object) -> None:
        """The room moved on: clear the status bar's message and a timer that ran out."""
        self.statusBar().clearMessage()
        timer = self.context.timer
        if not timer.running and timer.seconds_left() == 0:
            timer.reset()  # the next round starts from its full length, not "Time!"

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
        self._restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not self._restored:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QRect(0, 0, 1280, 720)
            # Room for the title bar and the frame: a window as tall as the screen puts
            # its title bar or its status bar past the edge.
            width = min(1366, available.width() - FRAME_ALLOWANCE[0])
            height = min(740, available.height() - FRAME_ALLOWANCE[1])
            self.resize(width, height)
            # Centred, frame included (a window manager may place it lower otherwise).
            self.move(
                available.x() + (available.width() - width - FRAME_ALLOWANCE[0]) // 2,
                available.y() + (available.height() - height - FRAME_ALLOWANCE[1]) // 2,
            )
        state = prefs.WINDOW_STATE.read(store)
        if not state.isEmpty():
            self.restoreState(state)

    def keep_on_screen(self) -> None:
        """Inside a screen that exists now: the one under the window's middle, else the first.

        A book saved on a second screen that is gone, or on a larger screen (or at a
        smaller display scaling), must not reopen off the edge or past it.
        """
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        frame = self.frameGeometry()
        screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if available.contains(frame):
            return
        extra_w = frame.width() - self.width()
        extra_h = frame.height() - self.height()
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.left(), available.left()), available.right() + 1 - frame.width())
        y = min(max(frame.top(), available.top()), available.bottom() + 1 - frame.height())
        self.move(x, y)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # On a narrow window (1366x768 at 150 % is 911 wide) the session list steps aside
        # so the page has room; it comes back when the window is wide again. Ctrl+Shift+L
        # shows it at any width.
        narrow = self.width() < NARROW_WIDTH
        if narrow and not self._sessions_stepped_aside and not self.sessions.isHidden():
            self.sessions.hide()
            self._sessions_stepped_aside = True
            self.refresh_actions()  # View > Session List follows
        elif not narrow and self._sessions_stepped_aside:
            self._sessions_stepped_aside = False
            self.sessions.show()
            self.refresh_actions()

    def showEvent(self, event: QShowEvent) -> None:
        self.pages.ensure_page()
        super().showEvent(event)
        if self._restored:  # once, where the last session left it (if that still exists)
            self._restored = False
            self.keep_on_screen()

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
        close_windows(self)  # they would stay up, showing a closed book
        event.accept()
