"""The action plan's sections as reportlab flowables, built from an ActionPlan.

Every string, the user's and the app's own (translated), is plain text drawn
by :class:`.pdf_cells.TextBlock` or a :class:`.pdf_tables.TableBuilder` cell:
both go through the one text path (:mod:`.pdf_text`: bidi, font per run,
shaping). No markup is parsed anywhere.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from ..i18n import _, ngettext
from .chart import bar_chart
from .formatting import breakdown, hero_label, long_date, status_label
from .pdf_cells import TextBlock
from .pdf_styles import (
    ACCENT,
    ACCENT_LIGHT,
    W_DATE,
    W_NUMBER,
    W_RANK,
    W_STATUS,
    WARM,
    WHITE,
    Styles,
)
from .pdf_tables import Column, TableBuilder, Text
from .plan_data import ActionPlan, Card, FollowUpRow
from .text_layout import one_line


def user_paragraph(text: str | None, style: ParagraphStyle, width: float = 0.0) -> TextBlock:
    """A block of user text (plain, wrapped, right-aligned when it reads right to left)."""
    return TextBlock(text or "", style)


def para(text: str, style: ParagraphStyle) -> TextBlock:
    """A block of the app's own (translated) text."""
    return TextBlock(text, style)


def inline(text: str | None, font: str = "") -> str:
    """User text flattened to one line (names, titles inside a sentence)."""
    return one_line(text, 1e9, font or "DejaVuSans", 9)


def heading(title: str, styles: Styles, lead: str | None = None) -> list[Flowable]:
    # Room for the heading, its lead and the first rows, else start on the next page.
    out: list[Flowable] = [CondPageBreak(120), para(title, styles.h1)]
    if lead:
        out.append(para(lead, styles.lead))
    return out


# -- cover and key figures ----------------------------------------------------
def cover(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    session = plan.session
    meta = [long_date(session.date, weekday=True),
            _("Book: {name}").format(name=inline(plan.book_name))]  # fmt: skip
    if session.facilitator:
        meta.append(_("Facilitated by {name}").format(name=inline(session.facilitator)))
    out: list[Flowable] = [
        para(_("ACTION PLAN"), styles.eyebrow),
        Spacer(1, 3),
        user_paragraph(session.title, styles.title, width),
        para(" \u00b7 ".join(meta), styles.meta),
        Spacer(1, 12),
    ]
    if plan.prompts:
        rows = [
            [[para(r.kind.label.upper(), styles.prompt_kind),
              user_paragraph(r.prompt, styles.prompt, width - 24)]]
            for r in plan.prompts
        ]  # fmt: skip
        box = Table(rows, colWidths=[width])
        box.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.regular),  # not reportlab's Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, 0), 9),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ]
        )
        out.append(box)
    return out


def key_figures(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    kinds = breakdown(plan.counts)
    still_open = len(plan.still_open)
    figures = [
        (plan.people, ngettext("person", "people", plan.people), ""),
        (plan.contributions, ngettext("contribution", "contributions", plan.contributions),
         kinds),
        (plan.dots_cast, ngettext("dot cast", "dots cast", plan.dots_cast), ""),
        (len(plan.actions), ngettext("action planned", "actions planned", len(plan.actions)), ""),
        (still_open, ngettext("open from earlier", "open from earlier", still_open),
         "" if plan.previous else _("first session")),
    ]  # fmt: skip
    cells = []
    for number, label, detail in figures:
        text = label + (f"\n{detail}" if detail else "")
        cells.append([para(str(number), styles.figure), para(text, styles.figure_label)])
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), styles.regular),  # not reportlab's Helvetica
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEAFTER", (0, 0), (-2, -1), 4, WHITE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ]
    )
    return [Spacer(1, 14), table]


