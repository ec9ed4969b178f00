"""The roll-up window: many teams' books side by side, and the obstacles they share.

Books are only read (see :mod:`workshop.rollup`). The per-team table sorts by
any column and filters by name; double-clicking a team opens its book in the
console. The shared obstacles follow the similarity threshold; groups can be
merged or split by hand, and that grouping is kept in NAME.rollup.json beside
the last export (written again at each change once there is one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.labels import fill, plain_tooltip
from ui.rollup.models import GroupModel, RollupFilter, TeamModel, days, tr
from ui.widgets.basics import plain_label
from ui.widgets.messages import show_error
from ui.widgets.palette import is_dark
from workshop.errors import WorkshopError
from workshop.rollup import rollup_file
from workshop.rollup.build import RollUp, roll_up
from workshop.rollup.shared import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD
from workshop.storage import BOOK_SUFFIX

HELP = QT_TRANSLATE_NOOP(
    "Rollup",
    "The roll-up reads copies of the teams' books side by side. It never changes a book: "
    "each team keeps its own book on its facilitator's laptop, and copies are collected in a "
    "folder (sent by e-mail, or a folder the teams sync with the tools they already use). "
    "Do not share one live book on a network drive for several people to open: SQLite "
    "cannot lock a file reliably over a network, and a book written from two computers can "
    "be damaged. Roll up the copies instead.\n"
    "Obstacles in different teams' words are grouped by similarity: a higher threshold "
    "groups only closer wordings. Merge groups that mean the same, split one that does not; "
    "the grouping is kept in a .rollup.json file beside the export, never in the books.",
)

OpenBook = Callable[[Path], object]
today: Callable[[], date] = date.today  # tests replace it


class RollupWindow(QWidget):
    def __init__(self, open_book: OpenBook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Roll-up of several books"))
        self.open_book = open_book
        self.sources: list[Path] = []
        self.rollup: RollUp | None = None
        self.grouping_file: Path | None = None
        self.team_model = TeamModel(self)
        self.teams = RollupFilter(self)
        self.teams.setSourceModel(self.team_model)
        self.teams.setFilterKeyColumn(0)  # the filter box matches team names
        self.group_model = GroupModel(self)
        self.groups = RollupFilter(self)
        self.groups.setSourceModel(self.group_model)
        self.groups.set_min_teams(2)
        self._regroup_timer = QTimer(self)
        self._regroup_timer.setSingleShot(True)
        self._regroup_timer.setInterval(300)
        self._regroup_timer.timeout.connect(self._apply_threshold)
        self._build()
        self._refresh()

    # -- layout ----------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        top = QHBoxLayout()
        self.title = plain_label(tr("Roll-up of several books"), scale=1.6, bold=True)
        top.addWidget(self.title, 1)
        self.add_folder_button = self._button(tr("Add a &Folder…"), self.choose_folder, top)
        self.add_books_button = self._button(tr("Add &Books…"), self.choose_books, top)
        self.reload_button = self._button(tr("&Reload"), self.reload, top)
        self.help_button = self._button(tr("&Help"), self._toggle_help, top)
        outer.addLayout(top)
        self.summary = plain_label(muted=True, wrap=True)
        outer.addWidget(self.summary)
        self.help = plain_label(tr(HELP), wrap=True)
        self.help.setVisible(False)
        outer.addWidget(self.help)
        self.skipped = plain_label(wrap=True)
        outer.addWidget(self.skipped)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._teams_panel())
        splitter.addWidget(self._groups_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.saved = plain_label(muted=True)
        bottom.addWidget(self.saved, 1)
        self.export_buttons = [
            self._button(tr("Export &PDF…"), lambda: self.export("pdf"), bottom),
            self._button(tr("Export &CSV…"), lambda: self.export("csv"), bottom),
            self._button(tr("Export &Markdown…"), lambda: self.export("markdown"), bottom),
        ]
        outer.addLayout(bottom)

    def _table(self, model: RollupFilter) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def _teams_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(plain_label(tr("Teams"), scale=1.2, bold=True))
        row.addStretch(1)
        caption = QLabel(tr("&Filter:"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("part of a team's name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.teams.setFilterFixedString)
        caption.setBuddy(self.filter)
        row.addWidget(caption)
        row.addWidget(self.filter)
        layout.addLayout(row)
        self.team_table = self._table(self.teams)
        self.team_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.team_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.team_table.setToolTip(tr("Double-click a team to open its book in the console"))
        self.team_table.doubleClicked.connect(self._open_team)
        header = self.team_table.horizontalHeader()
        for column in range(1, self.team_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.team_table, 1)
        return panel

    def _groups_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(plain_label(tr("Obstacles many teams share"), scale=1.2, bold=True))
        row.addStretch(1)
        caption = QLabel(tr("Similarity &threshold:"))
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setToolTip(tr("Higher: only closer wordings are grouped as one obstacle"))
        self.threshold.valueChanged.connect(lambda _v: self._regroup_timer.start())
        caption.setBuddy(self.threshold)
        row.addWidget(caption)
        row.addWidget(self.threshold)
        self.show_single = QCheckBox(tr("Show obstacles named by &one team"))
        self.show_single.toggled.connect(lambda on: self.groups.set_min_teams(1 if on else 2))
        row.addWidget(self.show_single)
        layout.addLayout(row)
        self.group_table = self._table(self.groups)
        self.group_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.group_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.group_table.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.group_table.horizontalHeader()
        for column, width in ((1, 60), (2, 260), (3, 110), (4, 100), (5, 110)):
            header.resizeSection(column, width)
        layout.addWidget(self.group_table, 1)
        buttons = QHBoxLayout()
        self.merge_button = self._button(tr("&Merge Selected"), self.merge_selected, buttons)
        self.merge_button.setToolTip(tr("The selected groups name the same obstacle"))
        self.split_button = self._button(tr("&Split"), self.split_selected, buttons)
        self.split_button.setToolTip(tr("Each wording of the selected groups stands alone"))
        self.auto_button = self._button(tr("&Let the Threshold Decide"), self.forget_selected,
                                        buttons)  # fmt: skip
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return panel

    # -- sources ----------------------------------------------------------------
    def _start_folder(self) -> str:
        if self.sources:
            first = self.sources[0]
            return str(first if first.is_dir() else first.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Roll up the books of a folder"), self._start_folder()
        )
        if folder:
            self.add_sources([Path(folder)])

    def choose_books(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            tr("Roll up workshop books"),
            self._start_folder(),
            fill(tr("Workshop books (*%1);;Roll-up files (*.rollup.json);;All files (*)"),
                 BOOK_SUFFIX),
        )  # fmt: skip
        grouping = [Path(n) for n in names if n.endswith(rollup_file.SUFFIX)]
        books = [Path(n) for n in names if not n.endswith(rollup_file.SUFFIX)]
        if grouping:
            self.open_grouping(grouping[0])
        if books:
            self.add_sources(books)

    def open_grouping(self, path: Path) -> None:
        """Take up a roll-up saved earlier: its books, threshold and hand-made groups."""
        try:
            saved = rollup_file.load(path)
        except WorkshopError as exc:
            show_error(self, tr("Cannot open the roll-up file"), str(exc))
            return
        self.grouping_file = path
        self.sources = []
        self.threshold.blockSignals(True)
        self.threshold.setValue(saved.threshold)
        self.threshold.blockSignals(False)
        self.add_sources([Path(b) for b in saved.books], saved)

    def add_sources(self, paths: list[Path], saved: rollup_file.RollUpFile | None = None) -> None:
        for path in paths:
            if path not in self.sources:
                self.sources.append(path)
        self.reload(saved)

    def reload(self, saved: rollup_file.RollUpFile | None = None) -> None:
        if not self.sources:
            return
        decisions = saved.decisions if saved else self.rollup.decisions if self.rollup else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.rollup = roll_up(
                self.sources,
                today=today(),
                threshold=self.threshold.value(),
                decisions=decisions,
                progress=self._progress,
            )
        finally:
            QApplication.restoreOverrideCursor()
        self._refresh()

    def _progress(self, done: int, found: int, _path: Path) -> None:
        self.summary.setText(fill(tr("Reading book %1 of %2…"), done + 1, found))
        QGuiApplication.processEvents()

    # -- showing -----------------------------------------------------------------
    def _refresh(self) -> None:
        rollup = self.rollup
        self.team_model.dark = is_dark(self)
        self.team_model.reset_items(rollup.teams if rollup else [])
        self.group_model.reset_items(rollup.groups if rollup else [])
        has = rollup is not None and bool(rollup.teams)
        for button in self.export_buttons:
            button.setEnabled(has)
        self.reload_button.setEnabled(bool(self.sources))
        self._update_buttons()
        if rollup is None:
            self.title.setText(tr("Roll-up of several books"))
            self.summary.setText(
                tr("Choose a folder of books, or the books themselves: they are only read.")
            )
            self.skipped.setVisible(False)
            return
        self.title.setText(fill(tr("Teams rolled up: %1"), len(rollup.teams)))
        total = rollup.totals
        self.summary.setText(
            fill(
                tr("%1 open actions, %2 overdue · %3 obstacles in the way, %4 for over 90 days "
                   "· median %5 days to remove one · %6 sessions held · %7 hero stories, %8 of "
                   "routine delight · %9 obstacles shared by two teams or more"),
                total.actions_open, total.actions_overdue, total.obstacles_in_the_way,
                total.open_by_age[2], days(total.median_days_to_removal), total.sessions_held,
                total.heroes, total.heroes_routine, len(rollup.shared),
            )
        )  # fmt: skip
        self.skipped.setVisible(bool(rollup.skipped))
        if rollup.skipped:
            reasons = "; ".join(s.reason for s in rollup.skipped[:3])
            if len(rollup.skipped) > 3:
                reasons += " …"
            self.skipped.setText(fill(tr("Files skipped (%1): %2"), len(rollup.skipped), reasons))
            self.skipped.setToolTip(
                plain_tooltip(*(f"{s.path}: {s.reason}" for s in rollup.skipped))
            )

    def _selected_groups(self) -> list:
        rows = self.group_table.selectionModel().selectedRows()
        return [self.groups.index(r.row(), 0).data(RecordRole) for r in rows]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected_groups()
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.split_button.setEnabled(any(len(g.keys) > 1 for g in chosen))
        self.auto_button.setEnabled(any(g.pinned for g in chosen))

    def _toggle_help(self) -> None:
        self.help.setVisible(not self.help.isVisible())

    # -- grouping ----------------------------------------------------------------
    def _apply_threshold(self) -> None:
        if self.rollup is not None and self.rollup.threshold != self.threshold.value():
            self.rollup.threshold = self.threshold.value()
            self._grouping_changed()

    def _grouping_changed(self) -> None:
        if self.rollup is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.rollup.regroup()
            self._refresh()
        finally:
            QApplication.restoreOverrideCursor()
        if self.grouping_file is not None:
            self._save_grouping(self.grouping_file)

    def merge_selected(self) -> None:
        chosen = self._selected_groups()
        if self.rollup is not None and len(chosen) >= 2:
            self.rollup.decisions.merge(chosen)
            self._grouping_changed()

    def split_selected(self) -> None:
        if self.rollup is None:
            return
        for group in self._selected_groups():
            if len(group.keys) > 1:
                self.rollup.decisions.split(group)
        self._grouping_changed()

    def forget_selected(self) -> None:
        if self.rollup is None:
            return
        for group in self._selected_groups():
            self.rollup.decisions.forget(group)
        self._grouping_changed()

    def _save_grouping(self, path: Path) -> None:
        assert self.rollup is not None
        try:
            rollup_file.save(path, self.rollup.threshold, self.rollup.decisions, self.sources)
        except OSError as exc:
            show_error(self, tr("Cannot save the grouping"), f"{path.name}: {exc.strerror or exc}")

    # -- opening a team's book -----------------------------------------------------
    def _open_team(self, index) -> None:
        team = self.teams.index(index.row(), 0).data(RecordRole)
        if team is not None and self.open_book is not None:
            self.open_book(team.path)

    # -- exports -------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        rollup = self.rollup
        if rollup is None or not rollup.teams:
            return None
        suffix = {"pdf": ".pdf", "csv": ".csv", "markdown": ".md"}[fmt]
        filters = {"pdf": tr("PDF files (*.pdf)"), "csv": tr("CSV files (*.csv)"),
                   "markdown": tr("Markdown files (*.md)")}  # fmt: skip
        folder = Path(self._start_folder())
        suggested = folder / f"roll-up-{rollup.today.isoformat()}{suffix}"
        if self.grouping_file is not None:
            suggested = self.grouping_file.with_name(
                self.grouping_file.name.removesuffix(rollup_file.SUFFIX) + suffix
            )
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export the roll-up"), str(suggested), filters[fmt]
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:
            if fmt == "pdf":
                from workshop.rollup.pdf import write_rollup_pdf

                write_rollup_pdf(rollup, target)
            elif fmt == "csv":
                from workshop.rollup.text_exports import write_rollup_csv

                write_rollup_csv(rollup, target)
            else:
                from workshop.rollup.text_exports import write_rollup_markdown

                write_rollup_markdown(rollup, target)
        except (OSError, WorkshopError) as exc:
            detail = getattr(exc, "strerror", None) or str(exc)
            show_error(self, tr("Cannot export the roll-up"), f"{target.name}: {detail}")
            return None
        self.grouping_file = rollup_file.beside(target)
        self._save_grouping(self.grouping_file)
        self.saved.setText(
            fill(tr("Saved %1 (grouping kept in %2)"), target.name, self.grouping_file.name)
        )
        return target
