"""What the workshop's multi-page PDFs share: the document (margins, one frame), a canvas
that knows the page count when it draws each page's decorations, and the footer line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .. import __version__
from ..i18n import _
from .fonts import REGULAR, register_fonts
from .formatting import long_date
from .pdf_styles import ACCENT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE
from .pdf_text import draw_line, line_width
from .text_layout import one_line


def page_document(filename: str, pagesize: tuple[float, float], **info: Any) -> BaseDocTemplate:
    """A document with the workshop's margins and one full-width frame; *info* is metadata."""
    register_fonts()
    doc = BaseDocTemplate(
        filename,
        initialFontName=REGULAR,  # else every page names an unused, non-embedded Helvetica
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        creator=f"Delight Workshop {__version__}",
        **info,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [frame])])
    return doc


def numbered_canvas(decorate: Callable[[Canvas, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so ``decorate(canvas, total)`` can
    write "Page X of Y" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_footer(
    canvas: Canvas,
    total: int,
    *,
    y: float,
    what: str,
    book_name: str,
    printed: Date,
    regular: str,
    bold: str,
    name_room: Callable[[float, float], float],
) -> None:
    """A rule, then "*what* · book · printed <date>" on the left and "Page X of Y" on the
    right; the book's name gets ``name_room(line width, width of "Page X of Y")``."""
    width, _height = canvas._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, y + 10, right, y + 10)
    canvas.setFillColor(MUTED)
    page = _("Page {page} of {total}").format(page=canvas.getPageNumber(), total=total)
    draw_line(canvas, right, y, page, bold, 7.6, align="right")
    room = name_room(right - left, line_width(page, bold, 7.6))
    name = one_line(book_name, room, regular, 7.6)
    printed_on = _("printed {date}").format(date=long_date(printed))
    draw_line(canvas, left, y, f"{what} \u00b7 {name} \u00b7 {printed_on}", regular, 7.6)
    canvas.restoreState()


def draw_running_header(
    canvas: Canvas, title: str, when: str, regular: str, bold: str, y: float | None = None
) -> None:
    """The header of every page but the first: the title on the left, the date on the
    right, a rule under them; both through the one text path (scripts, right to left)."""
    width, height = canvas._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    y = height - MARGIN_TOP + 14 if y is None else y
    canvas.saveState()
    canvas.setFillColor(MUTED)
    draw_line(canvas, right, y, when, regular, 7.8, align="right")
    room = right - left - line_width(when, regular, 7.8) - 24
    canvas.setFillColor(ACCENT)
    draw_line(canvas, left, y, one_line(title, room, bold, 8.4), bold, 8.4)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 5, right, y - 5)
    canvas.restoreState()
