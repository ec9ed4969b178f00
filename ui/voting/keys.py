"""The voting keys, in one place: what each key does during a vote.

Turn by turn: type an item's number for a dot (with ten items or more every
number has two digits, 01-12), or move the highlight with Up/Down and press Space; Backspace takes the voter's last dot
back, Enter or Tab hands over to the next voter (Shift+Tab back), PgUp/PgDn turn
the page of items. Show of hands: Up/Down choose an item, digits type the count,
Enter records it and moves on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from ui.voting.state import VotingState

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class NumberTyping(QObject):
    """Digits typed by the voter, gathered into an item number.

    Every number has as many digits as the highest one (01-12 with twelve items,
    1-9 with nine or fewer), so the last digit gives the dot at once: no waiting,
    and "1" then "1" is never mistaken for 11.
    """

    def __init__(self, state: VotingState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.typed = ""
        self.last = 0  # the last number given a dot (the page highlights it)

    def digit(self, digit: int) -> None:
        self.typed += str(digit)
        if len(self.typed) < self.state.number_width():
            self.state.say(
                self.tr("Item %1… type the next digit (Backspace clears it)").replace(
                    "%1", self.typed
                )
            )
            return
        self.commit()

    def commit(self) -> bool:
        """Cast the number typed so far; False if none was waiting."""
        if not self.typed:
            return False
        number, self.typed = int(self.typed), ""
        if number == 0:
            self.state.say(self.tr("Item numbers start at 1."))
        else:
            self.last = number
            self.state.cast_number(number)
        return True

    def cancel(self) -> bool:
        """Forget a half-typed number; False if there was none."""
        if not self.typed:
            return False
        self.typed = ""
        self.state.say("")
        return True


def turn_key(
    state: VotingState,
    key: int,
    modifiers: Qt.KeyboardModifier,
    typing: NumberTyping,
    dot_on_highlight: Callable[[], None],
    move: Callable[[int], None],
) -> bool:
    """Handle *key* for the voter at the laptop; False if it is not a voting key."""
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False  # leave Ctrl+Z, Alt+PgDown... to the window's actions
    if key in NUMBER_KEYS:
        typing.digit(NUMBER_KEYS[key])
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and typing.commit():
        return True  # Enter after a half-typed number ("1" of 12 items) gives the dot
    if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape) and typing.cancel():
        return True
    typing.cancel()
    if key == Qt.Key.Key_Space:
        dot_on_highlight()
    elif key == Qt.Key.Key_Down:
        move(+1)
    elif key == Qt.Key.Key_Up:
        move(-1)
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
