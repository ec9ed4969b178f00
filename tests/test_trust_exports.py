"""Issue 13, items 9 and 10: exports a third-party reader takes as the app means them."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import cmarkgfm
from pypdf import PdfReader

from workshop.book import Book
from workshop.exports.markdown import render_markdown
from workshop.exports.open_actions_pdf import write_open_actions
from workshop.exports.pdf import write_action_plan

LINKY = [
    "Mail ann.lee@example.com or bob_k+desk@mail.example.co.uk today",
    "See https://evil.example/login and http://x.example",
    "Try www.evil.example or WWW.Shout.example, ftp://files.example",
    "mailto:boss@example.com and xmpp:chat@example.org/room",
    "(www.paren.example) *https://star.example* _www.under.example_",
]


def _plan_with_links(book: Book) -> int:
    sid = book.sessions.create("Links https://t.example", date="2026-11-20",
                               facilitator="dana@example.com")  # fmt: skip
    ids = [book.contributions.add(sid, "delight", text, author="me@example.com") for text in LINKY]
    book.contributions.add(sid, "obstacle", "Portal www.portal.example is down")
    book.actions.plan(sid, "Email ops@example.com about https://status.example",
                     contribution_id=ids[0], owner="lee@example.com")  # fmt: skip
    return sid


def test_markdown_gives_no_link_in_github_flavoured_markdown(book: Book) -> None:
    sid = _plan_with_links(book)
    text = render_markdown(book, sid)
    rendered = cmarkgfm.github_flavored_markdown_to_html(text)
    assert "<a " not in rendered, re.findall(r"<a [^>]*>", rendered)
    visible = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    for line in LINKY:  # every address still reads as typed
        for word in line.replace("*", " ").replace("_www", " www").split():
            assert word.strip("()_") in visible, word


def test_open_actions_pdf_has_a_subject(book: Book, tmp_path: Path) -> None:
    sid = book.sessions.create("Front desk", date="2026-11-20")
    book.actions.plan(sid, "Fix the printer", owner="Ann", due="2026-12-01")
    reader = PdfReader(write_open_actions(book, tmp_path / "open.pdf", "A4",
                                          today=date(2026, 12, 1)))  # fmt: skip
    subject = reader.metadata.subject
    assert subject and subject != "(unspecified)" and "open action" in subject
    plan = PdfReader(write_action_plan(book, sid, tmp_path / "plan.pdf", "A4"))
    assert plan.metadata.subject and plan.metadata.subject != "(unspecified)"
