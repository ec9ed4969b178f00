"""The series commands in the menus: the obstacle board, recognition, the dashboard,
customer-feedback import and the value-ideas backlog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..actions import ActionSpec, register


def _message(window: Any, text: str) -> None:
    show = getattr(window, "show_message", None)
    if callable(show):
        show(text)


def _obstacle_board(window: Any) -> None:
    from .obstacle_board import open_obstacle_board

    open_obstacle_board(window).focus_default()


def _recognition(window: Any) -> None:
    from .recognition import open_recognition

    open_recognition(window)


def _dashboard(window: Any) -> None:
    from .dashboard import open_dashboard

    open_dashboard(window)


def _import_feedback(window: Any) -> None:
    from .feedback_dialog import FeedbackDialog

    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Series", "Import customer feedback"),
        "",
        QCoreApplication.translate("Series", "CSV files (*.csv *.txt);;All files (*)"),
    )
    if not path:
        return
    dialog = FeedbackDialog(window.context, path, window)
    if dialog.exec() and dialog.imported:
        text = QCoreApplication.translate("Series", "Imported {0} hero stories (Ctrl+Z undoes)")
        _message(window, text.format(len(dialog.imported)))


def _pull_backlog(window: Any) -> None:
    from .backlog_dialog import BacklogDialog

    dialog = BacklogDialog(window.context, window)
    if dialog.exec() and dialog.pulled:
        text = QCoreApplication.translate("Series", "Pulled {0} value ideas into this session")
        _message(window, text.format(len(dialog.pulled)))


register(
    ActionSpec(
        id="view.obstacle_board",
        text="&Obstacle Board",
        menu="View",
        handler=_obstacle_board,
        shortcuts=("F7",),
        tip="Every obstacle of the book, its status and who can remove it",
        section=5,
    )
)
register(
    ActionSpec(
        id="view.recognition",
        text="&Recognition",
        menu="View",
        handler=_recognition,
        shortcuts=("F8",),
        tip="Employees ranked by hero stories; print a certificate",
        section=5,
    )
)
register(
    ActionSpec(
        id="view.dashboard",
        text="&Dashboard",
        menu="View",
        handler=_dashboard,
        shortcuts=("F9",),
        tip="Sessions, contributions, actions and obstacles across the book",
        section=5,
    )
)
register(
    ActionSpec(
        id="file.import_feedback",
        text="Import Customer &Feedback…",
        menu="File",
        handler=_import_feedback,
        shortcuts=("Ctrl+Shift+I",),
        tip="Turn a survey tool's CSV of customer feedback into hero stories",
        section=3,
        needs="session",
    )
)
register(
    ActionSpec(
        id="session.pull_backlog",
        text="Pull Value Ideas from &Backlog…",
        menu="Session",
        handler=_pull_backlog,
        shortcuts=("Ctrl+Shift+B",),
        tip="Copy earlier value ideas not yet acted on into this session's vote",
        section=4,
        needs="session",
    )
)