# -- the plan -------------------------------------------------------------------
def actions(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        _("Actions"),
        styles,
        _("Ranked as the team placed them. Votes: the dots the item behind the action received."),
    )
    if not plan.actions:
        out.append(para(_("No actions were planned in this session."), styles.body))
        if plan.top:
            out.append(
                para(_("The most-voted items, still to be turned into actions:"), styles.note)
            )
            out.append(_card_table(plan.top[:5], styles, width, with_kind=True))
        return out
    table = TableBuilder(
        styles,
        [Column("#", align="RIGHT", bold=True, fixed=W_RANK), Column(_("Action"), 3.2),
         Column(_("Owner"), 1.0), Column(_("Due"), fixed=W_DATE),
         Column(_("Status"), fixed=W_STATUS),
         Column(_("Votes"), align="RIGHT", fixed=W_NUMBER)],
        width,
    )  # fmt: skip
    for row in plan.actions:
        a = row.action
        what = [Text(a.what, bold=True), Text(a.first_step, label=_("First step")),
                Text(a.help_needed, label=_("Help needed from management"))]  # fmt: skip
        # Incomplete: what is missing says so, in the warm colour.
        owner = a.owner or Text(_("no owner yet"), color=WARM)
        due = a.due or Text(_("no date yet"), color=WARM)
        table.add(
            [row.rank, what, owner, due, status_label(a.status),
             "" if row.votes is None else row.votes]
        )  # fmt: skip
    out.append(table.build())
    return out


def _card_table(cards, styles: Styles, width: float, with_kind: bool = False) -> Flowable:
    columns = [Column("#", align="RIGHT", bold=True, fixed=W_RANK), Column(_("Item"), 1.0)]
    if with_kind:
        columns.append(Column(_("Kind"), fixed=W_STATUS + 8))
    columns.append(Column(_("Dots"), align="RIGHT", fixed=W_NUMBER))
    table = TableBuilder(styles, columns, width)
    for card in cards:
        c = card.contribution
        cells = [card.rank, c.text] + ([c.kind.label] if with_kind else []) + [card.dots]
        table.add(cells)
    return table.build()


def obstacles(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        _("Obstacles"),
        styles,
        _("What gets in the team's way, the way around it for now, and who can remove it."),
    )
    if not plan.obstacles:
        return [*out, para(_("No obstacles were flagged in this session."), styles.body)]
    table = TableBuilder(
        styles,
        [Column(_("Obstacle"), 3.4), Column(_("Way around"), 2.7),
         Column(_("Who can remove it"), 1.7), Column(_("Status"), fixed=W_STATUS),
         Column(_("Dots"), align="RIGHT", fixed=W_NUMBER)],
        width,
    )  # fmt: skip
    for card in plan.obstacles:
        c = card.contribution
        table.add(
            [c.text, c.way_around or "", c.remover or "",
             status_label(c.obstacle_status) if c.obstacle_status else "", card.dots]
        )  # fmt: skip
    out.append(table.build())
    return out


def hero_stories(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        _("Hero stories"),
        styles,
        _("Customers delighted by the team. Routine delight is recognised above dramatic "
          "recovery."),
    )  # fmt: skip
    if not plan.heroes:
        return [*out, para(_("No hero stories were told in this session."), styles.body)]
    table = TableBuilder(
        styles,
        [Column(_("Story"), 5.0), Column(_("Credited"), 1.9),
         Column(_("Kind"), fixed=W_STATUS + 8), Column(_("Customer, date"), 1.7)],
        width,
    )  # fmt: skip
    for card in plan.heroes:
        c = card.contribution
        when = ", ".join(x for x in (c.customer or "", long_date(c.story_date)) if x)
        table.add([c.text, ", ".join(c.credited), hero_label(c.hero_type), when])
    out.append(table.build())
    return out


