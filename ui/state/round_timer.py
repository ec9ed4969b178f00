"""The round timer shared by the console (controls) and the projector (countdown)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal


class RoundTimer(QObject):
    """Counts down a round: set, start, pause, add a minute; ``finished`` at zero."""

    ticked = Signal(int)  # seconds left, at most once a second and on every change
    finished = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._duration_ms = 5 * 60_000
        self._left_at_start_ms = self._duration_ms
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._last_emitted = -1

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def seconds_left(self) -> int:
        left = self._left_at_start_ms
        if self.running:
            left -= self._clock.elapsed()
        return max(0, -(-left // 1000))  # round up: 0.2 s left still shows 0:01

    def set_minutes(self, minutes: float) -> None:
        self._duration_ms = int(max(0.0, minutes) * 60_000)
        self._left_at_start_ms = self._duration_ms
        if self.running:
            self._clock.restart()
        self._emit(force=True)

    def start(self) -> None:
        if self.running:
            return
        if self._left_at_start_ms <= 0:
            self._left_at_start_ms = self._duration_ms
        self._clock.start()
        self._tick.start()
        self.runningChanged.emit(True)
        self._emit(force=True)

    def pause(self) -> None:
        if not self.running:
            return
        self._left_at_start_ms -= self._clock.elapsed()
        self._tick.stop()
        self.runningChanged.emit(False)
        self._emit(force=True)

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def add_minute(self) -> None:
        if self.running:
            self._left_at_start_ms += 60_000
        else:
            self._left_at_start_ms = max(0, self._left_at_start_ms) + 60_000
        self._emit(force=True)

    def reset(self) -> None:
        was_running = self.running
        self._tick.stop()
        self._left_at_start_ms = self._duration_ms
        if was_running:
            self.runningChanged.emit(False)
        self._emit(force=True)

    def _on_tick(self) -> None:
        left = self.seconds_left()
        self._emit()
        if left <= 0:
            self._tick.stop()
            self._left_at_start_ms = 0
            self.runningChanged.emit(False)
            self.finished.emit()

    def _emit(self, force: bool = False) -> None:
        left = self.seconds_left()
        if force or left != self._last_emitted:
            self._last_emitted = left
            self.ticked.emit(left)


def format_seconds(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"
