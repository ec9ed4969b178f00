"""Save the playbook from the app: a PDF page per mishap, pocket cards, Markdown or CSV.

The same writers as ``delight-workshop export --format playbook-…``; the paper
follows the system's territory (Letter in the US and Canada, else A4).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QCursor, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ui.widgets.messages import confirm, show_error
from workshop.errors import WorkshopError
from workshop.exports.pdf import page_size_for_territory
from workshop.exports.playbook_data import SUFFIXES, default_playbook_name

# Marked for lupdate; translated where shown (_tr).
TITLES = {
    "playbook-pdf": QT_TRANSLATE_NOOP("PlaybookExports", "Save the Recovery Playbook as PDF"),
    "playbook-cards": QT_TRANSLATE_NOOP("PlaybookExports", "Save Recovery Pocket Cards"),
    "playbook-md": QT_TRANSLATE_NOOP("PlaybookExports", "Save the Recovery Playbook as Markdown"),
    "playbook-csv": QT_TRANSLATE_NOOP("PlaybookExports", "Save the Recovery Playbook as CSV"),
}
FILTERS = {
    "playbook-pdf": QT_TRANSLATE_NOOP("PlaybookExports", "PDF documents (*.pdf)"),
    "playbook-cards": QT_TRANSLATE_NOOP("PlaybookExports", "PDF documents (*.pdf)"),
    "playbook-md": QT_TRANSLATE_NOOP("PlaybookExports", "Markdown documents (*.md)"),
    "playbook-csv": QT_TRANSLATE_NOOP("PlaybookExports", "CSV spreadsheets (*.csv)"),
}
DONE = {
    "playbook-pdf": QT_TRANSLATE_NOOP(
        "PlaybookExports", "The recovery playbook was saved as {name}: a page for each mishap."
    ),
    "playbook-cards": QT_TRANSLATE_NOOP(
        "PlaybookExports",
        "The pocket cards were saved as {name}: print at 100 % and cut along the marks.",
    ),
    "playbook-md": QT_TRANSLATE_NOOP(
        "PlaybookExports", "The recovery playbook was saved as {name}."
    ),
    "playbook-csv": QT_TRANSLATE_NOOP(
        "PlaybookExports", "The recovery playbook was saved as {name}."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaybookExports", text)


def ask_path(parent: QWidget | None, book: Any, fmt: str) -> Path | None:
    """Hook for tests: where to save (None if the user cancels)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder or Path.home()) / default_playbook_name(book, fmt)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _tr(TITLES[fmt]), str(suggested), _tr(FILTERS[fmt])
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(SUFFIXES[fmt])


def export_playbook(parent: QWidget | None, book: Any, fmt: str) -> Path | None:
    """Ask where, write, and offer to open the file; errors are told in a message box."""
    from workshop.exports.playbook_text import write_playbook

    if not book.playbook.list():
        show_error(parent, _tr(TITLES[fmt]),
                   _tr("The playbook is empty: write an entry first (View > Playbook)."))  # fmt: skip
        return None
    path = ask_path(parent, book, fmt)
    if path is None:
        return None
    territory = QLocale.territoryToCode(QLocale.system().territory())
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        write_playbook(book, fmt, path, page_size_for_territory(territory))
    except WorkshopError as exc:
        show_error(parent, _tr(TITLES[fmt]), str(exc))
        return None
    except OSError as exc:
        show_error(parent, _tr(TITLES[fmt]), _tr("Could not write {name}.").format(name=path.name),
                   exc.strerror or str(exc))  # fmt: skip
        return None
    finally:
        QApplication.restoreOverrideCursor()
    text = _tr(DONE[fmt]).format(name=path.name) + "\n\n" + _tr("Open it now?")
    if confirm(parent, _tr("Export finished"), text, _tr("Open")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
