"""File > Import customer feedback: a survey tool's CSV into hero stories, with a preview.

The user picks which column holds the customer's words (required) and, if the
file has them, the date, customer, employee and playbook-entry columns (or one
recovery-playbook entry all the stories used); the preview shows the
first rows with the chosen columns marked, and the import runs as one
undoable operation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import one_line, plain_tooltip
from ui.series.common import tr
from ui.state.context import WorkshopContext
from ui.widgets.basics import plain_label
from ui.widgets.palette import is_dark, status_color
from workshop import feedback
from workshop.errors import InvalidInput, WorkshopError
from workshop.feedback import ColumnMapping, FeedbackTable
from workshop.model import HeroType

PREVIEW_ROWS = 50
FIELD_LABELS = {
    "text": "The customer's &words:",
    "date": "&Date:",
    "customer": "&Customer:",
    "employee": "&Employee(s) to credit:",
    "playbook": "&Playbook entry used:",
}
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The first rows of the file; the chosen columns are tinted and named in the header."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = FeedbackTable((), ())
        self.roles: dict[int, str] = {}
        self.dark = False

    def set_table(self, table: FeedbackTable) -> None:
        self.beginResetModel()
        self.table = table
        self.roles = {}
        self.endResetModel()

    def set_roles(self, roles: dict[int, str]) -> None:
        self.roles = roles
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(PREVIEW_ROWS, len(self.table.rows))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(value, 90)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(value)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.roles:
            return QBrush(status_color("done_bg", self.dark))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 2) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self.table.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.table.headers[section]
            field = self.roles.get(section)
            return f"{name}\n→ {field}" if field else f"{name}\n"
        if role == Qt.ItemDataRole.FontRole and section in self.roles:
            font = QFont()
            font.setBold(True)
            return font
        return None


class FeedbackDialog(QDialog):
    def __init__(
        self,
        context: WorkshopContext,
        path: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.table: FeedbackTable | None = None
        self.imported: list[int] = []
        self.setWindowTitle(tr("Import customer feedback"))
        self.resize(980, 620)
        self.preview = PreviewModel(self)
        self._build()
        if path:
            self.load(path)
        else:
            self._update()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                tr("Positive feedback becomes hero stories: choose which column holds the "
                   "customer's words and, if the file has them, the date, the customer and the "
                   "employees to credit (several names separated by ; or ,)."),
                wrap=True,
                muted=True,
            )
        )  # fmt: skip
        file_row = QHBoxLayout()
        self.file_label = plain_label(tr("No file chosen"))
        file_row.addWidget(self.file_label, 1)
        choose = QPushButton(tr("C&hoose file…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(choose)
        layout.addLayout(file_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.combos: dict[str, QComboBox] = {}
        for field, label in FIELD_LABELS.items():
            combo = QComboBox()
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(self._update)
            self.combos[field] = combo
            form.addRow(tr(label), combo)
        self.hero_type = QComboBox()
        self.hero_type.addItem(
            tr("Routine delight (counts double in recognition)"), HeroType.ROUTINE
        )
        self.hero_type.addItem(tr("Recovery"), HeroType.RECOVERY)
        form.addRow(tr("Mark the stories as:"), self.hero_type)
        self.entry = QComboBox()  # the recovery every story used, when no column names one
        self.entry.setObjectName("feedbackPlaybookEntry")
        self.entry.setMinimumContentsLength(24)
        form.addRow(tr("Recovery &used:"), self.entry)
        self._fill_entries()
        self.entry.currentIndexChanged.connect(self._update)
        layout.addLayout(form)
        self.view = QTableView()
        self.view.setModel(self.preview)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        layout.addWidget(self.view, 1)
        self.status = plain_label(wrap=True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- file -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Import customer feedback"), "", tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        try:
            table = feedback.read_csv(path)
        except (WorkshopError, OSError) as exc:
            self.table = None
            self.preview.set_table(FeedbackTable((), ()))
            self.file_label.setText(str(path))
            self._fill_combos([])
            self.status.setText(tr("This file cannot be read: {0}").format(exc))
            self.ok.setEnabled(False)
            return
        self.table = table
        self.file_label.setText(Path(path).name)
        self.preview.dark = is_dark(self)
        self.preview.set_table(table)
        self._fill_combos(list(table.headers))
        guess = feedback.guess_mapping(table.headers)
        for field, combo in self.combos.items():
            index = guess[field] if combo.isEnabled() else None
            combo.setCurrentIndex(0 if index is None else index + 1)
        self._update()

    def _fill_combos(self, headers: list[str]) -> None:
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(choose a column)") if field == "text" else tr("(none)"), None)
            for index, name in enumerate(headers):
                combo.addItem(name, index)
            combo.blockSignals(False)

    def _fill_entries(self) -> None:
        book = self.context.book
        entries = book.playbook.list() if book is not None else []
        self.entry.addItem(tr("(none, or as the playbook column says)"), None)
        for number, entry in enumerate(entries, start=1):
            self.entry.addItem(f"{number}. {one_line(entry.mishap, 60)}", entry.id)
        self.entry.setEnabled(bool(entries))
        self.combos["playbook"].setEnabled(bool(entries))

    # -- mapping -------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping | None:
        chosen = {field: combo.currentData() for field, combo in self.combos.items()}
        if chosen["text"] is None:
            return None
        return ColumnMapping(**chosen)

    def _update(self) -> None:
        names = {"text": tr("words"), "date": tr("date"), "customer": tr("customer"),
                 "employee": tr("employee"), "playbook": tr("playbook")}  # fmt: skip
        recovery = self.entry.currentData() is not None
        if recovery:  # stories about a playbook recovery are recovery stories
            self.hero_type.setCurrentIndex(self.hero_type.findData(HeroType.RECOVERY))
        self.hero_type.setEnabled(not recovery)
        roles = {
            combo.currentData(): names[field]
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }
        self.preview.set_roles(roles)
        self._size_columns()
        self.ok.setEnabled(False)
        if self.table is None:
            self.status.setText(tr("Choose a CSV file exported from your survey tool."))
            return
        mapping = self.mapping()
        if mapping is None:
            self.status.setText(tr("Choose the column that holds the customer's words."))
            return
        try:
            stories = feedback.stories(self.table, mapping)
        except InvalidInput as exc:
            self.status.setText(str(exc))
            return
        skipped = len(self.table.rows) - len(stories) + self.table.skipped_empty
        text = tr("{0} hero stories will be added to this session.").format(len(stories))
        if skipped:
            text += " " + tr("{0} empty rows are skipped.").format(skipped)
        self.status.setText(text)
        self.ok.setText(tr("&Import {0} stories").format(len(stories)))
        self.ok.setEnabled(bool(stories) and self.context.session_id is not None)

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(self.preview.columnCount()):
            self.view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 220))
        words = self.combos["text"].currentData()
        if words is not None:
            header.resizeSection(words, 380)

    def run_import(self) -> None:
        mapping, bridge, sid = self.mapping(), self.context.bridge, self.context.session_id
        if self.table is None or mapping is None or bridge is None or sid is None:
            return
        try:
            ids = feedback.import_feedback(
                bridge.book, sid, self.table, mapping, self.hero_type.currentData(),
                self.entry.currentData(),
            )  # fmt: skip
        except WorkshopError as exc:  # nothing was written: the import is all or nothing
            self.status.setText(tr("Nothing was imported: {0}").format(exc))
            return
        self.imported = ids
        self.accept()
