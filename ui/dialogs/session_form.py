"""The parts of the session dialogs: rounds with their prompts, people, voting settings."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import kind_label
from ui.widgets.basics import long_text_line, muted_label
from ui.widgets.date_field import DateField
from workshop.model import Kind, VoteMode

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


def parse_names(text: str) -> list[str]:
    """Names from typed or pasted text: one per line, or separated by commas, semicolons, tabs.

    List bullets and numbers ("- Ann", "2. Bob") are dropped; repeats are kept once.
    """
    names: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        for part in re.split(r"[,;\t]", line):
            name = _BULLET.sub("", part).strip()
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                names.append(name)
    return names


class PromptEdit(QPlainTextEdit):
    """A prompt: a few lines of text; Tab moves on, as in a form."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlainText(text)
        lines = 3.2
        self.setFixedHeight(round(self.fontMetrics().lineSpacing() * lines + 14))

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class RoundsEditor(QGroupBox):
    """One line per round: its kind and the prompt shown to the room."""

    def __init__(self, parent: QWidget | None = None, *, kinds_editable: bool = True) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rounds and their prompts"))
        self.kinds_editable = kinds_editable
        self.rows: list[tuple[QComboBox, PromptEdit, int | None]] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(8)
        self.add_button = QPushButton(self.tr("Add a round"), self)
        self.add_button.setObjectName("addRound")
        self.add_button.clicked.connect(lambda: self.add_round(Kind.DELIGHT, "", focus=True))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = []

    def add_round(
        self, kind: Kind, prompt: str, round_id: int | None = None, *, focus: bool = False
    ) -> None:
        combo = QComboBox(self)
        for k in Kind:
            combo.addItem(kind_label(k), k.value)
        combo.setCurrentIndex(list(Kind).index(Kind(kind)))
        combo.setEnabled(self.kinds_editable or round_id is None)
        edit = PromptEdit(prompt, self)
        edit.setObjectName(f"prompt_{len(self.rows)}")
        edit.setPlaceholderText(self.tr("The question the room answers in this round"))
        row = len(self.rows)
        self.grid.addWidget(combo, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(edit, row, 1)
        self.rows.append((combo, edit, round_id))
        if focus:
            edit.setFocus()

    def rounds(self) -> list[tuple[Kind, str, int | None]]:
        """(kind, prompt, round id or None if new); rounds without a prompt are left out."""
        return [
            (Kind(combo.currentData()), edit.text().strip(), rid)
            for combo, edit, rid in self.rows
            if edit.text().strip()
        ]


class PeopleEditor(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Participants"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("participants")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("One name per line, or paste a list (commas and tabs work too)")
        )
        self.count = muted_label("", self, wrap=False)
        self.text.textChanged.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.count)
        self._update_count()

    def set_names(self, names: list[str]) -> None:
        self.text.setPlainText("\n".join(names))

    def names(self) -> list[str]:
        return parse_names(self.text.toPlainText())

    def _update_count(self) -> None:
        n = len(self.names())
        self.count.setText(self.tr("%n people", "", n))


class VotingSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Settings"))
        self.anonymous = QCheckBox(self.tr("Anonymous: keep no names with the cards"), self)
        self.anonymous.setObjectName("anonymous")
        self.dots = QSpinBox(self)
        self.dots.setObjectName("dotsPerPerson")
        self.dots.setRange(1, 99)
        self.max_dots = QSpinBox(self)
        self.max_dots.setObjectName("maxDotsPerItem")
        self.max_dots.setRange(1, 99)
        self.mode = QComboBox(self)
        self.mode.setObjectName("voteMode")
        for mode, text in (
            (VoteMode.TURNS, self.tr("In turn, at the laptop")),
            (VoteMode.HANDS, self.tr("Show of hands")),
            (VoteMode.PHONES, self.tr("On their phones")),
        ):
            self.mode.addItem(text, mode.value)
        self.secret = QCheckBox(self.tr("Keep the votes secret until voting closes"), self)
        self.silent = QCheckBox(self.tr("Silent mode: new cards stay off the projector"), self)
        self.silent.setObjectName("silentModeSetting")
        form = QFormLayout(self)
        form.addRow(self.anonymous)
        form.addRow(self.tr("Dots per person"), self.dots)
        form.addRow(self.tr("Most dots on one item"), self.max_dots)
        form.addRow(self.tr("Voting"), self.mode)
        form.addRow(self.secret)
        form.addRow(self.silent)

    def load(
        self,
        *,
        anonymous: bool,
        dots: int,
        max_dots: int,
        mode: VoteMode | str = VoteMode.TURNS,
        secret: bool = True,
        silent: bool = False,
    ) -> None:
        self.anonymous.setChecked(anonymous)
        self.dots.setValue(dots)
        self.max_dots.setValue(min(max_dots, dots))
        self.mode.setCurrentIndex(max(0, self.mode.findData(VoteMode(mode).value)))
        self.secret.setChecked(secret)
        self.silent.setChecked(silent)

    def values(self) -> dict[str, object]:
        return {
            "anonymous": self.anonymous.isChecked(),
            "dots_per_person": self.dots.value(),
            "max_dots_per_item": min(self.max_dots.value(), self.dots.value()),
            "vote_mode": self.mode.currentData(),
            "secret_votes": self.secret.isChecked(),
        }


def title_row(parent: QWidget) -> tuple[QLineEdit, DateField, QLineEdit, QFormLayout]:
    title = long_text_line(QLineEdit(parent))
    title.setObjectName("sessionTitle")
    when = DateField(parent)
    when.setObjectName("sessionDate")
    when.set_date(date.today())
    facilitator = long_text_line(QLineEdit(parent))
    facilitator.setObjectName("facilitator")
    form = QFormLayout()
    form.addRow(QLabel(parent.tr("&Title"), parent, buddy=title), title)
    form.addRow(QLabel(parent.tr("&Date"), parent, buddy=when), when)
    form.addRow(QLabel(parent.tr("&Facilitator"), parent, buddy=facilitator), facilitator)
    return title, when, facilitator, form


def language_row(parent: QWidget, form: QFormLayout, current: str | None = None) -> QComboBox:
    """A "Session language" row: the projector, the PDF and the phones follow it."""
    from workshop.i18n import LANGUAGES

    combo = QComboBox(parent)
    combo.setObjectName("sessionLanguage")
    combo.addItem(QCoreApplication.translate("SessionForm", "Same as the app"), None)
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    found = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(found, 0))
    combo.setToolTip(
        QCoreApplication.translate(
            "SessionForm",
            "The language of the projector, the printed action plan and the phones page",
        )
    )
    label = QCoreApplication.translate("SessionForm", "Session &language")
    form.addRow(QLabel(label, parent, buddy=combo), combo)
    return combo


def two_columns(
    dialog: QDialog,
    top: list[QLayout | QWidget],
    rounds: RoundsEditor,
    people: PeopleEditor,
    settings: VotingSettings,
    buttons: QDialogButtonBox,
) -> None:
    """*top* and the rounds on the left, people and voting on the right, buttons below."""
    left = QVBoxLayout()
    for part in top:
        if isinstance(part, QLayout):
            left.addLayout(part)
        else:
            left.addWidget(part)
    left.addWidget(rounds, 1)
    right = QVBoxLayout()
    right.addWidget(people, 1)
    right.addWidget(settings)
    people.setMaximumWidth(400)
    settings.setMaximumWidth(400)
    columns = QHBoxLayout()
    columns.addLayout(left, 3)
    columns.addLayout(right, 2)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(columns, 1)
    layout.addWidget(buttons)
