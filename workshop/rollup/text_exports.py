"""The roll-up as CSV (for a spreadsheet) and Markdown (for a wiki or an e-mail).

CSV: ``region.csv`` holds one row per team and a total row; the shared
obstacles go to ``region.shared-obstacles.csv`` beside it, one row per team
naming each. Both are UTF-8 with a byte-order mark, and every cell a
spreadsheet would run as a formula is neutralised as in the action plan's CSV.
Markdown escapes user text as the action plan's Markdown does.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

from ..exports.csv_export import neutralise
from ..exports.files import atomic_target
from ..exports.formatting import hero_label, long_date, status_label
from ..exports.markdown import cell, md_escape
from ..i18n import N_, _, ngettext
from ..model import ObstacleStatus
from .build import RollUp
from .summary import Totals, hero_stories, late_actions, recognition

TEAM_HEADER = (
    N_("team"), N_("book"), N_("book format"), N_("sessions held"), N_("last session"),
    N_("ideas"), N_("ideas per session"), N_("open actions"), N_("overdue actions"),
    N_("done actions"), N_("dropped actions"), N_("obstacles open"), N_("obstacles in progress"),
    N_("obstacles removed"), N_("obstacles won't fix"), N_("in the way < 30 days"),
    N_("in the way 30-90 days"), N_("in the way > 90 days"), N_("oldest in the way (days)"),
    N_("median days to remove"), N_("hero stories routine"), N_("hero stories recovery"),
    N_("recognition score"),
)  # fmt: skip
SHARED_HEADER = (
    N_("rank"), N_("obstacle"), N_("teams naming it"), N_("team"), N_("as the team wrote it"),
    N_("times named"), N_("still in the way"),
)  # fmt: skip
LATE_IN_MARKDOWN = 10  # per team
HEROES_IN_MARKDOWN = 30


def days(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def ideas_rate(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def team_count(n: int) -> str:
    return ngettext("{n} team", "{n} teams", n).format(n=n)


def all_teams(n: int) -> str:
    return ngettext("All {n} team", "All {n} teams", n).format(n=n)


def skipped_count(n: int) -> str:
    return ngettext("{n} file skipped", "{n} files skipped", n).format(n=n)


def late_count(n: int) -> str:
    return ngettext("{n} late action", "{n} late actions", n).format(n=n)


def rollup_title(rollup: RollUp) -> str:
    n = len(rollup.teams)
    return ngettext("Roll-up of {n} team", "Roll-up of {n} teams", n).format(n=n)


def shared_file(path: str | os.PathLike[str]) -> Path:
    """``region.csv`` -> ``region.shared-obstacles.csv``."""
    target = Path(path)
    return target.with_name(f"{target.stem}.shared-obstacles{target.suffix or '.csv'}")


def _figures(t, total: Totals | None = None) -> list[object]:
    s = t if total is None else total
    return [
        s.sessions_held, getattr(s, "last_session", "") or "", s.ideas, ideas_rate(s.ideas_per_session),
        s.actions_open, s.actions_overdue, s.actions_done, s.actions_dropped,
        *(s.obstacles[status] for status in ObstacleStatus), *s.open_by_age,
        "" if getattr(s, "oldest_open_days", None) is None else s.oldest_open_days,
        days(s.median_days_to_removal), s.heroes_routine, s.heroes_recovery, s.recognition_score,
    ]  # fmt: skip


def team_rows(rollup: RollUp) -> Iterator[list[object]]:
    yield [_(name) for name in TEAM_HEADER]
    for t in rollup.teams:
        yield [t.team, str(t.path), t.book_format, *_figures(t)]
    yield [all_teams(len(rollup.teams)), "", "", *_figures(None, rollup.totals)]


def shared_rows(rollup: RollUp) -> Iterator[list[object]]:
    yield [_(name) for name in SHARED_HEADER]
    for rank, group in enumerate(rollup.shared, start=1):
        for m in group.mentions:
            yield [rank, group.label, group.team_count, m.team, m.text, m.mentions, m.still_open]


def _write_csv(path: Path, rows: Iterator[list[object]]) -> Path:
    with atomic_target(path) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
    return path


def write_rollup_csv(rollup: RollUp, path: str | os.PathLike[str]) -> list[Path]:
    """Write the team summary to *path* and the shared obstacles beside it; returns both."""
    target = Path(path)
    return [
        _write_csv(target, team_rows(rollup)),
        _write_csv(shared_file(target), shared_rows(rollup)),
    ]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


def render_rollup_markdown(rollup: RollUp, title: str | None = None) -> str:
    total = rollup.totals
    out = [f"# {md_escape(title or rollup_title(rollup))}", ""]
    meta = [
        _("As of {day}").format(day=long_date(rollup.today, weekday=True)),
        team_count(len(rollup.teams)),
    ]
    if rollup.skipped:
        meta.append(skipped_count(len(rollup.skipped)))
    out += [" · ".join(meta), "", "## " + _("Summary per team"), ""]
    rows = [
        [cell(t.team), cell(t.last_session), str(t.sessions_held), ideas_rate(t.ideas_per_session),
         str(t.actions_open), str(t.actions_overdue), str(t.obstacles_in_the_way),
         str(t.open_by_age[2]), days(t.median_days_to_removal),
         f"{t.heroes} ({t.heroes_routine})"]
        for t in sorted(rollup.teams, key=lambda t: t.team.casefold())
    ]  # fmt: skip
    rows.append(
        [f"**{all_teams(total.teams)}**", "", str(total.sessions_held),
         ideas_rate(total.ideas_per_session), str(total.actions_open), str(total.actions_overdue),
         str(total.obstacles_in_the_way), str(total.open_by_age[2]),
         days(total.median_days_to_removal), f"{total.heroes} ({total.heroes_routine})"]
    )  # fmt: skip
    out += _table(
        [_("Team"), _("Last session"), _("Sessions"), _("Ideas / session"), _("Open actions"), _("Overdue"),
         _("Obstacles in the way"), _("> 90 days"), _("Median days to remove"),
         _("Hero stories (routine)")],
        rows,
    )  # fmt: skip
    out += ["", "## " + _("Late actions"), ""]
    late = late_actions(rollup.teams)
    if not late:
        out.append(_("No action is late in any team."))
    by_team: dict[str, list] = {}
    for a in late:
        by_team.setdefault(a.team, []).append(a)
    overdue = {t.team: t.actions_overdue for t in rollup.teams}
    for name in sorted(by_team, key=lambda n: (-overdue.get(n, 0), n.casefold())):
        actions = by_team[name]
        out += [f"### {md_escape(name)} ({late_count(overdue.get(name, 0))})", ""]
        out += _table(
            [_("Action"), _("Owner"), _("Due"), _("Days late"), _("Status"), _("From session")],
            [[cell(a.what), cell(a.owner), cell(a.due), str(a.days_late), status_label(a.status),
              cell(a.session_title)] for a in actions[:LATE_IN_MARKDOWN]],
        )  # fmt: skip
        out.append("")
    out += ["", "## " + _("Obstacles many teams share"), ""]
    out.append(
        _("Grouped by similarity (threshold {threshold}), corrected by hand.").format(
            threshold=rollup.threshold
        )
    )
    out.append("")
    if rollup.shared:
        out += _table(
            ["#", _("Obstacle"), _("Teams naming it"), _("Teams"), _("Still in the way")],
            [[str(rank), cell(g.label), cell(", ".join(g.teams)), str(g.team_count),
              str(g.still_open)] for rank, g in enumerate(rollup.shared, start=1)],
        )  # fmt: skip
    else:
        out.append(_("No obstacle is named by more than one team."))
    out += ["", "## " + _("Hero stories"), ""]
    stories = hero_stories(rollup.teams, HEROES_IN_MARKDOWN)
    for h in stories:
        credited = ", ".join(md_escape(n) for n in h.credited)
        if credited:
            line = _("{story} ({team}; {kind}, {day}; credited: {credited})")
        else:
            line = _("{story} ({team}; {kind}, {day})")
        story = line.format(
            story=md_escape(h.text),
            team=md_escape(h.team),
            kind=hero_label(h.hero_type),
            day=md_escape(h.day),
            credited=credited,
        )
        out.append(f"- {story}")
    if not stories:
        out.append(_("No team has logged a hero story yet."))
    ranked = recognition(rollup.teams, 20)
    if ranked:
        out += ["", "### " + _("Recognition across the region"), ""]
        out += _table(
            [_("Employee"), _("Team"), _("Routine"), _("Recovery"), _("Score")],
            [[cell(r.employee), cell(r.team), str(r.routine), str(r.recovery), str(r.score)]
             for r in ranked],
        )  # fmt: skip
    if rollup.skipped:
        out += ["", "## " + _("Files skipped"), ""]
        out += [f"- {md_escape(str(s.path))}: {md_escape(s.reason)}" for s in rollup.skipped]
    return "\n".join(out).rstrip() + "\n"


def write_rollup_markdown(
    rollup: RollUp, path: str | os.PathLike[str], title: str | None = None
) -> Path:
    target = Path(path)
    text = render_rollup_markdown(rollup, title)
    with atomic_target(target) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")
    return target
