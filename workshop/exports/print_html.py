"""The action plan as simple HTML for Qt's print support (QTextDocument's rich-text subset).

Same sections as the PDF, from the same :class:`ActionPlan`. Every user string
goes through :func:`html.escape` (after control characters are dropped), so a
contribution such as ``<img src=x>`` prints as typed and loads nothing.
"""

from __future__ import annotations

from html import escape

from .formatting import breakdown, hero_label, long_date, plural, status_label
from .plan_data import ActionPlan
from .text_layout import clean

ACCENT = "#1E5470"
MUTED = "#5E6B75"
TABLE = 'width="100%" cellspacing="0" cellpadding="4" border="0"'


def text(value: str | None) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return escape(clean(value)).replace("\n", "<br>")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(
        f'<th align="left" bgcolor="{ACCENT}"><font color="white">{h}</font></th>' for h in header
    )
    body = "".join(
        f"<tr{' bgcolor=#F1F4F7' if n % 2 else ''}>"
        + "".join(f"<td>{c}</td>" for c in row)
        + "</tr>"
        for n, row in enumerate(rows)
    )
    return f"<table {TABLE}><thead><tr>{head}</tr></thead>{body}</table>"


def _heading(title: str, lead: str = "") -> str:
    out = f'<h2><font color="{ACCENT}">{title}</font></h2>'
    return out + (f'<p><font color="{MUTED}">{lead}</font></p>' if lead else "")


def plan_html(plan: ActionPlan) -> str:
    s = plan.session
    meta = [long_date(s.date, weekday=True), f"Book: {text(plan.book_name)}"]
    if s.facilitator:
        meta.append(f"Facilitated by {text(s.facilitator)}")
    parts = [
        f'<p><font color="{ACCENT}"><b>ACTION PLAN</b></font></p>',
        f"<h1>{text(s.title)}</h1>",
        f'<p><font color="{MUTED}">{" · ".join(meta)}</font></p>',
    ]
    for r in plan.prompts:
        parts.append(f"<p><b>{escape(r.kind.label)}:</b> {text(r.prompt)}</p>")
    kinds = breakdown(plan.counts)
    parts.append(
        _table(
            ["People", "Contributions", "Dots cast", "Actions", "Open from earlier"],
            [
                [
                    str(plan.people),
                    f"{plan.contributions}" + (f" ({kinds})" if kinds else ""),
                    str(plan.dots_cast),
                    str(len(plan.actions)),
                    str(len(plan.still_open)),
                ]
            ],
        )
    )
    parts.append(_heading("Actions", "Ranked as the team placed them."))
    if plan.actions:
        rows = []
        for r in plan.actions:
            a = r.action
            what = f"<b>{text(a.what)}</b>"
            if a.first_step:
                what += f"<br><i>First step:</i> {text(a.first_step)}"
            if a.help_needed:
                what += f"<br><i>Help needed from management:</i> {text(a.help_needed)}"
            rows.append([str(r.rank), what, text(a.owner), a.due or "", status_label(a.status),
                         "" if r.votes is None else str(r.votes)])  # fmt: skip
        parts.append(_table(["#", "Action", "Owner", "Due", "Status", "Votes"], rows))
    else:
        parts.append("<p>No actions were planned in this session.</p>")
    parts.append(_heading("Obstacles"))
    parts.append(
        _table(
            ["Obstacle", "Way around", "Who can remove it", "Status", "Dots"],
            [[text(c.contribution.text), text(c.contribution.way_around),
              text(c.contribution.remover), status_label(c.contribution.obstacle_status or ""),
              str(c.dots)] for c in plan.obstacles],
        ) if plan.obstacles else "<p>No obstacles were flagged in this session.</p>"
    )  # fmt: skip
    parts.append(_heading("Hero stories"))
    parts.append(
        _table(
            ["Story", "Credited", "Kind"],
            [[text(c.contribution.text), text(", ".join(c.contribution.credited)),
              hero_label(c.contribution.hero_type)] for c in plan.heroes],
        ) if plan.heroes else "<p>No hero stories were told in this session.</p>"
    )  # fmt: skip
    parts.append(_heading("Follow-up from earlier sessions"))
    if plan.previous is None:
        parts.append("<p>This is the book's first session: nothing to follow up yet.</p>")
    else:
        for title, rows in (("Still open", plan.still_open),
                            ("Closed since the last session", plan.closed_since)):  # fmt: skip
            parts.append(f"<h3>{title} ({len(rows)})</h3>")
            parts.append(
                _table(
                    ["Action", "Owner", "Due", "Status", "From session"],
                    [[text(r.action.what), text(r.action.owner),
                      (r.action.due or "") + (" overdue" if r.overdue else ""),
                      status_label(r.action.status),
                      f"{text(r.session.title)} ({r.session.date})"] for r in rows],
                ) if rows else "<p>None.</p>"
            )  # fmt: skip
    parts.append(_heading("Appendix: every contribution, by theme"))
    for group in plan.themes:
        parts.append(f"<h3>{text(group.name)} · {plural(group.dots, 'dot')}</h3>")
        header = ["#", "Contribution", "Kind"] + (["By"] if plan.show_authors else []) + ["Dots"]
        rows = [
            [str(c.rank) if c.dots else "", text(c.contribution.text), c.contribution.kind.label]
            + ([text(", ".join(c.authors))] if plan.show_authors else [])
            + [str(c.dots)]
            for c in group.cards
        ]
        parts.append(_table(header, rows))
    return "<html><body>" + "".join(parts) + "</body></html>"
