"""The page of the session's current phase, built on first use from the page registry.

With no book open it shows a welcome (create a book in Documents, open one,
recent books); with a book but no session, an invitation to create one; a phase
whose page is not installed shows a friendly note instead of failing.

Each page sits in a scroll area: on a small screen (1366x768 at 150 % is 911x512)
the console stays inside the screen and a page larger than its room scrolls
instead of pushing the window past the screen's edge. A page that scrolls its own
content and fits any window says so (``scrolls_itself``) and goes without.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.console.book_controller import default_book_path
from ui.models.labels import fill, phase_label
from ui.phases import page_factory, page_variant
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import heading, muted_label, plain_label
from workshop.journal import Change
from workshop.model import Phase

if TYPE_CHECKING:
    from ui.console.main_window import MainWindow

log = logging.getLogger(__name__)


def _centered(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget(parent)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    inner = QVBoxLayout()
    inner.setSpacing(12)
    row.addLayout(inner, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page, inner


class WelcomePage(QWidget):
    """No book open: create one in Documents, make one elsewhere, or open one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        page, inner = _centered(self)
        QVBoxLayout(self).addWidget(page)
        inner.addWidget(heading(self.tr("Welcome to Delight Workshop"), self, scale=1.6))
        inner.addWidget(
            muted_label(
                self.tr(
                    "Everything your team says in a workshop is kept in a workshop book: "
                    "one file per team, with all its sessions, ideas, votes and actions."
                ),
                self,
            )
        )
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createDefaultBook")
        self.create_button.clicked.connect(window.books.create_default_book)
        self.new_button = QPushButton(self.tr("New book elsewhere…"), self)
        self.new_button.clicked.connect(window.books.new_book)
        self.open_button = QPushButton(self.tr("Open a book…"), self)
        self.open_button.clicked.connect(window.books.open_book)
        for button in (self.create_button, self.new_button, self.open_button):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            inner.addWidget(button)
        self.recent_title = heading(self.tr("Recent books"), self, scale=1.0)
        inner.addWidget(self.recent_title)
        self.recent_box = QVBoxLayout()
        inner.addLayout(self.recent_box)

    def refresh(self) -> None:
        target = default_book_path()
        self.create_button.setText(
            fill(self.tr("Create “%1” in %2"), target.name, target.parent.name or target.parent)
        )
        self.create_button.setToolTip("")
        while self.recent_box.count():
            item = self.recent_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        recent = [p for p in self._window.books.recent() if Path(p).exists()][:5]
        self.recent_title.setVisible(bool(recent))
        for path in recent:
            button = QPushButton(Path(path).name, self)
            button.setToolTip("")
            button.setStatusTip(path)
            button.clicked.connect(lambda _c=False, p=path: self._window.books.open_path(p))
            self.recent_box.addWidget(button)


class NoSessionPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        page, inner = _centered(self)
        QVBoxLayout(self).addWidget(page)
        inner.addWidget(heading(self.tr("No session yet"), self, scale=1.5))
        inner.addWidget(
            muted_label(
                self.tr(
                    "Start a session from a template: delight ideas, an obstacle hunt, "
                    "hero stories, value ideas, a recovery playbook or a follow-up review. "
                    "You can change the prompts, the people and the settings."
                ),
                self,
            )
        )
        button = QPushButton(self.tr("New session…"), self)
        button.setObjectName("firstSessionButton")
        button.clicked.connect(lambda: window.trigger_action("session.new"))
        inner.addWidget(button)


class Placeholder(QWidget):
    """A phase whose page is not part of this installation."""

    def __init__(self, phase: Phase, parent: QWidget) -> None:
        super().__init__(parent)
        page, inner = _centered(self)
        QVBoxLayout(self).addWidget(page)
        inner.addWidget(heading(phase_label(phase), self, scale=1.5))
        note = plain_label(
            self.tr("This phase is not available in this version of Delight Workshop yet."),
            self,
            wrap=True,
        )
        note.setObjectName("placeholderNote")
        inner.addWidget(note)
        inner.addWidget(
            muted_label(self.tr("Move on with Ctrl+PgDown, or back with Ctrl+PgUp."), self)
        )


def scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """*page* in a frameless scroll area that scrolls only below the page's minimum size."""
    area = QScrollArea(parent)
    area.setObjectName(f"{page.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab moves between the page's own fields
    # A viewport made here, not Qt's own reached with area.viewport(): handing Qt's (a
    # plain QWidget PySide has not seen) to Python initialises every widget class's type.
    viewport = QWidget(area)
    viewport.setAutoFillBackground(False)
    area.setViewport(viewport)
    area.setWidget(page)
    page.setAutoFillBackground(False)
    return area


class PhaseStack(QStackedWidget):
    phaseShown = Signal(object)  # the Phase shown, or None

    def __init__(self, context: WorkshopContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self._pages: dict[tuple[Phase, str], QWidget] = {}  # by phase and template variant
        self._frames: dict[tuple[Phase, str], QWidget] = {}
        self.current_phase: Phase | None = None
        self._variant = ""
        # Built when first shown: a start that opens a book never needs the welcome.
        self._welcome: WelcomePage | None = None
        self._no_session: NoSessionPage | None = None
        context.bookChanged.connect(self.update_page)
        context.sessionChanged.connect(self.update_page)
        ChangeFollower(context, self, self._on_change)

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            self._welcome = WelcomePage(self._window)
            self.addWidget(self._welcome)
        return self._welcome

    @property
    def no_session(self) -> NoSessionPage:
        if self._no_session is None:
            self._no_session = NoSessionPage(self._window)
            self.addWidget(self._no_session)
        return self._no_session

    def ensure_page(self) -> None:
        """Show the page of the moment if none is shown yet (the window is about to appear)."""
        if self.currentWidget() is None:
            self.update_page()

    def _on_change(self, change: Change) -> None:
        sid = self.context.session_id
        for row in change.of("sessions"):
            if row.row_id == sid:
                self.update_page()
                return

    def page(self, phase: Phase, variant: str = "") -> QWidget:
        """The page of *phase* (of a template's *variant*), built the first time it is needed."""
        key = (phase, variant)
        if key not in self._pages:
            factory = page_factory(phase, variant)
            page: QWidget | None = None
            if factory is not None:
                try:
                    page = factory(self.context)
                except Exception:  # a broken page must not take the console down
                    log.exception("building the %s page", phase.value)
            if page is None:
                page = Placeholder(phase, self)
            page.setObjectName(page.objectName() or f"page_{phase.value}")
            self._pages[key] = page
            # A page that scrolls its own content (the Group board) and fits any window
            # needs no scroll area around it.
            fits = getattr(page, "scrolls_itself", False)
            self._frames[key] = page if fits else scrolling(page, self)
            self.addWidget(self._frames[key])
        return self._pages[key]

    def built_pages(self) -> dict[tuple[Phase, str], QWidget]:
        return dict(self._pages)

    def current_page(self) -> QWidget | None:
        if self.current_phase is None:
            return None
        return self._pages.get((self.current_phase, self._variant))

    def update_page(self, *_args: object) -> None:
        book, sid = self.context.book, self.context.session_id
        phase: Phase | None = None
        variant = ""
        if book is None:
            self.welcome.refresh()
            self.setCurrentWidget(self.welcome)
        elif sid is None:
            self.setCurrentWidget(self.no_session)
        else:
            try:
                session = book.sessions.get(sid)
                phase, variant = session.phase, page_variant(session.phase, session.template)
            except Exception:  # the session is being deleted
                phase = None
            if phase is None:
                self.setCurrentWidget(self.no_session)
            else:
                self.page(phase, variant)
                self.setCurrentWidget(self._frames[(phase, variant)])
        # A read-only book: every page greyed but Wrap-up, whose buttons only hand out.
        read_only = book is not None and book.read_only
        for (shown, _variant), widget in self._pages.items():
            widget.setEnabled(not read_only or shown is Phase.WRAPUP)
        changed = (phase, variant) != (self.current_phase, self._variant)
        self.current_phase, self._variant = phase, variant
        if changed:
            self.phaseShown.emit(phase)
            self.focus_page()
            QTimer.singleShot(0, self.focus_page)  # again once the page is laid out

    def focus_page(self) -> None:
        page = self.current_page() or self.currentWidget()
        focus = getattr(page, "focus_default", None)
        if callable(focus):
            focus()
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
