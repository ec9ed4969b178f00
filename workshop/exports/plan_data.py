"""Everything an action plan shows, read from the book once.

The PDF, the Markdown, the printed page and the CSV are all built from an
:class:`ActionPlan`, so they agree on ranks, dots and follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from ..book import Book
from ..errors import InvalidInput
from ..i18n import N_, _, language
from ..model import Action, Contribution, Kind, Round, Session
from ..stores.votes import ballot_order, rank_cards

NOT_GROUPED = N_("Not grouped")
CHART_ITEMS = 10


@dataclass(frozen=True)
class Card:
    """One contribution with its dots, rank and (when names are shown) authors."""

    contribution: Contribution
    dots: int
    rank: int
    tied: bool
    authors: tuple[str, ...] = ()
    duplicates: int = 0  # cards merged into this one
    theme: str = NOT_GROUPED


@dataclass(frozen=True)
class ActionRow:
    rank: int
    action: Action
    votes: int | None  # dots of the item it came from; None for a free action
    source: Contribution | None


@dataclass(frozen=True)
class FollowUpRow:
    action: Action
    session: Session
    overdue: bool


@dataclass(frozen=True)
class ThemeGroup:
    name: str
    cards: tuple[Card, ...]

    @property
    def dots(self) -> int:
        return sum(c.dots for c in self.cards)


@dataclass(frozen=True)
class ActionPlan:
    session: Session
    book_name: str
    printed: Date
    prompts: tuple[Round, ...]
    participants: tuple[str, ...]
    people: int
    counts: dict[Kind, int]
    dots_cast: int
    actions: tuple[ActionRow, ...]
    obstacles: tuple[Card, ...]
    heroes: tuple[Card, ...]
    previous: Session | None
    still_open: tuple[FollowUpRow, ...]
    closed_since: tuple[FollowUpRow, ...]
    themes: tuple[ThemeGroup, ...]
    top: tuple[Card, ...]
    cards: tuple[Card, ...] = field(repr=False, default=())

    @property
    def show_authors(self) -> bool:
        return not self.session.anonymous

    @property
    def contributions(self) -> int:
        return sum(self.counts.values())

    @property
    def title(self) -> str:
        return f"Action plan: {self.session.title}"


def resolve_session(book: Book, session_id: int | str | None) -> Session:
    """A session by id, or the latest one for ``None``/``"latest"``; one-line error otherwise."""
    if session_id is None or (isinstance(session_id, str) and session_id.strip() == "latest"):
        latest = book.sessions.latest()
        if latest is None:
            raise InvalidInput(_("The book “{name}” has no sessions yet.").format(name=book.name))
        return latest
    try:
        wanted = int(session_id)
    except (TypeError, ValueError):
        raise InvalidInput(
            _("“{session_id}” is not a session: give its number or “latest”.").format(
                session_id=session_id
            )
        ) from None
    try:
        return book.sessions.get(wanted)
    except InvalidInput:
        raise InvalidInput(
            _("The book “{name}” has no session {wanted}.").format(name=book.name, wanted=wanted)
        ) from None


def _authors(book: Book, session_id: int) -> dict[int, list[str]]:
    """Authors per card, duplicates' authors included, first occurrence kept."""
    found: dict[int, list[str]] = {}
    rows = book.db.execute(
        "SELECT COALESCE(merged_into, id), author FROM contributions "
        "WHERE session_id = ? AND author IS NOT NULL ORDER BY id",
        [session_id],
    )
    for card_id, author in rows:
        names = found.setdefault(card_id, [])
        name = author.strip()
        if name and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return found


def _duplicates(book: Book, session_id: int) -> dict[int, int]:
    rows = book.db.execute(
        "SELECT merged_into, COUNT(*) FROM contributions WHERE session_id = ? "
        "AND merged_into IS NOT NULL GROUP BY merged_into",
        [session_id],
    )
    return {card_id: n for card_id, n in rows}


def _is_before(a: Session, b: Session) -> bool:
    return (a.date, a.id) < (b.date, b.id)


