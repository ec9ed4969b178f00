"""The two questions of the Follow-up keys: P asks a new date, X asks a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import one_line
from ui.series import common
from ui.series.common import tr
from ui.widgets.basics import long_text_line, plain_label
from ui.widgets.date_field import DateField
from workshop.series import FollowUpItem


class DateDialog(QDialog):
    """P: the action is under way; it gets a new due date and, if wanted, a note."""

    def __init__(self, item: FollowUpItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("In progress: new date"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(one_line(item.action.what, 120), wrap=True, bold=True))
        form = QFormLayout()
        self.date_edit = DateField(self)
        start = common.today()
        try:
            base = date.fromisoformat(item.action.due or "")
        except ValueError:
            base = start
        self.date_edit.set_date(max(base, start) + timedelta(days=14))
        form.addRow(tr("New due date:"), self.date_edit)
        self.note_edit = long_text_line(QLineEdit())
        self.note_edit.setPlaceholderText(tr("What is left to do (optional)"))
        form.addRow(tr("Note:"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def accept(self) -> None:
        if self.date_edit.check():  # a day that does not exist is refused, with a message
            super().accept()

    def values(self) -> tuple[str, str]:
        return self.date_edit.iso() or "", self.note_edit.text()


class ReasonDialog(QDialog):
    """X: the action is dropped, honestly, with the reason why."""

    def __init__(self, item: FollowUpItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Drop action"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(one_line(item.action.what, 120), wrap=True, bold=True))
        self.reason_edit = long_text_line(QLineEdit())
        self.reason_edit.setPlaceholderText(tr("Why is it dropped? (needed)"))
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Drop"))
        self.ok.setEnabled(False)
        self.reason_edit.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.reason_edit.text()
