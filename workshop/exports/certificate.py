"""A recognition certificate: one landscape page worth framing, for one hero story.

``write_certificate(book, story_id, employee, path)`` prints the employee's
name, the story in the customer's own words, when it happened and the session
where it was read out. Every string is drawn through the one text path of the
PDFs (:mod:`.pdf_text`: bidi order, a font per run, shaping), the employee's
name included; user text is never parsed as markup.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..book import Book
from ..errors import InvalidInput
from ..i18n import N_, _, in_language
from ..model import HeroType, Kind
from .files import atomic_target
from .fonts import REGULAR, register_fonts
from .formatting import long_date, slug
from .pdf import resolve_page_size
from .pdf_text import draw_line
from .text_layout import measure, one_line, wrap

PAPER = colors.HexColor("#FBF8F1")
NAVY = colors.HexColor("#1E3A5F")
GOLD = colors.HexColor("#B8923A")
GOLD_LIGHT = colors.HexColor("#E9DDBF")
INK = colors.HexColor("#22262B")
MUTED = colors.HexColor("#6B6557")

CITATIONS = {
    HeroType.ROUTINE: N_(
        "for delighting a customer in an everyday moment, in the customer's own words:"
    ),
    HeroType.RECOVERY: N_(
        "for turning a customer's bad moment around, in the customer's own words:"
    ),
}


@dataclass(frozen=True)
class CertificateText:
    employee: str
    story: str
    customer: str | None
    day: str  # ISO date the story happened (or was logged)
    session_title: str
    session_date: str
    hero_type: HeroType
    book_name: str
    language: str | None = None  # the session's language (None: the app's)


def certificate_text(book: Book, story_id: int, employee: str | None = None) -> CertificateText:
    story = book.contributions.get(story_id)
    if story.kind is not Kind.HERO:
        raise InvalidInput(_("A certificate is printed for a hero story."))
    name = (employee or "").strip() or (story.credited[0] if story.credited else "")
    if not name:
        raise InvalidInput(
            _("Credit an employee in this hero story before printing a certificate.")
        )
    session = book.sessions.get(story.session_id)
    return CertificateText(
        employee=name,
        story=story.text,
        customer=story.customer,
        day=story.story_date or story.created_at[:10],
        session_title=session.title,
        session_date=session.date,
        hero_type=story.hero_type or HeroType.ROUTINE,
        book_name=book.name,
        language=session.language,
    )


def default_certificate_name(text: CertificateText) -> str:
    return f"certificate-{slug(text.employee, 32)}-{text.day}.pdf"


def _centred(canvas: Canvas, text: str, cx: float, y: float, font: str, size: float) -> None:
    draw_line(canvas, cx, y, text, font, size, align="centre")


def _fit_name(name: str, width: float, font: str) -> tuple[str, float]:
    for size in (44, 40, 36, 32, 28, 24):
        if measure(" ".join(name.split()), font, size) <= width:
            return " ".join(name.split()), size
    return one_line(name, width, font, 24), 24


def _fit_story(story: str, width: float, height: float, font: str) -> tuple[list[str], float]:
    """The story's lines at the largest size that fits the box (cut with … if it never does)."""
    for size in (17, 16, 15, 14, 13, 12, 11, 10, 9.5, 9):
        lines = wrap(story, width, font, size)
        if len(lines) * size * 1.45 <= height:
            return lines, size
    size = 9
    keep = max(1, int(height // (size * 1.45)))
    lines = wrap(story, width, font, size)[:keep]
    lines[-1] = one_line(lines[-1] + " …", width, font, size)
    return lines, size


def _frame(canvas: Canvas, width: float, height: float) -> None:
    canvas.setFillColor(PAPER)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(5)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.rect(14 * mm, 14 * mm, width - 28 * mm, height - 28 * mm)
    canvas.setLineWidth(0.4)
    canvas.rect(15.5 * mm, 15.5 * mm, width - 31 * mm, height - 31 * mm)
    canvas.setFillColor(GOLD)
    for x, y in ((14, 14), (14, -14), (-14, 14), (-14, -14)):
        cx = x * mm if x > 0 else width + x * mm
        cy = y * mm if y > 0 else height + y * mm
        path = canvas.beginPath()
        r = 4.2 * mm
        path.moveTo(cx, cy + r)
        path.lineTo(cx + r, cy)
        path.lineTo(cx, cy - r)
        path.lineTo(cx - r, cy)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _seal(canvas: Canvas, cx: float, cy: float, font: str) -> None:
    """A gold rosette with a star: the certificate's seal."""
    canvas.setFillColor(GOLD)
    points = 24
    path = canvas.beginPath()
    for i in range(points * 2):
        r = (17 if i % 2 == 0 else 15.2) * mm
        angle = math.pi * i / points
        px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
        path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(NAVY)
    canvas.circle(cx, cy, 13.6 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(GOLD_LIGHT)
    canvas.setLineWidth(0.6)
    canvas.circle(cx, cy, 12.4 * mm, stroke=1, fill=0)
    star = canvas.beginPath()
    for i in range(10):
        r = (6.2 if i % 2 == 0 else 2.6) * mm
        angle = math.pi / 2 + math.pi * i / 5
        px, py = cx + r * math.cos(angle), cy + 2.2 * mm + r * math.sin(angle)
        star.moveTo(px, py) if i == 0 else star.lineTo(px, py)
    star.close()
    canvas.setFillColor(GOLD_LIGHT)
    canvas.drawPath(star, stroke=0, fill=1)
    draw_line(canvas, cx, cy - 7.4 * mm, "DELIGHT", font, 6.2, align="centre")  # the brand


def _footer_block(canvas: Canvas, x: float, y: float, w: float, value: str, caption: str,
                  fonts) -> None:  # fmt: skip
    value = one_line(value, w, fonts.regular, 11.5)
    canvas.setFillColor(INK)
    _centred(canvas, value, x + w / 2, y + 3 * mm, fonts.regular, 11.5)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.6)
    canvas.line(x, y, x + w, y)
    canvas.setFillColor(MUTED)
    draw_line(canvas, x + w / 2, y - 4.5 * mm, caption, fonts.regular, 8, align="centre")


@in_language(lambda text, *_args, **_kwargs: text.language)
def render_certificate(
    text: CertificateText, path: str | os.PathLike[str], page_size: str | None = None
) -> Path:
    _name, size = resolve_page_size(page_size)
    width, height = landscape(size)
    fonts = register_fonts()
    target = Path(path)
    with atomic_target(target) as temp:
        # initialFontName: else the page names an unused, non-embedded Helvetica.
        canvas = Canvas(str(temp), pagesize=(width, height), pageCompression=1,
                        initialFontName=REGULAR)  # fmt: skip
        canvas.setTitle(_("Certificate of recognition: {name}").format(name=text.employee))
        canvas.setAuthor(text.book_name)
        canvas.setSubject(_("Hero story of {date}").format(date=long_date(text.day)))
        canvas.setCreator(f"Delight Workshop {__version__}")
        _frame(canvas, width, height)
        cx = width / 2
        inner = width - 2 * 34 * mm

        y = height - 34 * mm
        canvas.setFillColor(GOLD)
        draw_line(canvas, cx, y, "D E L I G H T   W O R K S H O P", fonts.bold, 9, align="centre")
        y -= 15 * mm
        canvas.setFillColor(NAVY)
        _centred(canvas, _("Certificate of Recognition"), cx, y, fonts.bold, 30)
        y -= 10 * mm
        canvas.setFillColor(MUTED)
        _centred(canvas, _("proudly presented to"), cx, y, fonts.regular, 11)

        name, name_size = _fit_name(text.employee, inner, fonts.bold)
        y -= name_size + 2 * mm
        canvas.setFillColor(INK)
        _centred(canvas, name, cx, y, fonts.bold, name_size)
        y -= 6.5 * mm
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1.1)
        canvas.line(cx - 55 * mm, y, cx + 55 * mm, y)
        canvas.setFillColor(GOLD)
        canvas.circle(cx, y, 1.2 * mm, stroke=0, fill=1)
        y -= 7.5 * mm
        canvas.setFillColor(MUTED)
        citation = _(CITATIONS[text.hero_type])
        _centred(canvas, citation, cx, y, fonts.regular, 10.5)

        # The story, between large gold quotation marks, in the space left above the footer.
        top, bottom = y - 7 * mm, 62 * mm
        box_width = inner - 30 * mm
        lines, story_size = _fit_story(text.story, box_width, top - bottom - 12 * mm, fonts.regular)
        leading = story_size * 1.45
        block = len(lines) * leading
        line_y = top - (top - bottom - 12 * mm - block) / 2 - story_size
        canvas.setFillColor(GOLD)
        draw_line(canvas, cx - box_width / 2 - 12 * mm, line_y - 14, "\u201c", fonts.bold, 46)
        first_line_y = line_y
        canvas.setFillColor(INK)
        for line in lines:
            _centred(canvas, line, cx, line_y, fonts.regular, story_size)
            line_y -= leading
        canvas.setFillColor(GOLD)
        close_y = min(first_line_y, line_y + leading) - 14
        draw_line(canvas, cx + box_width / 2 + 2 * mm, close_y, "\u201d", fonts.bold, 46)
        attribution = "\u2014 " + (text.customer or _("a customer"))
        attribution = one_line(attribution, box_width, fonts.regular, 10.5)
        canvas.setFillColor(MUTED)
        _centred(canvas, attribution, cx, line_y - 2 * mm, fonts.regular, 10.5)

        block_w = 80 * mm
        _footer_block(canvas, 38 * mm, 36 * mm, block_w, long_date(text.day), _("Date"), fonts)
        read_out = _("Read out at the session of {date}").format(date=long_date(text.session_date))
        _footer_block(canvas, width - 38 * mm - block_w, 36 * mm, block_w, text.session_title,
                      read_out, fonts)  # fmt: skip
        _seal(canvas, cx, 40 * mm, fonts.bold)
        canvas.showPage()
        canvas.save()
    return target


def write_certificate(
    book: Book,
    story_id: int,
    path: str | os.PathLike[str],
    employee: str | None = None,
    page_size: str | None = None,
) -> Path:
    """Print the certificate of *employee* (default: first credited) for hero story *story_id*."""
    return render_certificate(certificate_text(book, story_id, employee), path, page_size)
