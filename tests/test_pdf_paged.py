"""Long PDF tables laid out page by page: the same pages as reportlab's LongTable, in linear time.

The action plan's tables are :class:`PagedTable`s: each page gets a reportlab
table of only the rows that fit. These tests lay the same rows out both ways and
compare every page, so the look stays what it was (header row at the top of the
table and of each new page, never in the middle of a page; items kept together).
"""

from __future__ import annotations

import random
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from workshop.exports.pdf_paged import PagedTable
from workshop.exports.pdf_styles import ZEBRA, make_styles
from workshop.exports.pdf_tables import Column, TableBuilder, Text

WORDS = "guest desk queue call booking screen coffee umbrella taxi card wait key room".split()


def _builder(rows: int, seed: int = 3) -> TableBuilder:
    styles = make_styles()
    columns = [Column("No.", align="RIGHT", bold=True, fixed=24), Column("Idea text", 4.0),
               Column("Sort", fixed=70), Column("Dots", align="RIGHT", fixed=36)]  # fmt: skip
    table = TableBuilder(styles, columns, A4[0] - 100)
    rng = random.Random(seed)
    for n in range(rows):
        if n % 97 == 0:
            table.section_row(f"Theme {n // 97}")
        words = rng.randint(3, 400 if n % 150 == 7 else 40)  # now and then a very long card
        text = " ".join(rng.choice(WORDS) for _ in range(words))
        cell: object = Text(text, bold=True) if n % 11 == 0 else text
        table.add([n + 1, cell, "Delight idea", n % 7],
                  details=[(1, 3, Text("merged twice", label="Note"))] if n % 13 == 0 else None,
                  highlight=ZEBRA if n % 17 == 0 else None)  # fmt: skip
    return table


def _pages(story: list[Flowable], path: Path) -> list[str]:
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build(story)
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _long_table(paged: PagedTable) -> LongTable:
    shared = paged.shared
    table = LongTable(shared.rows, colWidths=shared.widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(shared.cmds)
    return table


def test_pages_are_those_of_reportlabs_long_table(tmp_path: Path) -> None:
    styles = make_styles()
    paged = _builder(700).build()
    assert isinstance(paged, PagedTable)
    intro = [Paragraph("Every contribution", styles.h1)]
    ours = _pages([*intro, paged], tmp_path / "paged.pdf")
    theirs = _pages([*intro, _long_table(paged)], tmp_path / "long.pdf")
    assert len(ours) > 20
    # The same words on every page (a row's one-line cells are one text object now, so
    # the order in which a reader extracts them within a row may differ).
    assert [sorted(page.split()) for page in ours] == [sorted(page.split()) for page in theirs]


def test_the_header_row_heads_each_page_and_only_there(tmp_path: Path) -> None:
    styles = make_styles()
    story = [Paragraph("Before the table", styles.body), _builder(400).build(),
             Paragraph("After the table", styles.body)]  # fmt: skip
    pages = _pages(story, tmp_path / "t.pdf")
    body = [p for p in pages if "guest" in p or "desk" in p]
    assert len(body) >= 10
    for text in body:
        assert text.count("Idea text") == 1
        after_title = text.split("Idea text", 1)[0]
        assert "guest" not in after_title and "Theme" not in after_title  # the header comes first
    assert "After the table" in pages[-1]


def test_a_table_that_fits_is_one_piece(tmp_path: Path) -> None:
    paged = _builder(5).build()
    pages = _pages([paged], tmp_path / "small.pdf")
    assert len(pages) == 1 and pages[0].count("Idea text") == 1
