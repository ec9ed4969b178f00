"""The end of a round: "Time!" large and whole on every projector, a chime, a fresh start."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from tests.test_projector import make_room
from tests.ui_fixtures import go_to, make_window, open_book_with_session
from ui.projector.paint import scale_for
from ui.state import settings as prefs
from ui.widgets.chime import Chime, sound_file
from ui.widgets.timer_panel import TimerPanel, TimerStatus
from workshop.book import Book
from workshop.model import Kind, Phase

SIZES = [(640, 400), (1024, 768), (1280, 720), (1366, 768), (1920, 1080), (2560, 1080),
         (2560, 1440), (3840, 2160)]  # fmt: skip


def time_up_room(qtbot, book: Book, size: tuple[int, int]):
    sid = book.sessions.create("Ideate", phase=Phase.IDEATE, rounds=[
        ("delight", "How could we make every customer feel expected, welcome and remembered?")])  # fmt: skip
    projector = make_room(qtbot, book, sid, size)
    projector.context.timer.set_minutes(0)  # the round is over
    return projector


@pytest.mark.parametrize("size", SIZES)
def test_time_is_large_and_whole_at_every_projector_size(qtbot, book: Book, size) -> None:
    projector = time_up_room(qtbot, book, size)
    view = projector.current_view()
    drawn = dict(projector.rendered())
    assert "Time!" in drawn, drawn  # never "Tim…"
    scale = scale_for(projector.height())
    # As large as the countdown itself: 130 pt at 1080 p, scaled with the screen.
    assert drawn["Time!"] >= 0.95 * view.CLOCK_POINTS * scale
    f = view.clock_font("Time!", view._countdown.width(), scale)
    assert QFontMetricsF(f).horizontalAdvance("Time!") <= view._countdown.width()
    assert view.rect().toRectF().contains(view._countdown)
    # The prompt keeps its own room to the left of it.
    assert view._countdown.left() > 48 * scale + view._split(view.width() - 96 * scale, scale)[0]


@pytest.mark.parametrize("size", [(640, 400), (1920, 1080)])
def test_a_long_translation_of_time_shrinks_rather_than_being_cut(qtbot, book: Book, size) -> None:
    projector = time_up_room(qtbot, book, size)
    view = projector.current_view()
    view._time_up_text = lambda: "Die Zeit ist abgelaufen!"  # as a translation would say it
    view.update()
    drawn = dict(projector.rendered())
    assert "Die Zeit ist abgelaufen!" in drawn
    f = view.clock_font("Die Zeit ist abgelaufen!", view._countdown.width(), view.scale)
    assert QFontMetricsF(f).horizontalAdvance("Die Zeit ist abgelaufen!") <= view._countdown.width()


def test_the_chime_is_a_short_audible_sound_shipped_with_the_app() -> None:
    path = sound_file()
    assert path.parent.name == "sounds" and path.suffix == ".wav"
    with wave.open(str(path)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
        width = wav.getsampwidth()
    assert 0.5 <= seconds <= 2.0
    peak = max(abs(int.from_bytes(frames[i : i + width], "little", signed=True))
               for i in range(0, len(frames), width))  # fmt: skip
    assert peak > 0.5 * 32767  # loud enough to be heard, not a click


def test_the_chime_uses_qtmultimedia_when_installed_else_a_player_or_the_bell(
    ui_settings: Path,
) -> None:
    chime = Chime()
    assert chime.fallback in ("winsound", "afplay", "paplay", "pw-play", "aplay", "bell")
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        assert chime.way == chime.fallback
    else:
        assert chime.way == "QSoundEffect"
    assert chime.ring()
    # QSoundEffect, or (no multimedia, or no audio device) the platform's player or bell
    assert chime.last_way in ("QSoundEffect", chime.fallback, "bell")


def test_time_up_rings_once_unless_turned_off_in_the_timer_panel_or_view_menu(
    qtbot, ui_settings: Path, message_boxes: list, book_file: Path
) -> None:
    window = make_window(qtbot)
    open_book_with_session(window, book_file)
    page = go_to(window, Phase.IDEATE)
    status = window.findChild(TimerStatus)
    timer = window.context.timer
    timer.set_minutes(0.01)  # under a second
    timer.start()
    qtbot.waitUntil(lambda: status.text() == "Time is up", timeout=3000)
    assert status.chime.plays == 1
    # Off in the timer panel (a click, as the facilitator does it): no sound, the menu agrees
    panel = page.findChild(TimerPanel)
    assert panel.sound.isChecked()
    qtbot.mouseClick(panel.sound, Qt.MouseButton.LeftButton)
    assert not prefs.TIMER_SOUND.read(prefs.settings())
    assert not window.action("view.timer_sound").isChecked()
    timer.start()
    qtbot.waitUntil(lambda: status.text() == "Time is up", timeout=3000)
    assert status.chime.plays == 1
    # On again from the View menu: the panel's box follows
    window.action("view.timer_sound").trigger()
    assert prefs.TIMER_SOUND.read(prefs.settings()) and panel.sound.isChecked()
    window.close()


def test_time_is_up_goes_when_the_next_round_or_phase_starts(
    qtbot, ui_settings: Path, message_boxes: list, book_file: Path
) -> None:
    window = make_window(qtbot)
    open_book_with_session(window, book_file)
    go_to(window, Phase.IDEATE)
    status = window.findChild(TimerStatus)
    timer = window.context.timer
    timer.set_minutes(5)
    for next_step in (
        lambda: qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),
        lambda: qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
    ):
        timer.set_minutes(0.01)
        timer.start()
        qtbot.waitUntil(lambda: status.text() == "Time is up", timeout=3000)
        window.show_message("Silent mode on: new cards stay off the projector")
        next_step()
        assert status.text() != "Time is up"
        assert timer.seconds_left() == 1  # back to the round's full length (0.6 s here)
        assert window.statusBar().currentMessage() == ""
    assert window.context.capture_kind == Kind.OBSTACLE  # Ctrl+2 started the obstacle round
    assert window.current_phase() == Phase.GROUP
    window.close()


def test_a_player_that_cannot_start_falls_back_to_the_bell(ui_settings: Path) -> None:
    chime = Chime()
    chime._effect = None  # no QtMultimedia: the command-line player is tried
    chime.fallback = "no-such-player-on-this-machine"
    assert chime.ring()
    assert chime.last_way == "bell"
