"""The series commands in the menus: the obstacle board, recognition, the dashboard,
customer-feedback import and the value-ideas backlog."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.commands.declare import spec


def tr(text: str, context: str = "Series") -> str:
    # As ui.series.common.tr, without importing the series views at start-up.
    return QCoreApplication.translate(context, text)


def _message(window: Any, text: str) -> None:
    show = getattr(window, "show_message", None)
    if callable(show):
        show(text)


def _opener(module: str, function: str, key: str) -> Callable[[Any], None]:
    """A handler that opens a book-wide window (imported when first used) and focuses it;
    in that window, its own key (or Esc) closes it again."""

    def handler(window: Any) -> None:
        opened = getattr(importlib.import_module(f"{__package__}.{module}"), function)(window)
        from ui.widgets.windows import close_keys

        close_keys(opened).add(key)
        focus = getattr(opened, "focus_default", None)
        if callable(focus):
            focus()

    return handler


def _import_feedback(window: Any) -> None:
    from PySide6.QtWidgets import QFileDialog  # not needed to start the app

    from ui.series.feedback_dialog import FeedbackDialog

    path, _filter = QFileDialog.getOpenFileName(
        window,
        tr("Import customer feedback"),
        "",
        tr("CSV files (*.csv *.txt);;All files (*)"),
    )
    if not path:
        return
    dialog = FeedbackDialog(window.context, path, window)
    if dialog.exec() and dialog.imported:
        text = tr("Imported {0} hero stories (Ctrl+Z undoes)")
        _message(window, text.format(len(dialog.imported)))


def _pull_backlog(window: Any) -> None:
    from ui.series.backlog_dialog import BacklogDialog

    dialog = BacklogDialog(window.context, window)
    if dialog.exec() and dialog.pulled:
        text = tr("Pulled {0} value ideas into this session")
        _message(window, text.format(len(dialog.pulled)))


# The book-wide windows: id, menu text, module, opener, shortcut, tooltip.
_WINDOWS = (
    (
        "view.obstacle_board",
        QT_TRANSLATE_NOOP("Actions", "&Obstacle Board"),
        "obstacle_board",
        "open_obstacle_board",
        "F7",
        QT_TRANSLATE_NOOP(
            "Actions", "Every obstacle of the book, its status and who can remove it"
        ),
    ),
    (
        "view.recognition",
        QT_TRANSLATE_NOOP("Actions", "&Recognition"),
        "recognition",
        "open_recognition",
        "F8",
        QT_TRANSLATE_NOOP("Actions", "Employees ranked by hero stories; print a certificate"),
    ),
    (
        "view.dashboard",
        QT_TRANSLATE_NOOP("Actions", "&Dashboard"),
        "dashboard",
        "open_dashboard",
        "F9",
        QT_TRANSLATE_NOOP(
            "Actions", "Sessions, contributions, actions and obstacles across the book"
        ),
    ),
)
for action_id, text, module, function, key, tip in _WINDOWS:
    spec(
        action_id,
        text,
        "View",
        _opener(module, function, key),
        (key,),
        tip=tip,
        section=5,
        needs="book",
    )

spec(
    "file.import_feedback",
    QT_TRANSLATE_NOOP("Actions", "Import Customer &Feedback…"),
    "File",
    _import_feedback,
    ("Ctrl+Shift+I",),
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Turn a survey tool's CSV of customer feedback into hero stories"
    ),
    section=3,
)
spec(
    "session.pull_backlog",
    QT_TRANSLATE_NOOP("Actions", "Pull Value Ideas from &Backlog…"),
    "Session",
    _pull_backlog,
    ("Ctrl+Shift+B",),
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Copy earlier value ideas not yet acted on into this session's vote"
    ),
    section=4,
)
