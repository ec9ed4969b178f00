"""The action plan as simple HTML for Qt's print support (QTextDocument's rich-text subset).

Same sections as the PDF, from the same :class:`ActionPlan`. Every user string
goes through :func:`html.escape` (after control characters are dropped), so a
contribution such as ``<img src=x>`` prints as typed and loads nothing.
"""

from __future__ import annotations

from html import escape

from ..i18n import _, in_language, ngettext
from .formatting import breakdown, hero_label, long_date, status_label
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


def t(message: str) -> str:
    """*message* translated and escaped for the HTML (app text is plain text too)."""
    return escape(_(message))


def _heading(title: str, lead: str = "") -> str:
    out = f'<h2><font color="{ACCENT}">{title}</font></h2>'
    return out + (f'<p><font color="{MUTED}">{lead}</font></p>' if lead else "")


@in_language(lambda plan, *_args, **_kwargs: plan.session.language)
def plan_html(plan: ActionPlan) -> str:
    s = plan.session
    meta = [long_date(s.date, weekday=True), t("Book: {name}").format(name=text(plan.book_name))]
    if s.facilitator:
        meta.append(t("Facilitated by {name}").format(name=text(s.facilitator)))
    parts = [
        f'<p><font color="{ACCENT}"><b>' + t("ACTION PLAN") + "</b></font></p>",
        f"<h1>{text(s.title)}</h1>",
        f'<p><font color="{MUTED}">{" · ".join(meta)}</font></p>',
    ]
    for r in plan.prompts:
        parts.append(f"<p><b>{escape(r.kind.label)}:</b> {text(r.prompt)}</p>")
    kinds = breakdown(plan.counts)
    parts.append(
        _table(
            [t("People"), t("Contributions"), t("Dots cast"), t("Actions"), t("Open from earlier")],
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
    parts.append(_heading(t("Actions"), t("Ranked as the team placed them.")))
    if plan.actions:
        rows = []
        first_step, help_needed = t("First step:"), t("Help needed from management:")
        for r in plan.actions:
            a = r.action
            what = f"<b>{text(a.what)}</b>"
            if a.first_step:
                what += f"<br><i>{first_step}</i> {text(a.first_step)}"
            if a.help_needed:
                what += f"<br><i>{help_needed}</i> {text(a.help_needed)}"
            rows.append([str(r.rank), what, text(a.owner), a.due or "", status_label(a.status),
                         "" if r.votes is None else str(r.votes)])  # fmt: skip
        parts.append(
            _table(["#", t("Action"), t("Owner"), t("Due"), t("Status"), t("Votes")], rows)
        )
    else:
        parts.append("<p>" + t("No actions were planned in this session.") + "</p>")
    parts.append(_heading(t("Obstacles")))
    parts.append(
        _table(
            [t("Obstacle"), t("Way around"), t("Who can remove it"), t("Status"), t("Dots")],
            [[text(c.contribution.text), text(c.contribution.way_around),
              text(c.contribution.remover), status_label(c.contribution.obstacle_status or ""),
              str(c.dots)] for c in plan.obstacles],
        ) if plan.obstacles else "<p>" + t("No obstacles were flagged in this session.") + "</p>"
    )  # fmt: skip
    parts.append(_heading(t("Hero stories")))
    parts.append(
        _table(
            [t("Story"), t("Credited"), t("Kind")],
            [[text(c.contribution.text), text(", ".join(c.contribution.credited)),
              hero_label(c.contribution.hero_type)] for c in plan.heroes],
        ) if plan.heroes else "<p>" + t("No hero stories were told in this session.") + "</p>"
    )  # fmt: skip
    parts.append(_heading(t("Follow-up from earlier sessions")))
    if plan.previous is None:
        parts.append(
            "<p>" + t("This is the book's first session: nothing to follow up yet.") + "</p>"
        )
    else:
        for title, rows in ((t("Still open ({n})"), plan.still_open),
                            (t("Closed since the last session ({n})"), plan.closed_since)):  # fmt: skip
            parts.append(f"<h3>{title.format(n=len(rows))}</h3>")
            parts.append(
                _table(
                    [t("Action"), t("Owner"), t("Due"), t("Status"), t("From session")],
                    [[text(r.action.what), text(r.action.owner),
                      (r.action.due or "") + (" " + t("overdue") if r.overdue else ""),
                      status_label(r.action.status),
                      f"{text(r.session.title)} ({r.session.date})"] for r in rows],
                ) if rows else "<p>" + t("None.") + "</p>"
            )  # fmt: skip
    parts.append(_heading(t("Appendix: every contribution, by theme")))
    for group in plan.themes:
        dots = escape(ngettext("{n} dot", "{n} dots", group.dots).format(n=group.dots))
        parts.append(f"<h3>{text(group.name)} · {dots}</h3>")
        header = (
            ["#", t("Contribution"), t("Kind")]
            + ([t("By")] if plan.show_authors else [])
            + [t("Dots")]
        )
        rows = [
            [str(c.rank) if c.dots else "", text(c.contribution.text), c.contribution.kind.label]
            + ([text(", ".join(c.authors))] if plan.show_authors else [])
            + [str(c.dots)]
            for c in group.cards
        ]
        parts.append(_table(header, rows))
    return "<html><body>" + "".join(parts) + "</body></html>"
