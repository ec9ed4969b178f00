"""Text typed into a page but not added yet: never lost by closing the window or the book.

A page that holds such a draft defines ``unsaved_input() -> str`` (the text, or "")
and ``save_unsaved_input() -> bool``. Before the book or the window closes, the
facilitator is asked whether to add it; saving is the default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ui.models.labels import one_line


def _tr(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


def pending_drafts(window: Any) -> list[tuple[QWidget, str]]:
    found = []
    for page in window.pages.built_pages().values():
        describe = getattr(page, "unsaved_input", None)
        text = describe() if callable(describe) else ""
        if text:
            found.append((page, text))
    return found


def settle_drafts(window: Any) -> bool:
    """Add or drop what is typed but not saved; False if the facilitator cancels."""
    drafts = pending_drafts(window)
    if not drafts:
        return True
    from PySide6.QtWidgets import QMessageBox  # built when first asked (not at start)

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Text not added yet"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    lines = "\n".join(f"• {one_line(text, 120)}" for _page, text in drafts)
    box.setText(_tr("You typed this but did not add it yet:") + "\n\n" + lines)
    save = box.addButton(_tr("Add it"), QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel:
        return False
    if clicked is drop:
        return True
    # "Add it", or the box was dismissed without a choice: keep the words.
    return all(page.save_unsaved_input() for page, _text in drafts)
