"""The voting keys, in one place: what each key does during a vote.

Turn by turn: 1-9 a dot on that item of the page showing, Backspace takes the
voter's last dot back, Enter or Tab hands over to the next voter (Shift+Tab
back), PgUp/PgDn turn the page of items. Show of hands: Up/Down choose an item,
digits type the count, Enter records it and moves on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from ui.voting.state import VotingState

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def turn_key(state: VotingState, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Handle *key* for the voter at the laptop; False if it is not a voting key."""
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False  # leave Ctrl+Z, Alt+PgDown... to the window's actions
    if key in NUMBER_KEYS:
        state.cast_on_page(NUMBER_KEYS[key])
    elif key == Qt.Key.Key_Backspace:
        state.take_back()
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
        state.set_turn(state.turn + 1)
    elif key == Qt.Key.Key_Backtab:
        state.set_turn(state.turn - 1)
    elif key == Qt.Key.Key_PageDown:
        state.set_page(state.page + 1)
    elif key == Qt.Key.Key_PageUp:
        state.set_page(state.page - 1)
    else:
        return False
    return True


def hands_key(
    state: VotingState,
    key: int,
    type_digit: Callable[[int], bool],
    record: Callable[[], None],
    move: Callable[[int], None],
) -> bool:
    """Handle *key* while the facilitator counts hands; False if it is not theirs."""
    if key in NUMBER_KEYS:
        # Typed on the list: the digit starts the count. In the count box it is typed.
        return type_digit(NUMBER_KEYS[key])
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        record()
    elif key == Qt.Key.Key_Down:
        move(+1)
    elif key == Qt.Key.Key_Up:
        move(-1)
    elif key == Qt.Key.Key_PageDown:
        state.set_page(state.page + 1)
    elif key == Qt.Key.Key_PageUp:
        state.set_page(state.page - 1)
    else:
        return False
    return True
