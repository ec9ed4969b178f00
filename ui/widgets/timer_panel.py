"""Controls of the round timer (set, start, pause, +1 minute, reset) and its gentle end signal.

The timer itself is ``context.timer`` (shared with the projector). When a round
ends, the app plays a short chime once (if the sound setting is on, see
:mod:`ui.widgets.chime`) and the time flashes for a few seconds: a signal the
room notices without an alarm. The status bar says "Time is up" until the timer
is reset or started again, which the console does when the next round or phase starts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.models.labels import fill
from ui.state import settings as prefs
from ui.state.round_timer import RoundTimer, format_seconds
from ui.widgets.basics import heading, scale_font
from ui.widgets.chime import Chime
from ui.widgets.palette import flash_color, is_dark

FLASHES = 6  # on/off steps of the end signal
FLASH_MS = 450


class Flasher(QWidget):
    """Makes a label blink a few times; ``flashing`` says whether it is blinking."""

    def __init__(self, target: QLabel) -> None:
        super().__init__(target)
        self.hide()
        self.target = target
        self.flashing = False
        self._steps = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._steps = FLASHES
        self.flashing = True
        self._timer.start()
        self._step()

    def _step(self) -> None:
        on = self._steps % 2 == 0 and self._steps > 0
        self.target.setAutoFillBackground(on)
        palette = self.target.palette()
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        palette.setColor(
            QPalette.ColorRole.Window,
            flash_color(is_dark(QApplication.palette())) if on else window,
        )
        self.target.setPalette(palette)
        self._steps -= 1
        if self._steps < 0:
            self._timer.stop()
            self.flashing = False
            self.target.setAutoFillBackground(False)


class TimerStatus(QLabel):
    """The timer in the status bar, on every page; it gives the end signal once."""

    def __init__(self, timer: RoundTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(2)
        self.timer = timer
        self.flasher = Flasher(self)
        self.chime = Chime(self)
        timer.ticked.connect(self._show)
        timer.runningChanged.connect(lambda _running: self._show(timer.seconds_left()))
        timer.finished.connect(self._finished)
        self._show(timer.seconds_left())

    def _show(self, seconds: int) -> None:
        if self.timer.running:
            self.setText(fill(self.tr("Timer running: %1"), format_seconds(seconds)))
        elif seconds == 0:
            self.setText(self.tr("Time is up"))
        else:
            self.setText(fill(self.tr("Timer: %1"), format_seconds(seconds)))

    def _finished(self) -> None:
        self.chime.ring()
        self.flasher.start()


class TimerPanel(QFrame):
    """The facilitator's timer controls; buttons never take the keyboard focus."""

    finishedShown = Signal()

    def __init__(self, timer: RoundTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.timer = timer
        self.time = QLabel(self)
        self.time.setObjectName("timerTime")
        self.time.setTextFormat(Qt.TextFormat.PlainText)
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.time, 2.6, bold=True)
        self.time.setMargin(4)
        self.flasher = Flasher(self.time)

        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("timerMinutes")
        self.minutes.setRange(1, 120)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(prefs.TIMER_MINUTES.read(prefs.settings()))
        self.minutes.setAccessibleName(self.tr("Round length in minutes"))
        self.minutes.valueChanged.connect(self._set_minutes)

        self.start_button = self._button(self.tr("Start"), "timerStart", timer.toggle)
        self.add_button = self._button(self.tr("+1 min"), "timerAdd", timer.add_minute)
        self.reset_button = self._button(self.tr("Reset"), "timerReset", timer.reset)
        self.start_button.setToolTip(self.tr("Start or pause the timer (Ctrl+T)"))
        self.add_button.setToolTip(self.tr("Add a minute (Ctrl+=)"))
        self.reset_button.setToolTip(self.tr("Back to the round length (Ctrl+R)"))

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 12)
        grid.setVerticalSpacing(8)
        grid.addWidget(heading(self.tr("Round timer"), self, scale=1.0), 0, 0, 1, 3)
        grid.addWidget(self.time, 1, 0, 1, 3)
        self.sound = QCheckBox(self.tr("Sound"), self)
        self.sound.setObjectName("timerSound")
        self.sound.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sound.setToolTip(
            self.tr("Play a chime when time is up (View > Sound When Time Is Up)")
        )
        self.sync_sound()
        self.sound.toggled.connect(self._store_sound)
        row = QHBoxLayout()
        length = QLabel(self.tr("Length"), self)
        length.setBuddy(self.minutes)
        row.addWidget(length)
        row.addWidget(self.minutes, 1)
        row.addWidget(self.sound)
        grid.addLayout(row, 2, 0, 1, 3)
        grid.addWidget(self.start_button, 3, 0)
        grid.addWidget(self.add_button, 3, 1)
        grid.addWidget(self.reset_button, 3, 2)

        timer.ticked.connect(self._show)
        timer.runningChanged.connect(self._running)
        timer.finished.connect(self._finished)
        if not timer.running and timer.seconds_left() == 5 * 60:
            timer.set_minutes(self.minutes.value())
        self._show(timer.seconds_left())
        self._running(timer.running)

    def sync_sound(self) -> None:
        """Show the sound setting as stored (the View menu changes it too)."""
        self.sound.setChecked(prefs.TIMER_SOUND.read(prefs.settings()))

    def _store_sound(self, on: bool) -> None:
        prefs.TIMER_SOUND.write(prefs.settings(), on)
        refresh = getattr(self.window(), "refresh_actions", None)  # the View menu's check
        if callable(refresh):
            refresh()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _set_minutes(self, minutes: int) -> None:
        prefs.TIMER_MINUTES.write(prefs.settings(), minutes)
        self.timer.set_minutes(minutes)

    def _show(self, seconds: int) -> None:
        self.time.setText(format_seconds(seconds))

    def _running(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))

    def _finished(self) -> None:
        self.flasher.start()
        self.finishedShown.emit()
