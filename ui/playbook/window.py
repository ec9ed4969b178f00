"""The Playbook window, beside the obstacle board: every entry of the book's recovery
playbook, added and edited outside a session, with how often each was used and how
it went; a use is recorded here when the front line reports one.

Keys: Ctrl+N a new entry, Ctrl+S (or Enter in a field) saves it, F2 edits the
selected one, Delete deletes it, Ctrl+↑/↓ moves it; on the uses list, 1 worked,
2 partly, 3 did not work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.labels import fill
from ui.playbook.form import EntryForm
from ui.playbook.models import EntryModel, counted, tr
from ui.playbook.page import attempt
from ui.playbook.review import UseReview, outcome_label
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import long_text_line, plain_label
from ui.widgets.columns import fit_columns, table
from ui.widgets.windows import add_undo_actions, close_keys, show_window
from workshop.journal import Change
from workshop.playbook import Outcome


class PlaybookWindow(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookWindow")
        self.context = context
        self.setWindowTitle(self.tr("Recovery playbook"))
        self.model = EntryModel(context, self)
        self.entries = table(self, "pbAllEntries")
        self.entries.setModel(self.model)
        fit_columns(self.entries, 1, 3, 4)
        self.entries.hideColumn(2)  # the apology is in the form
        self.entries.activated.connect(lambda _i: self.edit_selected())
        self.entries.selectionModel().currentRowChanged.connect(lambda *_: self._show_uses())
        self.form = EntryForm(self)
        self.form.saveRequested.connect(self.save)
        self.uses = UseReview(context, self)
        self.uses.table.hideColumn(1)  # the entry's own uses: its mishap is selected above
        self.summary = plain_label(muted=True)

        self.used_on = QDateEdit(self)
        self.used_on.setObjectName("pbUsedOn")
        self.used_on.setDisplayFormat("yyyy-MM-dd")
        self.used_on.setCalendarPopup(True)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("pbUseOutcome")
        for outcome in (None, Outcome.WORKED, Outcome.PARTLY, Outcome.FAILED):
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.use_note = long_text_line(QLineEdit(self))
        self.use_note.setObjectName("pbUseNote")
        self.use_note.setPlaceholderText(self.tr("What happened (optional)"))
        self.use_note.returnPressed.connect(self.record_use)
        record = QPushButton(self.tr("Record a use"), self)
        record.setObjectName("pbRecordUse")
        record.clicked.connect(self.record_use)

        new = QPushButton(self.tr("New entry"), self)
        new.setObjectName("pbNew")
        new.setToolTip(self.tr("Ctrl+N"))
        new.clicked.connect(self.new_entry)
        delete = QPushButton(self.tr("Delete"), self)
        delete.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        delete.clicked.connect(self.delete_selected)
        pdf = QPushButton(self.tr("Playbook PDF…"), self)
        pdf.clicked.connect(lambda: self.export("playbook-pdf"))
        cards = QPushButton(self.tr("Pocket cards…"), self)
        cards.setObjectName("pbCards")
        cards.clicked.connect(lambda: self.export("playbook-cards"))

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Recovery playbook"), scale=1.5, bold=True))
        top.addWidget(self.summary, 1)
        top.addWidget(pdf)
        top.addWidget(cards)
        left = QVBoxLayout()
        left.addWidget(self.entries, 3)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(delete)
        row.addStretch(1)
        left.addLayout(row)
        self.uses_title = plain_label("", bold=True)
        left.addWidget(self.uses_title)
        left.addWidget(self.uses, 2)
        use_row = QHBoxLayout()
        use_row.addWidget(self.used_on)
        use_row.addWidget(self.outcome)
        use_row.addWidget(self.use_note, 1)
        use_row.addWidget(record)
        left.addLayout(use_row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.form, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self._add_keys()
        ChangeFollower(context, self, self._on_change)
        context.bookChanged.connect(self._refresh)
        context.sessionChanged.connect(lambda _sid: self._load_people())
        self._refresh()

    def _add_keys(self) -> None:
        add_undo_actions(self, self.context)
        for text, keys, slot in (
            (self.tr("New entry"), [QKeySequence("Ctrl+N")], self.new_entry),
            (self.tr("Save"), [QKeySequence("Ctrl+S")], self.save),
            (self.tr("Edit"), [QKeySequence("F2")], self.edit_selected),
            (self.tr("Move up"), [QKeySequence("Ctrl+Up")], lambda: self.move_selected(-1)),
            (self.tr("Move down"), [QKeySequence("Ctrl+Down")], lambda: self.move_selected(1)),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        delete = QAction(self.tr("Delete"), self.entries)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.entries.addAction(delete)

    # -- state ---------------------------------------------------------------------------
    def focus_default(self) -> None:
        self.entries.setFocus()
        if not self.entries.currentIndex().isValid() and self.model.rowCount():
            self.entries.selectRow(0)

    def _on_change(self, change: Change) -> None:
        if any(change.touches(t) for t in ("playbook_entries", "playbook_uses", "sessions")):
            self._update_summary()
            self._show_uses()

    def _refresh(self) -> None:
        self.used_on.setDate(QDate.currentDate())
        self.used_on.setMaximumDate(QDate.currentDate())
        self._load_people()
        self._update_summary()
        self._show_uses()

    def _load_people(self) -> None:
        book, sid = self.context.book, self.context.session_id
        self.form.set_people(book.sessions.participants(sid) if book and sid is not None else [])

    def _update_summary(self) -> None:
        book = self.context.book
        records = book.playbook.records() if book is not None else []
        uses = sum(r.uses for r in records)
        worked = sum(r.worked for r in records)
        parts = (
            counted(
                len(records),
                QT_TRANSLATE_NOOP("Playbook", "1 entry"),
                QT_TRANSLATE_NOOP("Playbook", "%1 entries"),
            ),
            counted(
                uses,
                QT_TRANSLATE_NOOP("Playbook", "used once"),
                QT_TRANSLATE_NOOP("Playbook", "used %1 times"),
            ),
            fill(tr("%1 worked"), worked),
        )
        self.summary.setText(" · ".join(parts))

    def _selected(self) -> Any | None:
        index = self.entries.currentIndex()
        item = index.data(RecordRole) if index.isValid() else None
        return item[1].entry if item is not None else None

    def _show_uses(self) -> None:
        entry, book = self._selected(), self.context.book
        if entry is None or book is None:
            self.uses_title.setText(self.tr("Select an entry to see how it was used."))
            self.uses.show_uses([])
            return
        uses = book.playbook.uses(entry.id)
        self.uses_title.setText(
            counted(
                len(uses),
                QT_TRANSLATE_NOOP("Playbook", "Used once: did the recovery work?"),
                QT_TRANSLATE_NOOP("Playbook", "Used %1 times: did the recovery work?"),
            )
            if uses
            else self.tr("Not used yet: record a use when the front line reports one.")
        )
        self.uses.show_uses(uses)

    # -- commands ----------------------------------------------------------------------
    def new_entry(self) -> None:
        self.form.clear()
        self.form.mishap.setFocus()

    def edit_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.form.edit(entry)

    def save(self) -> None:
        book, bridge = self.context.book, self.context.bridge
        if book is None or bridge is None:
            return
        values = self.form.values()
        if self.form.editing_id is not None:
            if attempt(bridge, book.playbook.edit, self.form.editing_id, **values):
                self.form.clear()
                self.entries.setFocus()
            return
        new_id = bridge.run(book.playbook.add, **values)
        if new_id is not None:
            self.form.clear()
            row = self.model.row_of(new_id)
            if row is not None:
                self.entries.selectRow(row)
            self.entries.setFocus()

    def delete_selected(self) -> None:
        entry, bridge = self._selected(), self.context.bridge
        if entry is not None and bridge is not None:
            bridge.run(bridge.book.playbook.delete, entry.id)

    def move_selected(self, step: int) -> None:
        entry, bridge = self._selected(), self.context.bridge
        if entry is None or bridge is None:
            return
        row = self.entries.currentIndex().row()
        bridge.run(bridge.book.playbook.move, entry.id, row + step)
        new_row = self.model.row_of(entry.id)
        if new_row is not None:
            self.entries.selectRow(new_row)

    def record_use(self) -> None:
        entry, bridge = self._selected(), self.context.bridge
        if entry is None or bridge is None:
            return
        day = self.used_on.date().toString("yyyy-MM-dd")
        done = bridge.run(bridge.book.playbook.record_use, entry.id, day,
                          outcome=self.outcome.currentData(), note=self.use_note.text())  # fmt: skip
        if done is not None:
            self.use_note.clear()
            self.outcome.setCurrentIndex(0)

    def export(self, fmt: str) -> None:
        from ui.playbook.exporting import export_playbook

        if self.context.book is not None:
            export_playbook(self, self.context.book, fmt)


def open_playbook(window: Any) -> PlaybookWindow:
    """Show the console's Playbook window (built the first time), in front: no larger than
    the screen, closed with Esc or F6 like the other book-wide windows."""
    found = show_window(window, "playbook", lambda: PlaybookWindow(window.context), (1220, 700))
    close_keys(found).add("F6")
    return found  # type: ignore[return-value]
