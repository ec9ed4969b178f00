"""The end-of-round chime: a short sound shipped with the app, louder than the system bell.

Played with QtMultimedia's ``QSoundEffect`` when PySide6's multimedia module is
installed (``PySide6-Addons``); otherwise with the platform's own player
(``winsound`` on Windows, ``afplay`` on macOS, ``paplay``/``pw-play``/``aplay``
on Linux); the system bell only if none of these exists. The View menu and the
timer panel turn it off (``TIMER_SOUND``).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ui.state import settings as prefs
from workshop.resources import resource

PLAYERS = ("paplay", "pw-play", "aplay")  # Linux sound servers' players, best first


def sound_file() -> Path:
    return resource("sounds", "time-up.wav")


def _sound_effect_class() -> type | None:
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:  # PySide6-Essentials only
        return None
    return QSoundEffect


def _start_player(player: str, sound: Path) -> bool:
    """Play *sound* with a command-line player; False if it could not be started."""
    from PySide6.QtCore import QProcess  # not needed to start the app

    started, _pid = QProcess.startDetached(player, [str(sound)])
    return bool(started)


class Chime(QObject):
    """Plays the chime the best way this machine allows; ``plays`` counts the times."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plays = 0
        self.fallback = self._platform_way()
        self.way = self.fallback
        self.last_way = ""
        self._effect = None
        effect_class = _sound_effect_class()
        if effect_class is not None:
            from PySide6.QtCore import QUrl

            self.way = "QSoundEffect"
            self._effect = effect_class(self)
            self._effect.setSource(QUrl.fromLocalFile(str(sound_file())))
            self._effect.setVolume(0.9)

    @staticmethod
    def _platform_way() -> str:
        if sys.platform == "win32":
            return "winsound"
        if sys.platform == "darwin" and shutil.which("afplay"):
            return "afplay"
        for player in PLAYERS:
            if shutil.which(player):
                return player
        return "bell"

    def enabled(self) -> bool:
        return prefs.TIMER_SOUND.read(prefs.settings())

    def ring(self) -> bool:
        """Play the chime if the setting allows; True if it was played."""
        if not self.enabled():
            return False
        self.plays += 1
        if self._effect is not None and self._effect.status() != self._effect.Status.Error:
            self._effect.play()  # (no audio device: Error, and the fallback plays instead)
            self.last_way = "QSoundEffect"
            return True
        self.last_way = self.fallback
        if self.fallback == "winsound":
            import winsound

            winsound.PlaySound(
                str(sound_file()),
                winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT,
            )
        elif self.fallback == "bell" or not _start_player(self.fallback, sound_file()):
            self.last_way = "bell"
            QApplication.beep()
        return True
