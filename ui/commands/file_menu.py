"""File menu: new book, open, open recent, save, save a copy, close, quit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ui.commands.declare import spec
from ui.models.labels import fill
from ui.widgets.drafts import settle_drafts

Key = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def _fill_recent(window: Any, menu: QMenu) -> None:
    menu.clear()
    recent = window.books.recent()
    for number, path in enumerate(recent, start=1):
        name = Path(path).name.replace("&", "&&")  # a "&" in a file name is not a mnemonic
        action = menu.addAction(f"&{number} {name}" if number < 10 else name)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _c=False, p=path: window.books.open_path(p))
    if not recent:
        menu.addAction(_tr("No recent books")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(_tr("Clear the list"), lambda: _clear_recent(window))


def _clear_recent(window: Any) -> None:
    for path in window.books.recent():
        window.books.forget_recent(path)


def _save(window: Any) -> None:
    """Save what the page holds (a form), else say that the book saves itself."""
    page = window.current_page()
    save = getattr(page, "save", None)
    if callable(save):
        save()
        return
    book = window.context.book
    if book is not None:
        window.show_message(
            fill(
                _tr("Everything is in “%1” already: each change is saved as you make it."),
                book.name,
            )
        )


def _close_book(window: Any) -> None:
    if settle_drafts(window):
        window.books.close_book(forget_last=True)


def _quit(window: Any) -> None:
    window.close()
    QApplication.quit()


spec(
    "file.new_book",
    QT_TRANSLATE_NOOP("Actions", "&New Book…"),
    "File",
    lambda w: w.books.new_book(),
    ("Ctrl+Shift+N",),
    tip=QT_TRANSLATE_NOOP("Actions", "Start a new workshop book (one file per team)"),
    needs="nothing",
)
spec(
    "file.open",
    QT_TRANSLATE_NOOP("Actions", "&Open Book…"),
    "File",
    lambda w: w.books.open_book(),
    (Key.Open,),
    tip=QT_TRANSLATE_NOOP("Actions", "Open a workshop book"),
    needs="nothing",
)
spec(
    "file.recent",
    QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
    "File",
    lambda w: None,
    (),
    needs="nothing",
    tip=QT_TRANSLATE_NOOP("Actions", "Books opened lately"),
    submenu=_fill_recent,
)
spec(
    "file.save",
    QT_TRANSLATE_NOOP("Actions", "&Save"),
    "File",
    _save,
    (Key.Save,),
    section=1,
    needs="book",
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Save the form you are filling in; the book itself saves every change at once"
    ),
)
spec(
    "file.save_copy",
    QT_TRANSLATE_NOOP("Actions", "Save a &Copy As…"),
    "File",
    lambda w: w.books.save_copy_as(),
    (Key.SaveAs,),
    section=1,
    needs="book",
    tip=QT_TRANSLATE_NOOP("Actions", "Write a copy of the whole book to another file"),
)
spec(
    "file.close",
    QT_TRANSLATE_NOOP("Actions", "&Close Book"),
    "File",
    _close_book,
    (Key.Close,),
    section=1,
    needs="book",
    tip=QT_TRANSLATE_NOOP("Actions", "Close the book"),
)
spec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "File", _quit, (Key.Quit, "Ctrl+Q"), section=9, needs="nothing",
     tip=QT_TRANSLATE_NOOP("Actions", "Quit Delight Workshop"), menu_role="QuitRole")  # fmt: skip
