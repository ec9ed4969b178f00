"""Session > Open the Room: phones join the session being run over the local network."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from ui.commands.declare import spec


def _toggle(window: Any) -> None:
    # The room (and its server) is imported when it is first opened, not at start-up.
    from ui.room.opening import toggle_room

    toggle_room(window, window.context)


def _refresh(window: Any, action: QAction) -> None:
    controller = sys.modules.get("ui.room.controller")  # not imported: no room was opened
    open_ = controller is not None and controller.RoomController.of(window.context).is_open
    action.setText(
        QCoreApplication.translate("Actions", "Close the &Room")
        if open_
        else QCoreApplication.translate("Actions", "Open the &Room…")
    )


spec(
    "room.toggle",
    QT_TRANSLATE_NOOP("Actions", "Open the &Room…"),
    "Session",
    _toggle,
    ("Ctrl+Shift+J",),
    section=2,
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Let the room join this session from their phones (or close the room)"
    ),
    refresh=_refresh,
)
# Translations of the other text the action shows once the room is open.
QT_TRANSLATE_NOOP("Actions", "Close the &Room")
