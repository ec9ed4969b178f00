"""Capture commands (Session menu): kind and person of the next card, silent mode, reveal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from ui.commands.declare import page_spec, spec
from ui.models.labels import fill
from workshop.model import Kind


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaptureActions", text)


def _toggle_silent(window: Any) -> None:
    book, bridge, sid = window.context.book, window.context.bridge, window.context.session_id
    if book is None or bridge is None or sid is None:
        return
    silent = not book.sessions.get(sid).silent_mode
    bridge.run(book.sessions.update, sid, silent_mode=silent)
    window.show_message(
        _tr("Silent mode on: new cards stay off the projector until you reveal them.")
        if silent
        else _tr("Silent mode off: new cards show on the projector at once.")
    )


def _refresh_silent(window: Any, action: QAction) -> None:
    book, sid = window.context.book, window.context.session_id
    on = False
    if book is not None and sid is not None:
        try:
            on = book.sessions.get(sid).silent_mode
        except Exception:  # the session was just deleted
            on = False
    action.setChecked(on)


def _reveal(window: Any) -> None:
    book, bridge, sid = window.context.book, window.context.bridge, window.context.session_id
    if book is None or bridge is None or sid is None:
        return
    count = bridge.run(book.contributions.reveal_all, sid)
    # "Label: number" reads right in every language, with no plural to agree.
    window.show_message(fill(_tr("Cards now on the projector: %1"), count or 0))


KIND_TEXTS = {
    Kind.DELIGHT: QT_TRANSLATE_NOOP("Actions", "Capture &Delight Ideas"),
    Kind.OBSTACLE: QT_TRANSLATE_NOOP("Actions", "Capture &Obstacles"),
    Kind.HERO: QT_TRANSLATE_NOOP("Actions", "Capture &Hero Stories"),
    Kind.VALUE: QT_TRANSLATE_NOOP("Actions", "Capture &Value Ideas"),
}

page_spec(
    "capture.next_kind",
    QT_TRANSLATE_NOOP("Actions", "Next &Kind"),
    "Session",
    "cycle_kind",
    ("Ctrl+K",),
    section=2,
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Switch what the next card is: delight idea, obstacle, hero story, value idea"
    ),
)
for number, (kind, text) in enumerate(KIND_TEXTS.items(), start=1):
    page_spec(
        f"capture.kind_{kind.value}",
        text,
        "Session",
        "set_kind",
        (f"Ctrl+{number}",),
        kind,
        section=2,
        tip=QT_TRANSLATE_NOOP("Actions", "The next cards are of this kind"),
    )
page_spec(
    "capture.next_person",
    QT_TRANSLATE_NOOP("Actions", "Next &Person"),
    "Session",
    "cycle_author",
    ("Ctrl+U",),
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Who said the next card: the next participant, or no name"),
)
page_spec(
    "capture.previous_person",
    QT_TRANSLATE_NOOP("Actions", "Previous Person"),
    "Session",
    "cycle_author",
    ("Ctrl+Shift+U",),
    -1,
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Who said the next card: the previous participant"),
)
spec(
    "capture.silent",
    QT_TRANSLATE_NOOP("Actions", "Si&lent Mode"),
    "Session",
    _toggle_silent,
    ("Ctrl+Shift+H",),
    section=2,
    checkable=True,
    refresh=_refresh_silent,
    tip=QT_TRANSLATE_NOOP("Actions", "Keep new cards off the projector until you reveal them"),
)
spec(
    "capture.reveal",
    QT_TRANSLATE_NOOP("Actions", "Re&veal Hidden Cards"),
    "Session",
    _reveal,
    ("Ctrl+Shift+V",),
    section=2,
    tip=QT_TRANSLATE_NOOP("Actions", "Show every card held back in silent mode on the projector"),
)
page_spec("plan.make_action", QT_TRANSLATE_NOOP("Actions", "&Make an Action from Item"), "Session", "make_action",
          ("Ctrl+Shift+A",), section=4, tip=QT_TRANSLATE_NOOP("Actions", "Turn the selected ranked item into an action"))  # fmt: skip
