"""Session > Pull value ideas from backlog: earlier value ideas, ticked, copied into this session.

Value ideas not yet acted on carry from session to session; the ones ticked here
become new cards of the current session (one undoable operation), ready for
the room to vote on again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import one_line, plain_tooltip
from ui.series.common import tr
from ui.state.context import WorkshopContext
from ui.widgets.basics import plain_label
from workshop.backlog import BacklogIdea, pull_value_ideas, value_backlog
from workshop.errors import WorkshopError

Index = QModelIndex | QPersistentModelIndex


class BacklogModel(QAbstractListModel):
    """Backlog ideas with a tick box each."""

    def __init__(self, ideas: list[BacklogIdea], parent: Any = None) -> None:
        super().__init__(parent)
        self.ideas = ideas
        self.ticked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ideas)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ideas):
            return None
        idea = self.ideas[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            facts = [f"{idea.session_title} · {idea.session_date}"]
            if idea.dots:
                facts.append(tr("{0} dots").format(idea.dots))
            if idea.times_raised > 1:
                facts.append(tr("raised in {0} sessions").format(idea.times_raised))
            return f"{one_line(idea.text, 140)}\n    {' · '.join(facts)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(idea.text)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = idea.contribution_id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        cid = self.ideas[index.row()].contribution_id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        (self.ticked.add if checked else self.ticked.discard)(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, ticked: bool) -> None:
        self.ticked = {i.contribution_id for i in self.ideas} if ticked else set()
        if self.ideas:
            self.dataChanged.emit(self.index(0), self.index(len(self.ideas) - 1))

    def chosen(self) -> list[int]:
        return [i.contribution_id for i in self.ideas if i.contribution_id in self.ticked]


class BacklogDialog(QDialog):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pulled: list[int] = []
        self.setWindowTitle(tr("Pull value ideas from the backlog"))
        self.resize(760, 520)
        book, sid = context.book, context.session_id
        ideas = value_backlog(book, sid) if book is not None else []
        self.model = BacklogModel(ideas, self)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Value ideas from earlier sessions"), scale=1.3, bold=True))
        layout.addWidget(
            plain_label(
                tr("Ideas not yet turned into an action. Tick the ones to put to the vote again "
                   "(Space ticks); they are copied into this session as new cards."),
                muted=True,
                wrap=True,
            )
        )  # fmt: skip
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSpacing(3)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.view, 1)
        self.empty = plain_label(tr("The backlog is empty: every earlier value idea is acted on "
                                    "or already in this session."), muted=True, wrap=True)  # fmt: skip
        layout.addWidget(self.empty)
        self.empty.setVisible(not ideas)
        row = QHBoxLayout()
        for text, ticked in ((tr("Tick &all"), True), (tr("&Clear"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, t=ticked: self.model.set_all(t))
            button.setEnabled(bool(ideas))
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.pull)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.status = plain_label(muted=True)
        layout.addWidget(self.status)
        self.model.dataChanged.connect(self._update)
        self._update()
        if ideas:
            self.view.setCurrentIndex(self.model.index(0))
        self.view.setFocus()

    def _update(self, *_args: Any) -> None:
        n = len(self.model.chosen())
        self.ok.setText(tr("&Pull {0} into this session").format(n))
        self.ok.setEnabled(n > 0 and self.context.session_id is not None)

    def pull(self) -> None:
        bridge, sid = self.context.bridge, self.context.session_id
        if bridge is None or sid is None:
            return
        try:
            self.pulled = pull_value_ideas(bridge.book, sid, self.model.chosen())
        except WorkshopError as exc:
            self.status.setText(str(exc))
            return
        self.accept()
