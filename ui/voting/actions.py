"""Open and close voting from the keyboard, wherever the facilitator is."""

from __future__ import annotations

from typing import Any

from workshop.model import Phase

from ..actions import ActionSpec, register
from .state import VotingState


def _run(window: Any, operation: str) -> None:
    context = window.context
    state = VotingState.of(context)
    if state.session is None or context.bridge is None:
        return
    context.bridge.run(getattr(context.book.votes, operation), state.session.id)


register(
    ActionSpec(
        id="voting.open",
        text="Open Voting",
        menu="Session",
        handler=lambda window: _run(window, "open_voting"),
        shortcuts=("Ctrl+Shift+O",),
        tip="Open dot voting with the limits set on the Vote page",
        section=5,
        needs="session",
        extra={
            "phases": (Phase.VOTE,),
            "refresh": lambda window, action: action.setEnabled(
                action.isEnabled() and not VotingState.of(window.context).is_open
            ),
        },
    )
)
register(
    ActionSpec(
        id="voting.close",
        text="Close Voting and Reveal",
        menu="Session",
        handler=lambda window: _run(window, "close_voting"),
        shortcuts=("Ctrl+Shift+R",),
        tip="Close voting and show the ranked result on the projector",
        section=5,
        needs="session",
        extra={
            "phases": (Phase.VOTE,),
            "refresh": lambda window, action: action.setEnabled(
                action.isEnabled() and VotingState.of(window.context).is_open
            ),
        },
    )
)
