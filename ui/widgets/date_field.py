"""A date typed as it is shown (2026-12-18), with a calendar to pick it instead.

``QDateEdit`` jumps between its sections as digits fill them, so typing a date as
it is displayed, key by key, saved another day (see tech-notes). This field is a
plain line of text: whatever order the keys come in (backspaces, typing over a
selection, the cursor in the middle), the text is the date. It is read when the
form is saved; a day that does not exist is refused with a message under the
field and nothing is saved. Alt+Down or F4 (or the button) opens a calendar.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.basics import long_text_line, plain_label

SHOWN_FORMAT = "YYYY-MM-DD"
ERROR_STYLE = "QLabel { color: #b3261e; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


# Year first, so never ambiguous: 2026-12-18, 2026-12-8, 2026/12/18, 2026.12.18.
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


def parse_typed_date(text: str) -> date | None:
    """The day *text* names (2026-12-18, 2026-12-8, 20261218...); None for empty text.

    Raises ValueError for text that is not a real day.
    """
    text = text.strip()
    if not text:
        return None
    found = _YEAR_FIRST.fullmatch(text)
    if found:
        return date(*(int(part) for part in found.groups()))
    return date.fromisoformat(text)  # 3.11 also reads 20261218


class DateField(QWidget):
    """A date as text in ISO form, plus a calendar popup; optionally empty."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        # Any paste arrives whole (and is then refused whole if it is not a date).
        self.edit = long_text_line(QLineEdit(self))
        self.edit.setPlaceholderText(
            _tr("YYYY-MM-DD, or empty for none") if optional else SHOWN_FORMAT
        )
        self.edit.setToolTip(_tr("Type the date as 2026-12-18; Alt+Down opens a calendar"))
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName(_tr("Calendar"))
        self.button.setToolTip(_tr("Pick the date on a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.message = plain_label("", self, wrap=True)
        self.message.setObjectName("dateMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)

    # -- value -------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def set_date(self, value: date | str | None) -> None:
        if isinstance(value, str):
            value = parse_typed_date(value) if value else None
        self.edit.setText(value.isoformat() if value else "")
        self._clear_message()

    def date(self) -> date | None:
        """The day typed, or None when the field is empty or not a real day."""
        try:
            return parse_typed_date(self.edit.text())
        except ValueError:
            return None

    def iso(self) -> str | None:
        day = self.date()
        return day.isoformat() if day else None

    def problem(self) -> str:
        """What is wrong with the text, in one line ("" when it is a date, or allowed empty)."""
        text = self.edit.text().strip()
        if not text:
            return "" if self.optional else _tr("Type a date, such as 2026-12-18.")
        try:
            parse_typed_date(text)
        except ValueError:
            return _tr("“%1” is not a day on the calendar: type it as 2026-12-18.").replace(
                "%1", text
            )
        return ""

    def check(self) -> bool:
        """True if the text is a date (or allowed empty); else say why and take the focus."""
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        if problem:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.edit.selectAll()
        return not problem

    def _typed(self, _text: str) -> None:
        self._clear_message()
        self.edited.emit()

    def _clear_message(self) -> None:
        if self.message.isVisible() or self.message.text():
            self.message.clear()
            self.message.hide()

    # -- calendar ----------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setObjectName("dateCalendar")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        day = self.date() or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.calendar

    def _picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        self.edited.emit()
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)
