"""The projector window: a second top-level window showing only what the room should see.

It follows the context (book, session) and the book's changes, and shows the
view of the session's phase. It never takes the keyboard from the console
(it is shown without activating); pages turn by themselves every few seconds,
or with the View menu's page actions, or PgUp/PgDn if the window has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.projector.paint import Colors, PaintedView, font
from ui.projector.playbook_view import PlaybookView
from ui.projector.room_panel import RoomJoinPanel
from ui.projector.views import (
    HeroView,
    IdeateView,
    IdleView,
    PlanView,
    ProjectorView,
    ReviewView,
    WallView,
)
from ui.projector.vote import VoteView
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.state.language import layout_direction, translate_in
from workshop.journal import Change
from workshop.model import Phase
from workshop.playbook import is_playbook_session

PAGE_SECONDS = 12
_MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


def _t(text: str) -> str:
    return text  # marks the text for extraction (packaging/i18n.py); phase_title translates


def phase_title(phase: Phase, language: str | None = None) -> str:
    """The phase's name as the room reads it, in *language* (None: the app's)."""
    return translate_in(language, ("Projector",), _phase_titles(phase))


def _phase_titles(phase: Phase) -> str:
    return {
        Phase.REVIEW: _t("Since last time"),
        Phase.WARMUP: _t("Hero stories"),
        Phase.IDEATE: _t("Ideas"),
        Phase.GROUP: _t("The wall"),
        Phase.VOTE: _t("Vote"),
        Phase.PLAN: _t("Action plan"),
        Phase.WRAPUP: _t("Wrap-up"),
    }[phase]


class HeaderBar(PaintedView):
    """The session's title and the phase, in one quiet line at the top (and the way back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.phase = ""
        self.hint = ""  # shown when the projector covers the console's own screen

    def set_hint(self, hint: str) -> None:
        if hint != self.hint:
            self.hint = hint
            self.update()

    def set_texts(self, title: str, phase: str) -> None:
        if (title, phase) != (self.title, self.phase):
            self.title, self.phase = title, phase
            self.update()

    def fit(self) -> None:
        self.setFixedHeight(int(QFontMetricsF(font(28, self.scale)).lineSpacing() * 1.7))

    def paint(self, painter: QPainter, dirty: QRectF) -> None:
        s = self.scale
        margin = 48 * s
        f = font(28, s)
        bold = font(28, s, bold=True)
        phase_w = QFontMetricsF(bold).horizontalAdvance(self.phase) + 4 * s
        h = float(self.height())
        self.draw_line(
            painter,
            self.phase,
            bold,
            QRectF(self.width() - margin - phase_w, 0, phase_w, h),
            Colors.accent,
            Qt.AlignmentFlag.AlignRight,
        )
        title_w = self.width() - 2 * margin - phase_w - 24 * s
        if self.hint:
            # The way back comes first: the title gives way to it on a narrow screen.
            hint_w = min(QFontMetricsF(f).horizontalAdvance(self.hint) + 4 * s, title_w)
            hint_rect = QRectF(margin + title_w - hint_w, 0, hint_w, h)
            self.draw_line(painter, self.hint, f, hint_rect, Colors.accent)
            title_w -= hint_w + 24 * s
        if title_w > 0:
            self.draw_line(painter, self.title, f, QRectF(margin, 0, title_w, h), Colors.muted)
        painter.setPen(Colors.line)
        painter.drawLine(int(margin), int(h - 1), int(self.width() - margin), int(h - 1))


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, context: WorkshopContext, console: QWidget | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.context = context
        self.console = console  # the facilitator's window: its screen, its shortcuts
        self.single_screen = False  # full screen over the console (no second screen)
        self.setWindowTitle(self.tr("Delight Workshop: projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the console decides
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), Colors.background)
        self.setPalette(palette)
        self.setMinimumSize(640, 400)

        self.header = HeaderBar(self)
        self.stack = QStackedWidget(self)
        self.idle = IdleView(context)
        self.views: dict[Phase, ProjectorView] = {}
        plan = PlanView(context)
        for phase, view in (
            (Phase.REVIEW, ReviewView(context)),
            (Phase.WARMUP, HeroView(context)),
            (Phase.IDEATE, IdeateView(context)),
            (Phase.GROUP, WallView(context)),
            (Phase.VOTE, VoteView(context)),
            (Phase.PLAN, plan),
            (Phase.WRAPUP, plan),
        ):
            self.views[phase] = view
        self.stack.addWidget(self.idle)
        # A recovery session's Plan phase writes its playbook: the room sees the entry.
        self.playbook = PlaybookView(context)
        for view in (*dict.fromkeys(self.views.values()), self.playbook):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(RoomJoinPanel(context, self))  # shown while the room is open

        self.phase: Phase | None = None
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self.pager = QTimer(self)
        self.pager.setInterval(PAGE_SECONDS * 1000)
        self.pager.timeout.connect(self.next_page)
        self.pager.start()
        ChangeFollower(context, self, self._on_change)
        context.bookChanged.connect(self.refresh)
        context.sessionChanged.connect(self._on_session)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        self.refresh()

    # -- following the console -------------------------------------------------------
    def _on_session(self, _session_id: int) -> None:
        self.refresh()

    def _on_change(self, change: Change) -> None:
        sid = self.context.session_id
        for row in change.of("sessions"):
            if row.row_id == sid:
                if row.after is None or row.before is None:
                    self._schedule()
                    return
                keys = ("phase", "title", "anonymous", "silent_mode", "template", "language")
                if any(row.before[k] != row.after[k] for k in keys):
                    self._schedule()
                    return
        view = self.current_view()
        if isinstance(view, ProjectorView) and view.wants(change):
            self._schedule()

    def _schedule(self) -> None:
        # Several changes in one turn of the event loop cost one refresh.
        if not self._refresh_timer.isActive():
            self._refresh_timer.start(0)

    def refresh(self) -> None:
        """Show the view of the session's phase, re-read from the book."""
        session = self.idle.session
        self.phase = session.phase if session else None
        view: ProjectorView = self.views[self.phase] if self.phase else self.idle
        playbook = self.phase in (Phase.PLAN, Phase.WRAPUP) and is_playbook_session(
            session.template
        )
        if playbook:
            view = self.playbook
        self.setLayoutDirection(layout_direction(session.language if session else None))
        if session is not None:
            title = (
                translate_in(session.language, ("Projector",), _t("Recovery playbook"))
                if playbook
                else phase_title(self.phase, session.language)
            )
            self.header.set_texts(session.title, title)
        else:
            self.header.set_texts("", "")
        self.stack.setCurrentWidget(view)
        view.refresh()

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    # -- pages -------------------------------------------------------------------
    def next_page(self) -> None:
        view = self.current_view()
        if isinstance(view, ProjectorView) and view.page_count() > 1:
            view.next_page()

    def previous_page(self) -> None:
        view = self.current_view()
        if isinstance(view, ProjectorView) and view.page_count() > 1:
            view.previous_page()
            self.pager.start()  # the facilitator turned back: give the room time to read

    # -- placement -----------------------------------------------------------------
    def show_on_best_screen(self) -> None:
        """Full screen on a screen other than the console's; with one screen, full screen
        in front of the console, with the keyboard, until Esc or F5 brings the console back."""
        console_screen = self.console.screen() if self.console is not None else None
        screens = QGuiApplication.screens()
        others = [s for s in screens if s is not console_screen] if console_screen else screens[1:]
        self.single_screen = not others
        screen = others[0] if others else console_screen or QGuiApplication.primaryScreen()
        self.header.set_hint(
            self.tr("Esc or F5: back to the console") if self.single_screen else ""
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not self.single_screen)
        if self.isVisible() and self.screen() is not screen:
            self.hide()  # a full-screen window moves to another screen only when shown again
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        if self.single_screen:
            self.raise_()
            self.activateWindow()
        elif self.console is not None and self.isActiveWindow():
            self.console.activateWindow()  # it moved to another screen: the keyboard goes back

    def _screens_changed(self, *_screen: object) -> None:
        """A projector plugged in or out while showing: move to where it belongs."""
        if self.isVisible():
            QTimer.singleShot(0, self._follow_screens)

    def _follow_screens(self) -> None:
        if not self.isVisible():
            return
        console_screen = self.console.screen() if self.console is not None else None
        others = [s for s in QGuiApplication.screens() if s is not console_screen]
        if not self.single_screen and not others:
            # The projector's screen went away: the console stays in front (F5 shows the
            # projector over it), rather than the room's view covering the facilitator's.
            self.close()
        else:
            self.show_on_best_screen()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def resizeEvent(self, event) -> None:
        self.header.fit()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right):
            self.next_page()
            self.pager.start()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.previous_page()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif not self._console_shortcut(event):
            super().keyPressEvent(event)

    def _console_shortcut(self, event: QKeyEvent) -> bool:
        """In front of the console (one screen), its shortcuts still work: Ctrl+T, Ctrl+=..."""
        if self.console is None or event.key() in _MODIFIER_KEYS:
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.console.findChildren(QAction):
            if action.isEnabled() and any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                                          for k in action.shortcuts()):  # fmt: skip
                action.trigger()
                return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # -- what the room sees (for tests and checks) -----------------------------------
    def rendered_texts(self) -> list[str]:
        """Paint the window as it is now and return every string it drew."""
        return [text for text, _points in self.rendered()]

    def rendered(self) -> list[tuple[str, float]]:
        """Paint the window as it is now: every string it drew, with its size in points."""
        self.grab()
        painted: list[PaintedView] = [self.header]
        view = self.current_view()
        if isinstance(view, PaintedView):
            painted.append(view)
        return [pair for p in painted for pair in zip(p.painted, p.painted_points, strict=True)]
