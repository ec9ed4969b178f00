"""The action plan's sections as reportlab flowables, built from an ActionPlan.

Every user string goes through :mod:`.text_layout` (cleaned, right-to-left
lines reordered, wrapped) and :func:`.fonts.run_markup` (escaped, fallback
font runs) before it reaches a Paragraph; table cells go through
:class:`.pdf_tables.TableBuilder`, which does the same.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from .chart import bar_chart
from .fonts import run_markup
from .formatting import breakdown, hero_label, long_date, plural, status_label
from .markup import escape
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
from .text_layout import is_rtl, one_line, wrap


def user_paragraph(text: str | None, style: ParagraphStyle, width: float) -> Paragraph:
    """A Paragraph of user text: escaped, wrapped here (so RTL lines read in order)."""
    lines = wrap(text, width - 1.0, style.fontName, style.fontSize)
    if is_rtl(text or ""):
        style = ParagraphStyle(f"{style.name}_rtl", parent=style, alignment=TA_RIGHT)
    return Paragraph("<br/>".join(run_markup(line, style.fontName) for line in lines), style)


def inline(text: str | None, font: str) -> str:
    """User text as escaped markup on one line (names, titles inside a sentence)."""
    return run_markup(one_line(text, 1e9, font, 9), font)


def heading(title: str, styles: Styles, lead: str | None = None) -> list[Flowable]:
    # Room for the heading, its lead and the first rows, else start on the next page.
    out: list[Flowable] = [CondPageBreak(120), Paragraph(escape(title), styles.h1)]
    if lead:
        out.append(Paragraph(lead, styles.lead))
    return out


# -- cover and key figures ----------------------------------------------------
def cover(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    session = plan.session
    meta = [escape(long_date(session.date, weekday=True)),
            "Book: " + inline(plan.book_name, styles.regular)]  # fmt: skip
    if session.facilitator:
        meta.append("Facilitated by " + inline(session.facilitator, styles.regular))
    out: list[Flowable] = [
        Paragraph("ACTION PLAN", styles.eyebrow),
        Spacer(1, 3),
        user_paragraph(session.title, styles.title, width),
        Paragraph(" \u00b7 ".join(meta), styles.meta),
        Spacer(1, 12),
    ]
    if plan.prompts:
        rows = [
            [[Paragraph(escape(r.kind.label.upper()), styles.prompt_kind),
              user_paragraph(r.prompt, styles.prompt, width - 24)]]
            for r in plan.prompts
        ]  # fmt: skip
        box = Table(rows, colWidths=[width])
        box.setStyle(
            [
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
        (plan.people, "people" if plan.people != 1 else "person", ""),
        (plan.contributions, "contributions", kinds),
        (plan.dots_cast, "dots cast", ""),
        (len(plan.actions), "actions planned", ""),
        (still_open, "open from earlier", "" if plan.previous else "first session"),
    ]
    cells = []
    for number, label, detail in figures:
        text = escape(label) + (f"<br/>{escape(detail)}" if detail else "")
        cells.append([Paragraph(str(number), styles.figure), Paragraph(text, styles.figure_label)])
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
    return [Spacer(1, 14), table]


# -- the plan -------------------------------------------------------------------
def actions(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        "Actions",
        styles,
        "Ranked as the team placed them. Votes: the dots the item behind the action received.",
    )
    if not plan.actions:
        out.append(Paragraph("No actions were planned in this session.", styles.body))
        if plan.top:
            out.append(
                Paragraph("The most-voted items, still to be turned into actions:", styles.note)
            )
            out.append(_card_table(plan.top[:5], styles, width, with_kind=True))
        return out
    table = TableBuilder(
        styles,
        [Column("#", align="RIGHT", bold=True, fixed=W_RANK), Column("Action", 3.2),
         Column("Owner", 1.0), Column("Due", fixed=W_DATE), Column("Status", fixed=W_STATUS),
         Column("Votes", align="RIGHT", fixed=W_NUMBER)],
        width,
    )  # fmt: skip
    for row in plan.actions:
        a = row.action
        what = [Text(a.what, bold=True), Text(a.first_step, label="First step"),
                Text(a.help_needed, label="Help needed from management")]  # fmt: skip
        table.add(
            [row.rank, what, a.owner or "", a.due or "", status_label(a.status),
             "" if row.votes is None else row.votes]
        )  # fmt: skip
    out.append(table.build())
    return out


def _card_table(cards, styles: Styles, width: float, with_kind: bool = False) -> Flowable:
    columns = [Column("#", align="RIGHT", bold=True, fixed=W_RANK), Column("Item", 1.0)]
    if with_kind:
        columns.append(Column("Kind", fixed=W_STATUS + 8))
    columns.append(Column("Dots", align="RIGHT", fixed=W_NUMBER))
    table = TableBuilder(styles, columns, width)
    for card in cards:
        c = card.contribution
        cells = [card.rank, c.text] + ([c.kind.label] if with_kind else []) + [card.dots]
        table.add(cells)
    return table.build()


def obstacles(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        "Obstacles",
        styles,
        "What gets in the team's way, the way around it for now, and who can remove it.",
    )
    if not plan.obstacles:
        return [*out, Paragraph("No obstacles were flagged in this session.", styles.body)]
    table = TableBuilder(
        styles,
        [Column("Obstacle", 3.4), Column("Way around", 2.7), Column("Who can remove it", 1.7),
         Column("Status", fixed=W_STATUS), Column("Dots", align="RIGHT", fixed=W_NUMBER)],
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
        "Hero stories",
        styles,
        "Customers delighted by the team. Routine delight is recognised above dramatic recovery.",
    )
    if not plan.heroes:
        return [*out, Paragraph("No hero stories were told in this session.", styles.body)]
    table = TableBuilder(
        styles,
        [Column("Story", 5.0), Column("Credited", 1.9), Column("Kind", fixed=W_STATUS + 8),
         Column("Customer, date", 1.7)],
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
        [Column("Action", 3.0), Column("Owner", 1.2), Column("Due", fixed=W_DATE),
         Column("Status" if not closed else "Closed", fixed=W_STATUS + 16),
         Column("From session", 1.7)],
        width,
    )  # fmt: skip
    for row in rows:
        a = row.action
        status = status_label(a.status)
        if closed and a.status_changed_at:
            status += f"\n{a.status_changed_at[:10]}"
        due = Text(f"{a.due}\noverdue", color=WARM) if row.overdue else (a.due or "")
        table.add(
            [a.what, a.owner or "", due, status, f"{row.session.title}\n{row.session.date}"],
            details=[(0, 4, Text(a.status_note, label="Note"))] if a.status_note else None,
        )  # fmt: skip
    return table.build()


def follow_up(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    out = heading(
        "Follow-up from earlier sessions",
        styles,
        "What earlier sessions promised: still open, or closed since the last session.",
    )
    if plan.previous is None:
        return [*out, Paragraph("This is the book's first session: nothing to follow up yet.",
                                styles.body)]  # fmt: skip
    out.append(CondPageBreak(90))
    out.append(Paragraph(escape(f"Still open ({len(plan.still_open)})"), styles.h2))
    if plan.still_open:
        out.append(_follow_up_table(plan.still_open, styles, width, closed=False))
    else:
        out.append(Paragraph("Every earlier action is done or dropped.", styles.note))
    out.append(CondPageBreak(100))
    out.append(Paragraph(escape(f"Closed since the last session ({len(plan.closed_since)})"),
                         styles.h2))  # fmt: skip
    last = (
        f"The last session was “{inline(plan.previous.title, styles.regular)}” on "
        f"{escape(long_date(plan.previous.date))}."
    )
    out.append(Paragraph(last, styles.lead))
    if plan.closed_since:
        out.append(_follow_up_table(plan.closed_since, styles, width, closed=True))
    else:
        out.append(Paragraph("No earlier action was closed since then.", styles.note))
    return out


# -- appendix -----------------------------------------------------------------
def appendix(plan: ActionPlan, styles: Styles, width: float) -> list[Flowable]:
    named = " Authors are shown because the session showed names." if plan.show_authors else ""
    lead = escape(
        f"{plural(plan.contributions, 'contribution')} in "
        f"{plural(len(plan.themes), 'group')}, most dots first.{named}"
    )
    out = [PageBreak(), *heading("Appendix: every contribution, by theme", styles, lead)]
    if plan.top:
        chart = bar_chart(plan.top, width, styles.regular, styles.bold)
        out.append(KeepTogether([Paragraph("Most-voted items", styles.h2), chart, Spacer(1, 10)]))
    if not plan.themes:
        return [*out, Paragraph("Nothing was contributed in this session.", styles.body)]
    columns = [Column("#", align="RIGHT", bold=True, fixed=W_RANK), Column("Contribution", 4.0),
               Column("Kind", fixed=W_STATUS + 8)]  # fmt: skip
    if plan.show_authors:
        columns.append(Column("By", 1.1))
    columns.append(Column("Dots", align="RIGHT", fixed=W_NUMBER))
    # One table per theme: reportlab's cost of splitting a table grows with its size.
    for group in plan.themes:
        out.append(CondPageBreak(90))
        out.append(user_paragraph(f"{group.name}  \u00b7  {plural(group.dots, 'dot')}",
                                  styles.theme, width))  # fmt: skip
        table = TableBuilder(styles, columns, width)
        for card in group.cards:
            table.add(_appendix_cells(card, plan.show_authors))
        out.append(table.build())
    return out


def _appendix_cells(card: Card, show_authors: bool) -> list:
    c = card.contribution
    text = c.text
    if card.duplicates:
        text += f"\n(+{plural(card.duplicates, 'duplicate')} merged)"
    # Ranks mean something only for items that received dots.
    cells: list = [card.rank if card.dots else "", text, c.kind.label]
    if show_authors:
        cells.append(", ".join(card.authors))
    cells.append(card.dots)
    return cells
