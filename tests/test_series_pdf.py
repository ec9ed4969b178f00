"""The whole book's open actions as one PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from workshop.book import Book
from workshop.exports.open_actions_pdf import write_open_actions


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_open_actions_pdf_lists_every_open_action_by_session(book: Book, tmp_path: Path) -> None:
    october = book.sessions.create("October review", date="2026-10-01")
    november = book.sessions.create("November ideas", date="2026-11-01")
    book.actions.plan(october, "Fix <b>the</b> door", owner="Facilities", due="2026-10-15",
                      help_needed="Budget for a lock")  # fmt: skip
    done = book.actions.plan(october, "Already done action")
    book.actions.set_status(done, "done")
    progress = book.actions.plan(november, "Name badges for everyone", owner="Ann")
    book.actions.set_status(progress, "in_progress", due="2026-12-20")
    path = write_open_actions(book, tmp_path / "open.pdf", page_size="A4", today=date(2026, 12, 1))
    text = _text(path)
    assert "2 open actions from 2 sessions" in text
    assert "Fix <b>the</b> door" in text and "Budget for a lock" in text
    assert "47 days late" in text
    assert "Name badges for everyone" in text and "In progress" in text
    assert "Already done action" not in text
    assert text.index("October review") < text.index("November ideas")


def test_hundreds_of_open_actions_make_a_long_but_complete_pdf(book: Book, tmp_path) -> None:
    sid = book.sessions.create("Big book", date="2026-01-01")
    with book.operation("Bulk") as tx:
        for n in range(300):
            tx.insert("actions", {"session_id": sid, "position": n, "what": f"Action number {n}",
                                  "status": "open", "created_at": f"2026-01-01T09:{n % 60:02d}"})  # fmt: skip
    reader = PdfReader(write_open_actions(book, tmp_path / "big.pdf", today=date(2026, 2, 1)))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) > 3
    assert "Action number 0" in text and "Action number 299" in text
