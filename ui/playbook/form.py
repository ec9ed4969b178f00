"""The form of one playbook entry: the mishap, how we apologise, the fix (what, by whom,
within how many hours), the unexpected extra, and who may authorise it up to what amount."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.playbook.models import authorise_label, fix_within_label
from ui.widgets.basics import long_text_line
from workshop.playbook import DEFAULT_FIX_HOURS, PlaybookEntry
from workshop.stores.playbook import MAX_FIX_HOURS


def _line(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = long_text_line(QLineEdit(parent))
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _people(parent: QWidget, name: str, placeholder: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    long_text_line(combo.lineEdit())
    combo.lineEdit().setPlaceholderText(placeholder)
    return combo


class EntryForm(QGroupBox):
    saveRequested = Signal()
    edited = Signal()  # any field changed: the projector shows the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing_id: int | None = None
        self.contribution_id: int | None = None
        self.source_ids: list[int] = []
        self.mishap = _line(self, "pbMishap", self.tr("What goes wrong, as the customer sees it"))
        self.apology = _line(self, "pbApology", self.tr("The words we say first"))
        self.fix = _line(self, "pbFix", self.tr("What we do to put it right"))
        self.fix_by = _people(self, "pbFixBy", self.tr("Who does it"))
        self.fix_hours = QSpinBox(self)
        self.fix_hours.setObjectName("pbFixHours")
        self.fix_hours.setRange(0, MAX_FIX_HOURS)
        self.fix_hours.setSpecialValueText(self.tr("no time set"))
        self.fix_hours.setSuffix(self.tr(" hours"))
        self.fix_hours.setAccelerated(True)
        self.extra = _line(
            self, "pbExtra", self.tr("The small surprise the customer did not expect")
        )
        self.authoriser = _people(self, "pbAuthoriser", self.tr("Who may give the extra"))
        self.spend_limit = _line(self, "pbLimit", self.tr("Up to what amount, e.g. €20"))
        self.text_fields = (self.mishap, self.apology, self.fix, self.extra)
        self.last_field: QLineEdit = self.fix
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("pbSave")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+S, or Enter in a field"))
        self.save_button.clicked.connect(self.saveRequested)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("pbClear")
        self.clear_button.clicked.connect(self.clear)
        for edit in (*self.text_fields, self.spend_limit, self.fix_by.lineEdit(),
                     self.authoriser.lineEdit()):  # fmt: skip
            edit.returnPressed.connect(self.saveRequested)
            edit.textChanged.connect(self.edited)
        self.fix_hours.valueChanged.connect(self.edited)

        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_by, 3)
        fix_row.addWidget(self.fix_hours, 2)
        who_row = QHBoxLayout()
        who_row.addWidget(self.authoriser, 3)
        who_row.addWidget(self.spend_limit, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Mishap"), self.mishap)
        form.addRow(self.tr("&Apologise"), self.apology)
        form.addRow(self.tr("&Fix it"), self.fix)
        by_label = self.tr("B&y, within")
        form.addRow(by_label, fix_row)
        form.labelForField(fix_row).setBuddy(self.fix_by)
        form.addRow(self.tr("E&xtra"), self.extra)
        form.addRow(self.tr("Au&thorised by, up to"), who_row)
        form.labelForField(who_row).setBuddy(self.authoriser)
        form.addRow(buttons)
        self.clear()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in self.text_fields:
            self.last_field = new  # type: ignore[assignment]

    def set_people(self, names: list[str]) -> None:
        for combo in (self.fix_by, self.authoriser):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(names)
            combo.setCurrentText(text)
            combo.blockSignals(False)

    # -- filling -----------------------------------------------------------------------
    def clear(self) -> None:
        self.editing_id = None
        self.contribution_id = None
        self.source_ids = []
        self.blockSignals(True)
        for edit in (*self.text_fields, self.spend_limit):
            edit.clear()
        self.fix_by.setCurrentText("")
        self.authoriser.setCurrentText("")
        self.fix_hours.setValue(DEFAULT_FIX_HOURS)
        self.blockSignals(False)
        self.setTitle(self.tr("New playbook entry"))
        self.save_button.setText(self.tr("Add to playbook"))
        self.edited.emit()

    def start_from(self, mishap_id: int, mishap: str, recovery: tuple[int, str] | None) -> None:
        """A new entry for a mishap card; the room's top recovery is the fix's starting text."""
        self.clear()
        self.contribution_id = mishap_id
        self.mishap.setText(mishap)
        self.mishap.setCursorPosition(0)
        if recovery is not None:
            self.use_recovery(*recovery, into=self.fix)
        self.setTitle(self.tr("New playbook entry from the vote"))
        self.apology.setFocus()

    def use_recovery(self, card_id: int, text: str, into: QLineEdit | None = None) -> None:
        """Put a recovery the room wrote into a field (the one last typed in), as starting text."""
        target = into or self.last_field
        current = target.text().strip()
        target.setText(f"{current} {text}" if current and target is not self.mishap else text)
        target.setCursorPosition(0)
        if card_id not in self.source_ids:
            self.source_ids.append(card_id)
        target.setFocus()

    def edit(self, entry: PlaybookEntry) -> None:
        self.clear()
        self.editing_id = entry.id
        self.contribution_id = entry.contribution_id
        self.blockSignals(True)
        self.mishap.setText(entry.mishap)
        self.apology.setText(entry.apology or "")
        self.fix.setText(entry.fix or "")
        self.fix_by.setCurrentText(entry.fix_by or "")
        self.fix_hours.setValue(entry.fix_hours or 0)
        self.extra.setText(entry.extra or "")
        self.authoriser.setCurrentText(entry.authoriser or "")
        self.spend_limit.setText(entry.spend_limit or "")
        self.blockSignals(False)
        self.setTitle(self.tr("Edit playbook entry"))
        self.save_button.setText(self.tr("Save changes"))
        self.mishap.setFocus()
        self.edited.emit()

    # -- reading -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "mishap": self.mishap.text(),
            "apology": self.apology.text(),
            "fix": self.fix.text(),
            "fix_by": self.fix_by.currentText(),
            "fix_hours": self.fix_hours.value() or None,
            "extra": self.extra.text(),
            "authoriser": self.authoriser.currentText(),
            "spend_limit": self.spend_limit.text(),
        }

    def draft(self) -> dict[str, str]:
        """What the room sees while the entry is written (texts as typed)."""
        v = self.values()
        entry = PlaybookEntry(0, 0, v["mishap"], None, None, None, v["fix_hours"], None,
                              v["authoriser"].strip() or None, v["spend_limit"].strip() or None,
                              None, None, "", None)  # fmt: skip
        return {
            "mishap": v["mishap"].strip(),
            "apology": v["apology"].strip(),
            "fix": v["fix"].strip(),
            "fix_by": v["fix_by"].strip(),
            "fix_within": fix_within_label(v["fix_hours"]),
            "extra": v["extra"].strip(),
            "authorise": authorise_label(entry),
        }

    def unsaved(self) -> str:
        """The mishap of a new entry typed but not added yet ("" if none)."""
        return self.mishap.text().strip() if self.editing_id is None else ""
