"""The action plan's look: one accent colour, a type scale, table styling, margins."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import register_fonts

# A restrained palette: deep teal accent, near-black ink, cool greys.
ACCENT = colors.HexColor("#1E5470")
ACCENT_LIGHT = colors.HexColor("#E7F0F4")
WARM = colors.HexColor("#B4532A")  # overdue, sparingly
INK = colors.HexColor("#1D252C")
MUTED = colors.HexColor("#5E6B75")
RULE = colors.HexColor("#D3DAE0")
ZEBRA = colors.HexColor("#F1F4F7")
WHITE = colors.white

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm
FOOTER_Y = 12 * mm

BODY_SIZE = 9.0
TABLE_SIZE = 8.4
TABLE_LEADING = 10.6
SMALL_SIZE = 7.4
HEADER_SIZE = 7.6
CELL_PAD_X = 4.5
CELL_PAD_Y = 3.0
MAX_LINES_PER_ROW = 10  # longer texts continue in the next row, so no row outgrows a page
KEEP_TOGETHER_LINES = 40  # an item's rows stay on one page up to this many lines
# Fixed widths (points) of short columns; text columns share the rest.
W_RANK = 24.0
W_DATE = 62.0
W_STATUS = 62.0
W_NUMBER = 36.0


@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    eyebrow: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    lead: ParagraphStyle
    body: ParagraphStyle
    theme: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_rtl: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    prompt_kind: ParagraphStyle
    prompt: ParagraphStyle


def make_styles() -> Styles:
    regular, bold = register_fonts()

    def style(name: str, **kw) -> ParagraphStyle:
        base = {
            "fontName": regular,
            "fontSize": BODY_SIZE,
            "leading": 12.5,
            "textColor": INK,
            "alignment": TA_LEFT,
            "splitLongWords": 1,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    cell = style("cell", fontSize=TABLE_SIZE, leading=TABLE_LEADING)
    return Styles(
        regular=regular,
        bold=bold,
        eyebrow=style("eyebrow", fontName=bold, fontSize=8.5, leading=11, textColor=ACCENT),
        title=style("title", fontName=bold, fontSize=22, leading=27, spaceAfter=4),
        meta=style("meta", fontSize=9.5, leading=13, textColor=MUTED),
        h1=style(
            "h1",
            fontName=bold,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h2=style("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4),
        lead=style("lead", fontSize=8.6, leading=12, textColor=MUTED, spaceAfter=7),
        body=style("body"),
        theme=style(
            "theme",
            fontName=bold,
            fontSize=9.6,
            leading=13,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        note=style("note", fontSize=8.6, leading=12, textColor=MUTED, spaceAfter=4),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_rtl=ParagraphStyle("cell_rtl", parent=cell, alignment=TA_RIGHT),
        figure=style("figure", fontName=bold, fontSize=20, leading=23, textColor=ACCENT),
        figure_label=style("figure_label", fontSize=7.6, leading=9.5, textColor=MUTED),
        prompt_kind=style("prompt_kind", fontName=bold, fontSize=7.6, leading=10, textColor=ACCENT),
        prompt=style("prompt", fontSize=9, leading=12.2),
    )


def table_commands(styles: Styles, header_rows: int = 1) -> list[tuple]:
    """The shared look of every table: accent header, hairlines, roomy cells, no grid."""
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.regular),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("LEADING", (0, 0), (-1, -1), TABLE_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 0.6),
    ]
    if header_rows:
        last = header_rows - 1
        cmds += [
            ("BACKGROUND", (0, 0), (-1, last), ACCENT),
            ("FONTNAME", (0, 0), (-1, last), styles.bold),
            ("TEXTCOLOR", (0, 0), (-1, last), WHITE),
            ("FONTSIZE", (0, 0), (-1, last), HEADER_SIZE),
            ("LEADING", (0, 0), (-1, last), HEADER_SIZE + 2),
            ("TOPPADDING", (0, 0), (-1, last), 4.2),
            ("BOTTOMPADDING", (0, 0), (-1, last), 4.2),
            ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
        ]
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT))
    return cmds
