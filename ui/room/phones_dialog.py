"""The phones in the room: who (unless anonymous), connected or not; remove one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import fill
from ui.room.controller import RoomController
from ui.widgets.basics import muted_label

PHONE_ID_ROLE = Qt.ItemDataRole.UserRole


class PhonesDialog(QDialog):
    def __init__(self, controller: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomPhonesDialog")
        self.setWindowTitle(self.tr("Phones in the room"))
        self.controller = controller
        self.list = QListWidget(self)
        self.list.setObjectName("roomPhoneList")
        self.remove = QPushButton(self.tr("Remove phone"), self)
        self.remove.setObjectName("roomRemovePhone")
        self.remove.setToolTip(self.tr("The phone leaves the room; its cards and dots stay"))
        self.remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(self.tr("A removed phone can join again with the code."), self)
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        controller.phonesChanged.connect(self.refresh)
        self.list.currentRowChanged.connect(lambda _row: self._sync_remove())
        self.resize(420, 360)
        self.refresh()

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(PHONE_ID_ROLE) if current else None
        self.list.clear()
        names = self.controller.shows_names
        for number, phone in enumerate(self.controller.phones, start=1):
            who = phone.label if names else fill(self.tr("Phone %1"), number)
            state = self.tr("connected") if phone.connected else self.tr("not connected")
            text = fill(self.tr("%1 (%2)"), who, state)
            if phone.done:
                text = fill(self.tr("%1, has voted"), text)
            item = QListWidgetItem(text)  # a list item shows its text as plain text
            item.setData(PHONE_ID_ROLE, phone.id)
            self.list.addItem(item)
            if phone.id == keep:
                self.list.setCurrentItem(item)
        self._sync_remove()

    def _sync_remove(self) -> None:
        self.remove.setEnabled(self.list.currentItem() is not None)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.controller.remove_phone(item.data(PHONE_ID_ROLE))
