"""Edit one card: its words, its kind and who said it; a hero story's credits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.dialogs.session_form import parse_names
from ui.models.labels import kind_label
from ui.widgets.basics import long_text_line
from workshop.model import Contribution, Kind


class CardDialog(QDialog):
    def __init__(
        self,
        card: Contribution,
        participants: list[str],
        *,
        anonymous: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit card"))
        self.card = card
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("cardText")
        self.text.setPlainText(card.text)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(420, 110)
        self.kind = QComboBox(self)
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(list(Kind).index(card.kind))
        self.author = QComboBox(self)
        self.author.setEditable(True)
        self.author.addItem("")
        self.author.addItems(participants)
        self.author.setCurrentText(card.author or "")
        self.author.setEnabled(not anonymous)
        if anonymous:
            self.author.setToolTip(self.tr("This session is anonymous: no names are kept."))
        # A hero story credits the people who went the extra mile (recognition counts them).
        self.credited = long_text_line(QLineEdit(self))
        self.credited.setObjectName("cardCredited")
        self.credited.setPlaceholderText(self.tr("Names, separated by commas"))
        self.credited.setText(", ".join(card.credited))
        self.credited_label = QLabel(self.tr("&Credit to"), self)
        self.credited_label.setBuddy(self.credited)
        self.kind.currentIndexChanged.connect(self._show_credits)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Said by"), self.author)
        form.addRow(self.credited_label, self.credited)
        form.addRow(buttons)
        self._show_credits()

    def _show_credits(self, *_args: object) -> None:
        hero = self.kind.currentData() == Kind.HERO.value
        self.credited.setVisible(hero)
        self.credited_label.setVisible(hero)

    def changes(self) -> dict[str, object]:
        """Only the fields the user changed (one undoable edit)."""
        changes: dict[str, object] = {}
        text = self.text.toPlainText()
        if text.strip() != self.card.text:
            changes["text"] = text
        kind = Kind(self.kind.currentData())
        if kind != self.card.kind:
            changes["kind"] = kind
        if self.author.isEnabled():
            author = self.author.currentText().strip() or None
            if author != self.card.author:
                changes["author"] = author
        if kind is Kind.HERO:
            credited = parse_names(self.credited.text())
            if tuple(credited) != tuple(self.card.credited):
                changes["credited"] = credited
        return changes
