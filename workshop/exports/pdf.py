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
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from .. import __version__
from ..book import Book
from ..errors import InvalidInput
from . import pdf_sections as sections
from .files import atomic_target
from .fonts import draw_runs
from .formatting import long_date
from .pdf_styles import (
    ACCENT,
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    make_styles,
)
from .plan_data import ActionPlan, build_plan
from .text_layout import one_line

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
# Territories whose offices use US Letter paper; everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "SV", "NI", "PA", "DO", "BZ"}
)
_TERRITORY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")


def page_size_for_territory(territory: str | None) -> str:
    """``"Letter"`` for the Americas' letter-paper countries, else ``"A4"``."""
    return "Letter" if (territory or "").upper() in LETTER_TERRITORIES else "A4"


def locale_page_size() -> str:
    """The paper of the user's locale (LC_ALL, LC_PAPER, LANG, then Python's locale)."""
    candidates = [os.environ.get(name) for name in ("LC_ALL", "LC_PAPER", "LANG")]
    try:
        candidates.append(locale.getlocale()[0])
    except ValueError:
        pass
    for value in candidates:
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            found = _TERRITORY.match(value)
            if found:
                return page_size_for_territory(found.group(1))
    return "A4"


def resolve_page_size(page_size: str | None) -> tuple[str, tuple[float, float]]:
    name = locale_page_size() if page_size is None else str(page_size).strip()
    key = name.upper().replace("US", "").replace(" ", "").replace("-", "")
    if key not in PAGE_SIZES:
        raise InvalidInput(f"Unknown page size “{page_size}”: use A4 or Letter.")
    return ("A4" if key == "A4" else "Letter"), PAGE_SIZES[key]


class _PlanDocument(BaseDocTemplate):
    def __init__(self, filename: str, plan: ActionPlan, pagesize, styles) -> None:
        session = plan.session
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=plan.title,
            author=session.facilitator or plan.book_name,
            subject=f"Action plan of the session of {long_date(session.date)}, {plan.book_name}",
            creator=f"Delight Workshop {__version__}",
            keywords=["action plan", "workshop", plan.book_name],
            lang="en",
        )
        self.plan = plan
        self.styles = styles
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        self.addPageTemplates([PageTemplate("page", [frame])])


def _canvas_class(plan: ActionPlan, styles):
    """A canvas that holds pages back until the end, so the footer knows the page count."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, plan, styles, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, plan: ActionPlan, styles, total: int) -> None:
    """Running header (from page 2) and footer (every page)."""
    width, height = canvas._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    number = canvas.getPageNumber()
    canvas.saveState()
    if number > 1:
        y = height - MARGIN_TOP + 14
        when = long_date(plan.session.date)
        canvas.setFont(styles.regular, 7.8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, y, when)
        date_width = canvas.stringWidth(when, styles.regular, 7.8)
        title = one_line(plan.session.title, right - left - date_width - 24, styles.bold, 8.4)
        canvas.setFillColor(ACCENT)
        draw_runs(canvas, left, y, title, styles.bold, 8.4)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y - 5, right, y - 5)
    y = FOOTER_Y
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, y + 10, right, y + 10)
    canvas.setFillColor(MUTED)
    page = f"Page {number} of {total}"
    canvas.setFont(styles.bold, 7.6)
    canvas.drawRightString(right, y, page)
    room = right - left - canvas.stringWidth(page, styles.bold, 7.6) - 24
    book = one_line(plan.book_name, room * 0.6, styles.regular, 7.6)
    end = draw_runs(canvas, left, y, f"Action plan \u00b7 {book}", styles.regular, 7.6)
    canvas.setFont(styles.regular, 7.6)
    canvas.drawString(end, y, f" \u00b7 printed {long_date(plan.printed)}")
    canvas.restoreState()


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


def render_plan(
    plan: ActionPlan, path: str | os.PathLike[str], page_size: str | None = None
) -> Path:
    """Lay out *plan* into a PDF at *path* (written atomically)."""
    _name, size = resolve_page_size(page_size)
    styles = make_styles()
    target = Path(path)
    with atomic_target(target) as temp, _binary_streams():
        doc = _PlanDocument(str(temp), plan, size, styles)
        doc.build(build_story(plan, styles, doc.width), canvasmaker=_canvas_class(plan, styles))
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
