"""Recognition: employees ranked by hero stories over a period, and certificates to print.

Routine delight counts double a recovery (the method's fourth blunder: nobody
should need a foul-up to shine); the view says so above the ranking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import RecordRole
from ui.models.labels import one_line, plain_tooltip
from ui.series import common
from ui.series.common import KeyedTableModel, ask_pdf_path, record_table, show_saved, tr
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import plain_label
from ui.widgets.columns import text_width
from ui.widgets.palette import is_dark, status_color
from ui.widgets.windows import add_undo_actions
from workshop import series
from workshop.errors import WorkshopError
from workshop.journal import Change
from workshop.model import HeroType
from workshop.series import RECOVERY_WEIGHT, ROUTINE_WEIGHT, HeroStory, Recognition

PERIOD_LABELS = {
    "30d": "Last 30 days",
    "90d": "Last 90 days",
    "year": "This year",
    "last_year": "Last year",
    "all": "All time",
}


class RankingModel(KeyedTableModel):
    headers = ("Rank", "Employee", "Routine delight", "Recovery", "Score")
    tr_context = "RankingModel"

    def key(self, item: Recognition) -> str:
        return item.employee.casefold()

    def cell(self, item: Recognition, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(item.rank), item.employee, str(item.routine), str(item.recovery),
                    str(item.score)][column]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column in (1, 4):
            font = QFont()
            font.setBold(True)
            return font
        return None


class StoriesModel(KeyedTableModel):
    headers = ("Date", "Kind", "The customer's words", "Customer")
    tr_context = "RankingModel"

    def key(self, item: HeroStory) -> int:
        return item.story.id

    def cell(self, item: HeroStory, column: int, role: int) -> Any:
        s = item.story
        routine = s.hero_type is not HeroType.RECOVERY
        if role == Qt.ItemDataRole.DisplayRole:
            kind = tr("Routine delight") if routine else tr("Recovery")
            return [item.day, kind, one_line(s.text, 200), s.customer or "—"][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return plain_tooltip(s.text)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(status_color("done" if routine else "in_progress", self.dark))
        return None


class RecognitionView(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Recognition"))
        self.ranking = RankingModel(self)
        self.stories = StoriesModel(self)
        # Where certificates go; tests replace it instead of answering a file dialog.
        self.ask_path: Callable[[str], str] = self._ask_path
        self._build()
        ChangeFollower(context, self, self._on_changed)
        context.bookChanged.connect(self.refresh)
        add_undo_actions(self, context)
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        outer.addWidget(plain_label(tr("Recognition"), scale=1.6, bold=True))
        rule = tr(
            "Score: {routine} points for each routine-delight story, {recovery} for each recovery. "
            "Everyday delight counts more than a dramatic rescue: nobody should need a foul-up "
            "to shine."
        ).format(routine=ROUTINE_WEIGHT, recovery=RECOVERY_WEIGHT)
        self.rule = plain_label(rule, muted=True, wrap=True)
        outer.addWidget(self.rule)
        bar = QHBoxLayout()
        self.period = QComboBox()
        for key in series.PERIODS:
            self.period.addItem(tr(PERIOD_LABELS[key]), key)
        self.period.setCurrentIndex(series.PERIODS.index("90d"))
        self.period.currentIndexChanged.connect(self.refresh)
        caption = QLabel(tr("&Period:"))
        caption.setBuddy(self.period)
        bar.addWidget(caption)
        bar.addWidget(self.period)
        self.span = plain_label(muted=True)
        bar.addWidget(self.span)
        bar.addStretch(1)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = self._table(self.ranking)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.table)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.who = plain_label(scale=1.25, bold=True)
        side.addWidget(self.who)
        self.story_table = self._table(self.stories)
        self.story_table.setWordWrap(False)
        header = self.story_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.story_table.doubleClicked.connect(lambda _i: self.print_certificate())
        side.addWidget(self.story_table, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print certificate…"))
        self.print_button.setToolTip(tr("A one-page certificate with this story, ready to frame"))
        self.print_button.clicked.connect(self.print_certificate)
        row.addWidget(self.print_button)
        self.saved = plain_label(muted=True)
        row.addWidget(self.saved, 1)
        side.addLayout(row)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)
        self.empty = plain_label(tr("No hero stories credit anyone in this period."), muted=True)
        outer.addWidget(self.empty)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_stories())
        self.story_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def _table(self, model: KeyedTableModel) -> QTableView:
        return record_table(model, self.fontMetrics().height() + 12)

    # -- data --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.stories.set_dark(is_dark(self))

    def _on_changed(self, change: Change) -> None:
        if (
            change.touches("hero_credits")
            or change.touches("sessions")
            or any(
                "hero" in (r.before or {}).get("kind", "") + (r.after or {}).get("kind", "")
                for r in change.of("contributions")
            )
        ):
            self.refresh()

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(series.PERIODS.index(key))

    def refresh(self) -> None:
        book = self.context.book
        start, end = series.period_bounds(self.period.currentData(), common.today())
        self.span.setText(f"{start} – {end}" if start else "")
        chosen = self.current_employee()
        ranked = series.recognition(book, start, end) if book is not None else []
        self.ranking.assign(ranked)
        self.empty.setVisible(not ranked)
        row = self.ranking.row_of(chosen.employee.casefold()) if chosen else None
        self.table.selectRow(row if row is not None else 0)
        self._fit_ranking()
        self._show_stories()

    def _fit_ranking(self) -> None:
        """The ranking as wide as its names (in bold): they were cut to "Aisha …"."""
        names = text_width(self.table, 1)
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(min(others + names + frame, 520))

    def current_employee(self) -> Recognition | None:
        index = self.table.currentIndex()
        return self.ranking.data(index, RecordRole) if index.isValid() else None

    def current_story(self) -> HeroStory | None:
        index = self.story_table.currentIndex()
        return self.stories.data(index, RecordRole) if index.isValid() else None

    def _show_stories(self) -> None:
        person = self.current_employee()
        self.stories.dark = is_dark(self)
        self.stories.assign(list(person.stories) if person else [])
        if person is None:
            self.who.setText("")
        else:
            n = len(person.stories)
            text = (
                tr("{name}: 1 story, score {score}")
                if n == 1
                else tr("{name}: {n} stories, score {score}")
            )
            self.who.setText(text.format(name=person.employee, n=n, score=person.score))
            if self.stories.rowCount() and not self.story_table.currentIndex().isValid():
                self.story_table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        self.print_button.setEnabled(self.current_story() is not None)

    # -- certificate -------------------------------------------------------------------
    def _ask_path(self, suggested: str) -> str:
        return ask_pdf_path(self, tr("Save certificate"), suggested)

    def print_certificate(self) -> Path | None:
        from workshop.exports.certificate import (
            certificate_text,
            default_certificate_name,
            render_certificate,
        )

        person, hero, book = self.current_employee(), self.current_story(), self.context.book
        if person is None or hero is None or book is None:
            return None
        try:
            text = certificate_text(book, hero.story.id, person.employee)
            path = self.ask_path(default_certificate_name(text))
            if not path:
                return None
            written = render_certificate(text, path)
        except (WorkshopError, OSError) as exc:
            self.saved.setText(tr("Could not save the certificate: {0}").format(exc))
            return None
        show_saved(self.saved, written)
        return written


def open_recognition(window: Any) -> RecognitionView:
    from ui.widgets.windows import show_window

    return show_window(window, "recognition", lambda: RecognitionView(window.context), (1120, 620))
