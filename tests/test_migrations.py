"""Book formats: the first format opens with its data; older books are backed up
before they are migrated; books from a newer app are refused, untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from workshop import schema, storage
from workshop.book import Book
from workshop.errors import BookError, NewerBook
from workshop.model import ActionStatus, HeroType, Kind, ObstacleStatus
from workshop.storage import backup_path, read_header

FIXTURE = Path(__file__).parent / "fixtures" / "format1.dwbook"
EXTRA = "m999_test_only_extra_table"


def _copy_fixture(tmp_path: Path) -> Path:
    target = tmp_path / "team.dwbook"
    shutil.copyfile(FIXTURE, target)
    return target


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def test_fixture_is_really_format_one() -> None:
    assert read_header(FIXTURE).user_version == 1
    assert read_header(FIXTURE).application_id == schema.APPLICATION_ID


def test_first_format_book_opens_and_keeps_its_data(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path)
    with Book.open(path) as book:
        sessions = book.sessions.list()
        assert [s.title for s in sessions] == ["Front desk, October", "Front desk, September"]
        september = sessions[1].id
        assert book.sessions.participants(september) == ["Ann", "Bob", "Chloé"]
        cards = {c.id: c for c in book.contributions.list(september)}
        assert cards[3].text == ('Key cards <b>demagnetise</b> & "nobody" knows why\nsecond line')
        assert cards[3].obstacle_status is ObstacleStatus.IN_PROGRESS
        assert cards[3].way_around == "Spare cards"
        assert cards[4].kind is Kind.VALUE and cards[4].text.endswith("🎂")
        assert 2 not in cards  # merged into card 1
        assert book.contributions.authors(1) == ["Ann", "Bob"]
        assert book.votes.tally(september) == {1: 6, 3: 3}
        hero = book.contributions.hero_stories()[0]
        assert hero.credited == ("Bob", "Chloé")
        assert hero.hero_type is HeroType.RECOVERY
        assert hero.story_date == "2025-10-01"
        actions = book.actions.list(september)
        assert [(a.what, a.status) for a in actions] == [
            ("Name badges for regulars' file", ActionStatus.DONE),
            ("Replace the card encoder", ActionStatus.OPEN),
        ]
        assert book.info("team") == "Front desk"
        assert book.integrity_ok()
        # The migrated book takes new work like any other.
        cid = book.contributions.add(september, "delight", "Warm towels on arrival")
        assert book.contributions.get(cid).text == "Warm towels on arrival"
    assert _user_version(path) == schema.SCHEMA_VERSION
    # A backup is written only if the book needed migrating.
    assert backup_path(path, 1).exists() == (schema.SCHEMA_VERSION > 1)


def _migrations_with_extra(extra_fn) -> Migrations:
    """The app's migrations, in order, plus one registered for this test only."""
    patched = Migrations(schema.MIGRATION_SET)
    for name in schema.MIGRATION_NAMES:
        patched()(getattr(schema, name))
    patched(name=EXTRA)(extra_fn)
    return patched


def _patch_newer_app(mp: pytest.MonkeyPatch, extra_fn) -> int:
    """Pretend the app has one more migration; returns the new format number."""
    names = (*schema.MIGRATION_NAMES, EXTRA)
    patched = _migrations_with_extra(extra_fn)
    for module in (schema, storage):
        mp.setattr(module, "migrations", patched)
        mp.setattr(module, "MIGRATION_NAMES", names)
        mp.setattr(module, "SCHEMA_VERSION", len(names))
    return len(names)


def _add_extra_table(db) -> None:
    db.execute("CREATE TABLE test_extra (id INTEGER PRIMARY KEY, note TEXT)")
    db.execute("INSERT INTO test_extra (note) VALUES ('migrated')")


def test_older_book_is_backed_up_beside_itself_before_migrating(tmp_path: Path) -> None:
    old_version = schema.SCHEMA_VERSION
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Before the upgrade")
        book.contributions.add(sid, "obstacle", "Old data must survive")

    with pytest.MonkeyPatch.context() as mp:
        new_version = _patch_newer_app(mp, _add_extra_table)
        with Book.open(path) as book:
            assert book.db.execute("SELECT note FROM test_extra").fetchone()[0] == "migrated"
            assert [c.text for c in book.contributions.list(sid)] == ["Old data must survive"]
        assert _user_version(path) == new_version

    # Nothing of the temporary migration leaked into the app.
    assert schema.SCHEMA_VERSION == storage.SCHEMA_VERSION == old_version
    assert EXTRA not in schema.MIGRATION_NAMES
    assert storage.migrations is schema.migrations
    assert EXTRA not in repr(schema.migrations)

    backup = backup_path(path, old_version)
    assert backup.parent == path.parent
    assert backup.name == f"team.format{old_version}-backup.dwbook"
    # The backup is a valid book of the old version, with the old data.
    header = read_header(backup)
    assert header.user_version == old_version
    assert header.application_id == schema.APPLICATION_ID
    assert "test_extra" not in _tables(backup)
    copy = tmp_path / "restored.dwbook"
    shutil.copyfile(backup, copy)
    with Book.open(copy) as restored:
        assert restored.integrity_ok()
        assert [c.text for c in restored.contributions.list(sid)] == ["Old data must survive"]

    # The migrated book is now newer than this (unpatched) app: refused, untouched.
    migrated = path.read_bytes()
    with pytest.raises(NewerBook, match="newer version"):
        Book.open(path)
    assert path.read_bytes() == migrated


def test_failed_migration_leaves_the_book_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Before the upgrade")
        book.contributions.add(sid, "delight", "Still here")

    def broken(db) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        db.execute("SELECT * FROM no_such_table")

    with pytest.MonkeyPatch.context() as mp:
        _patch_newer_app(mp, broken)
        with pytest.raises(BookError):
            Book.open(path)
    assert backup_path(path, schema.SCHEMA_VERSION).exists()
    assert "half_done" not in _tables(path)
    with Book.open(path) as book:
        assert [c.text for c in book.contributions.list(sid)] == ["Still here"]


def _book_from_the_future(path: Path, journal_mode: str) -> Path:
    with Book.create(path) as book:
        book.sessions.create("Written by a newer app")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [schema.MIGRATION_SET, "m500_from_the_future", "2030-01-01 00:00:00+00:00"],
    )
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.close()
    return path


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_book_naming_an_unknown_migration_is_refused_as_newer(
    tmp_path: Path, journal_mode: str
) -> None:
    path = _book_from_the_future(tmp_path / "team.dwbook", journal_mode)
    assert read_header(path).user_version == schema.SCHEMA_VERSION  # only the name tells
    before = path.read_bytes()
    with pytest.raises(NewerBook) as raised:
        Book.open(path)
    assert "newer version of Delight Workshop" in str(raised.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.dwbook"]
