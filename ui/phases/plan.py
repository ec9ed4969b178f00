"""Plan: the top-ranked items become actions; obstacles get a way around and an owner.

Actions tab: pick a ranked item (Enter or Ctrl+Shift+A) to prefill an action,
give it an owner, a due date, a first step and the help needed, Ctrl+S adds it.
The planned actions keep the team's order: drag one, or Alt+Up / Alt+Down. An
action without an owner or a due date is marked incomplete.
Obstacles tab: the session's obstacles with their way around and status.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.labels import fill
from ui.models.plan import ActionModel, ObstacleModel
from ui.models.ranking import RankingModel
from ui.phases import card_commands, register_page
from ui.phases.plan_forms import ActionForm, ObstacleForm, set_people
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import heading, muted_label
from ui.widgets.columns import fit_columns, table
from workshop.journal import Change
from workshop.model import Phase


class PlanPage(QWidget):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("planPage")
        self.context = context
        self.ranking = RankingModel(context, self, live=False)
        self.actions = ActionModel(context, self)
        self.obstacles = ObstacleModel(context, self, live=False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(self._actions_tab(), self.tr("&Actions"))
        self.tabs.addTab(self._obstacles_tab(), self.tr("O&bstacles"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.tabs)
        context.sessionChanged.connect(self._load_people)
        ChangeFollower(context, self, self._on_change)
        self._load_people()

    # -- building ----------------------------------------------------------------
    def _actions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.ranked = table(tab, "rankedItems")
        self.ranked.setModel(self.ranking)
        fit_columns(self.ranked, 3)
        self.ranked.activated.connect(lambda _i: self.make_action())
        self.form = ActionForm(tab)
        self.form.saveRequested.connect(self.save)
        self.planned = table(tab, "plannedActions", wrap=True)
        self.planned.setModel(self.actions)
        fit_columns(self.planned, 1, 4, 5)
        self.planned.activated.connect(lambda _i: self.edit_selected())
        # The team's order of the actions: drag a row, or Alt+Up / Alt+Down.
        self.planned.setDragEnabled(True)
        self.planned.setAcceptDrops(True)
        self.planned.setDropIndicatorShown(True)
        self.planned.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.planned.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.planned.installEventFilter(self)
        self.actions.on_move = self.move_action_to
        self.actions.dataChanged.connect(self._count_actions)
        self.planned_title = heading("", tab, scale=1.0)
        self.actions.rowsInserted.connect(self._count_actions)
        self.actions.rowsRemoved.connect(self._count_actions)
        self.actions.modelReset.connect(self._count_actions)

        make = QPushButton(self.tr("Make an action"), tab)
        make.setObjectName("makeAction")
        make.setToolTip(self.tr("Enter on an item, or Ctrl+Shift+A"))
        make.clicked.connect(self.make_action)
        edit = QPushButton(self.tr("Edit"), tab)
        edit.setToolTip(self.tr("F2"))
        edit.clicked.connect(self.edit_selected)
        up = QPushButton(self.tr("Move up"), tab)
        up.setObjectName("actionUp")
        up.setToolTip(self.tr("Alt+Up, or drag the action"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("Move down"), tab)
        down.setObjectName("actionDown")
        down.setToolTip(self.tr("Alt+Down, or drag the action"))
        down.clicked.connect(lambda: self.move_selected(+1))
        delete = QPushButton(self.tr("Delete"), tab)
        delete.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        delete.clicked.connect(self.delete_selected)

        ranked_box = QVBoxLayout()
        ranked_title = QHBoxLayout()
        ranked_title.addWidget(heading(self.tr("Vote result"), tab, scale=1.0), 1)
        ranked_title.addWidget(make)
        ranked_box.addLayout(ranked_title)
        ranked_box.addWidget(self.ranked, 1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(ranked_box, 5)
        top.addWidget(self.form, 4)
        planned_row = QHBoxLayout()
        planned_row.addWidget(self.planned_title, 1)
        planned_row.addWidget(up)
        planned_row.addWidget(down)
        planned_row.addWidget(edit)
        planned_row.addWidget(delete)
        layout = QVBoxLayout(tab)
        layout.setSpacing(8)
        layout.addLayout(top, 5)
        layout.addLayout(planned_row)
        layout.addWidget(self.planned, 4)
        self._count_actions()
        return tab

    def _obstacles_tab(self) -> QWidget:
        tab = QWidget(self)
        self.obstacle_table = table(tab, "obstacleTable", wrap=True)
        self.obstacle_table.setModel(self.obstacles)
        fit_columns(self.obstacle_table, 0, 1)
        self.obstacle_table.selectionModel().currentRowChanged.connect(self._show_obstacle)
        self.obstacles.dataChanged.connect(lambda *_: self._refresh_obstacle())
        self.obstacle_form = ObstacleForm(tab)
        self.obstacle_form.saveRequested.connect(self.save)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Obstacles of this session"), tab, scale=1.0))
        left.addWidget(
            muted_label(
                self.tr(
                    "Staff are usually blocked by rules and tools, not by motivation. "
                    "Name a way around for now, and who can remove the obstacle for good."
                ),
                tab,
            )
        )
        left.addWidget(self.obstacle_table, 1)
        layout = QHBoxLayout(tab)
        layout.setSpacing(12)
        layout.addLayout(left, 3)
        layout.addWidget(self.obstacle_form, 2)
        return tab

    # -- state -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.ranking.set_live(True)
        self.obstacles.set_live(True)
        super().showEvent(event)
        if not self.ranked.currentIndex().isValid() and self.ranking.rowCount():
            self.ranked.selectRow(0)

    def hideEvent(self, event: QHideEvent) -> None:
        self.ranking.set_live(False)
        self.obstacles.set_live(False)
        super().hideEvent(event)

    def _load_people(self, *_args: object) -> None:
        book, sid = self.context.book, self.context.session_id
        names = book.sessions.participants(sid) if book is not None and sid is not None else []
        set_people(self.form.owner, names)
        set_people(self.obstacle_form.remover, names)
        self.form.clear()

    def _on_change(self, change: Change) -> None:
        if change.touches("participants"):
            self._load_people()

    def _count_actions(self, *_args: object) -> None:
        count, incomplete = self.actions.rowCount(), self.actions.incomplete_count()
        if incomplete:
            text = fill(
                self.tr("Planned actions (%1) · %2 incomplete: name an owner and a due date"),
                count,
                incomplete,
            )
        else:
            text = fill(self.tr("Planned actions (%1)"), count)
        self.planned_title.setText(text)

    def _ready(self) -> bool:
        c = self.context
        return c.book is not None and c.bridge is not None and c.session_id is not None

    # -- commands ------------------------------------------------------------------
    def focus_default(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.obstacle_table.setFocus()
        else:
            self.ranked.setFocus()

    def make_action(self) -> None:
        self.tabs.setCurrentIndex(0)
        index = self.ranked.currentIndex()
        item = index.data(RecordRole) if index.isValid() else None
        if item is None:
            card_commands.status(self, self.tr("Pick an item of the vote result first."))
            return
        self.form.start_from(item.contribution)

    def unsaved_input(self) -> str:
        """A new action typed in the form but not added yet."""
        return self.form.what.text().strip() if self.form.editing_id is None else ""

    def save_unsaved_input(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.save()
        return not self.form.what.text().strip()

    def save(self) -> None:
        if not self._ready():
            return
        book, bridge, sid = self.context.book, self.context.bridge, self.context.session_id
        if self.tabs.currentIndex() == 1:
            oid = self.obstacle_form.obstacle_id
            if oid is not None:
                bridge.run(book.contributions.set_obstacle, oid, **self.obstacle_form.values())
            return
        if not self.form.due.check():
            card_commands.status(self, self.form.due.problem())
            return
        values = self.form.values()
        if self.form.editing_id is not None:
            ok, _ = card_commands.attempt(bridge, book.actions.edit, self.form.editing_id, **values)
            if ok:
                self.form.clear()
                self.ranked.setFocus()
            return
        new_id = bridge.run(
            book.actions.plan, sid, contribution_id=self.form.contribution_id, **values
        )
        if new_id is not None:
            self.form.clear()
            self._select_next_item()

    def _select_next_item(self) -> None:
        row = self.ranked.currentIndex().row()
        if 0 <= row + 1 < self.ranking.rowCount():
            self.ranked.selectRow(row + 1)
        self.ranked.setFocus()

    def _selected_action_id(self) -> int | None:
        index = self.planned.currentIndex()
        action = index.data(RecordRole) if index.isValid() else None
        return action.id if action is not None else None

    def edit_selected(self) -> None:
        aid = self._selected_action_id()
        if aid is not None and self._ready():
            self.tabs.setCurrentIndex(0)
            self.form.edit(self.context.book.actions.get(aid))

    def move_selected(self, step: int) -> None:
        """Move the selected action up or down the list (Alt+Up, Alt+Down)."""
        aid = self._selected_action_id()
        if aid is None:
            return
        row = self.actions.row_of(aid)
        if row is not None and 0 <= row + step < self.actions.rowCount():
            self.move_action_to(aid, row + step)

    def move_action_to(self, action_id: int, position: int) -> None:
        """Put an action at *position* (one undoable change); it stays selected."""
        if not self._ready():
            return
        self.context.bridge.run(self.context.book.actions.move, action_id, position)
        row = self.actions.row_of(action_id)
        if row is not None:
            self.planned.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.planned
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def delete_selected(self) -> None:
        aid = self._selected_action_id()
        if aid is not None and self._ready():
            self.context.bridge.run(self.context.book.actions.delete, aid)
            card_commands.status(self, self.tr("Action deleted. Ctrl+Z brings it back."))

    def _show_obstacle(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.obstacle_form.show_obstacle(current.data(RecordRole) if current.isValid() else None)

    def _refresh_obstacle(self) -> None:
        self._show_obstacle(self.obstacle_table.currentIndex(), QModelIndex())


@register_page(Phase.PLAN)
def build_plan(context: WorkshopContext) -> QWidget:
    return PlanPage(context)
