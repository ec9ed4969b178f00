"""Commands on selected cards shared by the Ideate and Group pages: edit and delete."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ui.dialogs.card import CardDialog
from ui.models.base import IdRole
from ui.models.labels import fill
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardCommands", text)


def selected_ids(views: Iterable[QAbstractItemView]) -> list[int]:
    """Ids of the cards selected in *views*, oldest first, each once."""
    ids: set[int] = set()
    for view in views:
        model: QItemSelectionModel | None = view.selectionModel()
        if model is None:
            continue
        for index in model.selectedIndexes():
            cid = index.data(IdRole)
            if cid is not None:
                ids.add(int(cid))
    return sorted(ids)


def attempt(bridge: BookBridge, operation: Any, *args: Any, **kwargs: Any) -> tuple[bool, Any]:
    """Run an operation through the bridge; (False, None) if it was refused."""
    refused: list[object] = []

    def note(*details: object) -> None:
        refused.append(details)

    bridge.failed.connect(note)
    try:
        result = bridge.run(operation, *args, **kwargs)
    finally:
        bridge.failed.disconnect(note)
    return not refused, result


def status(page: QWidget, text: str) -> None:
    window = page.window()
    show = getattr(window, "show_message", None)
    if callable(show):
        show(text)


def edit_card(page: QWidget, context: WorkshopContext, card_id: int) -> CardDialog | None:
    """Open the card dialog (window-modal); the edit is one undoable change on Save."""
    book, bridge, sid = context.book, context.bridge, context.session_id
    if book is None or bridge is None or sid is None:
        return None
    card = book.contributions.get(card_id)
    session = book.sessions.get(sid)
    dialog = CardDialog(
        card, book.sessions.participants(sid), anonymous=session.anonymous, parent=page
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply() -> None:
        changes = dialog.changes()
        if changes and context.bridge is bridge:
            bridge.run(book.contributions.edit, card_id, **changes)

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog


def delete_cards(page: QWidget, context: WorkshopContext, ids: list[int]) -> int:
    book, bridge = context.book, context.bridge
    if book is None or bridge is None or not ids:
        return 0
    ok, _ = attempt(bridge, book.contributions.delete, *ids)
    deleted = len(ids) if ok else 0
    if deleted:
        # "Label: number" reads right in every language, with no plural to agree.
        status(page, fill(_tr("Cards deleted: %1. Ctrl+Z brings them back."), deleted))
    return deleted