def build_plan(book: Book, session_id: int | str | None, printed: Date | None = None) -> ActionPlan:
    """Read one session (and the follow-up of earlier ones) into an :class:`ActionPlan`."""
    session = resolve_session(book, session_id)
    sid = session.id
    with language(session.language):  # the plan is read in the language it prints in
        not_grouped = _(NOT_GROUPED)
    themes = {t.id: t.name for t in book.themes.list(sid)}
    theme_order = {t_id: i for i, t_id in enumerate(themes)}
    contributions = book.contributions.list(sid)
    tally = book.votes.tally(sid)
    authors = _authors(book, sid) if not session.anonymous else {}
    duplicates = _duplicates(book, sid)
    order = ballot_order(contributions, book.votes.theme_positions(sid))
    cards = tuple(
        Card(
            contribution=card,
            dots=dots,
            rank=position,
            tied=tied,
            authors=tuple(authors.get(card.id, ())),
            duplicates=duplicates.get(card.id, 0),
            theme=themes.get(card.theme_id or -1, not_grouped),
        )
        for position, tied, card, dots in rank_cards(order, tally)  # ties as on the Vote page
    )
    card_of = {c.contribution.id: c for c in cards}

    groups: dict[int | None, list[Card]] = {}
    for card in cards:  # already most dots first, then capture order
        key = card.contribution.theme_id if card.contribution.theme_id in themes else None
        groups.setdefault(key, []).append(card)
    ordered = sorted(groups, key=lambda k: (k is None, theme_order.get(k, 0)))
    theme_groups = tuple(
        ThemeGroup(themes.get(k, not_grouped) if k is not None else not_grouped, tuple(groups[k]))
        for k in ordered
    )

    def source_card(contribution_id: int | None) -> Card | None:
        if contribution_id is None:
            return None
        card = card_of.get(contribution_id)
        if card is None:  # a duplicate merged into another card, or another session's item
            try:
                found = book.contributions.get(contribution_id)
            except InvalidInput:
                return None
            card = card_of.get(found.merged_into or -1)
        return card

    actions = []
    for position, action in enumerate(book.actions.list(sid), start=1):
        card = source_card(action.contribution_id)
        actions.append(
            ActionRow(
                position, action, card.dots if card else None, card.contribution if card else None
            )
        )

    sessions = {s.id: s for s in book.sessions.list()}
    earlier = {s_id for s_id, s in sessions.items() if _is_before(s, session)}
    previous = book.sessions.previous(sid)

    def follow_up(found: list[Action]) -> tuple[FollowUpRow, ...]:
        rows = [
            FollowUpRow(
                a,
                sessions[a.session_id],
                overdue=not a.status.is_closed and bool(a.due) and a.due < session.date,
            )
            for a in found
            if a.session_id in earlier
        ]
        rows.sort(key=lambda r: (r.session.date, r.session.id, r.action.position, r.action.id))
        return tuple(rows)

    still_open = follow_up(book.actions.open_actions(before_session=sid))
    closed = follow_up(book.actions.closed_since(previous.date, sid)) if previous else ()

    participants = tuple(book.sessions.participants(sid))
    people = len(participants)
    if not people:
        names = {v.casefold() for v in book.votes.voters(sid)}
        names |= {n.casefold() for ns in authors.values() for n in ns}
        people = len(names)

    counts = {Kind(k): n for k, n in book.sessions.counts(sid).items()}
    return ActionPlan(
        session=session,
        book_name=book.name,
        printed=printed or book.clock().date(),
        prompts=tuple(book.sessions.rounds(sid)),
        participants=participants,
        people=people,
        counts=counts,
        dots_cast=book.votes.dots_cast(sid),
        actions=tuple(actions),
        obstacles=tuple(c for c in cards if c.contribution.kind is Kind.OBSTACLE),
        heroes=tuple(
            sorted(
                (c for c in cards if c.contribution.kind is Kind.HERO),
                key=lambda c: c.contribution.id,
            )
        ),
        previous=previous,
        still_open=still_open,
        closed_since=closed,
        themes=theme_groups,
        top=tuple(c for c in cards if c.dots > 0)[:CHART_ITEMS],
        cards=cards,
    )
