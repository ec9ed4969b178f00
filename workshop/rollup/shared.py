"""Obstacles many teams share: near-duplicate texts across books, grouped and ranked.

Texts are compared in a normalised form (:func:`.reading.obstacle_key`) with
rapidfuzz's ``token_sort_ratio`` (word order does not matter, a typo or a
plural costs a few points). Grouping is greedy around leaders: the texts named
by the most teams come first; each text joins the most similar leader scoring
at least the threshold, or leads a group of its own. A text is compared only
with leaders sharing one of its words (common words aside), so the cost grows
with the number of distinct texts, not with its square.

The grouping is a suggestion: :class:`Decisions` holds the user's splits and
merges (texts pinned to a group of their own choosing) and is applied first;
it lives in the roll-up file, never in a team's book.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process

from .limits import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD
from .limits import MAX_THRESHOLD as MAX_THRESHOLD
from .limits import MIN_THRESHOLD as MIN_THRESHOLD
from .summary import ObstacleText, TeamSummary

MIN_WORD = 3  # shorter words do not make two texts candidates
CLUE_WORDS = 3  # a text is compared with the leaders sharing one of its 3 rarest words,
MAX_CANDIDATES = 600  # as long as those words are not so common that they say nothing


@dataclass
class _Text:
    key: str
    teams: dict[int, ObstacleText]  # team index -> that team's text, as it wrote it
    mentions: int = 0
    still_open: int = 0


@dataclass(frozen=True)
class Mention:
    team: str
    text: str
    mentions: int
    still_open: int


@dataclass(frozen=True)
class SharedGroup:
    """One obstacle in the region's words: the texts grouped as the same, and who named them."""

    id: str
    label: str  # the leading text, as the team naming it most often wrote it
    keys: tuple[str, ...]
    mentions: tuple[Mention, ...]  # per team and text, teams in rollup order
    pinned: bool  # set by the user (split or merged), not by the threshold

    @cached_property
    def teams(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.team for m in self.mentions))

    @cached_property
    def team_count(self) -> int:
        return len(self.teams)

    @cached_property
    def times(self) -> int:
        return sum(m.mentions for m in self.mentions)

    @cached_property
    def still_open(self) -> int:
        return sum(m.still_open for m in self.mentions)


@dataclass
class Decisions:
    """The user's corrections: normalised text -> the group it was pinned to."""

    pinned: dict[str, str] = field(default_factory=dict)

    def _fresh(self, prefix: str) -> str:
        used = set(self.pinned.values())
        for n in itertools.count(1):
            if f"{prefix}{n}" not in used:
                return f"{prefix}{n}"
        raise AssertionError  # pragma: no cover

    def merge(self, groups: Sequence[SharedGroup]) -> str:
        """Pin every text of *groups* to one group; returns its id."""
        target = self._fresh("m")
        for group in groups:
            for key in group.keys:
                self.pinned[key] = target
        return target

    def split(self, group: SharedGroup) -> None:
        """Pin each text of *group* to a group of its own."""
        for key in group.keys:
            self.pinned[key] = self._fresh("s")

    def forget(self, group: SharedGroup) -> None:
        """Let the threshold decide again for the texts of *group*."""
        for key in group.keys:
            self.pinned.pop(key, None)


def _collect(teams: Sequence[TeamSummary]) -> dict[str, _Text]:
    texts: dict[str, _Text] = {}
    for index, team in enumerate(teams):
        for o in team.obstacle_texts:
            entry = texts.get(o.key)
            if entry is None:
                entry = texts[o.key] = _Text(o.key, {})
            entry.teams[index] = o
            entry.mentions += o.mentions
            entry.still_open += o.still_open
    return texts


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


def _words(key: str) -> set[str]:
    return {w for w in key.split() if len(w) >= MIN_WORD}


