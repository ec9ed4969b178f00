"""New session from a template: pick one, then change its prompts, people and settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ui.dialogs.session_form import (
    PeopleEditor,
    RoundsEditor,
    VotingSettings,
    language_row,
    title_row,
    two_columns,
)
from ui.widgets.basics import muted_label
from workshop.templates import Template, create_session_from, templates


class NewSessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, participants: list[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New session"))
        self.templates: tuple[Template, ...] = templates()
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        for t in self.templates:
            self.template.addItem(self.tr(t.name), t.id)
        self.description = muted_label("", self)
        self.description.setMinimumHeight(self.description.fontMetrics().height() * 3)
        self.title, self.date, self.facilitator, title_form = title_row(self)
        self.language = language_row(self, title_form)
        self.rounds = RoundsEditor(self)
        self.people = PeopleEditor(self)
        self.people.set_names(list(participants))
        self.settings = VotingSettings(self)

        chooser = QFormLayout()
        chooser.addRow(QLabel(self.tr("T&emplate"), self, buddy=self.template), self.template)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))
        two_columns(
            self,
            [chooser, self.description, title_form],
            self.rounds,
            self.people,
            self.settings,
            self.buttons,
        )
        self.resize(940, 600)

        self._auto_title = ""
        self.template.currentIndexChanged.connect(self._load_template)
        self.title.textChanged.connect(self._check)
        self._load_template(0)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_template(self, index: int) -> None:
        if not 0 <= index < len(self.templates):
            return
        t = self.templates[index]
        self.description.setText(self.tr(t.description))
        if not self.title.text() or self.title.text() == self._auto_title:
            self._auto_title = self.tr(t.name)
            self.title.setText(self._auto_title)
        self.rounds.clear()
        for kind, prompt in t.rounds:
            self.rounds.add_round(kind, self.tr(prompt))
        self.settings.load(
            anonymous=t.anonymous, dots=t.dots_per_person, max_dots=t.max_dots_per_item
        )

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def accept(self) -> None:
        if self.date.check():  # a day that does not exist is refused, with a message
            super().accept()

    def template_id(self) -> str:
        return self.template.currentData()

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``create_session_from`` (the template's values overridden)."""
        return {
            "title": self.title.text().strip(),
            "date": self.date.iso(),
            "facilitator": self.facilitator.text().strip(),
            "language": self.language.currentData(),
            "rounds": [(kind, prompt) for kind, prompt, _rid in self.rounds.rounds()],
            "participants": self.people.names(),
            **self.settings.values(),
        }


def run_new_session(window: Any) -> NewSessionDialog | None:
    """Open the dialog over the window; on "Create session" the new session is run."""
    book = window.context.book
    if book is None:
        return None
    previous = window.context.session_id
    people = book.sessions.participants(previous) if previous is not None else []
    dialog = NewSessionDialog(window, participants=people)
    if previous is not None:  # the same team usually has the same facilitator
        dialog.facilitator.setText(book.sessions.get(previous).facilitator)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def create() -> None:
        bridge = window.context.bridge
        if bridge is None or bridge.book is not book:
            return
        values = dialog.values()
        silent = dialog.settings.silent.isChecked()
        session_id = bridge.run(
            create_session_from,
            book,
            dialog.template_id(),
            **values,
        )
        if session_id is None:
            return
        if silent:
            bridge.run(book.sessions.update, session_id, silent_mode=True)
        window.context.set_session(session_id)

    dialog.accepted.connect(create)
    dialog.open()
    return dialog
