"""Export and print the action plan from the app (Export menu, see ui/commands/export_menu.py).

``export_action_plan`` saves the PDF through a save dialog (in Documents, with a
file name made from the session) and offers to open it; ``export_as`` does the
same for CSV, Markdown and calendar files; ``print_action_plan`` shows the print
dialog and prints through Qt's print support. Printing does not need QtPdf (a
separate wheel): it prints a QTextDocument built from the same plan data as the
PDF, with every user string escaped, so the printed page shows the same plan.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from ui.widgets.messages import confirm, show_error, show_info
from workshop.book import Book
from workshop.errors import WorkshopError
from workshop.exports.formatting import SUFFIXES, default_file_name
from workshop.exports.pdf import page_size_for_territory
from workshop.exports.plan_data import ActionPlan, build_plan, resolve_session
from workshop.exports.print_html import plan_html

FILTERS = {
    "pdf": "PDF documents (*.pdf)",
    "csv": "CSV spreadsheets (*.csv)",
    "markdown": "Markdown documents (*.md)",
    "ics": "Calendar files (*.ics)",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


def _book(bridge_or_book: Any) -> Book:
    """The book, given a Book or a BookBridge (which holds one)."""
    return bridge_or_book if isinstance(bridge_or_book, Book) else bridge_or_book.book


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def system_page_size() -> str:
    """A4 or Letter, from the system locale's territory (US, Canada, Mexico... use Letter)."""
    territory = QLocale.territoryToCode(QLocale.system().territory())
    return page_size_for_territory(territory)


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def ask_save_path(parent: QWidget | None, title: str, name: str, fmt: str) -> Path | None:
    """The save dialog, in Documents with *name* proposed; None if the user cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / name), _tr(FILTERS[fmt])
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(SUFFIXES[fmt])
    return path


def offer_to_open(parent: QWidget | None, path: Path, text: str) -> bool:
    """Tell the user where the file is and open it if they want; True if opened.

    With no program installed for the file, say so and show the folder instead.
    """
    if not confirm(parent, _tr("Export finished"), text, _tr("Open")):
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    folder = path.parent
    shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    detail = (
        _tr("It is saved in the folder {folder} (opened for you).")
        if shown
        else _tr("It is saved in the folder {folder}.")
    )
    show_info(
        parent,
        _tr("No program to open it"),
        _tr("This computer has no program that opens {name}.").format(name=path.name),
        detail.format(folder=folder),
    )
    return False


def _write(book: Book, session_id: int, path: Path, fmt: str) -> str:
    """Write the file; returns what to tell the user."""
    if fmt == "pdf":
        from workshop.exports.pdf import write_action_plan

        write_action_plan(book, session_id, path, system_page_size())
        return _tr("The action plan was saved as {name}.").format(name=path.name)
    if fmt == "csv":
        from workshop.exports.csv_export import write_csv

        write_csv(book, session_id, path)
        return _tr("The contributions were saved as {name}.").format(name=path.name)
    if fmt == "markdown":
        from workshop.exports.markdown import write_markdown

        write_markdown(book, session_id, path)
        return _tr("The action plan was saved as {name}.").format(name=path.name)
    from workshop.exports.ics import write_ics

    result = write_ics(book, session_id, path)
    events, skipped = result.events, result.skipped  # plain names: lupdate reads no attributes
    # "Label: number" reads right in every language, with no plural to agree.
    text = _tr("Actions with a due date, saved as {name}: {n}.").format(name=path.name, n=events)
    if skipped:
        text += " " + _tr("Actions without a due date, left out: {n}.").format(n=skipped)
    return text


def export_as(
    parent: QWidget | None, bridge_or_book: Any, session_id: int | str, fmt: str
) -> Path | None:
    """Save the session as *fmt* (pdf, csv, markdown, ics) where the user chooses."""
    book = _book(bridge_or_book)
    titles = {
        "pdf": _tr("Export Action Plan as PDF"),
        "csv": _tr("Export as CSV"),
        "markdown": _tr("Export as Markdown"),
        "ics": _tr("Export Due Dates to a Calendar File"),
    }
    try:
        session = resolve_session(book, session_id)
    except WorkshopError as exc:
        show_error(parent, titles[fmt], str(exc))
        return None
    path = ask_save_path(parent, titles[fmt], default_file_name(session, fmt), fmt)
    if path is None:
        return None
    try:
        with _busy():
            message = _write(book, session.id, path, fmt)
    except WorkshopError as exc:
        show_error(parent, titles[fmt], str(exc))
        return None
    except OSError as exc:
        show_error(
            parent,
            titles[fmt],
            _tr("Could not write {name}.").format(name=path.name),
            exc.strerror or str(exc),
        )
        return None
    offer_to_open(parent, path, message + "\n\n" + _tr("Open it now?"))
    return path


def export_action_plan(
    parent: QWidget | None, bridge_or_book: Any, session_id: int | str
) -> Path | None:
    """File > Export action plan (PDF): save dialog, write, offer to open."""
    return export_as(parent, bridge_or_book, session_id, "pdf")


def print_document(plan: ActionPlan) -> QTextDocument:
    """The plan as a QTextDocument (user text escaped) ready to print."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(plan_html(plan))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, plan.title)
    return document


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog; True if accepted (tests replace this to press OK)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_action_plan(
    parent: QWidget | None,
    bridge_or_book: Any,
    session_id: int | str,
    printer: QPrinter | None = None,
) -> bool:
    """File > Print action plan: the print dialog, then the plan on the chosen printer."""
    book = _book(bridge_or_book)
    try:
        plan = build_plan(book, session_id)
    except WorkshopError as exc:
        show_error(parent, _tr("Print Action Plan"), str(exc))
        return False
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    # "Print to file" proposes the document name as the file name: no colon or other
    # character Windows refuses ("action-plan-2026-11-20-front-desk").
    printer.setDocName(Path(default_file_name(plan.session, "pdf")).stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print Action Plan"))
    if not exec_dialog(dialog):
        return False
    with _busy():
        print_document(plan).print_(printer)
    return True
