"""Pocket cards of the recovery playbook: credit-card size (85.6 × 54 mm), as many as
fit on the sheet (10 on A4, 8 on Letter), with cut marks in the margins.

Each card: the mishap, then what to say, the fix, the extra and who can authorise
it. Text is drawn line by line through the shared helpers (:func:`.text_layout.wrap`
for scripts and right-to-left lines, :func:`.pdf_text.draw_line` for fonts per run and shaping);
a card whose text does not fit shrinks its type, then ends a field with "…".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..book import Book
from ..i18n import N_, _
from .files import atomic_target
from .fonts import register_fonts
from .formatting import long_date
from .pdf import _binary_streams as binary_streams  # shared with the action plan
from .pdf import resolve_page_size
from .pdf_styles import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, WHITE
from .pdf_text import draw_line, line_width
from .playbook_data import PlaybookDoc, PlaybookItem, build_playbook
from .text_layout import is_rtl, one_line, wrap

CARD_W = 85.6 * mm  # ISO/IEC 7810 ID-1, a credit card
CARD_H = 53.98 * mm
MIN_MARGIN = 10 * mm  # printers cannot print to the edge
PAD = 3.2 * mm
LABEL_W = 15 * mm
SIZES = (8.2, 7.6, 7.0, 6.5, 6.0, 5.6)  # the body type, largest that fits first
TITLE_SIZES = (10.0, 9.2, 8.4, 7.6)
MAX_TITLE_LINES = 3
FIELD_GAP = 0.5  # between two fields, in lines
NUMBER_W = 8 * mm  # "12/40" at the top right of a card
MARK = 5 * mm  # length of a cut mark
MARK_GAP = 1.5 * mm  # cut marks stop short of the cards
LABELS = (N_("Say"), N_("Fix"), N_("Extra"), N_("OK'd by"))


@dataclass(frozen=True)
class Sheet:
    columns: int
    rows: int
    left: float
    bottom: float  # of the lowest row of cards

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


def sheet_for(page: tuple[float, float]) -> Sheet:
    width, height = page
    columns = int((width - 2 * MIN_MARGIN) // CARD_W)
    rows = int((height - 2 * MIN_MARGIN) // CARD_H)
    left = (width - columns * CARD_W) / 2
    bottom = (height - rows * CARD_H) / 2 + 3 * mm  # a little more room for the footer
    return Sheet(columns, rows, left, bottom)


def card_fields(item: PlaybookItem) -> list[str]:
    entry = item.record.entry
    detail = ", ".join(
        part for part in (f"by {entry.fix_by}" if entry.fix_by else "", entry.fix_within) if part
    )
    fix = f"{entry.fix} ({detail})" if entry.fix and detail else (entry.fix or detail)
    return [entry.apology or "", fix or "", entry.extra or "", entry.who_authorises]


@dataclass(frozen=True)
class CardText:
    size: float
    title_size: float
    title: list[str]
    fields: list[list[str]]  # lines of each field, in LABELS order


def _cut(lines: list[str], keep: int, width: float, font: str, size: float) -> list[str]:
    if len(lines) <= keep:
        return lines
    kept = lines[:keep]
    kept[-1] = one_line(f"{kept[-1]} {lines[keep]}", width, font, size)  # ends with "…"
    return kept


def lay_out_card(item: PlaybookItem, regular: str, bold: str) -> CardText:
    """The card's lines in the largest type that fits; at the smallest, long fields end in …

    The mishap gets up to two lines in the largest title size that holds it; the
    body then takes the largest size that fits the room left.
    """
    inner_w = CARD_W - 2 * PAD
    title_w = inner_w - NUMBER_W
    text_w = inner_w - LABEL_W
    mishap = item.record.entry.mishap
    for title_size in TITLE_SIZES:
        title = wrap(mishap, title_w, bold, title_size) or [""]
        if len(title) <= 2:
            break
    title = _cut(title, MAX_TITLE_LINES, title_w, bold, title_size)  # the smallest size: 3
    texts = card_fields(item)
    room = CARD_H - PAD - band_height(len(title), title_size) - 2.6 * mm
    for size in SIZES:
        fields = [wrap(t, text_w, regular, size) if t else ["–"] for t in texts]
        leading = size * 1.22
        capacity = int((room - (len(fields) - 1) * leading * FIELD_GAP) // leading)
        if sum(len(f) for f in fields) <= capacity:
            return CardText(size, title_size, title, fields)
    counts = [len(f) for f in fields]
    while sum(counts) > max(capacity, len(counts)):
        widest = max(range(len(counts)), key=lambda i: counts[i])
        counts[widest] -= 1
    cut = [_cut(f, n, text_w, regular, size) for f, n in zip(fields, counts, strict=True)]
    return CardText(size, title_size, title, cut)


def band_height(lines: int, title_size: float) -> float:
    return lines * title_size * 1.18 + 2.4 * mm + PAD / 2


def _line(canvas: Canvas, text: str, source: str, x: float, y: float, width: float,
          font: str, size: float) -> None:  # fmt: skip
    if is_rtl(source):
        x += width - line_width(text, font, size)
    draw_line(canvas, x, y, text, font, size)


def draw_card(
    canvas: Canvas, item: PlaybookItem, total: int, x: float, y: float, regular: str, bold: str
) -> None:
    """One card with its lower-left corner at (x, y)."""
    card = lay_out_card(item, regular, bold)
    size, title_size = card.size, card.title_size
    inner_w = CARD_W - 2 * PAD
    band_h = band_height(len(card.title), title_size)
    top = y + CARD_H
    canvas.saveState()
    canvas.setStrokeColor(RULE)  # a faint edge: the card reads as a card before it is cut
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    canvas.setFillColor(ACCENT)
    canvas.rect(x, top - band_h, CARD_W, band_h, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    line_y = top - PAD / 2 - 1.2 * mm - title_size * 0.9
    title_w = inner_w - NUMBER_W
    for line in card.title:
        _line(canvas, line, item.record.entry.mishap, x + PAD, line_y, title_w, bold, title_size)
        line_y -= title_size * 1.18
    draw_line(
        canvas, x + CARD_W - PAD, top - PAD / 2 - 1.2 * mm - 5.6, f"{item.number}/{total}",
        regular, 5.6, align="right",
    )  # fmt: skip
    leading = size * 1.22
    line_y = top - band_h - 2.6 * mm - size * 0.2
    texts = card_fields(item)
    for label, lines, source in zip(LABELS, card.fields, texts, strict=True):
        canvas.setFillColor(ACCENT)
        draw_line(canvas, x + PAD, line_y, _(label), bold, size - 0.6)  # Arabic labels shaped
        canvas.setFillColor(INK if source else MUTED)
        for line in lines:
            _line(canvas, line, source, x + PAD + LABEL_W, line_y, inner_w - LABEL_W, regular, size)
            line_y -= leading
        line_y -= leading * FIELD_GAP
        if label != LABELS[-1]:  # a hairline between fields, midway in the gap
            rule_y = line_y + leading * 0.96
            canvas.setStrokeColor(ACCENT_LIGHT)
            canvas.setLineWidth(0.5)
            canvas.line(x + PAD, rule_y, x + CARD_W - PAD, rule_y)
    canvas.restoreState()


def draw_cut_marks(canvas: Canvas, sheet: Sheet, rows: int) -> None:
    """Short lines in the margins where every edge of the cards (the top *rows*) is cut."""
    right = sheet.left + sheet.columns * CARD_W
    top = sheet.bottom + sheet.rows * CARD_H
    bottom = top - rows * CARD_H
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.35)
    for c in range(sheet.columns + 1):
        x = sheet.left + c * CARD_W
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK)
        canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK)
    for r in range(rows + 1):
        y = bottom + r * CARD_H
        canvas.line(sheet.left - MARK_GAP - MARK, y, sheet.left - MARK_GAP, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK, y)
    canvas.restoreState()


def render_cards(
    doc: PlaybookDoc, path: str | os.PathLike[str], page_size: str | None = None
) -> Path:
    _name, page = resolve_page_size(page_size)
    regular, bold = register_fonts()
    sheet = sheet_for(page)
    total = len(doc.items)
    sheets = -(-total // sheet.per_sheet)
    target = Path(path)
    with atomic_target(target) as temp, binary_streams():
        canvas = Canvas(str(temp), pagesize=page, pageCompression=1)
        canvas.setCreator(f"Delight Workshop {__version__}")
        canvas.setTitle(_("Recovery cards: {book}").format(book=doc.book_name))
        canvas.setAuthor(doc.book_name)
        canvas.setSubject(_("Pocket cards of the recovery playbook, to cut out"))
        for number in range(sheets):
            chunk = doc.items[number * sheet.per_sheet : (number + 1) * sheet.per_sheet]
            for index, item in enumerate(chunk):
                column, row = index % sheet.columns, index // sheet.columns
                x = sheet.left + column * CARD_W
                y = sheet.bottom + (sheet.rows - 1 - row) * CARD_H
                draw_card(canvas, item, total, x, y, regular, bold)
            draw_cut_marks(canvas, sheet, -(-len(chunk) // sheet.columns))
            _footer(canvas, doc, sheet, number + 1, sheets, regular)
            canvas.showPage()
        canvas.save()
    return target


def _footer(canvas: Canvas, doc: PlaybookDoc, sheet: Sheet, number: int, total: int,
            regular: str) -> None:  # fmt: skip
    width = canvas._pagesize[0]
    y = 6 * mm
    canvas.saveState()
    canvas.setFillColor(MUTED)
    tail = " · " + _("printed {date} · sheet {number} of {total} · cut along the marks").format(
        date=long_date(doc.printed), number=number, total=total
    )
    room = width - 2 * sheet.left - line_width(tail, regular, 7) - 90
    name = one_line(doc.book_name, max(room, 40), regular, 7)
    draw_line(
        canvas, sheet.left, y, _("Recovery cards · {book}").format(book=name) + tail, regular, 7
    )
    canvas.restoreState()


def write_playbook_cards(
    book: Book, path: str | os.PathLike[str], page_size: str | None = None,
    *, printed: Date | None = None,
) -> Path:  # fmt: skip
    """The book's playbook as pocket cards to cut out; *page_size* None follows the locale."""
    return render_cards(build_playbook(book, printed), path, page_size)
