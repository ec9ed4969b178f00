"""The recovery playbook as a PDF: one page a mishap, in type readable at arm's length.

Fonts, escaping and scripts come from the shared helpers (:mod:`.fonts`,
:mod:`.text_layout` through :func:`.pdf_sections.user_paragraph`), as in every
other PDF of the app.
"""

from __future__ import annotations

import os
from datetime import date as Date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from ..book import Book
from ..i18n import N_, _, current_language
from .files import atomic_target
from .pdf import _binary_streams as binary_streams  # shared with the action plan
from .pdf import resolve_page_size
from .pdf_page import draw_footer, numbered_canvas, page_document
from .pdf_sections import user_paragraph
from .pdf_styles import ACCENT, ACCENT_LIGHT, FOOTER_Y, INK, MUTED, Styles, make_styles
from .playbook_data import PlaybookDoc, PlaybookItem, build_playbook

# Arm's length: the mishap at 28 pt, what to do at 17 pt (a body text is 9 pt).
MISHAP_SIZE = 28.0
TEXT_SIZE = 17.0
LABEL_SIZE = 12.0
NOT_AGREED = N_("Not agreed yet: ask your shift lead.")


class _Large:
    def __init__(self, styles: Styles) -> None:
        def style(name: str, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, parent=styles.body, **kw)

        self.eyebrow = style("pb_eyebrow", fontName=styles.bold, fontSize=11, leading=14,
                             textColor=ACCENT)  # fmt: skip
        self.mishap = style("pb_mishap", fontName=styles.bold, fontSize=MISHAP_SIZE,
                            leading=MISHAP_SIZE * 1.2, textColor=INK, spaceAfter=6)  # fmt: skip
        self.label = style("pb_label", fontName=styles.bold, fontSize=LABEL_SIZE,
                           leading=LABEL_SIZE * 1.3, textColor=ACCENT)  # fmt: skip
        self.text = style("pb_text", fontSize=TEXT_SIZE, leading=TEXT_SIZE * 1.3, textColor=INK)
        self.missing = style("pb_missing", fontSize=TEXT_SIZE * 0.8,
                             leading=TEXT_SIZE * 1.1, textColor=MUTED)  # fmt: skip
        self.note = style("pb_note", fontSize=11, leading=15, textColor=MUTED)


def _step(label: str, text: str | None, large: _Large, width: float) -> Flowable:
    """A labelled block on a light band: "1  Apologise" over the words to say."""
    body = (
        user_paragraph(text, large.text, width - 24)
        if text
        else Paragraph(escape(_(NOT_AGREED)), large.missing)
    )
    block = Table(
        [[Paragraph(escape(label), large.label)], [body]],
        colWidths=[width],
        style=[
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, 0), 9),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 11),
            ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
        ],
    )
    return block


def _fix_text(item: PlaybookItem) -> str | None:
    entry = item.record.entry
    detail = " · ".join(
        part
        for part in (
            _("by {who}").format(who=entry.fix_by) if entry.fix_by else "",
            entry.fix_within,
        )
        if part
    )
    if entry.fix and detail:
        return f"{entry.fix}\n({detail})"
    return entry.fix or (detail.capitalize() if detail else None)


def entry_page(item: PlaybookItem, total: int, styles: Styles, width: float) -> list[Flowable]:
    large = _Large(styles)
    entry = item.record.entry
    out: list[Flowable] = [
        Paragraph(
            escape(
                _("Recovery playbook · mishap {number} of {total}").format(
                    number=item.number, total=total
                )
            ),
            large.eyebrow,
        ),
        Spacer(1, 4),
        user_paragraph(entry.mishap, large.mishap, width),
        Spacer(1, 10),
    ]
    steps = (
        ("1  " + _("Apologise"), entry.apology),
        ("2  " + _("Fix it"), _fix_text(item)),
        ("3  " + _("The unexpected extra"), entry.extra),
        (_("Who can authorise the extra"), entry.who_authorises or None),
    )
    for label, text in steps:
        out.append(KeepTogether([_step(label, text, large, width), Spacer(1, 10)]))
    notes = [item.origin, _("Used so far: {how}.").format(how=item.record.how_it_went)]
    out.append(Spacer(1, 6))
    out.append(user_paragraph("\n".join(n for n in notes if n), large.note, width))
    return out


def build_story(doc: PlaybookDoc, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    total = len(doc.items)
    for item in doc.items:
        if story:
            story.append(PageBreak())
        story.extend(entry_page(item, total, styles, width))
    return story


def render_playbook_pdf(
    doc: PlaybookDoc, path: str | os.PathLike[str], page_size: str | None = None
) -> Path:
    _name, size = resolve_page_size(page_size)
    styles = make_styles()
    target = Path(path)

    def decorate(canvas: Canvas, total: int) -> None:
        draw_footer(
            canvas, total, y=FOOTER_Y, what=_("Recovery playbook"), book_name=doc.book_name,
            printed=doc.printed, regular=styles.regular, bold=styles.bold,
            name_room=lambda line, page: (line - page - 24) * 0.6,
        )  # fmt: skip

    with atomic_target(target) as temp, binary_streams():
        pdf = page_document(
            str(temp),
            size,
            title=_("Recovery playbook: {book}").format(book=doc.book_name),
            author=doc.book_name,
            subject=_("What to do when a predictable mishap happens"),
            keywords=[_("recovery playbook"), _("workshop"), doc.book_name],
            lang=current_language().replace("_", "-"),
        )
        pdf.build(build_story(doc, styles, pdf.width), canvasmaker=numbered_canvas(decorate))
    return target


def write_playbook_pdf(
    book: Book, path: str | os.PathLike[str], page_size: str | None = None,
    *, printed: Date | None = None,
) -> Path:  # fmt: skip
    """The book's playbook as a PDF, a page per mishap; *page_size* None follows the locale."""
    return render_playbook_pdf(build_playbook(book, printed), path, page_size)
