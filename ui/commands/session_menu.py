"""Session menu: new session, settings, delete, move through the phases, the round timer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from ui.commands.declare import spec
from ui.models.labels import fill
from ui.widgets import icons
from ui.widgets.messages import confirm


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionActions", text)


def _new_session(window: Any) -> None:
    from ui.dialogs.new_session import run_new_session

    run_new_session(window)


def _settings(window: Any) -> None:
    from ui.dialogs.session_settings import run_session_settings

    run_session_settings(window)


def _delete_session(window: Any) -> None:
    book, sid = window.context.book, window.context.session_id
    if book is None or sid is None:
        return
    title = book.sessions.get(sid).title
    question = fill(
        _tr(
            "Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back."
        ),
        title,
    )
    if confirm(window, _tr("Delete session"), question, _tr("Delete session")):
        window.context.bridge.run(book.sessions.delete, sid)


def _timer_toggle(window: Any) -> None:
    if window.context.session_id is not None:  # a round needs a session to run in
        window.context.timer.toggle()


def _refresh_timer(window: Any, action: QAction) -> None:
    running = window.context.timer.running
    action.setText(_tr("&Pause Timer") if running else _tr("S&tart Timer"))


def _set_length(window: Any) -> None:
    from PySide6.QtWidgets import QInputDialog  # not needed to start the app

    from ui.state import settings as prefs

    minutes, ok = QInputDialog.getInt(
        window,
        _tr("Round length"),
        _tr("Minutes for this round:"),
        prefs.TIMER_MINUTES.read(prefs.settings()),
        1,
        120,
    )
    if ok:
        prefs.TIMER_MINUTES.write(prefs.settings(), minutes)
        window.context.timer.set_minutes(minutes)


spec(
    "session.new",
    QT_TRANSLATE_NOOP("Actions", "&New Session…"),
    "Session",
    _new_session,
    ("Ctrl+N",),
    needs="book",
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Start a session from a template; change its prompts, people and settings"
    ),
    toolbar=True,
    icon=icons.new_icon,
)
spec(
    "session.settings",
    QT_TRANSLATE_NOOP("Actions", "Session &Settings…"),
    "Session",
    _settings,
    ("Ctrl+,",),
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Title, date, participants, prompts, anonymity and voting limits"
    ),
)
spec(
    "session.delete",
    QT_TRANSLATE_NOOP("Actions", "&Delete Session…"),
    "Session",
    _delete_session,
    ("Ctrl+Shift+Del",),
    tip=QT_TRANSLATE_NOOP("Actions", "Delete this session and everything in it"),
)
spec(
    "session.previous_phase",
    QT_TRANSLATE_NOOP("Actions", "P&revious Phase"),
    "Session",
    lambda w: w.step_phase(-1),
    ("Ctrl+PgUp", "Alt+Left"),
    section=1,
    tip=QT_TRANSLATE_NOOP("Actions", "Go back to the previous phase"),
    toolbar=True,
    icon=icons.previous_icon,
)
spec(
    "session.next_phase",
    QT_TRANSLATE_NOOP("Actions", "Ne&xt Phase"),
    "Session",
    lambda w: w.step_phase(+1),
    ("Ctrl+PgDown", "Alt+Right"),
    section=1,
    tip=QT_TRANSLATE_NOOP("Actions", "Go to the next phase of the session"),
    toolbar=True,
    icon=icons.next_icon,
)
spec(
    "timer.toggle",
    QT_TRANSLATE_NOOP("Actions", "S&tart Timer"),
    "Session",
    _timer_toggle,
    ("Ctrl+T",),
    section=3,
    needs="session",
    tip=QT_TRANSLATE_NOOP("Actions", "Start or pause the round timer"),
    refresh=_refresh_timer,
    toolbar=True,
    icon=icons.timer_icon,
)
spec(
    "timer.add_minute",
    QT_TRANSLATE_NOOP("Actions", "&Add a Minute"),
    "Session",
    lambda w: w.context.timer.add_minute(),
    ("Ctrl+=", "Ctrl++"),
    section=3,
    needs="session",
    tip=QT_TRANSLATE_NOOP("Actions", "One more minute on the timer"),
)
spec(
    "timer.reset",
    QT_TRANSLATE_NOOP("Actions", "R&eset Timer"),
    "Session",
    lambda w: w.context.timer.reset(),
    ("Ctrl+R",),
    section=3,
    needs="session",
    tip=QT_TRANSLATE_NOOP("Actions", "Set the timer back to the round length"),
)
spec("timer.length", QT_TRANSLATE_NOOP("Actions", "Round &Length…"), "Session", _set_length, ("Ctrl+Shift+T",), section=3,
     needs="nothing", tip=QT_TRANSLATE_NOOP("Actions", "How many minutes a round lasts"))  # fmt: skip
