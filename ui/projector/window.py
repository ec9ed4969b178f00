"""The projector window: a second top-level window showing only what the room should see.

It follows the context (book, session) and the book's changes, and shows the
view of the session's phase. It never takes the keyboard from the console
(it is shown without activating); pages turn by themselves every few seconds,
or with the View menu's page actions, or PgUp/PgDn if the window has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontMetricsF, QGuiApplication, QKeyEvent, QPainter
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.projector.paint import Colors, PaintedView, font
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
from ui.room.projector_panel import RoomJoinPanel
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from workshop.journal import Change
from workshop.model import Phase

PAGE_SECONDS = 12


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Projector", text)


def phase_title(phase: Phase) -> str:
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
    """The session's title and the phase, in one quiet line at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.phase = ""

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
        self.draw_line(painter, self.title, f, QRectF(margin, 0, title_w, h), Colors.muted)
        painter.setPen(Colors.line)
        painter.drawLine(int(margin), int(h - 1), int(self.width() - margin), int(h - 1))


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, context: WorkshopContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.context = context
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
        for view in dict.fromkeys(self.views.values()):
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
                keys = ("phase", "title", "anonymous", "silent_mode")
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
        if session is not None:
            self.header.set_texts(session.title, phase_title(self.phase))
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
        """Full screen on a second screen when there is one, else a window to move."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            screen = screens[1]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible() or self.isFullScreen():
                self.showNormal()
                self.resize(1280, 720)
            self.showNormal()

    def _screens_changed(self, *_screen: object) -> None:
        """A projector plugged in or out while showing: move to where it belongs."""
        if self.isVisible():
            QTimer.singleShot(0, self.show_on_best_screen)

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
        else:
            super().keyPressEvent(event)

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
