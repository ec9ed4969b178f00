"""The Follow-up page: what earlier sessions promised, reviewed one keystroke per action.

D marks the selected action done, P in progress (asking a new date), X dropped
(asking a reason). Overdue actions stand out; what was done since the previous
session is celebrated in the panel beside the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.dates import short_date
from ui.models.labels import action_status_label, one_line, plain_tooltip
from ui.phases import panels, register_page
from ui.series import common
from ui.series.common import KeyedTableModel, record_table, tr
from ui.series.status_dialogs import DateDialog, ReasonDialog
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import plain_label
from ui.widgets.columns import ReadableColumns
from ui.widgets.flow import FlowLayout
from ui.widgets.palette import is_dark, status_color
from workshop import series
from workshop.journal import Change
from workshop.model import ActionStatus, Phase
from workshop.series import FollowUpItem


def _order(item: FollowUpItem) -> tuple[str, int]:
    return (item.action.created_at, item.action.id)


def _closed_order(item: FollowUpItem) -> tuple[bool, str, int]:
    a = item.action
    return (a.status is ActionStatus.DROPPED, a.status_changed_at or "", a.id)


class FollowUpModel(KeyedTableModel):
    """Open actions of earlier sessions; a row reviewed here stays, showing its new status."""

    headers = ("What was promised", "Owner", "Due", "Status", "Promised in")
    tr_context = "FollowUpModel"

    def key(self, item: FollowUpItem) -> int:
        return item.action.id

    def cell(self, item: FollowUpItem, column: int, role: int) -> Any:
        a = item.action
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return one_line(a.what)
            if column == 1:
                return a.owner or "—"
            if column == 2:
                if item.overdue:  # two short lines: the column stays narrow and readable
                    return tr("{due}\n{n} days late").format(
                        due=short_date(a.due), n=item.overdue_days
                    )
                return short_date(a.due) or tr("no date")
            if column == 3:
                mark = {ActionStatus.DONE: "✓ ", ActionStatus.DROPPED: "✗ "}.get(a.status, "")
                return mark + action_status_label(a.status)
            return f"{short_date(item.session_date)} · {item.session_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [a.what]
            if a.first_step:
                lines.append(tr("First step: {0}").format(a.first_step))
            if a.help_needed:
                lines.append(tr("Help needed: {0}").format(a.help_needed))
            if a.status_note:
                lines.append(tr("Note: {0}").format(a.status_note))
            return plain_tooltip(*lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2 and item.overdue:
                return QBrush(status_color("overdue", self.dark))
            if column in (1, 2) and not (a.owner if column == 1 else a.due):
                return QBrush(status_color("dropped", self.dark))
            if column == 3:
                return QBrush(status_color(a.status.value, self.dark))
        if role == Qt.ItemDataRole.BackgroundRole:
            if a.status is ActionStatus.DONE:
                return QBrush(status_color("done_bg", self.dark))
            if item.overdue:
                return QBrush(status_color("overdue_bg", self.dark))
        if role == Qt.ItemDataRole.FontRole and (
            (column == 2 and item.overdue) or column == 3 or a.status is ActionStatus.DROPPED
        ):
            font = QFont()
            font.setBold(column in (2, 3))
            font.setStrikeOut(a.status is ActionStatus.DROPPED and column == 0)
            return font
        return None


class ClosedModel(FollowUpModel):
    """Actions done or dropped since the previous session: the good news first."""

    headers = ("Done since last time",)

    def cell(self, item: FollowUpItem, column: int, role: int) -> Any:
        a = item.action
        if role == Qt.ItemDataRole.DisplayRole:
            who = f" — {a.owner}" if a.owner else ""
            if a.status is ActionStatus.DONE:
                return f"✓  {one_line(a.what, 90)}{who}"
            reason = (
                tr(" (dropped: {0})").format(one_line(a.status_note, 60)) if a.status_note else ""
            )
            return f"✗  {one_line(a.what, 90)}{who}{reason}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(a.what, a.status_note)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(status_color(a.status.value, self.dark))
        return None


class FollowUpPage(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.model = FollowUpModel(self)
        self.closed_model = ClosedModel(self)
        self._build()
        ChangeFollower(context, self, self._on_changed)
        context.bookChanged.connect(self.reload)
        context.sessionChanged.connect(lambda _sid: self.reload())
        self.reload()

    # -- layout --------------------------------------------------------------------
    def _side_tabs(self, closed: QWidget) -> QWidget:
        """The side column: what was closed, and a tab for each panel a feature adds.

        Tabs keep the column as short as one panel, so the page fits a small screen. A
        panel hides itself when it has nothing to show; its tab follows.
        """
        extras = panels("follow_up.side", self.context)  # e.g. the playbook's review
        if not extras:
            return closed
        tabs = QTabWidget()
        tabs.setObjectName("followUpSideTabs")
        tabs.setDocumentMode(True)
        tabs.addTab(closed, tr("Done"))
        for extra in extras:
            index = tabs.addTab(extra, extra.windowTitle())
            # A panel with an availabilityChanged(bool) signal hides its tab when it has
            # nothing to show.
            available = getattr(extra, "availabilityChanged", None)
            if available is not None:
                tabs.setTabVisible(index, bool(getattr(extra, "available", True)))
                available.connect(lambda shown, i=index: tabs.setTabVisible(i, shown))
        return tabs

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(8)
        outer.addWidget(
            plain_label(tr("Follow-up: what did we promise last time?"), scale=1.6, bold=True)
        )
        self.summary = plain_label(muted=True)
        outer.addWidget(self.summary)
        row = QHBoxLayout()
        row.setSpacing(14)
        left = QVBoxLayout()
        # Two lines a row (a fixed height: fast with thousands of actions).
        self.table = record_table(
            self.model, self.fontMetrics().lineSpacing() * 2 + 12, alternate=False
        )
        # Owner, due date and status are read whole (sized to their text); the promise and
        # the session it came from wrap in the room left.
        self.table.setObjectName("followUpTable")
        self.table.setWordWrap(True)
        self.columns = ReadableColumns(self.table, (1, 2, 3, 4), stretch=(0,), share=0.2)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        left.addWidget(self.table, 1)
        self.empty = plain_label(
            tr("Nothing open from earlier sessions: a clean slate."), scale=1.2, muted=True
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.empty, 1)
        buttons = FlowLayout()
        self.done_button = QPushButton(tr("Done  (D)"))
        self.progress_button = QPushButton(tr("In progress, new date…  (P)"))
        self.drop_button = QPushButton(tr("Dropped, with a reason…  (X)"))
        for button, slot in (
            (self.done_button, self.mark_done),
            (self.progress_button, self.ask_in_progress),
            (self.drop_button, self.ask_dropped),
        ):
            button.clicked.connect(slot)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.add_widgets(button)
        left.addLayout(buttons)
        row.addLayout(left, 3)

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        side = QVBoxLayout(panel)
        self.closed_title = plain_label(tr("Done since last time"), scale=1.2, bold=True, wrap=True)
        side.addWidget(self.closed_title)
        side.addWidget(plain_label(tr("Celebrate these first."), muted=True))
        self.closed_view = QListView()
        self.closed_view.setModel(self.closed_model)
        self.closed_view.setFrameShape(QFrame.Shape.NoFrame)
        self.closed_view.setWordWrap(True)
        self.closed_view.setSpacing(3)
        self.closed_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.addWidget(self.closed_view, 1)
        self.closed_empty = plain_label(
            tr("Nothing closed since the last session yet. Mark one done with D."),
            muted=True,
            wrap=True,
        )
        side.addWidget(self.closed_empty)
        side.addStretch(0)
        row.addWidget(self._side_tabs(panel), 1)
        outer.addLayout(row, 1)
        outer.addWidget(
            plain_label(
                tr(
                    "Keys: D done · P in progress with a new date · X dropped with a reason · "
                    "↑↓ next action"
                ),
                muted=True,
            )
        )
        for key, slot in (
            ("D", self.mark_done),
            ("P", self.ask_in_progress),
            ("X", self.ask_dropped),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_dark(is_dark(self))
            self.closed_model.set_dark(is_dark(self))

    # -- book and session ----------------------------------------------------------
    def focus_default(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def reload(self) -> None:
        book = self.context.book
        dark = is_dark(self)
        self.model.dark = self.closed_model.dark = dark
        if book is None:
            self.model.reset_items([])
            self.closed_model.reset_items([])
        else:
            sid = self.context.session_id
            self.model.reset_items(series.follow_up(book, sid, common.today()))
            closed = series.closed_since_last_time(book, sid, common.today()) if sid else []
            self.closed_model.reset_items(closed)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_summary()

    def _on_changed(self, change: Change) -> None:
        book = self.context.book
        if book is None or not (change.touches("actions") or change.touches("sessions")):
            return
        if change.touches("sessions"):  # a title or date changed: cheap to read again
            current = self.current_item()
            self.reload()
            if current is not None and (row := self.model.row_of(current.action.id)) is not None:
                self.table.selectRow(row)
            return
        today, sid = common.today(), self.context.session_id
        for row_change in change.of("actions"):
            action_id = row_change.row_id
            if row_change.after is None:
                self.model.remove_key(action_id)
                continue
            item = series.follow_up_item(book, action_id, today)
            if item is None:
                continue
            if self.model.row_of(action_id) is not None:
                self.model.replace_item(item)
            elif not item.action.status.is_closed and series.is_earlier(
                book, sid, item.action.session_id
            ):
                self.model.put(item, _order)
        if sid is not None:
            self.closed_model.sync_sorted(
                series.closed_since_last_time(book, sid, today), _closed_order
            )
        self._update_summary()

    def _update_summary(self) -> None:
        items = self.model.items()
        still = [i for i in items if not i.action.status.is_closed]
        overdue = sum(1 for i in still if i.overdue)
        reviewed = len(items) - len(still)
        parts = [tr("{0} open from earlier sessions").format(len(still))]
        if overdue:
            parts.append(tr("{0} overdue").format(overdue))
        if reviewed:
            parts.append(tr("{0} closed just now").format(reviewed))
        self.summary.setText(" · ".join(parts))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        done = sum(1 for i in self.closed_model.items() if i.action.status is ActionStatus.DONE)
        self.closed_title.setText(tr("Done since last time: {0}").format(done))
        self.closed_empty.setVisible(not self.closed_model.rowCount())
        self.closed_view.setVisible(bool(self.closed_model.rowCount()))

    # -- the three keys ------------------------------------------------------------
    def current_item(self) -> FollowUpItem | None:
        index = self.table.currentIndex()
        return self.model.data(index, RecordRole) if index.isValid() else None

    def _next_row(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount() - 1:
            self.table.selectRow(row + 1)

    def _set_status(self, item: FollowUpItem, status: ActionStatus, **kw: str) -> None:
        if self.context.bridge is None:
            return
        self.context.bridge.run(self.context.book.actions.set_status, item.action.id, status, **kw)
        self._next_row()

    def mark_done(self) -> None:
        item = self.current_item()
        if item is not None:
            self._set_status(item, ActionStatus.DONE)

    def ask_in_progress(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = DateDialog(item, self)
        dialog.accepted.connect(
            lambda: self._set_status(
                item, ActionStatus.IN_PROGRESS, due=dialog.values()[0], note=dialog.values()[1]
            )
        )
        self._open(dialog)

    def ask_dropped(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = ReasonDialog(item, self)
        dialog.accepted.connect(
            lambda: self._set_status(item, ActionStatus.DROPPED, note=dialog.reason())
        )
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()


@register_page(Phase.REVIEW)
def create_follow_up_page(context: WorkshopContext) -> QWidget:
    return FollowUpPage(context)