class _Leaders:
    """Group leaders indexed by their words, to find the few worth comparing with."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.by_word: dict[str, list[int]] = {}

    def add(self, key: str) -> int:
        index = len(self.keys)
        self.keys.append(_sorted_words(key))
        for word in _words(key):
            self.by_word.setdefault(word, []).append(index)
        return index

    def best(self, key: str, threshold: int) -> int | None:
        """The most similar leader scoring at least *threshold*, among those sharing one of
        the key's rarest words (near-duplicates share most words, a typo aside)."""
        postings = sorted(
            (found for word in _words(key) if (found := self.by_word.get(word))), key=len
        )
        if postings:
            found_first, *others = postings[:CLUE_WORDS]
            candidates = set(found_first)
            for found in others:
                if len(candidates) + len(found) > MAX_CANDIDATES:
                    break  # a word that common says little: enough clues already
                candidates.update(found)
            indexes = list(candidates)
        elif _words(key):
            return None  # none of its words leads any group: nothing can be close
        else:
            indexes = list(range(len(self.keys)))  # only short words: compare with all
        # token_sort_ratio is ratio() of the words sorted: sort each text once, not per pair.
        hit = process.extractOne(
            _sorted_words(key),
            [self.keys[i] for i in indexes],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
        )
        return None if hit is None else indexes[hit[2]]


def group_obstacles(
    teams: Sequence[TeamSummary],
    threshold: int = DEFAULT_THRESHOLD,
    decisions: Decisions | None = None,
) -> list[SharedGroup]:
    """Every obstacle text of *teams* in a group, most widely named first."""
    decisions = decisions or Decisions()
    texts = _collect(teams)
    members: dict[str, list[str]] = {}  # group id -> keys
    pinned_groups: set[str] = set()
    for key, group_id in decisions.pinned.items():
        if key in texts:
            members.setdefault(group_id, []).append(key)
            pinned_groups.add(group_id)
    order = sorted(texts.values(), key=lambda t: (-len(t.teams), -t.mentions, t.key))
    leaders = _Leaders()
    leader_group: list[str] = []
    # A pinned group takes new texts like any other: its most widely named text leads it.
    for group_id, keys in members.items():
        keys.sort(key=lambda k: (-len(texts[k].teams), -texts[k].mentions, k))
        leaders.add(keys[0])
        leader_group.append(group_id)
    for text in order:
        if text.key in decisions.pinned:
            continue
        found = leaders.best(text.key, threshold) if threshold < MAX_THRESHOLD else None
        if found is None:
            group_id = f"a:{text.key}"
            members[group_id] = [text.key]
            leaders.add(text.key)
            leader_group.append(group_id)
        else:
            members[leader_group[found]].append(text.key)
    groups = [
        _group(gid, keys, texts, teams, gid in pinned_groups) for gid, keys in members.items()
    ]
    groups.sort(key=lambda g: (-g.team_count, -g.still_open, -g.times, g.label.casefold()))
    return groups


def _group(
    group_id: str,
    keys: list[str],
    texts: dict[str, _Text],
    teams: Sequence[TeamSummary],
    pinned: bool,
) -> SharedGroup:
    lead = texts[keys[0]]
    label_team = max(lead.teams, key=lambda i: (lead.teams[i].mentions, -i))
    mentions = [
        (index, Mention(teams[index].team, o.text, o.mentions, o.still_open))
        for key in keys
        for index, o in texts[key].teams.items()
    ]
    mentions.sort(key=lambda m: (m[0], -m[1].mentions))
    return SharedGroup(
        id=group_id,
        label=lead.teams[label_team].text,
        keys=tuple(keys),
        mentions=tuple(m for _i, m in mentions),
        pinned=pinned,
    )


def shared_only(groups: Iterable[SharedGroup], min_teams: int = 2) -> list[SharedGroup]:
    """The groups named by at least *min_teams* teams (the head-office list)."""
    return [g for g in groups if g.team_count >= min_teams]
