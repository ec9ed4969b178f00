"""View menu (colours, session list, full screen) and Help > Keyboard Shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ui.commands.declare import spec
from ui.state import settings as prefs
from ui.widgets.palette import DARK, LIGHT, build_palette, resolve_scheme

Key = QKeySequence.StandardKey


def _toggle_dark(window: Any) -> None:
    store = prefs.settings()
    dark = resolve_scheme(prefs.COLOR_SCHEME.read(store)) == DARK
    scheme = LIGHT if dark else DARK
    prefs.COLOR_SCHEME.write(store, scheme)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(build_palette(scheme))


def _refresh_dark(_window: Any, action: QAction) -> None:
    action.setChecked(resolve_scheme(prefs.COLOR_SCHEME.read(prefs.settings())) == DARK)


def _toggle_sessions(window: Any) -> None:
    window.sessions.setVisible(not window.sessions.isVisible())


def _refresh_sessions(window: Any, action: QAction) -> None:
    action.setChecked(not window.sessions.isHidden())


def _toggle_full_screen(window: Any) -> None:
    window.setWindowState(window.windowState() ^ Qt.WindowState.WindowFullScreen)


def _refresh_full_screen(window: Any, action: QAction) -> None:
    action.setChecked(window.isFullScreen())


def _toggle_sound(window: Any) -> None:
    from ui.widgets.timer_panel import TimerPanel

    store = prefs.settings()
    prefs.TIMER_SOUND.write(store, not prefs.TIMER_SOUND.read(store))
    for panel in window.findChildren(TimerPanel):
        panel.sync_sound()


def _refresh_sound(_window: Any, action: QAction) -> None:
    action.setChecked(prefs.TIMER_SOUND.read(prefs.settings()))


def _language(window: Any) -> None:
    from ui.dialogs.language import LanguageDialog

    LanguageDialog(window).exec()


def _shortcuts(window: Any) -> None:
    from ui.commands.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window).exec()


spec(
    "view.sessions",
    QT_TRANSLATE_NOOP("Actions", "&Session List"),
    "View",
    _toggle_sessions,
    ("Ctrl+Shift+L",),
    needs="nothing",
    checkable=True,
    refresh=_refresh_sessions,
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Show or hide the list of sessions (more room on a small screen)"
    ),
)
spec(
    "view.dark",
    QT_TRANSLATE_NOOP("Actions", "&Dark Colours"),
    "View",
    _toggle_dark,
    ("Ctrl+Shift+D",),
    needs="nothing",
    checkable=True,
    refresh=_refresh_dark,
    tip=QT_TRANSLATE_NOOP("Actions", "Switch between light and dark colours"),
)
spec(
    "view.full_screen",
    QT_TRANSLATE_NOOP("Actions", "&Full Screen"),
    "View",
    _toggle_full_screen,
    (Key.FullScreen,),
    needs="nothing",
    checkable=True,
    refresh=_refresh_full_screen,
    tip=QT_TRANSLATE_NOOP("Actions", "Use the whole screen for the console"),
)
spec(
    "view.timer_sound",
    QT_TRANSLATE_NOOP("Actions", "Sound When Time Is &Up"),
    "View",
    _toggle_sound,
    (),
    needs="nothing",
    checkable=True,
    refresh=_refresh_sound,
    tip=QT_TRANSLATE_NOOP("Actions", "Play a chime when the round timer reaches zero"),
)
spec(
    "view.language",
    QT_TRANSLATE_NOOP("Actions", "&Language…"),
    "View",
    _language,
    (),
    needs="nothing",
    tip=QT_TRANSLATE_NOOP("Actions", "The language of the app (applies at the next start)"),
)
spec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "Help", _shortcuts, (Key.HelpContents,),
     needs="nothing", tip=QT_TRANSLATE_NOOP("Actions", "Every command and its keys"))  # fmt: skip
