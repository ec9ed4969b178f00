"""The workshop's vocabulary: kinds, phases, statuses and read-only records.

Records are plain frozen dataclasses built from book rows; changes go through
the operations in :mod:`workshop.book`, never through these objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .i18n import N_, _

# Sessions made from this template build the recovery playbook in their Plan phase
# (here, not in .playbook: the console names that phase before any playbook is loaded).
RECOVERY_TEMPLATE = "recovery-playbook"


def is_playbook_session(template: str | None) -> bool:
    """True for a session whose Plan phase builds the recovery playbook."""
    return template == RECOVERY_TEMPLATE


class Kind(StrEnum):
    """The four kinds of contribution the method asks a team for."""

    DELIGHT = "delight"
    OBSTACLE = "obstacle"
    HERO = "hero"
    VALUE = "value"

    @property
    def label(self) -> str:
        return _(KIND_LABELS[self])


KIND_LABELS = {
    Kind.DELIGHT: N_("Delight idea"),
    Kind.OBSTACLE: N_("Obstacle"),
    Kind.HERO: N_("Hero story"),
    Kind.VALUE: N_("Value idea"),
}


class Phase(StrEnum):
    """The steps of a session, in the order the facilitator walks them."""

    REVIEW = "review"
    WARMUP = "warmup"
    IDEATE = "ideate"
    GROUP = "group"
    VOTE = "vote"
    PLAN = "plan"
    WRAPUP = "wrapup"

    @property
    def label(self) -> str:
        return _(PHASE_LABELS[self])


PHASES: tuple[Phase, ...] = tuple(Phase)
PHASE_LABELS = {
    Phase.REVIEW: N_("Follow-up"),
    Phase.WARMUP: N_("Warm-up"),
    Phase.IDEATE: N_("Ideate"),
    Phase.GROUP: N_("Group"),
    Phase.VOTE: N_("Vote"),
    Phase.PLAN: N_("Plan"),
    Phase.WRAPUP: N_("Wrap-up"),
}


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class ObstacleStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REMOVED = "removed"
    WONT_FIX = "wont_fix"

    @property
    def is_closed(self) -> bool:
        return self in (ObstacleStatus.REMOVED, ObstacleStatus.WONT_FIX)


class HeroType(StrEnum):
    """Routine delight is recognised above dramatic recovery (blunder 4)."""

    ROUTINE = "routine"
    RECOVERY = "recovery"


class VoteMode(StrEnum):
    TURNS = "turns"
    HANDS = "hands"
    PHONES = "phones"


STATUS_LABELS = {
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "done": N_("Done"),
    "dropped": N_("Dropped"),
    "removed": N_("Removed"),
    "wont_fix": N_("Won't fix"),
}


@dataclass(frozen=True)
class Round:
    """One round of a session: the kind of card it asks for, and its prompt."""

    id: int
    session_id: int
    position: int
    kind: Kind
    prompt: str


@dataclass(frozen=True)
class Session:
    """A workshop session as stored: its template, phase, people and settings."""

    id: int
    title: str
    date: str
    facilitator: str
    template: str
    phase: Phase
    anonymous: bool
    dots_per_person: int
    max_dots_per_item: int
    vote_mode: VoteMode
    secret_votes: bool
    silent_mode: bool
    voting_open: bool
    created_at: str
    language: str | None = None  # a language code (workshop.i18n.LANGUAGES); None: the app's


@dataclass(frozen=True)
class Contribution:
    """A card: an idea, obstacle, hero story or value idea, as the team wrote it."""

    id: int
    session_id: int
    kind: Kind
    text: str
    author: str | None
    created_at: str
    theme_id: int | None
    merged_into: int | None
    revealed: bool
    # Obstacle fields (None for other kinds).
    way_around: str | None = None
    remover: str | None = None
    obstacle_status: ObstacleStatus | None = None
    status_changed_at: str | None = None
    # Hero story fields.
    hero_type: HeroType | None = None
    customer: str | None = None
    story_date: str | None = None
    credited: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Theme:
    """A group of cards on the Group board."""

    id: int
    session_id: int
    name: str
    position: int


@dataclass(frozen=True)
class Action:
    """Who does what by when: a line of the action plan."""

    id: int
    session_id: int
    contribution_id: int | None
    what: str
    owner: str | None
    due: str | None
    first_step: str | None
    help_needed: str | None
    status: ActionStatus
    status_note: str | None
    status_changed_at: str | None
    created_at: str
    position: int

    @property
    def incomplete(self) -> bool:
        """No owner or no due date yet: not a commitment until both are named."""
        return not (self.owner and self.due)


@dataclass(frozen=True)
class RankedItem:
    """One line of a session's vote result; ties share a rank."""

    rank: int
    tied: bool
    contribution: Contribution
    dots: int
