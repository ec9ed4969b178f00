"""The roll-up's core: many books read-only, figures as in one book, skipped files, shared
obstacles grouped by similarity with the user's splits and merges kept beside the output."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.rollup_books import TODAY, checksums, make_region
from workshop import series
from workshop.book import Book
from workshop.errors import InvalidInput
from workshop.rollup import Decisions, roll_up, rollup_file
from workshop.rollup.pdf import write_rollup_pdf
from workshop.rollup.reading import read_consistently
from workshop.rollup.text_exports import render_rollup_markdown, shared_file, write_rollup_csv
from workshop.schema import SCHEMA_VERSION
from workshop.storage import backup_path

FIXTURE = Path(__file__).parent / "fixtures" / "format1.dwbook"


@pytest.fixture
def region(tmp_path: Path) -> Path:
    folder = tmp_path / "region"
    make_region(folder)
    return folder


def test_each_team_gets_the_figures_its_own_book_shows(region: Path) -> None:
    rollup = roll_up([region], today=TODAY)
    assert [t.team for t in rollup.teams] == ["East", "North", "South", "West"]
    assert rollup.skipped == []
    for team in rollup.teams:
        with Book.open(team.path) as book:
            open_items = series.follow_up(book, None, TODAY)
            assert team.actions_open == len(open_items)
            assert team.actions_overdue == sum(1 for i in open_items if i.overdue)
            board = series.board_stats(book.contributions.obstacles())
            assert team.obstacles_in_the_way == board.open + board.in_progress
            assert team.obstacles_total == board.total
            if board.median_days_to_removal is None:
                assert team.median_days_to_removal is None
            else:
                assert team.median_days_to_removal == pytest.approx(board.median_days_to_removal)
            ranked = series.recognition(book)[:3]
            assert [(r.employee, r.score) for r in team.recognition] == [
                (r.employee, r.score) for r in ranked
            ]
            held = [s for s in book.sessions.list() if s.date <= TODAY.isoformat()]
            assert team.sessions_held == len(held)
    south = rollup.team("South")
    assert south is not None
    # Routine delight counts double: Ann (one of each) ranks above Bo (one recovery).
    assert [(r.employee, r.routine, r.recovery, r.score) for r in south.recognition] == [
        ("Ann", 1, 1, 3),
        ("Bo", 0, 1, 1),
    ]
    assert south.median_days_to_removal == pytest.approx(12, abs=0.01)
    assert south.ideas == 2 and south.ideas_per_session == 2.0
    assert [a.what for a in south.late_actions] == ["Fix the door bell"]
    assert south.late_actions[0].days_late == 6
    total = rollup.totals
    assert total.teams == 4
    assert total.actions_overdue == sum(t.actions_overdue for t in rollup.teams) == 4
    assert total.median_days_to_removal == pytest.approx(
        sorted(d for t in rollup.teams for d in t.removal_days)[1]
    )


def test_not_a_byte_of_any_book_changes_and_no_file_appears_beside_them(region: Path) -> None:
    shutil.copy(FIXTURE, region / "Old format.dwbook")
    before = checksums(region)
    rollup = roll_up([region], today=TODAY)
    write_rollup_pdf(rollup, region.parent / "region.pdf")
    assert checksums(region) == before  # same files, same bytes: no -wal, -shm or backup


def test_a_book_open_in_the_app_elsewhere_is_read_with_its_latest_change(region: Path) -> None:
    path = region / "West.dwbook"
    with Book.open(path) as book:  # the app has it open: its last commits sit in the -wal
        sid = book.sessions.latest().id
        book.contributions.add(sid, "obstacle", "Only one key to the safe")
        assert (region / "West.dwbook-wal").stat().st_size > 0
        before = checksums(region)
        rollup = roll_up([region], today=TODAY)
        assert checksums(region).keys() == before.keys()
        assert {k: v for k, v in checksums(region).items() if not k.endswith("-shm")} == {
            k: v for k, v in before.items() if not k.endswith("-shm")
        }
        safe = next(g for g in rollup.shared if "safe" in g.label)
        assert safe.teams == ("East", "South", "West")
        book.contributions.add(sid, "delight", "The app goes on writing after the roll-up")


def test_a_writer_committing_during_the_read_makes_the_book_read_again(region: Path) -> None:
    path = region / "West.dwbook"
    calls = []

    def count_obstacles(conn: sqlite3.Connection) -> int:
        if not calls:  # meanwhile the app opens the book, adds a card and closes it
            with Book.open(path) as book:
                book.contributions.add(book.sessions.latest().id, "obstacle", "New one")
        calls.append(1)
        return conn.execute(
            "SELECT COUNT(*) FROM contributions WHERE kind = 'obstacle'"
        ).fetchone()[0]

    assert read_consistently(path, count_obstacles) == 5
    assert len(calls) == 2


def test_foreign_damaged_and_newer_files_are_skipped_with_a_one_line_reason(
    tmp_path: Path, region: Path
) -> None:
    (region / "notes.dwbook").write_text("not a book")
    (region / "empty.dwbook").write_bytes(b"")
    other = sqlite3.connect(region / "other.dwbook")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    shutil.copy(region / "South.dwbook", region / "cut.dwbook")
    with open(region / "cut.dwbook", "r+b") as f:
        f.truncate(4096)
    newer = region / "newer.dwbook"
    shutil.copy(region / "South.dwbook", newer)
    with open(newer, "r+b") as f:
        f.seek(60)
        f.write(struct.pack(">I", SCHEMA_VERSION + 1))
    future = region / "future.dwbook"
    shutil.copy(region / "South.dwbook", future)
    conn = sqlite3.connect(future)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('delight-workshop', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    rollup = roll_up([region, tmp_path / "missing.dwbook"], today=TODAY)
    assert [t.team for t in rollup.teams] == ["East", "North", "South", "West"]
    reasons = {s.path.name: s.reason for s in rollup.skipped}
    assert set(reasons) == {"cut.dwbook", "empty.dwbook", "newer.dwbook", "notes.dwbook",
                            "other.dwbook", "missing.dwbook", "future.dwbook"}  # fmt: skip
    assert "newer version" in reasons["future.dwbook"]
    assert "damaged" in reasons["cut.dwbook"]
    assert "empty" in reasons["empty.dwbook"]
    assert "newer version" in reasons["newer.dwbook"]
    assert "not a workshop book" in reasons["other.dwbook"]
    assert "does not exist" in reasons["missing.dwbook"]
    assert all("\n" not in r for r in reasons.values())


def test_a_book_of_the_first_format_is_read_as_it_is(tmp_path: Path) -> None:
    old = tmp_path / "old.dwbook"
    shutil.copy(FIXTURE, old)
    before = checksums(tmp_path)
    (team,) = roll_up([old], today=date(2025, 12, 1)).teams
    assert team.team == "Front desk"  # book_info's team name
    assert team.book_format == 1
    assert team.sessions_held == 2 and team.actions_open == 1 and team.actions_overdue == 1
    assert team.obstacles_in_the_way == 1 and team.heroes_recovery == 1
    assert [(r.employee, r.score) for r in team.recognition] == [("Bob", 1), ("Chloé", 1)]
    assert checksums(tmp_path) == before  # not migrated, no backup written


def test_books_are_read_one_at_a_time(region: Path) -> None:
    open_books: list[int] = []

    def progress(done: int, found: int, path: Path) -> None:
        targets = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                targets.append(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                pass  # the listing's own descriptor, closed already
        open_books.append(sum(1 for t in targets if ".dwbook" in t))

    roll_up([region], today=TODAY, progress=progress)
    assert len(open_books) == 5 and max(open_books) == 0  # each closed before the next


def test_the_backup_of_a_migrated_book_in_a_folder_is_not_a_team_of_its_own(
    region: Path,
) -> None:
    shutil.copy(FIXTURE, region / "Old.dwbook")
    backup = backup_path(region / "Old.dwbook", 1)  # what the app keeps when it updates it
    shutil.copy(FIXTURE, backup)
    assert backup.exists()
    names = [t.team for t in roll_up([region], today=TODAY).teams]
    assert names.count("Front desk") == 1
    assert [t.team for t in roll_up([backup], today=TODAY).teams] == ["Front desk"]


def test_two_books_of_one_team_name_stay_apart(region: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(region / "South.dwbook", other / "South.dwbook")
    rollup = roll_up([region, other / "South.dwbook"], today=TODAY)
    assert [t.team for t in rollup.teams][-1] == "South (2)"
    assert rollup.team("South (2)").late_actions[0].team == "South (2)"


def test_shared_obstacles_are_ranked_by_teams_and_follow_the_threshold(region: Path) -> None:
    rollup = roll_up([region], today=TODAY)
    first = rollup.shared[0]
    assert first.label == "Refunds need two signatures"
    assert first.teams == ("East", "North", "South")
    assert {m.text for m in first.mentions} == {
        "Refunds need two signatures",
        "refunds need 2 signatures!",
    }
    assert [g.team_count for g in rollup.shared] == [3, 2, 2, 2, 2]
    rollup.regroup(95)  # stricter: "2 signatures!" and "key for the safe" stand alone
    assert rollup.shared[0].team_count == 2
    assert not any("safe" in g.label for g in rollup.shared)
    refunds = next(g for g in rollup.shared if "Refunds" in g.label)
    assert refunds.teams == ("East", "North")


def test_split_and_merge_are_kept_in_the_rollup_file_not_in_the_books(
    region: Path, tmp_path: Path
) -> None:
    before = checksums(region)
    rollup = roll_up([region], today=TODAY)
    safe = next(g for g in rollup.shared if "safe" in g.label)
    booking = next(g for g in rollup.shared if "booking" in g.label)
    refunds = rollup.shared[0]
    rollup.decisions.merge([safe, booking])
    rollup.decisions.split(refunds)
    rollup.regroup()
    merged = next(g for g in rollup.groups if "safe" in g.label or "booking" in g.label)
    assert merged.pinned and set(merged.teams) == {"East", "North", "South", "West"}
    assert rollup.shared[0] is merged
    assert not any(g.team_count == 3 and "Refunds" in g.label for g in rollup.shared)

    saved = rollup_file.save(
        rollup_file.beside(tmp_path / "region.pdf"), 85, rollup.decisions, [region]
    )
    assert saved.name == "region.rollup.json"
    loaded = rollup_file.load(saved)
    assert loaded.threshold == 85 and loaded.decisions == rollup.decisions
    again = roll_up([region], today=TODAY, threshold=85, decisions=loaded.decisions)
    assert again.shared[0].keys == merged.keys
    assert checksums(region) == before

    rollup.decisions.forget(merged)
    rollup.regroup()
    assert not any(g.pinned and "booking" in g.label for g in rollup.groups)


def test_a_broken_rollup_file_is_refused_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.rollup.json"
    bad.write_text("{not json")
    with pytest.raises(InvalidInput, match="not a roll-up file"):
        rollup_file.load(bad)
    bad.write_text('{"kind": "delight-workshop-rollup", "format": 1, "threshold": 7}')
    with pytest.raises(InvalidInput, match="from 50 to 100"):
        rollup_file.load(bad)


def test_exports_neutralise_formulas_and_never_interpret_markup(
    region: Path, tmp_path: Path
) -> None:
    rollup = roll_up([region], today=TODAY)
    teams_csv, shared_csv = write_rollup_csv(rollup, tmp_path / "region.csv")
    assert shared_csv == shared_file(tmp_path / "region.csv")
    text = shared_csv.read_text(encoding="utf-8-sig")
    assert '"\'=HYPERLINK(""http://evil.example"",""click"")"' in text
    assert "\n=" not in text and ",=" not in text
    lines = teams_csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("team,book,book format,sessions held")
    assert lines[-1].startswith("All 4 teams")

    # A book written by another tool may hold anything, even where the app keeps dates.
    conn = sqlite3.connect(region / "South.dwbook")
    conn.execute(
        "UPDATE actions SET due = '2026-11-01 <img src=x>' WHERE what = 'Fix the door bell'"
    )
    conn.commit()
    conn.close()
    rollup = roll_up([region], today=TODAY)
    markdown = render_rollup_markdown(rollup)
    assert "\\<img src=x\\>" in markdown and "<img" not in markdown.replace("\\<img", "")
    assert "Forms in \\<b\\>triplicate\\</b\\> & \\[links\\](http\\://x)" in markdown
    assert "<b>" not in markdown and "\n= " not in markdown

    pdf = write_rollup_pdf(rollup, tmp_path / "region.pdf", "A4")
    pages = PdfReader(pdf).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    for words in ("Summary per team", "Late actions", "Obstacles many teams share",
                  "Hero stories", "Fix the door bell", "Remembered a birthday",
                  "Forms in <b>triplicate</b>", "All 4 teams"):  # fmt: skip
        assert words in text
    assert pages[0].mediabox.width > pages[0].mediabox.height  # landscape


def test_decisions_pin_texts_to_groups_of_their_own(region: Path) -> None:
    rollup = roll_up([region], today=TODAY, decisions=Decisions())
    refunds = rollup.shared[0]
    rollup.decisions.split(refunds)
    assert len(set(rollup.decisions.pinned.values())) == len(refunds.keys) == 2
