"""Edit menu: undo and redo of every change (with its name), edit and delete, themes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui.commands.declare import page_spec, spec
from ui.models.labels import fill, operation_label

Key = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditActions", text)


def _undo(window: Any) -> None:
    if window.context.bridge is not None:
        window.context.bridge.undo()


def _redo(window: Any) -> None:
    if window.context.bridge is not None:
        window.context.bridge.redo()


def _refresh_undo(window: Any, action: QAction) -> None:
    book = window.context.book
    label = book.history.undo_label if book is not None else None
    action.setText(fill(_tr("&Undo %1"), operation_label(label)) if label else _tr("&Undo"))
    action.setEnabled(label is not None)


def _refresh_redo(window: Any, action: QAction) -> None:
    book = window.context.book
    label = book.history.redo_label if book is not None else None
    action.setText(fill(_tr("&Redo %1"), operation_label(label)) if label else _tr("&Redo"))
    action.setEnabled(label is not None)


spec(
    "edit.undo",
    QT_TRANSLATE_NOOP("Actions", "&Undo"),
    "Edit",
    _undo,
    (Key.Undo,),
    needs="book",
    tip=QT_TRANSLATE_NOOP("Actions", "Undo the last change to the book"),
    refresh=_refresh_undo,
)
spec(
    "edit.redo",
    QT_TRANSLATE_NOOP("Actions", "&Redo"),
    "Edit",
    _redo,
    (Key.Redo,),
    needs="book",
    tip=QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"),
    refresh=_refresh_redo,
)
page_spec(
    "edit.edit",
    QT_TRANSLATE_NOOP("Actions", "&Edit Card…"),
    "Edit",
    "edit_selected",
    ("F2",),
    section=1,
    tip=QT_TRANSLATE_NOOP("Actions", "Change the words, kind or author of the selected card"),
)
page_spec(
    "edit.delete",
    QT_TRANSLATE_NOOP("Actions", "&Delete"),
    "Edit",
    "delete_selected",
    (Key.Delete,),
    section=1,
    tip=QT_TRANSLATE_NOOP("Actions", "Delete what is selected (Ctrl+Z brings it back)"),
)
page_spec(
    "group.move",
    QT_TRANSLATE_NOOP("Actions", "&Move to Theme…"),
    "Edit",
    "move_to_theme",
    ("Ctrl+G",),
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Put the selected cards into a theme"),
)
page_spec(
    "group.new_theme",
    QT_TRANSLATE_NOOP("Actions", "New &Theme…"),
    "Edit",
    "new_theme",
    ("Ctrl+Shift+G",),
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Add a theme (with the selected cards in it)"),
)
page_spec(
    "group.rename_theme",
    QT_TRANSLATE_NOOP("Actions", "Rena&me Theme…"),
    "Edit",
    "rename_theme",
    ("Shift+F2",),
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Rename the theme whose column has the focus"),
)
page_spec(
    "group.delete_theme",
    QT_TRANSLATE_NOOP("Actions", "Delete T&heme"),
    "Edit",
    "delete_theme",
    ("Shift+Del",),
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Delete a theme; its cards stay, not grouped"),
)
page_spec(
    "group.merge",
    QT_TRANSLATE_NOOP("Actions", "Mer&ge Duplicates"),
    "Edit",
    "merge_selected",
    ("Ctrl+M",),
    section=2,
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Fold the selected cards into the oldest one, keeping every author and vote"
    ),
)
page_spec("group.split", QT_TRANSLATE_NOOP("Actions", "S&plit Duplicates"), "Edit", "split_selected", ("Ctrl+Shift+M",),
          section=2, tip=QT_TRANSLATE_NOOP("Actions", "Make the merged duplicates of the selected card stand alone again"))  # fmt: skip
