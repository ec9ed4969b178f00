"""Session settings: title, date, facilitator, people, prompts, anonymity and voting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ui.dialogs.session_form import (
    PeopleEditor,
    RoundsEditor,
    VotingSettings,
    language_row,
    title_row,
    two_columns,
)
from workshop.book import Book
from workshop.model import Session


class SessionSettingsDialog(QDialog):
    def __init__(self, book: Book, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSettingsDialog")
        self.setWindowTitle(self.tr("Session settings"))
        self.book, self.session = book, session
        self.title, self.date, self.facilitator, title_form = title_row(self)
        self.title.setText(session.title)
        self.date.set_date(session.date)
        self.facilitator.setText(session.facilitator)
        self.language = language_row(self, title_form, session.language)
        self.rounds = RoundsEditor(self, kinds_editable=False)
        for r in book.sessions.rounds(session.id):
            self.rounds.add_round(r.kind, r.prompt, r.id)
        self.people = PeopleEditor(self)
        self.original_people = book.sessions.participants(session.id)
        self.people.set_names(self.original_people)
        self.settings = VotingSettings(self)
        self.settings.load(
            anonymous=session.anonymous,
            dots=session.dots_per_person,
            max_dots=session.max_dots_per_item,
            mode=session.vote_mode,
            secret=session.secret_votes,
            silent=session.silent_mode,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        two_columns(self, [title_form], self.rounds, self.people, self.settings, buttons)
        self.resize(900, 560)

    def accept(self) -> None:
        if self.date.check():  # a day that does not exist is refused, with a message
            super().accept()

    def setting_changes(self) -> dict[str, Any]:
        s = self.session
        wanted: dict[str, Any] = {
            "title": self.title.text().strip() or s.title,
            "date": self.date.iso(),
            "facilitator": self.facilitator.text().strip(),
            "language": self.language.currentData(),
            "silent_mode": self.settings.silent.isChecked(),
            **self.settings.values(),
        }
        current = {
            "title": s.title, "date": s.date, "facilitator": s.facilitator, "language": s.language,
            "silent_mode": s.silent_mode, "anonymous": s.anonymous,
            "dots_per_person": s.dots_per_person, "max_dots_per_item": s.max_dots_per_item,
            "vote_mode": s.vote_mode.value, "secret_votes": s.secret_votes,
        }  # fmt: skip
        return {k: v for k, v in wanted.items() if current.get(k) != v}

    def apply(self, run: Any) -> None:
        """Write what changed, each part one undoable change; *run* is ``bridge.run``."""
        sid = self.session.id
        changes = self.setting_changes()
        if changes:
            run(self.book.sessions.update, sid, **changes)
        people = self.people.names()
        if people != self.original_people:
            run(self.book.sessions.set_participants, sid, people)
        prompts = {r.id: r.prompt for r in self.book.sessions.rounds(sid)}
        for kind, prompt, round_id in self.rounds.rounds():
            if round_id is None:
                run(self.book.sessions.add_round, sid, kind, prompt)
            elif prompts.get(round_id) != prompt:
                run(self.book.sessions.set_prompt, round_id, prompt)


def run_session_settings(window: Any) -> SessionSettingsDialog | None:
    book, sid, bridge = window.context.book, window.context.session_id, window.context.bridge
    if book is None or sid is None or bridge is None:
        return None
    dialog = SessionSettingsDialog(book, book.sessions.get(sid), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def save() -> None:
        if window.context.bridge is bridge:
            dialog.apply(bridge.run)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog
