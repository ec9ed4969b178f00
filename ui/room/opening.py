"""Open the room from a button or the Session menu: choose the network, report a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.models.labels import fill
from ui.room.addresses import room_addresses
from ui.room.controller import RoomController
from ui.state.context import WorkshopContext
from ui.widgets.messages import show_error

LOOPBACK = "127.0.0.1"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


def choose_address(parent: QWidget | None) -> str | None:
    """The address to listen on: the only network's, the one chosen, or this computer only."""
    found = room_addresses()
    if not found:
        return LOOPBACK  # no network: the room works on this computer only (and says so)
    if len(found) == 1:
        return found[0][1]
    items = [fill(_tr("%1 (%2)"), address, name) for name, address in found]
    chosen, ok = QInputDialog.getItem(
        parent,
        _tr("Open the room"),
        _tr("The phones join over this network:"),
        items,
        0,
        False,
    )
    if not ok:
        return None
    return found[items.index(chosen)][1]


def toggle_room(parent: QWidget | None, context: WorkshopContext) -> None:
    """Open the room for the session being run, or close it if it is open."""
    _toggle(parent, context)
    refresh = getattr(parent, "refresh_actions", None)  # the menu says "Close the Room"
    if callable(refresh):
        refresh()


def _toggle(parent: QWidget | None, context: WorkshopContext) -> None:
    controller = RoomController.of(context)
    if controller.is_open:
        controller.close()
        return
    if context.book is None or context.session_id is None:
        return
    host = choose_address(parent)
    if host is None:
        return
    try:
        controller.open(host)
    except OSError as exc:
        show_error(
            parent,
            _tr("Open the room"),
            fill(_tr("The room cannot listen on %1: %2"), host, exc.strerror or str(exc)),
        )
