"""Unexpected errors: written to a log file and explained, never a silent crash.

A bug in a slot must not take the room's session down with it. Every change is
already on disk when an operation returns, so the message can promise that
nothing typed before the error is lost.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

import workshop
from ui.widgets.messages import show_error


def log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder or Path.home()) / "delight-workshop-errors.log"


def write_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')} ")
        log.write(f"Delight Workshop {workshop.__version__}, Python {sys.version.split()[0]}\n")
        log.write("".join(traceback.format_exception(kind, error, tb)))
    return path


def _damaged_book(error: BaseException) -> bool:
    """A read that failed because the book's file is damaged (not a bug of the app)."""
    text = str(error)
    return isinstance(error, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    )


class ErrorReporter:
    """``sys.excepthook`` for the app: log the error, tell the user in plain words."""

    def __init__(self) -> None:
        self._showing = False  # an error while the message is open is only logged

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            path = write_log(kind, error, tb)
        except OSError:
            path = None
        traceback.print_exception(kind, error, tb)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            if _damaged_book(error):
                show_error(
                    QApplication.activeWindow(),
                    QCoreApplication.translate("Crash", "The book may be damaged"),
                    QCoreApplication.translate(
                        "Crash",
                        "Part of the open book could not be read: its file is damaged. "
                        "Keep a copy now (File > Save a Copy As…) and keep the book's earlier "
                        "copies until it has been looked at.",
                    ),
                )
                return
            where = (
                QCoreApplication.translate("Crash", "The details were written to %1.").replace(
                    "%1", str(path)
                )
                if path
                else ""
            )
            show_error(
                QApplication.activeWindow(),
                QCoreApplication.translate("Crash", "Something went wrong"),
                QCoreApplication.translate(
                    "Crash",
                    "Delight Workshop ran into an unexpected problem. Everything entered "
                    "before it is saved in the book; you can carry on.",
                ),
                where,
            )
        finally:
            self._showing = False


def install() -> ErrorReporter:
    reporter = ErrorReporter()
    sys.excepthook = reporter
    return reporter
