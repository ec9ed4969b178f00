"""The Vote phase page of the console: set the limits, open voting, take the votes.

Turn by turn: the voter at the laptop types an item's number (or moves the
highlight with Up/Down and presses Space, or clicks an item) to give it a dot,
PgUp/PgDn for more items, Backspace to take the last dot back, Enter (or Tab) to
hand over to the next person, who starts at the top. Once the result is revealed
the voting controls are locked (Ctrl+Z reopens voting).
Show of hands: select an item (Up/Down), type the count of hands, Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.phases import register_page
from ui.room.bar import room_bar
from ui.state.context import WorkshopContext
from ui.voting.keys import NumberTyping, hands_key, turn_key
from ui.voting.models import CARD_ID_ROLE, BallotModel, RankingModel
from ui.voting.state import PAGE_SIZE, VotingState
from ui.voting.tables import ballot_table, results_table
from ui.widgets.flow import FlowLayout, labelled
from workshop.model import Phase, VoteMode


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class VotePage(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votePage")
        self.context = context
        self.state = VotingState.of(context)
        self.typing = NumberTyping(self.state, self)
        self._syncing = False
        self._build()
        self.state.settingsChanged.connect(self._sync_settings)
        self.state.turnChanged.connect(self._to_the_top)
        self.state.turnChanged.connect(self._sync_turn)
        self.state.dotsChanged.connect(self._sync_turn)
        self.state.pageChanged.connect(self._sync_page)
        self.state.itemsReset.connect(self._sync_page)
        self.state.messageChanged.connect(self._show_message)
        self._sync_settings()

    # -- building --------------------------------------------------------------
    def _build(self) -> None:
        self.method = QComboBox()
        self.method.addItem(self.tr("Turn by turn at the laptop"), VoteMode.TURNS.value)
        self.method.addItem(self.tr("Show of hands"), VoteMode.HANDS.value)
        self.method.addItem(self.tr("On their phones"), VoteMode.PHONES.value)
        self.method.currentIndexChanged.connect(self._store_settings)
        self.dots = self._spin(self.tr("Dots per person"))
        self.per_item = self._spin(self.tr("Most dots one person may give one item"))
        self.secret = QCheckBox(self.tr("Secret until revealed"))
        self.secret.setToolTip(self.tr("Hide the counts on the projector while voting is open"))
        self.secret.toggled.connect(self._store_settings)
        self.voters = QSpinBox()
        self.voters.setRange(1, 999)
        self.voters.setValue(self.state.voter_count)
        self.voters.setToolTip(self.tr("How many people vote (the session lists nobody)"))
        self.voters.valueChanged.connect(self.state.set_voter_count)
        self.voters_label = QLabel(self.tr("Voters"))
        self.open_button = QPushButton(self.tr("Open voting"))
        self.open_button.setToolTip(self.tr("Open voting (Ctrl+Shift+O)"))
        self.open_button.clicked.connect(self.open_voting)
        self.close_button = QPushButton(self.tr("Close voting and reveal"))
        self.close_button.setToolTip(self.tr("Close voting and reveal (Ctrl+Shift+R)"))
        self.close_button.clicked.connect(self.close_voting)

        # Rows that wrap on a narrow window (a 1366x768 screen at 125 % or 150 %).
        settings = FlowLayout(spacing=10)
        settings.add_widgets(
            labelled(self.tr("Method"), self.method),
            labelled(self.tr("Dots each"), self.dots),
            labelled(self.tr("Most per item"), self.per_item),
            labelled(self.voters_label, self.voters),
            self.secret,
        )
        settings.push_right()
        settings.add_widgets(self.open_button, self.close_button)

        self.banner = _plain(QLabel())
        self.banner.setObjectName("voteBanner")
        font = self.banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.banner.setFont(font)
        self.hint = _plain(QLabel())
        self.hint.setObjectName("voteHint")
        self.message = _plain(QLabel())
        self.message.setObjectName("voteMessage")
        self.message.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")

        self.ballot = BallotModel(self.state)
        self.board = ballot_table(self.ballot)
        self.ballot.modelReset.connect(self._fit_rows)
        self.board.clicked.connect(self._clicked)
        self.board.installEventFilter(self)
        self.board.selectionModel().currentRowChanged.connect(self._current_changed)

        self.hands = QLineEdit()
        self.hands.setObjectName("handsCount")
        self.hands.setValidator(QIntValidator(0, 10_000, self.hands))
        self.hands.setPlaceholderText(self.tr("Hands raised, then Enter"))
        self.hands.installEventFilter(self)
        self.hands_row = QWidget()
        hands_layout = QHBoxLayout(self.hands_row)
        hands_layout.setContentsMargins(0, 0, 0, 0)
        hands_layout.addWidget(QLabel(self.tr("Hands for the selected item")))
        hands_layout.addWidget(self.hands)
        hands_layout.addStretch(1)

        self.ranking = RankingModel(self.state)
        self.results = results_table(self.ranking, self.board.font())

        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(self.hands_row)
        self.stack = QStackedWidget()
        self.stack.addWidget(board_box)
        self.stack.addWidget(self.results)

        self.page_label = _plain(QLabel())
        self.prev_page = QPushButton(self.tr("Previous items"))
        self.prev_page.setToolTip(self.tr("Page Up"))
        self.prev_page.clicked.connect(lambda: self.state.set_page(self.state.page - 1))
        self.next_page = QPushButton(self.tr("More items"))
        self.next_page.setToolTip(self.tr("Page Down"))
        self.next_page.clicked.connect(lambda: self.state.set_page(self.state.page + 1))
        self.take_back_button = QPushButton(self.tr("Take back my last dot"))
        self.take_back_button.setToolTip(self.tr("Backspace"))
        self.take_back_button.clicked.connect(self._take_back)
        self.prev_voter = QPushButton(self.tr("Previous voter"))
        self.prev_voter.setToolTip(self.tr("Shift+Tab"))
        self.prev_voter.clicked.connect(lambda: self._step_voter(-1))
        self.next_voter = QPushButton(self.tr("Next voter"))
        self.next_voter.setToolTip(self.tr("Enter or Tab"))
        self.next_voter.clicked.connect(lambda: self._step_voter(+1))
        bottom = FlowLayout()
        bottom.add_widgets(self.prev_page, self.next_page, self.page_label)
        bottom.push_right()
        bottom.add_widgets(self.take_back_button, self.prev_voter, self.next_voter)

        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(room_bar(self.context, votes=True))
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

    def _spin(self, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 99)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        spin.valueChanged.connect(self._store_settings)
        return spin

    # -- state -> widgets --------------------------------------------------------
    def _sync_settings(self) -> None:
        session = self.state.session
        self._syncing = True
        try:
            if session is not None:
                self.method.setCurrentIndex(max(0, self.method.findData(session.vote_mode.value)))
                self.dots.setValue(session.dots_per_person)
                self.per_item.setValue(session.max_dots_per_item)
                self.secret.setChecked(session.secret_votes)
        finally:
            self._syncing = False
        is_open = self.state.is_open
        has_session = session is not None
        # Once the result is revealed, voting is over: nothing here changes it any more.
        revealed = self.state.revealed
        for widget in (self.method, self.dots, self.per_item, self.secret, self.voters):
            widget.setEnabled(has_session and not is_open and not revealed)
        self.per_item.setMaximum(self.dots.value())
        counted = bool(self.state.participants)
        self.voters.setVisible(not counted)
        self.voters_label.setVisible(not counted)
        self.open_button.setEnabled(
            has_session and not is_open and not revealed and bool(self.state.items)
        )
        self.close_button.setEnabled(has_session and is_open)
        turns = self.state.method != VoteMode.HANDS
        self.hands_row.setVisible(not turns)
        for widget in (self.take_back_button, self.prev_voter, self.next_voter):
            widget.setVisible(turns)
            widget.setEnabled(is_open)
        show_results = revealed
        if show_results:
            self.ranking.refresh()
        self.stack.setCurrentIndex(1 if show_results else 0)
        self._sync_turn()
        self._sync_page()

    def _sync_turn(self) -> None:
        state = self.state
        if state.session is None:
            text = self.tr("Choose a session to vote in.")
        elif not state.items and not state.is_open:
            text = self.tr("Nothing to vote on yet: capture and reveal some ideas first.")
        elif not state.is_open:
            if state.dots_cast():
                text = self.tr(
                    "Voting is closed. The result is below and on the projector "
                    "(Ctrl+Z reopens voting)."
                )
            else:
                text = self.tr("Set the limits, then open voting.")
        elif state.method == VoteMode.HANDS:
            text = self.tr("Show of hands: select an item, type the count, press Enter.")
        elif state.all_voted():
            text = self.tr("Everyone has voted. Close voting to reveal the result.")
        else:
            text = (
                self.tr("%1: %2 of %3 dots left")
                .replace("%1", state.voter_label())
                .replace("%2", str(state.dots_left()))
                .replace("%3", str(state.budget()))
            )
        self.banner.setText(text)
        hint = ""
        if state.is_open and state.method == VoteMode.HANDS:
            hint = self.tr("Up/Down: choose an item · type the count · Enter: record it")
        elif state.is_open and not state.all_voted():
            hint = self.tr(
                "An item's number, or Up/Down and Space: give a dot · Backspace: take it back · "
                "Enter or Tab: next voter · PgUp/PgDn: more items"
            )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _sync_page(self) -> None:
        state = self.state
        total = len(state.items)
        first = state.page * PAGE_SIZE
        if total:
            text = (
                self.tr("Items %1-%2 of %3")
                .replace("%1", str(first + 1))
                .replace("%2", str(min(total, first + PAGE_SIZE)))
                .replace("%3", str(total))
            )
        else:
            text = ""
        self.page_label.setText(text)
        on_board = self.stack.currentIndex() == 0
        self.prev_page.setEnabled(on_board and state.page > 0)
        self.next_page.setEnabled(on_board and state.page < state.page_count() - 1)
        for widget in (self.prev_page, self.next_page, self.page_label):
            widget.setVisible(on_board)  # the result is one list: no pages of items
        if state.method == VoteMode.HANDS and state.is_open:
            self._select_card(state.selected)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- widgets -> state --------------------------------------------------------
    def _store_settings(self) -> None:
        if self._syncing or self.state.session is None:
            return
        session = self.state.session
        values = {
            "vote_mode": self.method.currentData(),
            "dots_per_person": self.dots.value(),
            "max_dots_per_item": min(self.per_item.value(), self.dots.value()),
            "secret_votes": self.secret.isChecked(),
        }
        current = {
            "vote_mode": session.vote_mode.value,
            "dots_per_person": session.dots_per_person,
            "max_dots_per_item": session.max_dots_per_item,
            "secret_votes": session.secret_votes,
        }
        changed = {k: v for k, v in values.items() if current[k] != v}
        if changed and self.context.bridge is not None:
            self.context.bridge.run(self.context.book.sessions.update, session.id, **changed)

    def open_voting(self) -> None:
        session = self.state.session
        if session is None or self.context.bridge is None or not self.open_button.isEnabled():
            return  # (after the reveal voting stays closed: Ctrl+Z undoes the close)
        self.context.bridge.run(
            self.context.book.votes.open_voting,
            session.id,
            dots_per_person=self.dots.value(),
            max_dots_per_item=min(self.per_item.value(), self.dots.value()),
            method=self.method.currentData(),
            secret=self.secret.isChecked(),
        )
        self.focus_default()

    def close_voting(self) -> None:
        session = self.state.session
        if session is not None and self.context.bridge is not None:
            self.context.bridge.run(self.context.book.votes.close_voting, session.id)

    def focus_default(self) -> None:
        if self.state.is_open and self.state.method == VoteMode.HANDS:
            if self.board.currentIndex().row() < 0 and self.ballot.rowCount():
                self.board.setCurrentIndex(self.ballot.index(0, BallotModel.TEXT))
            self.hands.setFocus()
        else:
            if self.board.currentIndex().row() < 0:
                self._to_the_top()
            self.board.setFocus()

    def _clicked(self, index) -> None:
        if self.state.is_open and self.state.method != VoteMode.HANDS:
            self.state.cast(index.data(CARD_ID_ROLE))

    def _current_changed(self, current, _previous) -> None:
        card = current.data(CARD_ID_ROLE) if current.isValid() else None
        if self.state.method == VoteMode.HANDS:
            self.state.select(card)
            if card is not None:
                count = self.state.tally.get(card, 0)
                self.hands.setText(str(count) if count else "")
                self.hands.selectAll()

    def _select_card(self, card: int | None) -> None:
        row = self.ballot.row_of(card) if card is not None else None
        if row is None and self.ballot.rowCount():
            row = 0
        if row is not None and row != self.board.currentIndex().row():
            self.board.setCurrentIndex(self.ballot.index(row, BallotModel.TEXT))

    def _to_the_top(self) -> None:
        """A new voter starts at the top of the items, with the first one highlighted."""
        self.typing.cancel()
        if self.ballot.rowCount():
            self.board.setCurrentIndex(self.ballot.index(0, BallotModel.TEXT))

    def _dot_on_highlight(self) -> None:
        card = self.ballot.card_at(self.board.currentIndex().row())
        if card is not None:
            self.state.cast(card.id)

    def _take_back(self) -> None:
        self.state.take_back()
        self.board.setFocus()

    def _step_voter(self, step: int) -> None:
        self.state.set_turn(self.state.turn + step)
        self.board.setFocus()

    def _record_hands(self) -> None:
        row = self.board.currentIndex().row()
        card = self.ballot.card_at(row)
        text = self.hands.text().strip()
        if card is None or not text:
            return
        if self.state.set_hands(card.id, int(text)):
            self._move_selection(+1)

    def _move_selection(self, step: int) -> None:
        row = self.board.currentIndex().row() + step
        if row >= self.ballot.rowCount() and self.state.page < self.state.page_count() - 1:
            self.state.set_page(self.state.page + 1)
            row = 0
        elif row < 0 and self.state.page > 0:
            self.state.set_page(self.state.page - 1)
            row = self.ballot.rowCount() - 1
        row = max(0, min(row, self.ballot.rowCount() - 1))
        self.board.setCurrentIndex(self.ballot.index(row, BallotModel.TEXT))

    # -- keys --------------------------------------------------------------------
    def _fit_rows(self) -> None:
        self.board.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.board and event.type() == QEvent.Type.Resize:
            # After the table has laid out its stretched column for the new width.
            QTimer.singleShot(0, self._fit_rows)
        if event.type() == QEvent.Type.KeyPress and self.state.is_open:
            key = event.key()
            if watched is self.board and self.state.method != VoteMode.HANDS:
                self.typing.last = 0
                handled = turn_key(
                    self.state,
                    key,
                    event.modifiers(),
                    self.typing,
                    self._dot_on_highlight,
                    self._move_selection,
                )
                if self.typing.last:  # a typed number: the highlight goes to that item
                    row = (self.typing.last - 1) - self.state.page * PAGE_SIZE
                    if 0 <= row < self.ballot.rowCount():
                        self.board.setCurrentIndex(self.ballot.index(row, BallotModel.TEXT))
                return handled
            if watched is self.hands or watched is self.board:
                return self._hands_key(key)
        return super().eventFilter(watched, event)

    def _hands_key(self, key: int) -> bool:
        def type_digit(digit: int) -> bool:
            if self.hands.hasFocus():
                return False
            self.hands.setFocus()
            self.hands.setText(str(digit))
            return True

        return hands_key(self.state, key, type_digit, self._record_hands, self._move_selection)


@register_page(Phase.VOTE)
def vote_page(context: WorkshopContext) -> QWidget:
    return VotePage(context)
