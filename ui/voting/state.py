"""The room's voting state, shared by the console's Vote page and the projector.

One ``VotingState`` hangs off the WorkshopContext (see :meth:`VotingState.of`).
It holds the cards on the ballot, their tallies, each voter's dots, whose turn it
is and which page of items is showing, and keeps them current from the book's
change notifications *incrementally*: a vote adjusts one tally by the row's
delta and emits ``tallyChanged(card)``; nothing is re-read per vote. Both views
listen to it, so the projector and the laptop always agree on item numbers.

Every dot goes through the core's ``book.votes.cast`` (the same call a later
phone-voting front end will make), so limits are enforced in one place.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal

from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from workshop.book import Book
from workshop.errors import BookError, WorkshopError
from workshop.journal import Change
from workshop.model import Contribution, Session, VoteMode
from workshop.stores.votes import tallies_hidden

PAGE_SIZE = 9  # items on one page of the board; typed numbers reach every page


class VotingState(QObject):
    itemsReset = Signal()  # the ballot (cards, order) changed: re-read everything
    tallyChanged = Signal(int)  # one card's tally (or the current voter's dots on it)
    turnChanged = Signal()  # whose turn it is, or the roster
    dotsChanged = Signal()  # a dot was cast or taken back: dots left changed
    pageChanged = Signal()
    settingsChanged = Signal()  # open/closed, secret, limits, method
    messageChanged = Signal(str)  # a refused dot, in words ("" clears it)
    selectionChanged = Signal()  # show of hands: the item being counted

    def __init__(self, context: WorkshopContext) -> None:
        super().__init__(context)
        self.setObjectName("votingState")
        self.context = context
        self.session: Session | None = None
        self.items: list[Contribution] = []
        self._index: dict[int, int] = {}  # card id -> position in items
        self._root: dict[int, int] = {}  # any contribution id (duplicates too) -> card id
        self.tally: dict[int, int] = {}
        self._used: dict[str, int] = {}  # voter -> dots used
        self._given: dict[tuple[str, int], int] = {}  # (voter, card) -> dots
        self.participants: list[str] = []
        self.voter_count = 8  # when the session lists nobody
        self.turn = 0
        self.page = 0
        self.selected: int | None = None
        self.message = ""
        self._dirty = False
        context.batchEnded.connect(self._reload_if_dirty)
        ChangeFollower(context, self, self._on_change)
        context.bookChanged.connect(self._on_book)
        context.sessionChanged.connect(self._on_session)
        self._on_book()

    @classmethod
    def of(cls, context: WorkshopContext) -> VotingState:
        """The context's voting state, created on first use."""
        found = context.findChild(VotingState, "votingState")
        return found if found is not None else cls(context)

    # -- loading -------------------------------------------------------------
    def _on_book(self) -> None:
        self.reload(new_session=True)

    def _on_session(self, _session_id: int) -> None:
        self.page = 0
        self.selected = None
        self.reload(new_session=True)

    def reload(self, new_session: bool = False) -> None:
        """Re-read the ballot, tallies and roster (a session or the cards changed).

        In a new session (or after a restart) the turn goes to the first voter with
        dots left; a card edited mid-vote keeps the voter at the laptop.
        """
        book = self.context.book
        sid = self.context.session_id
        self.session = None
        self.items, self.tally, self._used, self._given = [], {}, {}, {}
        self.participants = []
        if book is not None and sid is not None:
            try:
                self.session = book.sessions.get(sid)
            except WorkshopError:
                self.session = None
        message = ""
        if self.session is not None:
            try:
                self._load_session(book, sid, new_session)
            except sqlite3.DatabaseError:
                # A damaged book: the ballot stays empty; the background integrity check
                # tells the facilitator what to do.
                self.items, self.tally, self._used, self._given = [], {}, {}, {}
                message = self.tr("Part of the book could not be read: the ballot is empty.")
        self.page = min(self.page, max(0, self.page_count() - 1))
        self._set_message(message)
        self.itemsReset.emit()
        self.settingsChanged.emit()
        self.turnChanged.emit()
        self.pageChanged.emit()

    def _load_session(self, book: Book, sid: int, new_session: bool) -> None:
        self._load_items()
        self.tally = book.votes.tally(sid)
        self._given = book.votes.usage(sid)
        for (voter, _card), dots in self._given.items():
            self._used[voter] = self._used.get(voter, 0) + dots
        self.participants = book.sessions.participants(sid)
        if new_session:
            self.turn = self._first_with_dots_left()
        self.turn = min(self.turn, len(self.roster()))

    def _load_items(self) -> None:
        book, sid = self.context.book, self.session.id
        cards = book.contributions.list(sid, include_merged=True)
        roots = book.votes.ballot(sid)  # the kinds the session votes on, in ballot order
        self.items = roots
        self._index = {c.id: i for i, c in enumerate(roots)}
        self._root = {c.id: (c.merged_into or c.id) for c in cards}

    # -- live updates ----------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if self.session is None:
            return
        sid = self.session.id
        if change.touches("contributions") or change.touches("themes"):
            if sid in change.session_ids():
                self._cards_changed()
            return
        for row in change.of("sessions"):
            if row.row_id == sid and row.after is not None:
                self._on_session_row()
        if change.touches("participants") and sid in change.session_ids():
            self.participants = self.context.book.sessions.participants(sid)
            self.turn = min(self.turn, len(self.roster()))
            self.turnChanged.emit()
        touched: set[int] = set()
        for row in change.of("votes"):
            touched |= self._apply_vote(row.before, -1)
            touched |= self._apply_vote(row.after, +1)
        for card in touched:
            self.tallyChanged.emit(card)
        if touched:
            self.dotsChanged.emit()

    def _cards_changed(self) -> None:
        """Re-read the ballot at once, or once at the end of a batch (fifty phones' cards
        at once reload it once, not fifty times)."""
        if self.context.in_batch:
            self._dirty = True
            return
        self.reload()

    def _reload_if_dirty(self) -> None:
        if self._dirty:
            self._dirty = False
            self.reload()

    def _apply_vote(self, image: dict | None, sign: int) -> set[int]:
        if image is None or image["session_id"] != self.session.id:
            return set()
        card = self._root.get(image["contribution_id"], image["contribution_id"])
        dots = sign * image["dots"]
        self.tally[card] = self.tally.get(card, 0) + dots
        voter = image["voter"]
        if voter is not None:
            self._used[voter] = self._used.get(voter, 0) + dots
            self._given[(voter, card)] = self._given.get((voter, card), 0) + dots
        return {card}

    def _on_session_row(self) -> None:
        self.session = self.context.book.sessions.get(self.session.id)
        self._set_message("")
        self.settingsChanged.emit()
        self.turnChanged.emit()

    # -- questions the views ask -----------------------------------------------
    @property
    def is_open(self) -> bool:
        return bool(self.session and self.session.voting_open)

    @property
    def revealed(self) -> bool:
        """Voting closed with dots cast: the result is out and voting is over
        (Ctrl+Z undoes the close to go on)."""
        return bool(self.session and not self.session.voting_open and self.dots_cast() > 0)

    @property
    def method(self) -> VoteMode:
        return self.session.vote_mode if self.session else VoteMode.TURNS

    def tallies_hidden(self) -> bool:
        return self.session is None or tallies_hidden(self.session)

    def roster(self) -> list[str]:
        """The voters' keys as stored with their dots, in turn order.

        An anonymous session (or one listing nobody) votes as "Voter 1".."Voter N",
        so no name is stored with a dot.
        """
        if self.session is not None and not self.session.anonymous and self.participants:
            return list(self.participants)
        count = len(self.participants) or self.voter_count
        return [f"Voter {n}" for n in range(1, count + 1)]

    def shows_names(self) -> bool:
        return bool(self.session and not self.session.anonymous and self.participants)

    def voter_label(self, index: int | None = None) -> str:
        """Who votes now, as the room may see it: a name, or "Voter 3 of 8"."""
        index = self.turn if index is None else index
        roster = self.roster()
        if not 0 <= index < len(roster):
            return ""
        if self.shows_names():
            return roster[index]
        return (
            self.tr("Voter %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(roster)))
        )

    @property
    def current_voter(self) -> str | None:
        roster = self.roster()
        return roster[self.turn] if 0 <= self.turn < len(roster) else None

    def all_voted(self) -> bool:
        return self.turn >= len(self.roster())

    def budget(self) -> int:
        return self.session.dots_per_person if self.session else 0

    def dots_left(self, voter: str | None = None) -> int:
        voter = voter if voter is not None else self.current_voter
        if voter is None:
            return 0
        return max(0, self.budget() - self._used.get(voter, 0))

    def given(self, card: int, voter: str | None = None) -> int:
        voter = voter if voter is not None else self.current_voter
        return self._given.get((voter, card), 0) if voter is not None else 0

    def voters_with_dots(self) -> int:
        return sum(1 for dots in self._used.values() if dots > 0)

    def dots_cast(self) -> int:
        return sum(self.tally.values())

    def page_count(self) -> int:
        return max(1, -(-len(self.items) // PAGE_SIZE))

    def page_items(self) -> list[Contribution]:
        start = self.page * PAGE_SIZE
        return self.items[start : start + PAGE_SIZE]

    def row_of(self, card: int) -> int | None:
        return self._index.get(card)

    def _first_with_dots_left(self) -> int:
        budget = self.budget()
        for index, voter in enumerate(self.roster()):
            if self._used.get(voter, 0) < budget:
                return index
        return len(self.roster())

    # -- what the facilitator and voters do ------------------------------------
    def _set_message(self, text: str) -> None:
        if text != self.message:
            self.message = text
            self.messageChanged.emit(text)

    def set_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        if page != self.page:
            self.page = page
            self.pageChanged.emit()

    def set_turn(self, index: int) -> None:
        """Hand over to voter *index*; each voter starts at the top of the items."""
        index = max(0, min(index, len(self.roster())))
        if index != self.turn:
            self.turn = index
            self._set_message("")
            self.set_page(0)
            self.turnChanged.emit()

    def set_voter_count(self, count: int) -> None:
        count = max(1, min(count, 999))
        if count != self.voter_count:
            self.voter_count = count
            self.turn = min(self.turn, count)
            self.turnChanged.emit()

    def select(self, card: int | None) -> None:
        if card != self.selected:
            self.selected = card
            self.selectionChanged.emit()

    def number_width(self) -> int:
        """Digits in every item number: 1 up to nine items, 2 up to 99..."""
        return len(str(max(1, len(self.items))))

    def number_label(self, index: int) -> str:
        """The number the voter types for the item at *index* ("03" of twelve)."""
        return str(index + 1).zfill(self.number_width())

    def cast_number(self, number: int) -> bool:
        """The voter typed *number*: a dot on the item of that number (on any page)."""
        if not 1 <= number <= len(self.items):
            self._set_message(self.tr("There is no item %1.").replace("%1", str(number)))
            return False
        self.set_page((number - 1) // PAGE_SIZE)  # the voter sees the item they chose
        return self.cast(self.items[number - 1].id)

    def say(self, text: str) -> None:
        """Show *text* under the board (a typed number waiting for its next digit)."""
        self._set_message(text)

    def cast(self, card: int) -> bool:
        """One dot from the current voter on *card*; a refusal becomes the message."""
        voter = self.current_voter
        if self.session is None or voter is None:
            return False
        if not self.session.voting_open:
            self._set_message(self.tr("Voting is not open."))
            return False
        limit = self.session.max_dots_per_item
        if self.dots_left(voter) <= 0:
            self._set_message(self.tr("No dots left: press Enter to pass to the next voter."))
            return False
        if self.given(card, voter) >= limit:
            self._set_message(
                self.tr("At most %1 dots on one item: choose another.").replace("%1", str(limit))
            )
            return False
        ok, _ = self._run(
            self.context.book.votes.cast,
            self.session.id,
            card,
            voter,
            # In a phone vote, a dot given at the laptop is a turn-by-turn dot.
            method=VoteMode.TURNS if self.method == VoteMode.PHONES else self.method,
            require_open=True,
        )
        if ok:
            self._set_message("")
        return ok

    def take_back(self) -> bool:
        """Remove the current voter's last dot."""
        voter = self.current_voter
        if self.session is None or voter is None or not self.session.voting_open:
            return False
        ok, card = self._run(self.context.book.votes.retract_last, self.session.id, voter)
        if not ok:
            return False
        if card is None:
            self._set_message(self.tr("Nothing to take back."))
            return False
        self._set_message("")
        return True

    def set_hands(self, card: int, count: int) -> bool:
        if self.session is None:
            return False
        ok, _ = self._run(self.context.book.votes.set_hands, self.session.id, card, count)
        if ok:
            self._set_message("")
        return ok

    def _run(self, operation, *args, **kwargs) -> tuple[bool, object]:
        """Call a core operation: (True, result), or (False, None) with the reason shown.

        A refusal becomes the message under the board; a storage error goes to the
        window (``bridge.failed``), which shows it in a dialog.
        """
        try:
            return True, operation(*args, **kwargs)
        except BookError as exc:
            self.context.bridge.failed.emit(str(exc), True)
        except WorkshopError as exc:  # VoteRefused and other invalid input
            self._set_message(str(exc))
        return False, None
