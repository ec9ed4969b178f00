"""Export menu: the action plan as PDF, printed, or as CSV, Markdown and calendar files.

The exports themselves live beside this menu in ``ui.commands.exporting``, imported
when a command runs: it pulls in the PDF writer, which the first window does not need.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from ui.commands.declare import spec

Key = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


def _exports() -> Any | None:
    try:
        return importlib.import_module("ui.commands.exporting")
    except ImportError:
        return None


def _run(window: Any, function: str, *args: Any) -> None:
    book, sid = window.context.book, window.context.session_id
    module = _exports()
    fn = getattr(module, function, None) if module is not None else None
    if book is None or sid is None:
        return
    if not callable(fn):
        window.show_message(_tr("Exports are not available in this version."))
        return
    fn(window, book, sid, *args)


spec(
    "export.pdf",
    QT_TRANSLATE_NOOP("Actions", "Action Plan as &PDF…"),
    "Export",
    lambda w: _run(w, "export_action_plan"),
    ("Ctrl+Shift+E",),
    tip=QT_TRANSLATE_NOOP("Actions", "Save the session's action plan as a PDF to hand out"),
)
spec(
    "export.print",
    QT_TRANSLATE_NOOP("Actions", "&Print Action Plan…"),
    "Export",
    lambda w: _run(w, "print_action_plan"),
    (Key.Print,),
    tip=QT_TRANSLATE_NOOP("Actions", "Print the session's action plan"),
)
spec(
    "export.csv",
    QT_TRANSLATE_NOOP("Actions", "As &CSV (Spreadsheet)…"),
    "Export",
    lambda w: _run(w, "export_as", "csv"),
    ("Ctrl+Alt+C",),
    section=1,
    tip=QT_TRANSLATE_NOOP("Actions", "The session's cards, votes and actions for a spreadsheet"),
)
spec(
    "export.markdown",
    QT_TRANSLATE_NOOP("Actions", "As &Markdown…"),
    "Export",
    lambda w: _run(w, "export_as", "markdown"),
    ("Ctrl+Alt+M",),
    section=1,
    tip=QT_TRANSLATE_NOOP("Actions", "The session as a text document"),
)
spec("export.ics", QT_TRANSLATE_NOOP("Actions", "Due Dates to &Calendar…"), "Export",
     lambda w: _run(w, "export_as", "ics"), ("Ctrl+Alt+I",), section=1,
     tip=QT_TRANSLATE_NOOP("Actions", "The actions' due dates as a calendar file"))  # fmt: skip
