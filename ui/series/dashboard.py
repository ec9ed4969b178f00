"""The book at a glance: sessions over time, contributions, actions and obstacles per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import fill
from ui.series import common
from ui.series.charts import BarChart, Series
from ui.series.common import add_tiles, ask_pdf_path, show_saved, tr
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import plain_label
from ui.widgets.palette import chart_color, is_dark
from workshop import series
from workshop.errors import WorkshopError
from workshop.journal import Change


def _qdate(iso: str) -> QDate:
    return QDate.fromString(iso[:10], Qt.DateFormat.ISODate)


def _month(key: str) -> str:
    """``2026-12`` as "Dec 2026" in the user's language."""
    return QLocale().toString(_qdate(key[:7] + "-01"), "MMM yyyy")


def day_labels(dates: list[str]) -> list[str]:
    """Session dates under the bars: "20 Nov", with the year when they span several."""
    days = [_qdate(d) for d in dates]
    fmt = "d MMM" if len({d.year() for d in days}) <= 1 else "d MMM yyyy"
    return [QLocale().toString(d, fmt) for d in days]


def long_day(iso: str) -> str:
    return QLocale().toString(_qdate(iso), "d MMMM yyyy")


NOTHING = dict.fromkeys(("sessions", "contributions", "done", "open", "removed", "blocked"), 0)


class Dashboard(QWidget):
    def captions(self, n: dict[str, int]) -> dict[str, str]:
        """The tiles' captions with their real plurals ("1 session", "2 sessions")."""
        return {
            "sessions": self.tr("session(s)", "", n["sessions"]),
            "contributions": self.tr("contribution(s)", "", n["contributions"]),
            "done": self.tr("action(s) done", "", n["done"]),
            "open": self.tr("action(s) open", "", n["open"]),
            "removed": self.tr("obstacle(s) removed", "", n["removed"]),
            "blocked": self.tr("obstacle(s) in the way", "", n["blocked"]),
        }

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Dashboard"))
        self.ask_path: Callable[[str], str] = self._ask_path
        self._pending = QTimer(self, singleShot=True, interval=150)
        self._pending.timeout.connect(self.refresh)
        self._build()
        ChangeFollower(context, self, self._on_changed)
        context.bookChanged.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        head = QHBoxLayout()
        head.addWidget(plain_label(tr("Dashboard"), scale=1.6, bold=True))
        head.addStretch(1)
        self.export_button = QPushButton(tr("&Export open actions (PDF)…"))
        self.export_button.clicked.connect(self.export_open_actions)
        head.addWidget(self.export_button)
        outer.addLayout(head)
        self.note = plain_label(muted=True)
        outer.addWidget(self.note)
        zero = self.captions(NOTHING)  # each caption follows its figure on refresh
        self.tiles = add_tiles(
            outer,
            (
                ("sessions", zero["sessions"], "open"),
                ("contributions", zero["contributions"], "open"),
                ("done", zero["done"], "done"),
                ("open", zero["open"], "in_progress"),
                ("removed", zero["removed"], "removed"),
                ("blocked", zero["blocked"], "overdue"),
            ),
        )
        grid = QGridLayout()
        grid.setSpacing(10)
        self.sessions_chart = BarChart(tr("Sessions per month"), stacked=True)
        self.contributions_chart = BarChart(tr("Contributions per session"))
        self.actions_chart = BarChart(tr("Actions per session: done and open"))
        self.obstacles_chart = BarChart(tr("Obstacles per session: removed and in the way"))
        for n, chart in enumerate(
            (self.sessions_chart, self.contributions_chart, self.actions_chart,
             self.obstacles_chart)
        ):  # fmt: skip
            grid.addWidget(chart, n // 2, n % 2)
        outer.addLayout(grid, 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._pending.start()

    def _on_changed(self, _change: Change) -> None:
        self._pending.start()  # many quick changes, one redraw

    def _color(self, key: str) -> str:
        return chart_color(key, is_dark(self))

    def refresh(self) -> None:
        book = self.context.book
        stats = series.dashboard(book) if book is not None else []
        months = series.sessions_per_month(stats)
        c = self._color
        self.sessions_chart.set_data(
            [_month(m) for m, _n in months],
            [Series(tr("sessions"), c("sessions"), tuple(n for _m, n in months))],
        )
        labels = day_labels([s.date for s in stats])
        tips = [f"{s.title} · {s.date}" for s in stats]
        self.contributions_chart.set_data(
            labels,
            [
                Series(
                    tr("contributions"), c("contributions"), tuple(s.contributions for s in stats)
                )
            ],
            tips,
        )
        self.actions_chart.set_data(
            labels,
            [Series(tr("done"), c("done"), tuple(s.actions_done for s in stats)),
             Series(tr("open"), c("open"), tuple(s.actions_open for s in stats))],
            tips,
        )  # fmt: skip
        self.obstacles_chart.set_data(
            labels,
            [Series(tr("removed"), c("removed"), tuple(s.obstacles_removed for s in stats)),
             Series(tr("in the way"), c("blocked"), tuple(s.obstacles_open for s in stats))],
            tips,
        )  # fmt: skip
        totals = {
            "sessions": len(stats),
            "contributions": sum(s.contributions for s in stats),
            "done": sum(s.actions_done for s in stats),
            "open": sum(s.actions_open for s in stats),
            "removed": sum(s.obstacles_removed for s in stats),
            "blocked": sum(s.obstacles_open for s in stats),
        }
        words = self.captions(totals)
        for key, value in totals.items():
            self.tiles[key].set_value(str(value), words[key])
        if stats:
            note = self.tr("%n session(s) from %1 to %2", "", len(stats))
            self.note.setText(fill(note, long_day(stats[0].date), long_day(stats[-1].date)))
        else:
            self.note.setText(tr("No sessions in this book yet."))
        self.export_button.setEnabled(book is not None)

    # -- export ----------------------------------------------------------------------
    def _ask_path(self, suggested: str) -> str:
        return ask_pdf_path(self, tr("Export open actions"), suggested)

    def export_open_actions(self) -> Path | None:
        from workshop.exports.formatting import slug
        from workshop.exports.open_actions_pdf import write_open_actions

        book = self.context.book
        if book is None:
            return None
        today: date = common.today()
        path = self.ask_path(f"open-actions-{slug(book.name)}-{today.isoformat()}.pdf")
        if not path:
            return None
        try:
            written = write_open_actions(book, path, today=today)
        except (WorkshopError, OSError) as exc:
            self.note.setText(tr("Could not export the open actions: {0}").format(exc))
            return None
        show_saved(self.note, written)
        return written


def open_dashboard(window: Any) -> Dashboard:
    from ui.widgets.windows import show_window

    return show_window(window, "dashboard", lambda: Dashboard(window.context), (1180, 720))
