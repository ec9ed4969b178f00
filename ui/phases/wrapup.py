"""Wrap-up: what the session produced (counts and the action list), and the exports."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.labels import fill, kind_plural
from ui.models.plan import ActionModel
from ui.phases import register_page
from ui.phases.ideate import kind_icon
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import heading, muted_label, plain_label, scale_font
from ui.widgets.columns import fit_columns, table
from ui.widgets.palette import is_dark
from workshop.journal import Change
from workshop.model import Kind, Phase

EXPORTS = (
    ("export.pdf", QT_TRANSLATE_NOOP("WrapupPage", "Action plan as PDF…")),
    ("export.print", QT_TRANSLATE_NOOP("WrapupPage", "Print the action plan…")),
    ("export.csv", QT_TRANSLATE_NOOP("WrapupPage", "Spreadsheet (CSV)…")),
    ("export.markdown", QT_TRANSLATE_NOOP("WrapupPage", "Markdown…")),
    ("export.ics", QT_TRANSLATE_NOOP("WrapupPage", "Due dates to calendar…")),
)


class Figure(QFrame):
    """A number with its name under it."""

    def __init__(self, name: str, parent: QWidget, icon_kind: Kind | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = plain_label("0", self)
        self.number.setObjectName("figureNumber")
        scale_font(self.number, 2.0, bold=True)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QHBoxLayout()
        caption.addStretch(1)
        if icon_kind is not None:
            dot = QLabel(self)
            dot.setPixmap(kind_icon(icon_kind, is_dark(self.palette())).pixmap(12, 12))
            caption.addWidget(dot)
        caption.addWidget(plain_label(name, self))
        caption.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.number)
        layout.addLayout(caption)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))


class WrapupPage(QWidget):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("wrapupPage")
        self.context = context
        self._stale = True
        self.actions = ActionModel(context, self)

        self.title = heading("", self, scale=1.5)
        self.title.setObjectName("wrapupTitle")
        self.subtitle = muted_label("", self)
        figures = QGridLayout()
        figures.setSpacing(10)
        self.figures: dict[str, Figure] = {}
        names = [(k.value, kind_plural(k), k) for k in Kind] + [
            ("dots", self.tr("Dots cast"), None),
            ("themes", self.tr("Themes"), None),
            ("actions", self.tr("Actions"), None),
        ]
        for i, (key, name, kind) in enumerate(names):
            figure = Figure(name, self, kind)
            figure.setObjectName(f"figure_{key}")
            self.figures[key] = figure
            figures.addWidget(figure, 0, i)

        self.table = table(self, "wrapupActions", wrap=True)
        self.table.setModel(self.actions)
        fit_columns(self.table, 1, 4, 5)

        exports = QVBoxLayout()
        exports.setSpacing(8)
        exports.addWidget(heading(self.tr("Hand out the plan"), self, scale=1.0))
        self.export_buttons: dict[str, QPushButton] = {}
        for action_id, text in EXPORTS:
            button = QPushButton(self.tr(text), self)
            button.setObjectName(action_id.replace(".", "_"))
            button.clicked.connect(lambda _c=False, a=action_id: self._trigger(a))
            self.export_buttons[action_id] = button
            exports.addWidget(button)
        exports.addWidget(
            muted_label(
                self.tr(
                    "Next time, the session starts with the follow-up: "
                    "which of these actions are done, and what got in the way."
                ),
                self,
            )
        )
        exports.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("The action plan"), self, scale=1.0))
        left.addWidget(self.table, 1)
        body.addLayout(left, 3)
        body.addLayout(exports, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(figures)
        layout.addLayout(body, 1)

        context.sessionChanged.connect(self._mark_stale)
        context.bookChanged.connect(self._mark_stale)
        ChangeFollower(context, self, self._on_change)
        self.refresh()

    def _trigger(self, action_id: str) -> None:
        window = self.window()
        trigger = getattr(window, "trigger_action", None)
        if callable(trigger):
            trigger(action_id)

    def _on_change(self, change: Change) -> None:
        self._mark_stale()

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._enable_exports()

    def refresh(self) -> None:
        self._stale = False
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None:
            return
        summary = book.sessions.summary(sid)
        session = book.sessions.get(sid)
        self.title.setText(session.title)
        people = len(book.sessions.participants(sid))
        details = [session.date]
        if session.facilitator:
            details.append(fill(self.tr("facilitated by %1"), session.facilitator))
        if people:
            details.append(self.tr("%n people", "", people))
        self.subtitle.setText("  ·  ".join(details))
        for kind, count in summary["counts"].items():
            self.figures[kind].set_value(count)
        self.figures["dots"].set_value(summary["dots_cast"])
        self.figures["themes"].set_value(len(book.themes.list(sid)))
        self.figures["actions"].set_value(summary["actions"])
        self._enable_exports()

    def _enable_exports(self) -> None:
        window = self.window()
        has = getattr(window, "has_action", None)
        for action_id, button in self.export_buttons.items():
            button.setEnabled(bool(callable(has) and has(action_id)))

    def focus_default(self) -> None:
        self.export_buttons["export.pdf"].setFocus()


@register_page(Phase.WRAPUP)
def build_wrapup(context: WorkshopContext) -> QWidget:
    return WrapupPage(context)
