"""The stepper across the top: the seven phases of a session, the current one lit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QSizePolicy, QWidget

from ui.models.labels import fill, phase_label, session_phase_label
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from workshop.journal import Change
from workshop.model import PHASES, Phase


class StepButton(QAbstractButton):
    """One phase: a numbered dot and its name; lit when current, ticked when passed."""

    def __init__(self, number: int, phase: Phase, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = number
        self.phase = phase
        self.passed = False
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setText(phase_label(phase))
        self.setAccessibleName(fill(self.tr("Phase %1: %2"), number, self.text()))

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = metrics.height() + 18
        return QSize(metrics.horizontalAdvance(self.text()) + height + 24, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().height() * 2, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        current = self.isChecked()
        accent = pal.color(QPalette.ColorRole.Highlight)
        if current:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
        else:
            border = pal.color(QPalette.ColorRole.Mid)
            painter.setPen(QPen(border, 1))
            fill_color = pal.color(QPalette.ColorRole.Base)
            if self.underMouse():
                fill_color = pal.color(QPalette.ColorRole.AlternateBase)
            painter.setBrush(fill_color)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)

        dot = rect.height() - 10
        dot_rect = QRectF(rect.left() + 5, rect.top() + 5, dot, dot)
        if current:
            painter.setBrush(pal.color(QPalette.ColorRole.HighlightedText))
            number_color = accent
        elif self.passed:
            painter.setBrush(QColor(accent).lighter(100))
            number_color = pal.color(QPalette.ColorRole.HighlightedText)
        else:
            painter.setBrush(pal.color(QPalette.ColorRole.Button))
            number_color = pal.color(QPalette.ColorRole.ButtonText)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(dot_rect)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(number_color)
        mark = "✓" if self.passed and not current else str(self.number)
        painter.drawText(dot_rect, Qt.AlignmentFlag.AlignCenter, mark)

        text_color = pal.color(
            QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.Text
        )
        font.setBold(current)
        painter.setFont(font)
        painter.setPen(text_color)
        text_rect = rect.adjusted(dot + 12, 0, -8, 0)
        text = painter.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )


class Stepper(QWidget):
    phaseRequested = Signal(object)  # Phase

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseStepper")
        self.context = context
        self.buttons: dict[Phase, StepButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for number, phase in enumerate(PHASES, start=1):
            button = StepButton(number, phase, self)
            button.setToolTip(
                fill(self.tr("Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)"), button.text())
            )
            button.clicked.connect(lambda _checked=False, p=phase: self._request(p))
            layout.addWidget(button)
            self.buttons[phase] = button
        context.bookChanged.connect(self.refresh)
        context.sessionChanged.connect(self.refresh)
        ChangeFollower(context, self, self._on_change)
        self.refresh()

    def _request(self, phase: Phase) -> None:
        self.refresh()  # keep showing the real phase until the book says otherwise
        self.phaseRequested.emit(phase)

    def _on_change(self, change: Change) -> None:
        if change.touches("sessions"):
            self.refresh()

    def current(self) -> Phase | None:
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None:
            return None
        try:
            return book.sessions.get(sid).phase
        except Exception:  # deleted a moment ago
            return None

    def refresh(self, *_args: object) -> None:
        phase = self.current()
        self.setEnabled(phase is not None)
        order = list(PHASES)
        book, sid = self.context.book, self.context.session_id
        template = book.sessions.get(sid).template if phase is not None and book and sid else ""
        for p, button in self.buttons.items():
            name = session_phase_label(p, template)  # "Playbook" in a recovery session
            if button.text() != name:
                button.setText(name)
                button.setAccessibleName(fill(self.tr("Phase %1: %2"), button.number, name))
                button.setToolTip(
                    fill(self.tr("Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)"), name)
                )
                button.updateGeometry()
            button.setChecked(p == phase)
            button.passed = phase is not None and order.index(p) < order.index(phase)
            button.update()
