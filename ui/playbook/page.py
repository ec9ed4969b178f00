"""Playbook: a recovery session's Plan phase, where each top-voted mishap becomes a
playbook entry (apology, fix within a day, unexpected extra, who may authorise it).

Enter on a mishap starts its entry, with the room's best recovery for it as the
fix's starting text; Enter on another recovery copies it into the field last
typed in. Ctrl+S (or Enter in a field) adds the entry. The projector shows the
entry in large type while it is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.labels import fill, one_line, plain_tooltip
from ui.phases import register_page
from ui.playbook.form import EntryForm
from ui.playbook.models import MishapModel, SessionEntryModel
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.state.playbook_draft import draft_of
from ui.widgets.basics import heading, muted_label
from ui.widgets.columns import fit_columns, table
from workshop.journal import Change
from workshop.model import Phase
from workshop.playbook import RECOVERY_TEMPLATE

CardRole = Qt.ItemDataRole.UserRole + 1


def attempt(bridge: BookBridge, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
    """Run an operation through the bridge; False if the book refused it (and said why)."""
    refused: list[object] = []

    def note(*details: object) -> None:
        refused.append(details)

    bridge.failed.connect(note)
    try:
        bridge.run(operation, *args, **kwargs)
    finally:
        bridge.failed.disconnect(note)
    return not refused


class PlaybookPage(QWidget):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("playbookPage")
        self.context = context
        self.draft = draft_of(context)
        self.mishaps = MishapModel(context, self, live=False)
        self.entries = SessionEntryModel(context, self, live=False)

        self.mishap_table = table(self, "pbMishaps")
        self.mishap_table.setModel(self.mishaps)
        fit_columns(self.mishap_table, 2)
        self.mishap_table.activated.connect(lambda _i: self.make_entry())
        self.mishap_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_recoveries()
        )
        self.recoveries = QListWidget(self)
        self.recoveries.setObjectName("pbRecoveries")
        self.recoveries.setWordWrap(True)
        self.recoveries.itemActivated.connect(self._use_recovery)
        self.form = EntryForm(self)
        self.form.saveRequested.connect(self.save)
        self.form.edited.connect(self._publish)
        self.entry_table = table(self, "pbEntries")
        self.entry_table.setModel(self.entries)
        fit_columns(self.entry_table, 1, 3, 4)
        for column in (2, 6, 7):  # the whole record is in the Playbook window
            self.entry_table.hideColumn(column)
        self.entry_table.activated.connect(lambda _i: self.edit_selected())
        self.entries_title = heading("", self, scale=1.0)
        for signal in (self.entries.rowsInserted, self.entries.rowsRemoved,
                       self.entries.modelReset):  # fmt: skip
            signal.connect(self._count)

        make = QPushButton(self.tr("Write its recovery"), self)
        make.setObjectName("pbMake")
        make.setToolTip(self.tr("Enter on a mishap"))
        make.clicked.connect(self.make_entry)
        edit = QPushButton(self.tr("Edit"), self)
        edit.setToolTip(self.tr("F2"))
        edit.clicked.connect(self.edit_selected)
        delete = QPushButton(self.tr("Delete"), self)
        delete.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        delete.clicked.connect(self.delete_selected)

        left = QVBoxLayout()
        title = QHBoxLayout()
        title.addWidget(heading(self.tr("Top-voted mishaps"), self, scale=1.0), 1)
        title.addWidget(make)
        left.addLayout(title)
        left.addWidget(self.mishap_table, 3)
        left.addWidget(heading(self.tr("Recoveries the room wrote for it"), self, scale=1.0))
        left.addWidget(
            muted_label(self.tr("Enter copies one into the field you were typing in."), self)
        )
        left.addWidget(self.recoveries, 2)
        right = QVBoxLayout()
        right.addWidget(
            muted_label(
                self.tr(
                    "A good recovery starts with an apology, puts things right fast (within "
                    "a day), and adds something the customer did not expect. Agree who may "
                    "give the extra, and up to what amount, so nobody has to ask."
                ),
                self,
            )
        )
        right.addWidget(self.form)
        right.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(left, 5)
        top.addLayout(right, 4)
        entries_row = QHBoxLayout()
        entries_row.addWidget(self.entries_title, 1)
        entries_row.addWidget(edit)
        entries_row.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top, 5)
        layout.addLayout(entries_row)
        layout.addWidget(self.entry_table, 3)
        context.sessionChanged.connect(self._load_people)
        ChangeFollower(context, self, self._on_change)
        self._load_people()
        self._count()

    # -- state -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.mishaps.set_live(True)
        self.entries.set_live(True)
        super().showEvent(event)
        if not self.mishap_table.currentIndex().isValid() and self.mishaps.rowCount():
            self.mishap_table.selectRow(0)
        self._show_recoveries()
        self._publish()

    def hideEvent(self, event: QHideEvent) -> None:
        self.mishaps.set_live(False)
        self.entries.set_live(False)
        self.draft.clear()
        super().hideEvent(event)

    def _ready(self) -> bool:
        c = self.context
        return c.book is not None and c.bridge is not None and c.session_id is not None

    def _load_people(self, *_args: object) -> None:
        book, sid = self.context.book, self.context.session_id
        names = book.sessions.participants(sid) if book is not None and sid is not None else []
        self.form.set_people(names)
        self.form.clear()

    def _on_change(self, change: Change) -> None:
        if change.touches("participants"):
            self._load_people()
        elif change.touches("contributions") and self.isVisible():
            self._show_recoveries()

    def _count(self, *_args: object) -> None:
        self.entries_title.setText(
            fill(self.tr("Written in this session (%1)"), self.entries.rowCount())
        )

    def _publish(self) -> None:
        if self.isVisible():
            self.draft.publish(self.form.draft())

    def _current_mishap(self):
        index = self.mishap_table.currentIndex()
        item = index.data(RecordRole) if index.isValid() else None
        return item[0].contribution if item is not None else None

    def _show_recoveries(self) -> None:
        self.recoveries.clear()
        mishap = self._current_mishap()
        if mishap is None or self.context.book is None:
            return
        for card in self.context.book.playbook.recoveries_for(mishap):
            item = QListWidgetItem(one_line(card.text, 240))
            item.setData(CardRole, (card.id, card.text))
            item.setToolTip(plain_tooltip(card.text) or "")
            self.recoveries.addItem(item)

    # -- commands ------------------------------------------------------------------------
    def focus_default(self) -> None:
        self.mishap_table.setFocus()

    def make_entry(self) -> None:
        """Start the entry of the selected mishap (the room's top recovery as starting text)."""
        mishap = self._current_mishap()
        if mishap is None:
            self._status(self.tr("Pick a mishap of the vote first."))
            return
        self._show_recoveries()
        first = self.recoveries.item(0)
        self.form.start_from(mishap.id, mishap.text, first.data(CardRole) if first else None)

    def _use_recovery(self, item: QListWidgetItem) -> None:
        card_id, text = item.data(CardRole)
        if not self.form.mishap.text().strip():
            mishap = self._current_mishap()
            if mishap is not None:
                self.form.start_from(mishap.id, mishap.text, None)
        self.form.use_recovery(card_id, text)

    def save(self) -> None:
        if not self._ready():
            return
        book, bridge, sid = self.context.book, self.context.bridge, self.context.session_id
        values = self.form.values()
        if self.form.editing_id is not None:
            if attempt(bridge, book.playbook.edit, self.form.editing_id, **values):
                self.form.clear()
                self.mishap_table.setFocus()
            return
        new_id = bridge.run(
            book.playbook.add, session_id=sid, contribution_id=self.form.contribution_id,
            source_ids=self.form.source_ids, **values,
        )  # fmt: skip
        if new_id is not None:
            self.form.clear()
            self._status(self.tr("Added to the playbook. Ctrl+Z takes it out again."))
            self._select_next_mishap()

    def _select_next_mishap(self) -> None:
        for row in range(self.mishaps.rowCount()):
            if not self.mishaps.item(row)[1]:
                self.mishap_table.selectRow(row)
                break
        self.mishap_table.setFocus()

    def _selected_entry_id(self) -> int | None:
        index = self.entry_table.currentIndex()
        item = index.data(RecordRole) if index.isValid() else None
        return item[1].entry.id if item is not None else None

    def edit_selected(self) -> None:
        eid = self._selected_entry_id()
        if eid is not None and self._ready():
            self.form.edit(self.context.book.playbook.get(eid))

    def delete_selected(self) -> None:
        if self.mishap_table.hasFocus() or self.recoveries.hasFocus():
            # Delete on a card of the vote is no way to lose a written entry.
            self._status(self.tr("Select an entry in the list below to delete it."))
            return
        eid = self._selected_entry_id()
        if eid is not None and self._ready():
            self.context.bridge.run(self.context.book.playbook.delete, eid)
            self._status(self.tr("Entry deleted. Ctrl+Z brings it back."))

    def unsaved_input(self) -> str:
        return self.form.unsaved()

    def save_unsaved_input(self) -> bool:
        self.save()
        return not self.form.unsaved()

    def _status(self, text: str) -> None:
        show = getattr(self.window(), "show_message", None)
        if callable(show):
            show(text)


@register_page(Phase.PLAN, template=RECOVERY_TEMPLATE)
def build_playbook_page(context: WorkshopContext) -> QWidget:
    return PlaybookPage(context)
