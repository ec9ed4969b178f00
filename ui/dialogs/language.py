"""View > Language…: the app's language (the system's by default), applied at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.state import settings as prefs
from ui.widgets.basics import muted_label
from workshop.i18n import LANGUAGES, normalize


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("appLanguage")
        self.choice.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        stored = normalize(prefs.LANGUAGE.read(prefs.settings())) or ""
        self.choice.setCurrentIndex(max(self.choice.findData(stored), 0))
        note = muted_label(
            self.tr(
                "The new language applies the next time Delight Workshop starts. A session "
                "can have its own language for the projector and the printed plan "
                "(Session settings)."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("&Language of the app"), self, buddy=self.choice), self.choice)
        form.addRow(note)
        form.addRow(buttons)

    def chosen(self) -> str:
        return self.choice.currentData() or ""

    def accept(self) -> None:
        prefs.LANGUAGE.write(prefs.settings(), self.chosen())
        super().accept()
