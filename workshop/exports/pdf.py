"""The action-plan PDF: ``write_action_plan(book, session_id, path)``.

A cover block and key figures, the ranked actions, obstacles, hero stories,
the follow-up of earlier sessions and an appendix of every contribution with a
bar chart. Running header (session title) from page 2, footer with
"Page X of Y" and the date on every page; A4 or US Letter.
"""

from __future__ import annotations

import contextlib
import locale
import os
import re
import sys
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from ..book import Book
from ..errors import InvalidInput
from ..i18n import _, current_language, in_language
from . import pdf_sections as sections
from .files import atomic_target
from .formatting import long_date
from .pdf_page import draw_footer, draw_running_header, numbered_canvas, page_document
from .pdf_styles import (
    FOOTER_Y,
    make_styles,
)
from .plan_data import ActionPlan, build_plan

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
# Territories whose offices use US Letter paper; everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "SV", "NI", "PA", "DO", "BZ"}
)
_TERRITORY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")


def page_size_for_territory(territory: str | None) -> str:
    """``"Letter"`` for the Americas' letter-paper countries, else ``"A4"``."""
    return "Letter" if (territory or "").upper() in LETTER_TERRITORIES else "A4"


# Windows names its locales "English_United States.1252": the letter-paper ones.
_WINDOWS_LETTER = ("united states", "canada", "mexico", "philippines", "chile", "colombia",
                   "venezuela", "puerto rico", "guatemala", "costa rica", "el salvador",
                   "nicaragua", "panama", "dominican republic", "belize")  # fmt: skip


def _is_c(value: str) -> bool:
    return value in ("C", "POSIX") or value.startswith("C.")


def locale_page_size() -> str:
    """The paper of the user's locale: A4 unless its territory uses US Letter.

    The environment decides (LC_ALL, LC_PAPER, LANG; the C and POSIX locales name no
    territory, so they mean A4). Python's ``locale.getlocale()`` is not asked on
    Linux: 3.11 reads C.UTF-8 (which Python itself sets when LANG is missing) as
    en_US. Windows keeps its locale outside the environment, so it is asked there.
    """
    for value in (os.environ.get(name) for name in ("LC_ALL", "LC_PAPER", "LANG")):
        if value and not _is_c(value):
            found = _TERRITORY.match(value)
            return page_size_for_territory(found.group(1) if found else None)
    if sys.platform == "win32":
        try:
            name = (locale.getlocale()[0] or "").lower()
        except ValueError:
            name = ""
        if any(f"_{country}" in name for country in _WINDOWS_LETTER):
            return "Letter"
    return "A4"


def resolve_page_size(page_size: str | None) -> tuple[str, tuple[float, float]]:
    name = locale_page_size() if page_size is None else str(page_size).strip()
    key = name.upper().replace("US", "").replace(" ", "").replace("-", "")
    if key not in PAGE_SIZES:
        raise InvalidInput(
            _("Unknown page size “{size}”: use A4 or Letter.").format(size=page_size)
        )
    return ("A4" if key == "A4" else "Letter"), PAGE_SIZES[key]


def _decorate(canvas: Canvas, plan: ActionPlan, styles, total: int) -> None:
    """Running header (from page 2) and footer (every page)."""
    if canvas.getPageNumber() > 1:
        when = long_date(plan.session.date)
        draw_running_header(canvas, plan.session.title, when, styles.regular, styles.bold)
    draw_footer(
        canvas,
        total,
        y=FOOTER_Y,
        what=_("Action plan"),
        book_name=plan.book_name,
        printed=plan.printed,
        regular=styles.regular,
        bold=styles.bold,
        name_room=lambda line, page: (line - page - 24) * 0.6,
    )


def build_story(plan: ActionPlan, styles, width: float) -> list:
    story = [
        *sections.cover(plan, styles, width),
        *sections.key_figures(plan, styles, width),
        Spacer(1, 6),
        *sections.actions(plan, styles, width),
        *sections.obstacles(plan, styles, width),
        *sections.hero_stories(plan, styles, width),
        *sections.follow_up(plan, styles, width),
        *sections.appendix(plan, styles, width),
    ]
    return story


@in_language(lambda plan, *_args, **_kwargs: plan.session.language)
def render_plan(
    plan: ActionPlan, path: str | os.PathLike[str], page_size: str | None = None
) -> Path:
    """Lay out *plan* into a PDF at *path* (written atomically)."""
    _name, size = resolve_page_size(page_size)
    styles = make_styles()
    target = Path(path)
    session = plan.session
    with atomic_target(target) as temp, _binary_streams():
        doc = page_document(
            str(temp),
            size,
            title=plan.title,
            author=session.facilitator or plan.book_name,
            subject=_("Action plan of the session of {date}, {book}").format(
                date=long_date(session.date), book=plan.book_name
            ),
            keywords=[_("action plan"), _("workshop"), plan.book_name],
            lang=current_language().replace("_", "-"),
        )
        decorate = numbered_canvas(lambda canvas, total: _decorate(canvas, plan, styles, total))
        doc.build(build_story(plan, styles, doc.width), canvasmaker=decorate)
    return target


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII-85 layer (a 7-bit relic; 10 % of the time)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def write_action_plan(
    book: Book,
    session_id: int | str | None,
    path: str | os.PathLike[str],
    page_size: str | None = None,
    *,
    printed: Date | None = None,
) -> Path:
    """Write the session's action plan as a PDF; *page_size* ``None`` follows the locale.

    *session_id* may be ``"latest"``. Raises InvalidInput for an unknown session
    or page size, OSError when the file cannot be written.
    """
    plan = build_plan(book, session_id, printed)
    return render_plan(plan, path, page_size)
