"""Help > Keyboard Shortcuts: every registered command with its keys, by menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.commands.menus import key_sequences, menu_title, ordered_specs


def on_a_keyboard(key: QKeySequence) -> bool:
    """Leave out the dedicated keys some keyboards have ("Open", "Undo", media keys)."""
    return key.count() > 0 and key[0].key().value < Qt.Key.Key_Back.value


def shortcut_rows() -> list[tuple[str, str, str, str]]:
    """(menu, command, keys, what it does) for every registered action."""
    rows = []
    for spec in ordered_specs():
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in key_sequences(spec)
            if on_a_keyboard(k)
        )
        command = QCoreApplication.translate("Actions", spec.text).replace("&", "")
        tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else ""
        rows.append((menu_title(spec.menu).replace("&", ""), command, keys, tip))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(1000, 600)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Menu"), self.tr("Command"), self.tr("Keys"), self.tr("What it does")]
        )
        for row in shortcut_rows():
            items = [QStandardItem(value) for value in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a command or a key…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("shortcutTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.setFocus()
