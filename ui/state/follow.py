"""Follow the open book's changes from any widget, across book switches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop.journal import Change


class ChangeFollower(QObject):
    """Calls *slot* with every committed change of whichever book is open.

    It is a child of *owner*, so it stops when the owner is destroyed.
    """

    def __init__(
        self, context: WorkshopContext, owner: QObject, slot: Callable[[Change], None]
    ) -> None:
        super().__init__(owner)
        self._context = context
        self._slot = slot
        self._bridge: BookBridge | None = None
        context.bookChanged.connect(self._attach)
        self._attach()

    def _attach(self) -> None:
        if self._bridge is not None:
            try:
                self._bridge.changed.disconnect(self._relay)
            except (RuntimeError, TypeError):
                pass
        self._bridge = self._context.bridge
        if self._bridge is not None:
            self._bridge.changed.connect(self._relay)

    def _relay(self, change: Change) -> None:
        self._slot(change)
