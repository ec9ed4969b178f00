"""Dot voting: cast and take back dots within the session's limits, tally, rank.

Dots given to a duplicate count for the card it was merged into, so merging
never loses a vote and splitting gives each card its own dots back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..errors import InvalidInput
from ..i18n import _, ngettext
from ..model import Contribution, Kind, RankedItem, Session, VoteMode
from .base import Store
from .sessions import _check_settings


class VoteRefused(InvalidInput):
    """A dot that the session's limits do not allow.

    ``you`` says the same to the voter (a phone is told "You have..."), in the
    language the message was made in.
    """

    def __init__(self, message: str, you: str | None = None) -> None:
        super().__init__(message)
        self.you = you or message


def tallies_hidden(session: Session) -> bool:
    """Secret until revealed: counts stay off the projector while voting is open.

    A show of hands is counted in front of the room, so it is never secret.
    """
    return session.secret_votes and session.voting_open and session.vote_mode != VoteMode.HANDS


def rank(tally: dict[int, int], order: Iterable[int]) -> list[tuple[int, bool, int, int]]:
    """Competition ranking ("1, 2, 2, 4"): (rank, tied, id, dots), most dots first.

    *order* breaks ties for display only (capture order); tied items share a rank.
    """
    position = {cid: i for i, cid in enumerate(order)}
    ids = sorted(position, key=lambda cid: (-tally.get(cid, 0), position[cid]))
    counts: dict[int, int] = {}
    for cid in ids:
        counts[tally.get(cid, 0)] = counts.get(tally.get(cid, 0), 0) + 1
    result = []
    current_rank = 0
    previous: int | None = None
    for index, cid in enumerate(ids, start=1):
        dots = tally.get(cid, 0)
        if dots != previous:
            current_rank = index
            previous = dots
        result.append((current_rank, counts[dots] > 1, cid, dots))
    return result


def ballot_order(
    cards: Iterable[Contribution], theme_positions: dict[int, int]
) -> list[Contribution]:
    """Cards as the ballot lists them: theme by theme in the themes' order, cards
    in no theme last, each group in capture order. Ties keep this order everywhere."""
    last = max(theme_positions.values(), default=0) + 1

    def key(card: Contribution) -> tuple[int, int]:
        return (theme_positions.get(card.theme_id, last) if card.theme_id else last, card.id)

    return sorted(cards, key=key)


def rank_cards(
    ordered: Sequence[Contribution], tally: dict[int, int]
) -> list[tuple[int, bool, Contribution, int]]:
    """The one ranking of the app: (rank, tied, card, dots), most dots first.

    *ordered* is in :func:`ballot_order`; tied cards keep that order. The Vote
    page, the projector, the Plan page and every export rank through here.
    """
    by_id = {card.id: card for card in ordered}
    return [(r, tied, by_id[cid], dots) for r, tied, cid, dots in rank(tally, by_id)]


class VoteStore(Store):
    def _root(self, contribution_id: int) -> dict:
        row = self.require("contributions", contribution_id, "contribution")
        if row["merged_into"]:
            row = self.require("contributions", row["merged_into"], "contribution")
        return row

    def _family_clause(self) -> str:
        return "contribution_id IN (SELECT id FROM contributions WHERE id = ? OR merged_into = ?)"

    # -- operations ----------------------------------------------------------
    def cast(
        self,
        session_id: int,
        contribution_id: int,
        voter: str,
        dots: int = 1,
        *,
        method: VoteMode | str = VoteMode.TURNS,
        require_open: bool = False,
    ) -> int:
        """Give *dots* from *voter* to a card, within the budget and per-item limit.

        *method* records how the dot was cast (turns at the laptop, or phones);
        with *require_open* a dot is refused unless the facilitator opened voting.
        """
        method = VoteMode(method)
        if method is VoteMode.HANDS:
            raise InvalidInput(_("A show of hands is counted with set_hands, not cast."))
        session = self.require("sessions", session_id, "session")
        if require_open and not session["voting_open"]:
            raise VoteRefused(_("Voting is closed."))
        root = self._root(contribution_id)
        if root["session_id"] != session_id:
            raise InvalidInput(_("That contribution belongs to another session."))
        voter = voter.strip() if isinstance(voter, str) else ""
        if not voter:
            raise InvalidInput(_("A vote needs a voter."))
        if dots < 1:
            raise InvalidInput(_("Give at least one dot."))
        used = self.used_by(session_id, voter)
        budget = session["dots_per_person"]
        if used + dots > budget:
            left = budget - used
            if left <= 0:
                raise VoteRefused(
                    _("{voter} has no dots left.").format(voter=voter), _("You have no dots left.")
                )
            raise VoteRefused(
                ngettext(
                    "{voter} has only {n} dot left.", "{voter} has only {n} dots left.", left
                ).format(voter=voter, n=left),
                ngettext(
                    "You have only {n} dot left.", "You have only {n} dots left.", left
                ).format(n=left),
            )
        on_item = self.on_item(root["id"], voter)
        limit = session["max_dots_per_item"]
        if on_item + dots > limit:
            raise VoteRefused(
                ngettext(
                    "At most {limit} dot per item: {voter} has given {on_item} here.",
                    "At most {limit} dots per item: {voter} has given {on_item} here.",
                    limit,
                ).format(limit=limit, voter=voter, on_item=on_item),
                ngettext(
                    "At most {limit} dot per item: you have given {on_item} here.",
                    "At most {limit} dots per item: you have given {on_item} here.",
                    limit,
                ).format(limit=limit, on_item=on_item),
            )
        with self.book.operation("Vote") as tx:
            return tx.insert(
                "votes",
                {
                    "session_id": session_id,
                    "contribution_id": root["id"],
                    "voter": voter,
                    "dots": dots,
                    "method": method.value,
                    "cast_at": self.book.now(),
                },
            )

    def retract(self, session_id: int, contribution_id: int, voter: str) -> bool:
        """Take back *voter*'s latest dot on a card; False if there was none."""
        root = self._root(contribution_id)
        found = self.row(
            f"SELECT * FROM votes WHERE session_id = ? AND voter = ? AND method != 'hands' "
            f"AND {self._family_clause()} ORDER BY id DESC LIMIT 1",
            [session_id, voter, root["id"], root["id"]],
        )
        if found is None:
            return False
        with self.book.operation("Take back vote") as tx:
            if found["dots"] > 1:
                tx.update("votes", found["id"], dots=found["dots"] - 1)
            else:
                tx.delete("votes", found["id"])
        return True

    def retract_last(self, session_id: int, voter: str) -> int | None:
        """Take back *voter*'s most recent dot anywhere; returns the card, or None."""
        found = self.row(
            "SELECT v.*, COALESCE(c.merged_into, c.id) AS root FROM votes v "
            "JOIN contributions c ON c.id = v.contribution_id "
            "WHERE v.session_id = ? AND v.voter = ? AND v.method != 'hands' "
            "ORDER BY v.id DESC LIMIT 1",
            [session_id, voter],
        )
        if found is None:
            return None
        with self.book.operation("Take back vote") as tx:
            if found["dots"] > 1:
                tx.update("votes", found["id"], dots=found["dots"] - 1)
            else:
                tx.delete("votes", found["id"])
        return int(found["root"])

    def open_voting(
        self,
        session_id: int,
        *,
        dots_per_person: int | None = None,
        max_dots_per_item: int | None = None,
        method: VoteMode | str | None = None,
        secret: bool | None = None,
    ) -> None:
        """Fix the limits and the way of voting, then open voting (one undoable step)."""
        row = self.require("sessions", session_id, "session")
        wanted = {
            "dots_per_person": dots_per_person,
            "max_dots_per_item": max_dots_per_item,
            "vote_mode": method,
            "secret_votes": secret,
        }
        values = _check_settings({k: v for k, v in wanted.items() if v is not None})
        budget = values.get("dots_per_person", row["dots_per_person"])
        limit = values.get("max_dots_per_item", row["max_dots_per_item"])
        if limit > budget:
            values["max_dots_per_item"] = budget
        values["voting_open"] = 1
        with self.book.operation("Open voting") as tx:
            tx.update("sessions", session_id, **values)

    def close_voting(self, session_id: int) -> None:
        """Close voting: no more dots, and secret tallies are revealed."""
        self.require("sessions", session_id, "session")
        with self.book.operation("Close voting") as tx:
            tx.update("sessions", session_id, voting_open=0)

    def set_hands(self, session_id: int, contribution_id: int, count: int) -> None:
        """Record a show of hands: *count* raised hands for a card (replaces the last count)."""
        if not isinstance(count, int) or count < 0 or count > 10_000:
            raise InvalidInput(_("The count of hands must be a whole number from 0."))
        root = self._root(contribution_id)
        with self.book.operation("Count hands") as tx:
            for (row_id,) in self.db.execute(
                f"SELECT id FROM votes WHERE session_id = ? AND method = 'hands' "
                f"AND {self._family_clause()}",
                [session_id, root["id"], root["id"]],
            ):
                tx.delete("votes", row_id)
            if count:
                tx.insert(
                    "votes",
                    {"session_id": session_id, "contribution_id": root["id"], "voter": None,
                     "dots": count, "method": "hands", "cast_at": self.book.now()},
                )  # fmt: skip

    def clear(self, session_id: int) -> None:
        with self.book.operation("Clear votes") as tx:
            for (row_id,) in self.db.execute(
                "SELECT id FROM votes WHERE session_id = ?", [session_id]
            ):
                tx.delete("votes", row_id)

    # -- queries -------------------------------------------------------------
    def used_by(self, session_id: int, voter: str) -> int:
        return int(
            self.scalar(
                "SELECT COALESCE(SUM(dots), 0) FROM votes WHERE session_id = ? AND voter = ?",
                [session_id, voter],
            )
        )

    def on_item(self, contribution_id: int, voter: str) -> int:
        return int(
            self.scalar(
                f"SELECT COALESCE(SUM(dots), 0) FROM votes WHERE voter = ? AND {self._family_clause()}",
                [voter, contribution_id, contribution_id],
            )
        )

    def dots_cast(self, session_id: int) -> int:
        return int(
            self.scalar(
                "SELECT COALESCE(SUM(dots), 0) FROM votes WHERE session_id = ?", [session_id]
            )
        )

    def tally(self, session_id: int) -> dict[int, int]:
        """Dots per card (duplicates' dots counted on the card they were merged into)."""
        rows = self.db.execute(
            "SELECT COALESCE(c.merged_into, c.id), SUM(v.dots) FROM votes v "
            "JOIN contributions c ON c.id = v.contribution_id WHERE v.session_id = ? "
            "GROUP BY COALESCE(c.merged_into, c.id)",
            [session_id],
        )
        return {cid: int(dots) for cid, dots in rows}

    def usage(self, session_id: int) -> dict[tuple[str, int], int]:
        """Dots each voter gave each card: {(voter, card): dots} (hands not included)."""
        rows = self.db.execute(
            "SELECT v.voter, COALESCE(c.merged_into, c.id), SUM(v.dots) FROM votes v "
            "JOIN contributions c ON c.id = v.contribution_id "
            "WHERE v.session_id = ? AND v.voter IS NOT NULL "
            "GROUP BY v.voter, COALESCE(c.merged_into, c.id)",
            [session_id],
        )
        return {(voter, cid): int(dots) for voter, cid, dots in rows}

    def voters(self, session_id: int) -> list[str]:
        return [
            v
            for (v,) in self.db.execute(
                "SELECT DISTINCT voter FROM votes WHERE session_id = ? AND voter IS NOT NULL "
                "ORDER BY voter",
                [session_id],
            )
        ]

    def vote_kinds(self, session_id: int) -> frozenset[Kind]:
        """The kinds of card this session votes on (its template says which)."""
        row = self.require("sessions", session_id, "session")
        rounds = [k for (k,) in self.db.execute(
            "SELECT kind FROM rounds WHERE session_id = ?", [session_id])]  # fmt: skip
        from ..templates import vote_kinds  # the templates are read on first use

        return vote_kinds(row["template"], rounds)

    def theme_positions(self, session_id: int) -> dict[int, int]:
        return {t.id: t.position for t in self.book.themes.list(session_id)}

    def ballot(self, session_id: int) -> list[Contribution]:
        """What the room votes on: the cards on the wall (not hidden, not merged away)
        of the kinds the session votes on, in ballot order."""
        wanted = self.vote_kinds(session_id)
        cards = [
            c for c in self.book.contributions.list(session_id)
            if c.revealed and c.kind in wanted
        ]  # fmt: skip
        return ballot_order(cards, self.theme_positions(session_id))

    def ranking(self, session_id: int, kinds: Iterable[Kind] | None = None) -> list[RankedItem]:
        """The ballot's cards (of *kinds* only, if given), most dots first; ties share a
        rank and say so, in the one tie order of the ballot."""
        ballot = self.ballot(session_id)
        if kinds is not None:
            wanted = {Kind(k) for k in kinds}
            ballot = [card for card in ballot if card.kind in wanted]
        return [
            RankedItem(rank=r, tied=tied, contribution=card, dots=dots)
            for r, tied, card, dots in rank_cards(ballot, self.tally(session_id))
        ]
