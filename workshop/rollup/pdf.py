"""The regional PDF: ``write_rollup_pdf(rollup, path)``.

Built from the action plan's parts (page template, fonts, styles, the table
builder that wraps and escapes every user string, the footer), so it looks and
behaves like it: a cover with key figures, the summary per team, the late
actions, the obstacles many teams share, hero stories and recognition, and the
files that were skipped.
"""

from __future__ import annotations

import os
from datetime import date as Date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from ..exports.files import atomic_target
from ..exports.formatting import hero_label, long_date, status_label
from ..exports.pdf import resolve_page_size
from ..exports.pdf_page import draw_footer, draw_running_header, numbered_canvas, page_document
from ..exports.pdf_sections import heading, user_paragraph
from ..exports.pdf_styles import (
    ACCENT_LIGHT,
    FOOTER_Y,
    W_DATE,
    W_NUMBER,
    W_RANK,
    W_STATUS,
    WARM,
    WHITE,
    Styles,
    make_styles,
)
from ..exports.pdf_tables import Column, TableBuilder, Text
from ..i18n import _, ngettext
from ..model import HeroType, ObstacleStatus
from .build import RollUp
from .summary import Totals, hero_stories, late_actions, recognition
from .text_exports import (
    all_teams,
    days,
    ideas_rate,
    late_count,
    rollup_title,
    skipped_count,
    team_count,
)

ROWS_PER_TABLE = 60  # long tables are cut: reportlab re-measures the rest at every page split
LATE_IN_PDF = 10  # per team
SHARED_IN_PDF = 150
TEAMS_NAMED = 12  # teams listed by name in a shared obstacle, then "and N more"
HEROES_IN_PDF = 60
RECOGNISED_IN_PDF = 20


def _cover(rollup: RollUp, title: str, styles: Styles, width: float) -> list[Flowable]:
    meta = [
        escape(f"As of {long_date(rollup.today, weekday=True)}"),
        escape(team_count(len(rollup.teams))),
    ]
    if rollup.skipped:
        meta.append(
            escape(
                _("{files} (listed at the end)").format(files=skipped_count(len(rollup.skipped)))
            )
        )
    return [
        Paragraph(escape(_("REGIONAL ROLL-UP")), styles.eyebrow),
        Spacer(1, 3),
        user_paragraph(title, styles.title, width),
        Paragraph(" \u00b7 ".join(meta), styles.meta),
        Spacer(1, 12),
    ]


def _figures(total: Totals, styles: Styles, width: float) -> list[Flowable]:
    median = days(total.median_days_to_removal)
    figures = [
        (total.sessions_held, _("sessions held"),
         _("{ideas} ideas each").format(ideas=ideas_rate(total.ideas_per_session))),
        (total.actions_open, _("open actions"),
         _("{n} overdue").format(n=total.actions_overdue)),
        (total.obstacles_in_the_way, _("obstacles in the way"),
         _("{n} for > 90 days").format(n=total.open_by_age[2])),
        (median or "–", _("median days"), _("to remove an obstacle")),
        (total.heroes, _("hero stories"),
         _("{routine} routine, {recovery} recovery").format(
             routine=total.heroes_routine, recovery=total.heroes_recovery)),
    ]  # fmt: skip
    cells = [
        [Paragraph(escape(str(number)), styles.figure),
         Paragraph(f"{escape(label)}<br/>{escape(detail)}", styles.figure_label)]
        for number, label, detail in figures
    ]  # fmt: skip
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEAFTER", (0, 0), (-2, -1), 4, WHITE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ]
    )
    return [table]


def _chunks(items: list, size: int = ROWS_PER_TABLE) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _summary(rollup: RollUp, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        _("Summary per team"),
        styles,
        escape(
            _(
                "Actions open (and overdue), obstacles still in the way (and for how long), the "
                "median days from flagging an obstacle to its removal, sessions held, ideas per "
                "session, and hero stories (routine delight counts above recovery)."
            )
        ),
    )
    number = W_NUMBER + 16
    columns = [
        Column(_("Team"), 1.0), Column(_("Last session"), fixed=W_DATE),
        Column(_("Sessions held"), align="RIGHT", fixed=number),
        Column(_("Ideas per session"), align="RIGHT", fixed=number),
        Column(_("Open actions"), align="RIGHT", fixed=number),
        Column(_("Overdue actions"), align="RIGHT", fixed=number),
        Column(_("Obstacles in the way"), align="RIGHT", fixed=number + 6),
        Column(_("In the way > 90 days"), align="RIGHT", fixed=number + 6),
        Column(_("Obstacles removed"), align="RIGHT", fixed=number + 6),
        Column(_("Median days to remove"), align="RIGHT", fixed=number + 6),
        Column(_("Hero stories (routine)"), align="RIGHT", fixed=number + 6),
    ]  # fmt: skip
    teams = sorted(rollup.teams, key=lambda t: t.team.casefold())
    total = rollup.totals
    chunks = _chunks(teams)
    for number, chunk in enumerate(chunks):
        table = TableBuilder(styles, columns, width)
        for t in chunk:
            overdue: object = t.actions_overdue
            if t.actions_overdue:
                overdue = Text(str(t.actions_overdue), bold=True, color=WARM)
            table.add(
                [t.team, t.last_session or "", t.sessions_held, ideas_rate(t.ideas_per_session),
                 t.actions_open, overdue, t.obstacles_in_the_way, t.open_by_age[2],
                 t.obstacles[ObstacleStatus.REMOVED], days(t.median_days_to_removal),
                 f"{t.heroes} ({t.heroes_routine})"]
            )  # fmt: skip
        if number == len(chunks) - 1:
            table.add(
                [Text(all_teams(total.teams), bold=True), "",
                 total.sessions_held, ideas_rate(total.ideas_per_session), total.actions_open,
                 total.actions_overdue, total.obstacles_in_the_way, total.open_by_age[2],
                 total.obstacles[ObstacleStatus.REMOVED], days(total.median_days_to_removal),
                 f"{total.heroes} ({total.heroes_routine})"],
                highlight=ACCENT_LIGHT,
            )  # fmt: skip
        out.append(table.build())
    return out


