"""The recovery playbook in the book: named, undoable operations that outlive sessions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop import schema
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.journal import Change
from workshop.playbook import Outcome, fix_within_text
from workshop.templates import create_session_from


@pytest.fixture
def recovery(book: Book) -> tuple[int, int, int, int]:
    """A recovery session: two mishaps, two recoveries for the first, in one theme."""
    sid = create_session_from(book, "recovery-playbook")
    late = book.contributions.add(sid, "obstacle", "Room not ready at check-in")
    noisy = book.contributions.add(sid, "obstacle", "Noisy room")
    tea = book.contributions.add(sid, "delight", "Sorry, a drink at the bar while you wait")
    upgrade = book.contributions.add(sid, "delight", "Free upgrade when one is free")
    book.contributions.set_theme([late, tea, upgrade], book.themes.create(sid, "Arrival"))
    assert noisy
    return sid, late, tea, upgrade


def test_migration_adds_the_playbook_tables_and_is_listed(book_path: Path, book: Book) -> None:
    assert "m002_recovery_playbook" in schema.MIGRATION_NAMES
    tables = {r[0] for r in book.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"playbook_entries", "playbook_sources", "playbook_uses"} <= tables
    version = book.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.SCHEMA_VERSION


def test_entry_keeps_every_field_and_where_it_came_from(book: Book, recovery) -> None:
    sid, late, tea, upgrade = recovery
    eid = book.playbook.add(
        "  Room not ready at check-in ",
        apology="We are sorry: your room is not ready yet.",
        fix="Store the bags, text the guest when the room is ready",
        fix_by="Front desk",
        fix_hours=2,
        extra="A drink at the bar <b>on us</b>",
        authoriser="Shift lead",
        spend_limit="£15",
        session_id=sid,
        contribution_id=late,
        source_ids=[tea, upgrade],
    )
    with Book.open(book.path) as other:
        entry = other.playbook.get(eid)
    assert entry.mishap == "Room not ready at check-in"
    assert entry.extra == "A drink at the bar <b>on us</b>"
    assert entry.fix_within == "within 2 hours"
    assert entry.who_authorises == "Shift lead, up to £15"
    assert (entry.session_id, entry.contribution_id, entry.source_ids) == (
        sid,
        late,
        (tea, upgrade),
    )
    assert book.playbook.entry_for_card(late).id == eid


def test_bad_input_is_refused_with_one_line_and_nothing_written(book: Book) -> None:
    with pytest.raises(InvalidInput, match="mishap cannot be empty"):
        book.playbook.add("   ")
    with pytest.raises(InvalidInput, match="number of hours"):
        book.playbook.add("Lost key", fix_hours="soon")
    with pytest.raises(InvalidInput, match="between 1 hour"):
        book.playbook.add("Lost key", fix_hours=0)
    assert book.playbook.list() == []


def test_every_change_is_one_undoable_named_operation(book: Book) -> None:
    seen: list[Change] = []
    book.subscribe(seen.append)
    eid = book.playbook.add("Wrong order", apology="Sorry")
    book.playbook.edit(eid, fix="Remake it at once", fix_hours=1)
    use = book.playbook.record_use(eid, "2026-11-19")
    book.playbook.review_use(use, "worked", "Guest came back")
    assert [c.label for c in seen] == [
        "Add playbook entry",
        "Edit playbook entry",
        "Record playbook use",
        "Review playbook use",
    ]
    assert book.playbook.get_use(use).outcome is Outcome.WORKED
    book.undo()
    assert book.playbook.get_use(use).outcome is None
    book.undo()
    assert book.playbook.uses(eid) == []
    book.undo()
    assert book.playbook.get(eid).fix is None
    book.redo()
    assert book.playbook.get(eid).fix == "Remake it at once"
    book.playbook.delete(eid)
    assert book.playbook.list() == []
    book.undo()
    assert book.playbook.get(eid).fix == "Remake it at once"


def test_records_count_uses_and_how_they_went(book: Book) -> None:
    first = book.playbook.add("Wrong order")
    second = book.playbook.add("Long wait")
    for outcome in ("worked", "worked", "failed", None):
        book.playbook.record_use(first, "2026-11-10", outcome=outcome)
    records = {r.entry.id: r for r in book.playbook.records()}
    assert (records[first].uses, records[first].worked, records[first].failed) == (4, 2, 1)
    assert records[first].how_it_went == "4 uses: 2 worked, 1 did not work, 1 not reviewed"
    assert records[second].how_it_went == "not used yet"
    book.playbook.move(second, 0)
    assert [e.id for e in book.playbook.list()] == [second, first]


def test_a_use_in_the_future_is_refused(book: Book) -> None:
    eid = book.playbook.add("Wrong order")
    with pytest.raises(InvalidInput, match="future"):
        book.playbook.record_use(eid, "2099-01-01")


def test_entries_outlive_the_session_and_cards_they_came_from(book: Book, recovery) -> None:
    sid, late, tea, _upgrade = recovery
    eid = book.playbook.add("Room not ready", session_id=sid, contribution_id=late,
                            source_ids=[tea])  # fmt: skip
    book.contributions.delete(tea)
    assert book.playbook.get(eid).source_ids == ()
    book.sessions.delete(sid)
    entry = book.playbook.get(eid)
    assert (entry.session_id, entry.contribution_id) == (None, None)
    book.undo()
    book.undo()
    entry = book.playbook.get(eid)
    assert (entry.session_id, entry.contribution_id, entry.source_ids) == (sid, late, (tea,))
    assert book.integrity_ok()
    assert book.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_recoveries_for_a_mishap_come_from_its_theme(book: Book, recovery) -> None:
    _sid, late, tea, upgrade = recovery
    mishap = book.contributions.get(late)
    assert {c.id for c in book.playbook.recoveries_for(mishap)} == {tea, upgrade}


def test_find_by_number_or_words(book: Book) -> None:
    book.playbook.add("Wrong order")
    second = book.playbook.add("Long wait")
    assert book.playbook.find("2").id == second
    assert book.playbook.find("#2").id == second
    assert book.playbook.find("long WAIT").id == second
    assert book.playbook.find("9") is None


@pytest.mark.parametrize(
    ("hours", "text"), [(1, "within an hour"), (4, "within 4 hours"), (24, "within a day"),
                        (72, "within 3 days"), (None, "")]
)  # fmt: skip
def test_fix_within_reads_naturally(hours: int | None, text: str) -> None:
    assert fix_within_text(hours) == text


def test_a_first_format_book_gets_an_empty_playbook(tmp_path: Path) -> None:
    import shutil

    fixture = Path(__file__).parent / "fixtures" / "format1.dwbook"
    path = tmp_path / "old.dwbook"
    shutil.copyfile(fixture, path)
    with Book.open(path) as book:
        assert book.playbook.list() == []
        book.playbook.add("Wrong order")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM playbook_entries").fetchone()[0] == 1
    conn.close()
