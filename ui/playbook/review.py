"""Did the recovery work? The uses of playbook entries, each marked worked, partly or not.

On the Follow-up page (a panel beside "Done since last time") it lists the uses
since the previous session; in the Playbook window, the uses of the selected entry.
Keys on the list: 1 worked, 2 partly, 3 did not work, 0 not known yet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordModel, RecordRole
from ui.models.labels import fill, one_line, plain_tooltip
from ui.phases import register_panel
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import plain_label
from ui.widgets.flow import FlowLayout
from ui.widgets.palette import is_dark, status_color
from workshop import series
from workshop.journal import Change
from workshop.playbook import Outcome, PlaybookUse

COLORS = {Outcome.WORKED: "done", Outcome.PARTLY: "in_progress", Outcome.FAILED: "overdue"}
KEYS = (("1", Outcome.WORKED), ("2", Outcome.PARTLY), ("3", Outcome.FAILED), ("0", None))


def _t(text: str) -> str:
    return QCoreApplication.translate("Playbook", text)


def outcome_label(outcome: Outcome | None) -> str:
    return {
        Outcome.WORKED: _t("Worked"),
        Outcome.PARTLY: _t("Partly"),
        Outcome.FAILED: _t("Did not work"),
        None: _t("Did it work?"),
    }[outcome]


class UseModel(RecordModel):
    """Uses of the playbook: (use, the entry's number and mishap, the hero story's words)."""

    headers = ("Used on", "Mishap", "How it went", "Note or story")
    tr_context = "Playbook"
    dark = False

    def key(self, item: tuple[PlaybookUse, str, str]) -> int:
        return item[0].id

    def cell(self, item: tuple[PlaybookUse, str, str], column: int, role: int) -> Any:
        use, mishap, story = item
        note = use.note or story
        if role == Qt.ItemDataRole.DisplayRole:
            return (use.used_on, one_line(mishap, 90), outcome_label(use.outcome),
                    one_line(note, 120))[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            return plain_tooltip(mishap if column == 1 else note)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(status_color(COLORS.get(use.outcome, "dropped"), self.dark))
        return None


def use_rows(book: Any, uses: list[PlaybookUse]) -> list[tuple[PlaybookUse, str, str]]:
    entries = {e.id: (n, e.mishap) for n, e in enumerate(book.playbook.list(), start=1)}
    rows = []
    for use in uses:
        number, mishap = entries.get(use.entry_id, (0, ""))
        story = ""
        if use.contribution_id is not None:
            story = book.contributions.get(use.contribution_id).text
        rows.append((use, f"{number}. {mishap}", story))
    return rows


class UseReview(QWidget):
    """A list of uses with the buttons (and keys) that say how each went."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = UseModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("pbUses")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # a date: its width is known
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("2026-12-31") + 18)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        # The buttons wrap: the panel sits in the Follow-up page's narrow side column.
        buttons = FlowLayout()
        self.buttons: dict[Outcome | None, QPushButton] = {}
        for key, outcome in KEYS:
            text = (
                fill(_t("%1 (%2)"), outcome_label(outcome), key) if outcome else _t("Not known (0)")
            )
            button = QPushButton(text, self)
            button.setObjectName(f"pbOutcome_{outcome.value if outcome else 'unknown'}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, o=outcome: self.set_outcome(o))
            buttons.add_widgets(button)
            self.buttons[outcome] = button
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda o=outcome: self.set_outcome(o))
        layout.addLayout(buttons)

    def show_uses(self, uses: list[PlaybookUse]) -> None:
        book = self.context.book
        current = self.current()
        self.model.dark = is_dark(self)
        self.model.sync(use_rows(book, uses) if book is not None else [])
        row = self.model.row_of(current.id) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        for button in self.buttons.values():
            button.setEnabled(bool(self.model.rowCount()))

    def current(self) -> PlaybookUse | None:
        index = self.table.currentIndex()
        item = index.data(RecordRole) if index.isValid() else None
        return item[0] if item is not None else None

    def set_outcome(self, outcome: Outcome | None) -> None:
        use, bridge = self.current(), self.context.bridge
        if use is None or bridge is None:
            return
        bridge.run(bridge.book.playbook.review_use, use.id, outcome)
        row = self.table.currentIndex().row()
        if outcome is not None and row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)  # on to the next use


class FollowUpRecoveries(QFrame):
    """The Follow-up page's panel: the playbook's recoveries used since the last session."""

    availabilityChanged = Signal(bool)  # whether there is anything to review

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.available = False
        self.setObjectName("followUpRecoveries")
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        # Shown as the title of its tab beside the Follow-up list.
        self.setWindowTitle(_t("Recoveries used"))
        layout.addWidget(
            plain_label(_t("Did the recovery work? Select one: 1 worked, 2 partly, 3 not."),
                        muted=True, wrap=True)
        )  # fmt: skip
        self.review = UseReview(context, self)
        layout.addWidget(self.review, 1)
        ChangeFollower(context, self, self._on_change)
        context.bookChanged.connect(self.reload)
        context.sessionChanged.connect(lambda _sid: self.reload())
        self.reload()

    def _on_change(self, change: Change) -> None:
        if any(change.touches(t) for t in ("playbook_uses", "playbook_entries", "sessions")):
            self.reload()

    def reload(self) -> None:
        book, sid = self.context.book, self.context.session_id
        since = series.review_since(book, sid) if book and sid is not None else ""
        # The first session of a book has no "last time" to look back to.
        uses = book.playbook.uses_since(since) if since else []
        self.review.show_uses(uses)
        self.available = bool(uses)
        self.availabilityChanged.emit(self.available)  # nothing to ask about: out of the way


@register_panel("follow_up.side")
def build_follow_up_panel(context: WorkshopContext) -> QWidget:
    return FollowUpRecoveries(context)
