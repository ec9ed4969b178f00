"""The room's line on the Ideate and Vote pages: open/close, the address, who has joined."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from ui.models.labels import fill
from ui.room.controller import RoomController
from ui.room.opening import LOOPBACK, toggle_room
from ui.room.phones_dialog import PhonesDialog
from ui.state.context import WorkshopContext
from ui.widgets.basics import heading, muted_label, plain_label


def names_line(controller: RoomController, names: list[str]) -> str:
    """ "Ann, Bob and 3 more": who, short enough for one line."""
    shown = names[:6]
    more = len(names) - len(shown)
    text = ", ".join(shown)
    if more:
        text = fill(controller.tr("%1 and %2 more"), text, more)
    return text


class RoomBar(QFrame):
    """In a page's side column (*boxed*): a framed box; else one line across the page."""

    def __init__(
        self, context: WorkshopContext, *, votes: bool = False, boxed: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("roomBar")
        self.context = context
        self.votes = votes
        self.controller = RoomController.of(context)
        self.button = QPushButton(self)
        self.button.setObjectName("roomButton")
        self.button.clicked.connect(lambda: toggle_room(self.window(), context))
        self.phones_button = QPushButton(self.tr("Phones…"), self)
        self.phones_button.setObjectName("roomPhonesButton")
        self.phones_button.setToolTip(self.tr("See the phones in the room; remove one"))
        self.phones_button.clicked.connect(self._show_phones)
        self.address = plain_label("", self, bold=True, wrap=boxed)
        self.address.setObjectName("roomAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = muted_label("", self)
        self.status.setObjectName("roomStatus")
        if boxed:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(12, 10, 12, 12)
            layout.addWidget(heading(self.tr("Phones"), self, scale=1.0))
            layout.addWidget(self.address)
            layout.addWidget(self.status)
            buttons = QHBoxLayout()
            buttons.addWidget(self.button, 1)
            buttons.addWidget(self.phones_button)
            layout.addLayout(buttons)
        else:
            texts = QVBoxLayout()
            texts.setSpacing(0)
            texts.addWidget(self.address)
            texts.addWidget(self.status)
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.button)
            row.addLayout(texts, 1)
            row.addWidget(self.phones_button)
        self._follow(context)

    def _follow(self, context: WorkshopContext) -> None:
        self.controller.openChanged.connect(self.refresh)
        self.controller.phonesChanged.connect(self.refresh)
        context.sessionChanged.connect(self.refresh)
        context.bookChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        c = self.controller
        has_session = self.context.book is not None and self.context.session_id is not None
        self.button.setEnabled(has_session or c.is_open)
        self.button.setText(self.tr("Close the room") if c.is_open else self.tr("Open the room"))
        self.button.setToolTip(
            self.tr("Stop serving the phones; every phone is disconnected")
            if c.is_open
            else self.tr("Let the room join from their phones on the local network")
        )
        self.phones_button.setVisible(c.is_open)
        if not c.is_open:
            self.address.setText("")
            self.address.setVisible(False)
            self.status.setText(self.tr("Phones can write and vote once you open the room."))
            return
        self.address.setVisible(True)
        address = fill(self.tr("Join: %1  code: %2"), c.address, c.code)
        if LOOPBACK in c.address:
            address = fill(self.tr("%1 (this computer only: no network found)"), address)
        self.address.setText(address)
        self.status.setText(self.status_text())

    def status_text(self) -> str:
        c = self.controller
        phones = c.phones
        names = [ph.label for ph in phones] if c.shows_names else []
        line = fill(self.tr("Phones in the room: %1"), len(phones))
        if names:
            line = fill(self.tr("%1 (%2)"), line, names_line(c, names))
        if self.votes:
            done = [ph for ph in phones if ph.done]
            voted = fill(self.tr("Phones that have voted: %1"), len(done))
            if c.shows_names and done:
                voted = fill(self.tr("%1 (%2)"), voted, names_line(c, [ph.label for ph in done]))
            line = fill(self.tr("%1 · %2"), line, voted)
        return line

    def _show_phones(self) -> None:
        PhonesDialog(self.controller, self.window()).exec()


def room_bar(context: WorkshopContext, *, votes: bool = False, boxed: bool = False) -> RoomBar:
    return RoomBar(context, votes=votes, boxed=boxed)
