"""Open and close voting from the keyboard, wherever the facilitator is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from ui.commands.declare import spec
from workshop.model import Phase


def _state(context: Any) -> Any:
    # Imported on first use: the voting state (and the stores it reads) is not needed to
    # start the app.
    from ui.voting.state import VotingState

    return VotingState.of(context)


def _run(operation: str) -> Callable[[Any], None]:
    """A handler that calls ``book.votes.<operation>`` for the session being voted on."""

    def handler(window: Any) -> None:
        context = window.context
        state = _state(context)
        if state.session is None or context.bridge is None:
            return
        if operation == "open_voting" and state.revealed:
            return  # the result is out: voting stays locked (Ctrl+Z undoes the close)
        context.bridge.run(getattr(context.book.votes, operation), state.session.id)

    return handler


def _enabled_while(is_open: bool) -> Callable[[Any, QAction], None]:
    """Refresh: the action stays enabled only while voting is open (True) or closed (False);
    once the result is revealed, Open Voting stays disabled."""

    def refresh(window: Any, action: QAction) -> None:
        if not action.isEnabled():  # no session (or not writable): nothing to ask the state
            return
        state = _state(window.context)
        wanted = state.is_open == is_open and (is_open or not state.revealed)
        action.setEnabled(wanted)

    return refresh


for action_id, text, operation, key, tip, while_open in (
    (
        "voting.open",
        QT_TRANSLATE_NOOP("Actions", "Open Voting"),
        "open_voting",
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Open dot voting with the limits set on the Vote page"),
        False,
    ),
    (
        "voting.close",
        QT_TRANSLATE_NOOP("Actions", "Close Voting and Reveal"),
        "close_voting",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Close voting and show the ranked result on the projector"),
        True,
    ),
):
    spec(
        action_id,
        text,
        "Session",
        _run(operation),
        (key,),
        tip=tip,
        section=5,
        phases=(Phase.VOTE,),
        refresh=_enabled_while(while_open),
    )
