r"""``--format markdown``: the action plan for a wiki page or an e-mail.

User text is escaped so it reads as typed and cannot inject links, images,
HTML, headings or table cells: Markdown's punctuation gets a backslash, ``<``
and ``>`` and ``&`` too, and a line that would start a list, quote or heading
is escaped at its start. GitHub-flavoured renderers also turn bare URLs and
e-mail addresses into links: ``https\://`` and ``www\.`` keep a URL as text, and
an e-mail address goes in a code span (backslashes do not stop that autolink).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..book import Book
from ..i18n import _, in_language, ngettext
from .files import atomic_target
from .formatting import breakdown, hero_label, long_date, status_label
from .plan_data import ActionPlan, build_plan
from .text_layout import clean

# Characters that are markup anywhere in a line (CommonMark, GFM tables and strikethrough);
# "(", "!" and "{" are harmless once "[" is escaped, and stay readable in an e-mail.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # "&amp;" would show as "&": keep it literal
# At the start of a line: headings, quotes, list markers, thematic breaks, setext underlines.
_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d+[.)])")
# GFM's extended autolinks: e-mail addresses, scheme URLs, www. hosts.
_EMAIL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")
_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|xmpp)(:)")
_WWW = re.compile(r"(?i)\b(www)(\.)")


def _escape_plain(text: str) -> str:
    text = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
    return _WWW.sub(r"\1\\\2", _SCHEME.sub(r"\1\\\2", text))


def _escape_inline(line: str) -> str:
    """*line* with markup escaped, e-mail addresses in code spans."""
    out: list[str] = []
    pos = 0
    for found in _EMAIL.finditer(line):
        out += [_escape_plain(line[pos : found.start()]), f"`{found.group()}`"]
        pos = found.end()
    out.append(_escape_plain(line[pos:]))
    return "".join(out)


def md_escape(text: str | None) -> str:
    """*text* as literal Markdown: every line escaped, line breaks kept as hard breaks."""
    lines = []
    for raw in clean(text).split("\n"):
        line = raw.strip()  # leading spaces could start a code block
        if not line:
            continue  # a blank line would end the list item or table cell
        line = _escape_inline(line)
        line = _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), line)
        lines.append(line)
    return "  \n".join(lines)


def _escape_marker(marker: str) -> str:
    if marker[-1] in ".)":
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def cell(text: str | None) -> str:
    """Escaped text for a table cell: one line, pipes escaped."""
    return md_escape(text).replace("  \n", " <br> ") if text else ""


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


@in_language(lambda plan, *_args, **_kwargs: plan.session.language)
def render_plan_markdown(plan: ActionPlan) -> str:
    s = plan.session
    out = ["# " + _("Action plan: {title}").format(title=md_escape(s.title)), ""]
    meta = [
        long_date(s.date, weekday=True),
        _("Book: {name}").format(name=md_escape(plan.book_name)),
    ]
    if s.facilitator:
        meta.append(_("Facilitated by {name}").format(name=md_escape(s.facilitator)))
    out += [" · ".join(meta), ""]
    for r in plan.prompts:
        out += [f"> **{r.kind.label}:** {md_escape(r.prompt)}", ">"]
    if plan.prompts:
        out[-1] = ""
    kinds = breakdown(plan.counts)
    out += [
        "## " + _("Key figures"),
        "",
        "- " + _("People: {n}").format(n=plan.people),
        "- "
        + _("Contributions: {n}").format(n=plan.contributions)
        + (f" ({kinds})" if kinds else ""),
        "- " + _("Dots cast: {n}").format(n=plan.dots_cast),
        "- " + _("Actions planned: {n}").format(n=len(plan.actions)),
        "",
        "## " + _("Actions"),
        "",
    ]
    if plan.actions:
        out += _table(
            ["#", _("Action"), _("Owner"), _("Due"), _("First step"), _("Help needed"), _("Status"),
             _("Votes")],
            [
                [str(r.rank), cell(r.action.what), cell(r.action.owner), r.action.due or "",
                 cell(r.action.first_step), cell(r.action.help_needed),
                 status_label(r.action.status), "" if r.votes is None else str(r.votes)]
                for r in plan.actions
            ],
        )  # fmt: skip
    else:
        out.append(_("No actions were planned in this session."))
    out += ["", "## " + _("Obstacles"), ""]
    if plan.obstacles:
        out += _table(
            [_("Obstacle"), _("Way around"), _("Who can remove it"), _("Status"), _("Dots")],
            [
                [cell(c.contribution.text), cell(c.contribution.way_around),
                 cell(c.contribution.remover), status_label(c.contribution.obstacle_status or ""),
                 str(c.dots)]
                for c in plan.obstacles
            ],
        )  # fmt: skip
    else:
        out.append(_("No obstacles were flagged in this session."))
    out += ["", "## " + _("Hero stories"), ""]
    for c in plan.heroes:
        h = c.contribution
        credited = ", ".join(md_escape(n) for n in h.credited)
        extra = f" ({hero_label(h.hero_type)}" + (
            "; " + _("credited: {names}").format(names=credited) if credited else ""
        )
        out.append(f"- {md_escape(h.text)}{extra})")
    if not plan.heroes:
        out.append(_("No hero stories were told in this session."))
    out += ["", "## " + _("Follow-up from earlier sessions"), ""]
    if plan.previous is None:
        out.append(_("This is the book's first session: nothing to follow up yet."))
    for title, rows in ((_("Still open ({n})"), plan.still_open),
                        (_("Closed since the last session ({n})"), plan.closed_since)):  # fmt: skip
        if plan.previous is None:
            break
        out += ["### " + title.format(n=len(rows)), ""]
        out += _table(
            [_("Action"), _("Owner"), _("Due"), _("Status"), _("From session")],
            [
                [cell(r.action.what), cell(r.action.owner),
                 (r.action.due or "") + (" (" + _("overdue") + ")" if r.overdue else ""),
                 status_label(r.action.status), f"{cell(r.session.title)} ({r.session.date})"]
                for r in rows
            ],
        ) if rows else [_("None.")]  # fmt: skip
        out.append("")
    out += ["", "## " + _("Every contribution, by theme"), ""]
    for group in plan.themes:
        dots = ngettext("{n} dot", "{n} dots", group.dots).format(n=group.dots)
        out += [f"### {md_escape(group.name)} ({dots})", ""]
        for card in group.cards:
            by = f" — {', '.join(md_escape(a) for a in card.authors)}" if card.authors else ""
            dots = ngettext("{n} dot", "{n} dots", card.dots).format(n=card.dots)
            out.append(f"- {md_escape(card.contribution.text)} ({dots}){by}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_markdown(book: Book, session_id: int | str | None) -> str:
    """The session's action plan as Markdown text."""
    return render_plan_markdown(build_plan(book, session_id))


def write_markdown(book: Book, session_id: int | str | None, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    text = render_markdown(book, session_id)
    with atomic_target(target) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")
    return target
