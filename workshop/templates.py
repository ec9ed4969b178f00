"""Session templates: rounds, prompts and voting defaults shipped as JSON files."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from .i18n import _
from .model import Kind, Phase
from .resources import resource

DEFAULT_VOTE_KINDS = (Kind.DELIGHT, Kind.OBSTACLE, Kind.VALUE)


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    rounds: tuple[tuple[Kind, str], ...]
    anonymous: bool
    dots_per_person: int
    max_dots_per_item: int
    # The follow-up template is all review: it opens on the Follow-up phase.
    review_only: bool = False
    # The phase a new session opens on (where its first work is typed).
    start_phase: Phase = Phase.IDEATE
    # The kinds of card the room votes on; hero stories only if a template says so.
    vote_on: tuple[Kind, ...] = DEFAULT_VOTE_KINDS


def templates() -> tuple[Template, ...]:
    """Every shipped template, in the order the files are numbered, in the current language.

    Names, descriptions and prompts are extracted into the gettext catalogue by
    ``packaging/i18n.py``.
    """
    return tuple(
        replace(
            t,
            name=_(t.name),
            description=_(t.description),
            rounds=tuple((kind, _(prompt)) for kind, prompt in t.rounds),
        )
        for t in _shipped()
    )


@cache
def _shipped() -> tuple[Template, ...]:
    """The template files as written (English)."""
    found = []
    for path in sorted(resource("templates").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(
            Template(
                id=data["id"],
                name=data["name"],
                description=data["description"],
                rounds=tuple((Kind(r["kind"]), r["prompt"]) for r in data["rounds"]),
                anonymous=bool(data["anonymous"]),
                dots_per_person=int(data["dots_per_person"]),
                max_dots_per_item=int(data["max_dots_per_item"]),
                review_only=bool(data.get("review_only", False)),
                start_phase=Phase(data.get("start_phase", Phase.IDEATE.value)),
                vote_on=tuple(Kind(k) for k in data.get("vote_on", DEFAULT_VOTE_KINDS)),
            )
        )
    return tuple(found)


def template(template_id: str) -> Template:
    for t in templates():
        if t.id == template_id:
            return t
    raise KeyError(f"No template called {template_id!r}")


def vote_kinds(template_id: str | None, round_kinds: Iterable[Kind] = ()) -> frozenset[Kind]:
    """What a session of *template_id* votes on: the template's kinds, and the kinds
    of any rounds the session added, but hero stories only if the template says so."""
    try:
        wanted = set(template(template_id).vote_on) if template_id else set(DEFAULT_VOTE_KINDS)
    except KeyError:
        wanted = set(DEFAULT_VOTE_KINDS)
    wanted |= {Kind(k) for k in round_kinds if Kind(k) is not Kind.HERO}
    return frozenset(wanted)


def create_session_from(book, template_id: str, title: str | None = None, **overrides) -> int:
    """Create a session in *book* from a template; keyword overrides win.

    A session starts on the Follow-up phase when the book holds open actions
    (each session begins by checking what the last one promised), else on the
    template's first phase (Ideate for most: the room's first idea is typed there).
    """
    t = template(template_id)
    review = t.review_only or bool(book.actions.open_actions())
    settings = {
        "phase": Phase.REVIEW if review else t.start_phase,
        "rounds": t.rounds,
        "anonymous": t.anonymous,
        "dots_per_person": t.dots_per_person,
        "max_dots_per_item": t.max_dots_per_item,
        "template": t.id,
    }
    settings.update(overrides)
    return book.sessions.create(title or t.name, **settings)
