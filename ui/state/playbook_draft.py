"""The playbook entry being written in the console, shown to the room as it is typed.

The Playbook page publishes what its form holds; the projector's playbook view
reads it. Nothing here is stored in the book until the facilitator saves the
entry (the draft is the room's shared screen, not a change).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.state.context import WorkshopContext

FIELDS = ("mishap", "apology", "fix", "fix_by", "fix_within", "extra", "authorise")


class PlaybookDraft(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, str] = {}

    @property
    def active(self) -> bool:
        return bool(self.fields.get("mishap", "").strip())

    def publish(self, fields: dict[str, str]) -> None:
        fields = {k: v for k, v in fields.items() if k in FIELDS}
        if fields != self.fields:
            self.fields = fields
            self.changed.emit()

    def clear(self) -> None:
        self.publish({})


def draft_of(context: WorkshopContext) -> PlaybookDraft:
    """The one draft of *context* (made on first use; it lives as long as the context)."""
    found = context.findChild(PlaybookDraft, "playbookDraft")
    if found is None:
        found = PlaybookDraft(context)
        found.setObjectName("playbookDraft")
    return found
