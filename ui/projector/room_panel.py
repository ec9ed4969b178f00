"""The projector's strip while the room is open: a large QR code, the address, the code.

In the Vote phase it also says how many phones have voted (and who, when the
session shows names). Hidden while the room is closed.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.models.labels import fill
from ui.projector.paint import Colors, font
from ui.room.bar import names_line
from ui.room.controller import RoomController
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from workshop.model import Phase

QR_SHARE = 0.21  # of the projector's height


def qr_image(text: str) -> QImage:
    """A QR code of *text*, dark on white with its quiet zone (phones read it best so)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=1, border=4)
    return QImage.fromData(buffer.getvalue())


def _label(parent: QWidget, color: QColor) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    return label


class RoomJoinPanel(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomJoinPanel")
        self.context = context
        self.controller = RoomController.of(context)
        self._qr_text = ""
        self._qr = QImage()
        self._fitted_height = -1
        self.code_box = QLabel(self)
        self.code_box.setObjectName("roomQr")
        self.title = _label(self, Colors.text)
        self.address = _label(self, Colors.muted)
        self.address.setObjectName("roomProjectorAddress")
        self.code = _label(self, Colors.accent)
        self.code.setObjectName("roomProjectorCode")
        self.voted = _label(self, Colors.muted)
        self.voted.setObjectName("roomProjectorVoted")
        self.voted.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addStretch(1)
        for label in (self.title, self.address, self.code, self.voted):
            texts.addWidget(label)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 8, 48, 10)
        layout.setSpacing(36)
        layout.addWidget(self.code_box)
        layout.addLayout(texts, 1)
        self.controller.openChanged.connect(self.refresh)
        self.controller.phonesChanged.connect(self.refresh)
        context.sessionChanged.connect(self.refresh)
        # The Vote phase counts who has voted; other phases count who joined.
        ChangeFollower(context, self, lambda change: change.touches("sessions") and self.refresh())
        self.refresh()

    def refresh(self, *_args: object) -> None:
        c = self.controller
        self.setVisible(c.is_open)
        if not c.is_open:
            return
        if c.join_url != self._qr_text:
            self._qr_text = c.join_url
            self._qr = qr_image(c.join_url)
            self._fitted_height = -1
        self.title.setText(self.tr("Join on your phone: scan the code, or open"))
        self.address.setText(c.address.removeprefix("http://").rstrip("/"))
        spaced = f"{c.code[:3]} {c.code[3:]}"
        self.code.setText(fill(self.tr("Code: %1"), spaced))
        self.voted.setText(self._voted_text())
        window = self.window()
        if window is not None and window.height() != self._fitted_height:
            self._fit()

    def _voted_text(self) -> str:
        c = self.controller
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None or book.sessions.get(sid).phase != Phase.VOTE:
            phones = c.phones
            return fill(self.tr("Phones in the room: %1"), len(phones))
        done = [ph for ph in c.phones if ph.done]
        line = fill(self.tr("Phones that have voted: %1"), len(done))
        if done and c.shows_names:
            line = fill(self.tr("%1 (%2)"), line, names_line(c, [ph.label for ph in done]))
        return line

    def _fit(self) -> None:
        """Sizes follow the projector's height: the strip takes about a quarter of it.

        The QR code is a fifth of the height: projected, that is still tens of
        centimetres wide, which a phone reads from the back of the room, and a 1024x768
        projector keeps three quarters of its height for the cards.
        """
        window = self.window()
        height = window.height() if window is not None else 1080
        self._fitted_height = height
        scale = max(0.5, height / 1080)
        side = int(height * QR_SHARE)
        modules = max(1, self._qr.width())
        side = max(modules, side // modules * modules)  # whole pixels per module: crisp
        self.code_box.setPixmap(
            QPixmap.fromImage(self._qr).scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.code_box.setFixedSize(side, side)
        self.title.setFont(font(26, scale))
        self.address.setFont(font(38, scale, bold=True))
        self.code.setFont(font(46, scale, bold=True))
        self.voted.setFont(font(24, scale))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not None:
            window.installEventFilter(self)  # installing twice keeps one filter
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.controller.is_open:
            self._fit()
        return False