def _late(rollup: RollUp, styles: Styles, width: float) -> list[Flowable]:
    late = late_actions(rollup.teams)
    out = heading(
        _("Late actions"),
        styles,
        escape(
            _(
                "Actions still open after their due date, most overdue first within each team; "
                "the teams with the most late actions come first (up to {n} each)."
            ).format(n=LATE_IN_PDF)
        ),
    )
    if not late:
        return [*out, Paragraph(escape(_("No action is late in any team.")), styles.body)]
    by_team: dict[str, list] = {}
    for a in late:
        by_team.setdefault(a.team, []).append(a)
    overdue = {t.team: t.actions_overdue for t in rollup.teams}
    order = sorted(by_team, key=lambda name: (-overdue.get(name, 0), name.casefold()))
    columns = [Column(_("Action"), 3.0), Column(_("Owner"), 1.1), Column(_("Due"), fixed=W_DATE),
               Column(_("Days late"), align="RIGHT", fixed=W_NUMBER + 8),
               Column(_("Status"), fixed=W_STATUS), Column(_("From session"), 1.3)]  # fmt: skip
    for chunk in _chunks(order, 12):
        table = TableBuilder(styles, columns, width)
        for name in chunk:
            shown = by_team[name][:LATE_IN_PDF]
            more = overdue.get(name, 0) - len(shown)
            head = f"{name}  \u00b7  {late_count(overdue.get(name, 0))}"
            if more > 0:
                head += " " + _("({n} more in the book)").format(n=more)
            table.section_row(head)
            for a in shown:
                table.add(
                    [a.what, a.owner or "", a.due, Text(str(a.days_late), color=WARM),
                     status_label(a.status), a.session_title]
                )  # fmt: skip
        out.append(table.build())
    return out


def _shared(rollup: RollUp, styles: Styles, width: float) -> list[Flowable]:
    shared = rollup.shared
    out = heading(
        _("Obstacles many teams share"),
        styles,
        escape(
            _(
                "The same obstacle in different teams' words, grouped by similarity (threshold "
                "{threshold}) and corrected by hand where needed. An obstacle many teams "
                "name is usually a rule or a system that only head office can remove."
            ).format(threshold=rollup.threshold)
        ),
    )
    if not shared:
        return [
            *out,
            Paragraph(escape(_("No obstacle is named by more than one team.")), styles.body),
        ]
    columns = [Column("#", align="RIGHT", bold=True, fixed=W_RANK), Column(_("Obstacle"), 2.6),
               Column(_("Teams naming it"), 2.0), Column(_("Teams"), align="RIGHT", fixed=W_NUMBER + 4),
               Column(_("Still in the way"), align="RIGHT", fixed=W_NUMBER + 14)]  # fmt: skip
    shown = shared[:SHARED_IN_PDF]
    for start, chunk in enumerate(_chunks(shown)):
        table = TableBuilder(styles, columns, width)
        for offset, group in enumerate(chunk):
            others = list(dict.fromkeys(m.text for m in group.mentions if m.text != group.label))
            texts = [Text(group.label, bold=True)]
            if others:
                shown_others = "; ".join(others[:3]) + (" …" if len(others) > 3 else "")
                texts.append(Text(shown_others, label=_("Also written as")))
            names = list(group.teams)
            teams = ", ".join(names[:TEAMS_NAMED])
            if len(names) > TEAMS_NAMED:
                teams = _("{teams} and {n} more").format(teams=teams, n=len(names) - TEAMS_NAMED)
            rank = start * ROWS_PER_TABLE + offset + 1
            table.add([rank, texts, teams, group.team_count, group.still_open])
        out.append(table.build())
    if len(shared) > len(shown):
        more = len(shared) - len(shown)
        note = ngettext(
            "{n} more obstacle named by two teams or more: see the CSV export.",
            "{n} more obstacles named by two teams or more: see the CSV export.",
            more,
        ).format(n=more)
        out.append(Paragraph(escape(note), styles.note))
    return out