def _follow_up_table(rows: tuple[FollowUpRow, ...], styles: Styles, width: float, closed: bool):
    table = TableBuilder(
        styles,
        [Column(_("Action"), 3.0), Column(_("Owner"), 1.2), Column(_("Due"), fixed=W_DATE),
         Column(_("Status") if not closed else _("Closed"), fixed=W_STATUS + 16),
         Column(_("From session"), 1.7)],
        width,
    )  # fmt: skip
    for row in rows:
        a = row.action
        status = status_label(a.status)
        if closed and a.status_changed_at:
            status += f"\n{a.status_changed_at[:10]}"
        due = Text(f"{a.due}\n" + _("overdue"), color=WARM) if row.overdue else (a.due or "")
        table.add(
            [a.what, a.owner or "", due, status, f"{row.session.title}\n{row.session.date}"],
            details=[(0, 4, Text(a.status_note, label=_("Note")))] if a.status_note else None,
        )  # fmt: skip
    return table.build()


def follow_up(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        _("Follow-up from earlier sessions"),
        styles,
        _("What earlier sessions promised: still open, or closed since the last session."),
    )
    if plan.previous is None:
        return [*out, para(_("This is the book's first session: nothing to follow up yet."),
                           styles.body)]  # fmt: skip
    out.append(CondPageBreak(90))
    out.append(para(_("Still open ({n})").format(n=len(plan.still_open)), styles.h2))
    if plan.still_open:
        out.append(_follow_up_table(plan.still_open, styles, width, closed=False))
    else:
        out.append(para(_("Every earlier action is done or dropped."), styles.note))
    out.append(CondPageBreak(100))
    out.append(para(_("Closed since the last session ({n})").format(n=len(plan.closed_since)),
                    styles.h2))  # fmt: skip
    last = _("The last session was “{title}” on {date}.").format(
        title=inline(plan.previous.title), date=long_date(plan.previous.date)
    )
    out.append(para(last, styles.lead))
    if plan.closed_since:
        out.append(_follow_up_table(plan.closed_since, styles, width, closed=True))
    else:
        out.append(para(_("No earlier action was closed since then."), styles.note))
    return out


# -- appendix -----------------------------------------------------------------
def appendix(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    groups = ngettext("{n} group", "{n} groups", len(plan.themes)).format(n=len(plan.themes))
    lead = ngettext(
        "{n} contribution in {groups}, most dots first.",
        "{n} contributions in {groups}, most dots first.",
        plan.contributions,
    ).format(n=plan.contributions, groups=groups)
    if plan.show_authors:
        lead += " " + _("Authors are shown because the session showed names.")
    out = [PageBreak(), *heading(_("Appendix: every contribution, by theme"), styles, lead)]
    if plan.top:
        chart = bar_chart(plan.top, width, styles.regular, styles.bold)
        out.append(KeepTogether([para(_("Most-voted items"), styles.h2), chart, Spacer(1, 10)]))
    if not plan.themes:
        return [*out, para(_("Nothing was contributed in this session."), styles.body)]
    columns = [Column("#", align="RIGHT", bold=True, fixed=W_RANK),
               Column(_("Contribution"), 4.0), Column(_("Kind"), fixed=W_STATUS + 8)]  # fmt: skip
    if plan.show_authors:
        columns.append(Column(_("By"), 1.1))
    columns.append(Column(_("Dots"), align="RIGHT", fixed=W_NUMBER))
    # One table per theme: reportlab's cost of splitting a table grows with its size.
    for group in plan.themes:
        out.append(CondPageBreak(90))
        dots = ngettext("{n} dot", "{n} dots", group.dots).format(n=group.dots)
        out.append(user_paragraph(f"{group.name}  \u00b7  {dots}", styles.theme, width))
        table = TableBuilder(styles, columns, width)
        for card in group.cards:
            table.add(_appendix_cells(card, plan.show_authors))
        out.append(table.build())
    return out


def _appendix_cells(card: Card, show_authors: bool) -> list:
    c = card.contribution
    text = c.text
    if card.duplicates:
        text += "\n" + ngettext(
            "(+{n} duplicate merged)", "(+{n} duplicates merged)", card.duplicates
        ).format(n=card.duplicates)
    # Ranks mean something only for items that received dots.
    cells: list = [card.rank if card.dots else "", text, c.kind.label]
    if show_authors:
        cells.append(", ".join(card.authors))
    cells.append(card.dots)
    return cells
