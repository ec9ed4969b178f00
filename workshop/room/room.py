"""The room of one session: the phones that joined and what each may do.

Every method runs on the thread that owns the book (see ``dispatch``). A phone's
request becomes the book's named operation (``contributions.add``/``edit``/
``delete``, ``votes.cast(method="phones", require_open=True)``/``retract``), so it
is on disk before the phone hears "saved", it can be undone from the console and
every listener (console, projector, other phones) hears of it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..book import Book
from ..errors import WorkshopError
from ..i18n import N_, _, language, ngettext
from ..journal import Change
from ..model import Kind, Phase
from ..stores.votes import VoteRefused
from . import protocol as p
from .errors import Invalid, NotJoined, NotNow, TooManyTries, WrongCode
from .security import AttemptLimiter, codes_match, new_join_code, new_token
from .views import ballot, phone_view, shared_view

MAX_CARDS_PER_PHONE = 100
MAX_PHONES = 500


@dataclass
class Phone:
    id: str  # short, public: the console removes a phone by it
    name: str | None  # None in anonymous sessions
    voter: str  # the name on its dots: its name, or a pseudonym in anonymous sessions
    address: str
    cards: set[int] = field(default_factory=set)
    keys: dict[str, int] = field(default_factory=dict)  # idempotency key -> card id
    done: bool = False
    connected: int = 0  # open event streams

    @property
    def label(self) -> str:
        return self.name or self.voter


Listener = Callable[[str], None]  # "state" (something changed), "phones", "closed"


class Room:
    def __init__(
        self,
        book: Book,
        session_id: int,
        *,
        code: str | None = None,
        limiter: AttemptLimiter | None = None,
    ) -> None:
        self.book = book
        self.session_id = session_id
        book.sessions.get(session_id)  # raises if the session is gone
        self.code = code or new_join_code()
        self.limiter = limiter or AttemptLimiter()
        self.is_open = True
        self.revision = 0
        self._phones: dict[str, Phone] = {}  # token -> phone
        self._listeners: list[Listener] = []
        rounds = book.sessions.rounds(session_id)
        self.kind: Kind = rounds[0].kind if rounds else Kind.DELIGHT
        self.timer: dict[str, Any] | None = None
        # What phones see is read once per change, not once per phone: the ballot until
        # the cards change, each phone's own part until a change touches that phone.
        self._ballot: list | None = None
        self._ballot_version = 0
        self._mine: dict[str, dict[str, Any]] = {}
        self._stale: set[str] = set()
        self._stale_all = True
        book.subscribe(self._on_book_change)

    # -- listeners -----------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, what: str) -> None:
        if what == "state":
            self.revision += 1
        for listener in list(self._listeners):
            listener(what)

    def _on_book_change(self, change: Change) -> None:
        if self.session_id not in change.session_ids() and not change.touches("rounds"):
            return
        if change.touches("contributions") or change.touches("themes"):
            self._ballot = None
        if change.touches("sessions"):
            self._stale_all = True
        else:
            ids = {r.row_id for r in change.of("contributions")}
            voters = {
                image["voter"]
                for r in change.of("votes")
                for image in (r.before, r.after)
                if image is not None
            }
            for phone in self._phones.values():
                if phone.cards & ids or phone.voter in voters:
                    self._stale.add(phone.id)
        self._tell("state")

    def outside_change(self) -> None:
        """Another program changed the book: every phone re-reads its state."""
        self._ballot = None
        self._stale_all = True
        self._tell("state")

    # -- what the host sets ----------------------------------------------------
    def set_kind(self, kind: Kind | str) -> None:
        kind = Kind(kind)
        if kind != self.kind:
            self.kind = kind
            self._tell("state")

    def set_timer(self, seconds_left: int | None, running: bool = False) -> None:
        timer = None if seconds_left is None else {"seconds_left": seconds_left, "running": running}
        if timer != self.timer:
            self.timer = timer
            self._tell("state")

    def close(self) -> None:
        """Close the room: every token is revoked at once."""
        if not self.is_open:
            return
        self.is_open = False
        self._phones.clear()
        self.book.unsubscribe(self._on_book_change)
        self._tell("closed")

    # -- phones ----------------------------------------------------------------
    @property
    def phones(self) -> list[Phone]:
        return list(self._phones.values())

    def phone(self, token: str | None) -> Phone:
        """The phone a token belongs to (401 when there is none)."""
        found = self._phones.get(token) if isinstance(token, str) and self.is_open else None
        if found is None:
            raise NotJoined(_("Join the room first (the room was closed or this phone removed)."))
        return found

    def token_of(self, phone_id: str) -> str | None:
        return next((t for t, ph in self._phones.items() if ph.id == phone_id), None)

    def needs_name(self) -> bool:
        if not self.is_open:
            raise NotJoined(_("The room is closed."))
        return not self._session().anonymous

    def join(self, address: str, body: dict[str, Any]) -> tuple[str, Phone]:
        p.only(body, "code", "name", "token_in_body")
        if not self.is_open:
            raise NotJoined(_("The room is closed."))
        if self.limiter.blocked(address):
            raise TooManyTries(_("Too many wrong codes: wait a minute, then try again."))
        code = body.get("code")
        if not isinstance(code, str) or len(code) > 20 or not codes_match(code, self.code):
            self.limiter.failed(address)
            raise WrongCode(_("That join code is not this room's: check the projector."))
        session = self.book.sessions.get(self.session_id)
        if len(self._phones) >= MAX_PHONES:
            raise NotNow(_("The room is full."))
        phone_id = secrets.token_hex(4)
        if session.anonymous:
            name = None
            voter = f"Phone {phone_id}"
        else:
            name = p.text(body, "name", N_("Your name"), required=True, limit=p.MAX_NAME)
            if any(
                ph.name and ph.name.casefold() == name.casefold() for ph in self._phones.values()
            ):
                raise NotNow(
                    _("Someone in the room is already called {name}: add an initial.").format(
                        name=name
                    )
                )
            voter = name
        token = new_token()
        self._phones[token] = Phone(phone_id, name, voter, address)
        self._tell("phones")
        return token, self._phones[token]

    def remove_phone(self, phone_id: str) -> bool:
        """The facilitator removes one phone: its token stops working at once."""
        token = self.token_of(phone_id)
        if token is None:
            return False
        del self._phones[token]
        self._tell("phones")
        return True

    def set_connected(self, phone: Phone, delta: int) -> None:
        phone.connected = max(0, phone.connected + delta)
        self._tell("phones")

    # -- what a phone sees -----------------------------------------------------
    def ballot(self) -> list:
        """The vote's items (read again only after the cards or themes changed)."""
        if self._ballot is None:
            self._ballot = ballot(self.book, self.session_id)
            self._ballot_version += 1
        return self._ballot

    @property
    def ballot_version(self) -> int:
        return self._ballot_version

    def language(self) -> str | None:
        """The session's language (None: the app's): the phones read the room in it."""
        try:
            return self._session().language
        except WorkshopError:  # the session was deleted under the room
            return None

    def shared(self) -> dict[str, Any]:
        with language(self.language()):
            return shared_view(self)

    def _me(self, phone: Phone, shared: dict[str, Any]) -> dict[str, Any]:
        if self._stale_all:
            self._mine.clear()
            self._stale.clear()
            self._stale_all = False
        if phone.id in self._stale:
            self._mine.pop(phone.id, None)
            self._stale.discard(phone.id)
        me = self._mine.get(phone.id)
        if me is None:
            me = self._mine[phone.id] = phone_view(self, phone, shared)
        return {**me, "done": phone.done}

    def view(self, phone: Phone, shared: dict[str, Any] | None = None) -> dict[str, Any]:
        shared = shared if shared is not None else self.shared()
        return {**shared, "me": self._me(phone, shared)}

    def views(self) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The shared state, read once, and each phone's own part: (shared, {phone id: me})."""
        shared = self.shared()
        return shared, {ph.id: self._me(ph, shared) for ph in self._phones.values()}

    # -- what a phone does -------------------------------------------------------
    def _session(self):
        return self.book.sessions.get(self.session_id)

    def _own_card(self, phone: Phone, card_id: Any):
        card_id = p.identifier(card_id)
        if card_id not in phone.cards:
            raise Invalid(_("That card is not one of yours."))
        try:
            card = self.book.contributions.get(card_id)
        except WorkshopError:
            phone.cards.discard(card_id)
            raise Invalid(_("That card is not one of yours (it was deleted).")) from None
        if card.session_id != self.session_id:
            raise Invalid(_("That card is not one of yours."))
        return card

    def _check_editable(self, card) -> None:
        session = self._session()
        if session.phase != Phase.IDEATE:
            raise NotNow(_("Cards can be changed only while the room is writing."))
        if card.merged_into is not None:
            raise NotNow(_("The facilitator merged this card with another: it cannot change now."))
        if session.silent_mode and card.revealed:
            raise NotNow(_("This card is already on the projector: it cannot change now."))

    def add_card(self, phone: Phone, body: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Add a card of the round's kind; the same key twice gives the first card back."""
        p.only(body, "key", "kind", "text", "way_around", "customer")
        key = p.idempotency_key(body)
        if key in phone.keys and phone.keys[key] in phone.cards:
            return self._card_json(phone.keys[key]), False
        text = p.text(body, "text", N_("The card"), required=True)
        kind = body.get("kind", self.kind.value)
        if kind != self.kind.value:
            raise NotNow(
                _("The room is now writing: {kind}. Your card was not added.").format(
                    kind=self.kind.label
                )
            )
        extra: dict[str, Any] = {}
        if self.kind is Kind.OBSTACLE:
            extra["way_around"] = p.text(body, "way_around", N_("The way around"), required=False)
        elif body.get("way_around"):
            raise Invalid(_("Only obstacles have a way around."))
        if self.kind is Kind.HERO:
            extra["customer"] = p.text(body, "customer", N_("The customer"), required=False)
        elif body.get("customer"):
            raise Invalid(_("Only hero stories name a customer."))
        if self._session().phase != Phase.IDEATE:
            raise NotNow(_("Cards can be written only while the room is writing."))
        if len(phone.cards) >= MAX_CARDS_PER_PHONE:
            raise NotNow(
                ngettext(
                    "One phone can write at most {n} card.",
                    "One phone can write at most {n} cards.",
                    MAX_CARDS_PER_PHONE,
                ).format(n=MAX_CARDS_PER_PHONE)
            )
        card_id = self.book.contributions.add(self.session_id, self.kind, text, phone.name, **extra)
        phone.cards.add(card_id)
        phone.keys[key] = card_id
        self._stale.add(phone.id)  # the book told us before the card was known as this phone's
        return self._card_json(card_id), True

    def edit_card(self, phone: Phone, card_id: Any, body: dict[str, Any]) -> dict[str, Any]:
        p.only(body, "text", "way_around", "customer")
        card = self._own_card(phone, card_id)
        self._check_editable(card)
        text = p.text(body, "text", N_("The card"), required=True)
        if text != card.text:
            self.book.contributions.edit(card.id, text=text)
        if card.kind is Kind.OBSTACLE and "way_around" in body:
            way = p.text(body, "way_around", N_("The way around"), required=False) or ""
            if way != (card.way_around or ""):
                self.book.contributions.set_obstacle(card.id, way_around=way)
        if card.kind is Kind.HERO and "customer" in body:
            customer = p.text(body, "customer", N_("The customer"), required=False) or ""
            if customer != (card.customer or ""):
                self.book.contributions.set_hero(card.id, customer=customer)
        return self._card_json(card.id)

    def delete_card(self, phone: Phone, card_id: Any) -> None:
        card = self._own_card(phone, card_id)
        self._check_editable(card)
        self.book.contributions.delete(card.id)
        phone.cards.discard(card.id)

    def _card_json(self, card_id: int) -> dict[str, Any]:
        card = self.book.contributions.get(card_id)
        return {"id": card.id, "kind": card.kind.value, "text": card.text}

    def _ballot_card(self, card_id: Any) -> int:
        card_id = p.identifier(card_id)
        on_ballot = self.book.db.execute(
            "SELECT 1 FROM contributions WHERE id = ? AND session_id = ? AND revealed = 1 "
            "AND merged_into IS NULL",
            [card_id, self.session_id],
        ).fetchone()
        if on_ballot is None:
            raise Invalid(_("That item is not on this vote."))
        return card_id

    def place_dot(self, phone: Phone, body: dict[str, Any]) -> None:
        p.only(body, "card")
        card_id = self._ballot_card(body.get("card"))
        try:
            self.book.votes.cast(
                self.session_id, card_id, phone.voter, 1, method="phones", require_open=True
            )
        except VoteRefused as exc:
            raise NotNow(exc.you) from None

    def take_back_dot(self, phone: Phone, card_id: Any) -> None:
        card_id = self._ballot_card(card_id)
        if not self._session().voting_open:
            raise NotNow(_("Voting is closed."))
        if not self.book.votes.retract(self.session_id, card_id, phone.voter):
            raise NotNow(_("You have no dot on that item."))

    def set_done(self, phone: Phone, body: dict[str, Any]) -> None:
        p.only(body, "done")
        done = p.flag(body, "done", True)
        if done and not self._session().voting_open:
            raise NotNow(_("Voting is not open."))
        if phone.done != done:
            phone.done = done
            self._tell("state")
            self._tell("phones")  # the console counts who has voted
