"""The forms of the Plan page: an action (what, who, by when, first step, help needed)
and an obstacle (way around, who can remove it, status)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.models.labels import obstacle_status_label
from ui.widgets.basics import long_text_line, plain_label
from ui.widgets.date_field import DateField
from workshop.model import Action, Contribution, ObstacleStatus

DEFAULT_DUE_DAYS = 14


def people_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    long_text_line(combo.lineEdit())  # "who" may be a long answer: keep all of it
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def set_people(combo: QComboBox, names: list[str]) -> None:
    text = combo.currentText()
    combo.clear()
    combo.addItem("")
    combo.addItems(names)
    combo.setCurrentText(text)


class ActionForm(QGroupBox):
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing_id: int | None = None
        self.contribution_id: int | None = None
        self.what = long_text_line(QLineEdit(self))
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(self.tr("What will be done"))
        self.owner = people_combo(self, "actionOwner")
        self.owner.lineEdit().setPlaceholderText(self.tr("Who makes it happen"))
        self.due = DateField(self, optional=True)
        self.due.setObjectName("actionDue")
        self.due.edit.returnPressed.connect(self.saveRequested)
        self.first_step = long_text_line(QLineEdit(self))
        self.first_step.setObjectName("actionFirstStep")
        self.first_step.setPlaceholderText(self.tr("The very next thing to do, this week"))
        self.help = long_text_line(QLineEdit(self))
        self.help.setObjectName("actionHelp")
        self.help.setPlaceholderText(self.tr("What management will do to help"))
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("actionSave")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+S, or Enter in a field"))
        self.save_button.clicked.connect(self.saveRequested)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("actionClear")
        self.clear_button.clicked.connect(self.clear)
        for edit in (self.what, self.first_step, self.help, self.owner.lineEdit()):
            edit.returnPressed.connect(self.saveRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&What"), self.what)
        form.addRow(self.tr("&Owner"), self.owner)
        due_label = QLabel(self.tr("D&ue"), self)
        due_label.setBuddy(self.due)
        form.addRow(due_label, self.due)
        form.addRow(self.tr("&First step"), self.first_step)
        form.addRow(self.tr("&Help needed"), self.help)
        form.addRow(buttons)
        self.clear()

    def clear(self) -> None:
        self.editing_id = None
        self.contribution_id = None
        self.what.clear()
        self.owner.setCurrentText("")
        self.first_step.clear()
        self.help.clear()
        self.due.set_date(date.today() + timedelta(days=DEFAULT_DUE_DAYS))
        self.setTitle(self.tr("New action"))
        self.save_button.setText(self.tr("Add action"))

    def start_from(self, item: Contribution) -> None:
        """Prefill a new action from a ranked item."""
        self.clear()
        self.contribution_id = item.id
        self.what.setText(item.text)
        self.what.setCursorPosition(0)
        self.owner.setFocus()

    def edit(self, action: Action) -> None:
        self.clear()
        self.editing_id = action.id
        self.contribution_id = action.contribution_id
        self.what.setText(action.what)
        self.owner.setCurrentText(action.owner or "")
        self.due.set_date(action.due)
        self.first_step.setText(action.first_step or "")
        self.help.setText(action.help_needed or "")
        self.setTitle(self.tr("Edit action"))
        self.save_button.setText(self.tr("Save changes"))
        self.what.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "what": self.what.text(),
            "owner": self.owner.currentText(),
            "due": self.due.iso(),
            "first_step": self.first_step.text(),
            "help_needed": self.help.text(),
        }


class ObstacleForm(QGroupBox):
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Obstacle"))
        self.obstacle_id: int | None = None
        self.text = plain_label(self.tr("Select an obstacle on the left."), self, wrap=True)
        self.text.setObjectName("obstacleText")
        self.way_around = long_text_line(QLineEdit(self))
        self.way_around.setObjectName("obstacleWayAround")
        self.way_around.setPlaceholderText(self.tr("How the team can work around it meanwhile"))
        self.remover = people_combo(self, "obstacleRemover")
        self.remover.lineEdit().setPlaceholderText(self.tr("Who can remove it for good"))
        self.status = QComboBox(self)
        self.status.setObjectName("obstacleStatus")
        for status in ObstacleStatus:
            self.status.addItem(obstacle_status_label(status), status.value)
        self.save_button = QPushButton(self.tr("Save obstacle"), self)
        self.save_button.setObjectName("obstacleSave")
        self.save_button.setToolTip(self.tr("Ctrl+S, or Enter in a field"))
        self.save_button.clicked.connect(self.saveRequested)
        for edit in (self.way_around, self.remover.lineEdit()):
            edit.returnPressed.connect(self.saveRequested)
        form = QFormLayout(self)
        form.addRow(self.text)
        form.addRow(self.tr("&Way around"), self.way_around)
        form.addRow(self.tr("&Who can remove it"), self.remover)
        form.addRow(self.tr("&Status"), self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.show_obstacle(None)

    def show_obstacle(self, obstacle: Contribution | None) -> None:
        self.obstacle_id = obstacle.id if obstacle else None
        for widget in (self.way_around, self.remover, self.status, self.save_button):
            widget.setEnabled(obstacle is not None)
        if obstacle is None:
            self.text.setText(self.tr("Select an obstacle on the left."))
            self.way_around.clear()
            self.remover.setCurrentText("")
            return
        self.text.setText(obstacle.text)
        self.way_around.setText(obstacle.way_around or "")
        self.remover.setCurrentText(obstacle.remover or "")
        status = (obstacle.obstacle_status or ObstacleStatus.OPEN).value
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def values(self) -> dict[str, Any]:
        return {
            "way_around": self.way_around.text(),
            "remover": self.remover.currentText(),
            "status": self.status.currentData(),
        }