def _heroes(rollup: RollUp, styles: Styles, width: float) -> list[Flowable]:
    stories = hero_stories(rollup.teams)
    out = heading(
        _("Hero stories"),
        styles,
        escape(
            _(
                "The latest stories of each team to celebrate across the region: routine delight "
                "first, since nobody should need a foul-up to shine; then recoveries."
            )
        ),
    )
    if not stories:
        return [*out, Paragraph(escape(_("No team has logged a hero story yet.")), styles.body)]
    table = TableBuilder(
        styles,
        [Column(_("Story"), 4.0), Column(_("Team"), 1.3), Column(_("Credited"), 1.4),
         Column(_("Kind"), fixed=W_STATUS + 8), Column(_("Date"), fixed=W_DATE)],
        width,
    )  # fmt: skip
    for h in stories[:HEROES_IN_PDF]:
        kind = hero_label(h.hero_type)
        table.add(
            [h.text, h.team, ", ".join(h.credited),
             Text(kind, bold=h.hero_type is HeroType.ROUTINE), h.day]
        )  # fmt: skip
    out.append(table.build())
    ranked = recognition(rollup.teams, RECOGNISED_IN_PDF)
    if ranked:
        out += [
            CondPageBreak(120),
            Paragraph(escape(_("Recognition across the region")), styles.h2),
        ]
        out.append(
            Paragraph(
                escape(_("Score: 2 per routine-delight story, 1 per recovery (as in each book).")),
                styles.lead,
            )
        )
        table = TableBuilder(
            styles,
            [Column(_("Employee"), 1.6), Column(_("Team"), 1.6),
             Column(_("Routine"), align="RIGHT", fixed=W_NUMBER + 16),
             Column(_("Recovery"), align="RIGHT", fixed=W_NUMBER + 16),
             Column(_("Score"), align="RIGHT", bold=True, fixed=W_NUMBER + 4)],
            width,
        )  # fmt: skip
        for r in ranked:
            table.add([r.employee, r.team, r.routine, r.recovery, r.score])
        out.append(table.build())
    return out


def _skipped(rollup: RollUp, styles: Styles, width: float) -> list[Flowable]:
    if not rollup.skipped:
        return []
    out = heading(_("Files skipped"), styles, escape(_("These files were not rolled up, and why.")))
    table = TableBuilder(styles, [Column(_("File"), 1.2), Column(_("Why"), 2.6)], width)
    for s in rollup.skipped:
        table.add([str(s.path), s.reason])
    out.append(table.build())
    return out


def _decorate(canvas: Canvas, title: str, today: Date, styles: Styles, total: int) -> None:
    if canvas.getPageNumber() > 1:
        draw_running_header(canvas, title, long_date(today), styles.regular, styles.bold)
    draw_footer(
        canvas,
        total,
        y=FOOTER_Y,
        what=_("Regional roll-up"),
        book_name=title,
        printed=today,
        regular=styles.regular,
        bold=styles.bold,
        name_room=lambda line, page: (line - page - 24) * 0.6,
    )


def build_story(rollup: RollUp, title: str, styles: Styles, width: float) -> list[Flowable]:
    return [
        *_cover(rollup, title, styles, width),
        *_figures(rollup.totals, styles, width),
        Spacer(1, 6),
        *_summary(rollup, styles, width),
        *_late(rollup, styles, width),
        *_shared(rollup, styles, width),
        *_heroes(rollup, styles, width),
        *_skipped(rollup, styles, width),
    ]


def write_rollup_pdf(
    rollup: RollUp,
    path: str | os.PathLike[str],
    page_size: str | None = None,
    *,
    title: str | None = None,
) -> Path:
    """Write the regional PDF at *path* (atomically), landscape; *page_size* None follows
    the locale."""
    title = title or rollup_title(rollup)
    _name, size = resolve_page_size(page_size)
    styles = make_styles()
    target = Path(path)
    with atomic_target(target) as temp:
        doc = page_document(
            str(temp),
            landscape(size),  # the summary per team has eleven columns
            title=title,
            author="Delight Workshop",
            subject=_("{title} as of {day}").format(
                title=rollup_title(rollup), day=long_date(rollup.today)
            ),
            keywords=["roll-up", "workshop", "obstacles"],
            lang="en",
        )
        decorate = numbered_canvas(
            lambda canvas, total: _decorate(canvas, title, rollup.today, styles, total)
        )
        doc.build(build_story(rollup, title, styles, doc.width), canvasmaker=decorate)
    return target
