"""Wrap-up of a recovery session: the playbook entries it wrote, and the ways to hand the
playbook out (a page a mishap, pocket cards, Markdown, CSV)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.models.labels import fill
from ui.phases import register_page
from ui.playbook.models import SessionEntryModel
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import heading, muted_label, plain_label
from ui.widgets.columns import fit_columns, table
from workshop.journal import Change
from workshop.model import Kind, Phase
from workshop.playbook import RECOVERY_TEMPLATE

EXPORTS = (
    ("export.playbook_pdf", QT_TRANSLATE_NOOP("PlaybookWrapup", "Playbook as PDF…")),
    ("export.playbook_cards", QT_TRANSLATE_NOOP("PlaybookWrapup", "Pocket cards to cut out…")),
    ("export.playbook_md", QT_TRANSLATE_NOOP("PlaybookWrapup", "Markdown…")),
    ("export.playbook_csv", QT_TRANSLATE_NOOP("PlaybookWrapup", "Spreadsheet (CSV)…")),
    ("view.playbook", QT_TRANSLATE_NOOP("PlaybookWrapup", "The whole playbook…")),
)


class PlaybookWrapup(QWidget):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("playbookWrapup")
        self.context = context
        self.entries = SessionEntryModel(context, self)
        self.title = heading("", self, scale=1.5)
        self.summary = plain_label("", self, wrap=True)
        self.summary.setObjectName("pbWrapupSummary")
        self.table = table(self, "pbWrapupEntries")
        self.table.setModel(self.entries)
        fit_columns(self.table, 1, 2, 3, 4)
        for column in (6, 7):  # not used yet: the follow-up will tell
            self.table.hideColumn(column)
        self.table.setWordWrap(True)
        exports = QVBoxLayout()
        exports.addWidget(heading(self.tr("Hand out the playbook"), self, scale=1.0))
        self.buttons: dict[str, QPushButton] = {}
        for action_id, text in EXPORTS:
            button = QPushButton(self.tr(text), self)
            button.setObjectName(action_id.replace(".", "_"))
            button.clicked.connect(lambda _c=False, a=action_id: self._trigger(a))
            self.buttons[action_id] = button
            exports.addWidget(button)
        exports.addWidget(
            muted_label(
                self.tr(
                    "Print the pocket cards for everyone at the counter. Next time, the "
                    "follow-up asks which recoveries were used and whether they worked."
                ),
                self,
            )
        )
        exports.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Written in this session"), self, scale=1.0))
        left.addWidget(self.table, 1)
        body.addLayout(left, 3)
        body.addLayout(exports, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        ChangeFollower(context, self, self._on_change)
        context.sessionChanged.connect(lambda _sid: self.refresh())
        self.refresh()

    def _trigger(self, action_id: str) -> None:
        trigger = getattr(self.window(), "trigger_action", None)
        if callable(trigger):
            trigger(action_id)

    def _on_change(self, change: Change) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None:
            return
        self.title.setText(book.sessions.get(sid).title)
        cards = book.contributions.list(sid)
        written = len(book.playbook.list(sid))
        self.summary.setText(
            fill(
                self.tr("Mishaps named: %1 · recoveries suggested: %2 · written into the "
                        "playbook: %3 (entries in the whole playbook: %4)"),
                sum(c.kind is Kind.OBSTACLE for c in cards),
                sum(c.kind is Kind.DELIGHT for c in cards),
                written,
                len(book.playbook.list()),
            )
        )  # fmt: skip
        has = getattr(self.window(), "has_action", None)
        for action_id, button in self.buttons.items():
            button.setEnabled(bool(callable(has) and has(action_id)))

    def focus_default(self) -> None:
        self.buttons["export.playbook_cards"].setFocus(Qt.FocusReason.OtherFocusReason)


@register_page(Phase.WRAPUP, template=RECOVERY_TEMPLATE)
def build_playbook_wrapup(context: WorkshopContext) -> QWidget:
    return PlaybookWrapup(context)
