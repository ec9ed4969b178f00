"""The book's schema, built by numbered migrations from the first version on.

A book is marked by ``PRAGMA application_id`` (so it is never confused with
another SQLite file) and ``PRAGMA user_version`` (the number of migrations
applied, so a book from a newer app is recognised and refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .db import LazyMigrations

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x444C5754  # "DLWT": Delight Workshop
MIGRATION_SET = "delight-workshop"

# sqlite-utils' Migrations, built only when a book needs migrating (not on every open).
migrations = LazyMigrations(MIGRATION_SET)


def stamp(db: Database, version: int) -> None:
    """Record the book format inside the migration's own transaction.

    Every migration ends with this, so a process killed between two migrations
    leaves a book whose format number matches its tables.
    """
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations()
def m001_first_schema(db: Database) -> None:
    # executescript() would COMMIT the migration's transaction: run statement by statement.
    for statement in FIRST_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    stamp(db, 1)


FIRST_SCHEMA = """
CREATE TABLE book_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    facilitator TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL DEFAULT 'warmup',
    anonymous INTEGER NOT NULL DEFAULT 0,
    dots_per_person INTEGER NOT NULL DEFAULT 5,
    max_dots_per_item INTEGER NOT NULL DEFAULT 3,
    vote_mode TEXT NOT NULL DEFAULT 'turns',
    secret_votes INTEGER NOT NULL DEFAULT 1,
    silent_mode INTEGER NOT NULL DEFAULT 0,
    voting_open INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE contributions (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    kind TEXT NOT NULL CHECK (kind IN ('delight', 'obstacle', 'hero', 'value')),
    text TEXT NOT NULL,
    author TEXT,
    created_at TEXT NOT NULL,
    theme_id INTEGER REFERENCES themes(id),
    merged_into INTEGER REFERENCES contributions(id),
    revealed INTEGER NOT NULL DEFAULT 1,
    way_around TEXT,
    remover TEXT,
    obstacle_status TEXT,
    status_changed_at TEXT,
    hero_type TEXT,
    customer TEXT,
    story_date TEXT
);
CREATE TABLE hero_credits (
    id INTEGER PRIMARY KEY,
    contribution_id INTEGER NOT NULL REFERENCES contributions(id),
    employee TEXT NOT NULL
);
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    contribution_id INTEGER NOT NULL REFERENCES contributions(id),
    voter TEXT,
    dots INTEGER NOT NULL CHECK (dots > 0),
    method TEXT NOT NULL DEFAULT 'turns',
    cast_at TEXT NOT NULL
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    contribution_id INTEGER REFERENCES contributions(id),
    position INTEGER NOT NULL,
    what TEXT NOT NULL,
    owner TEXT,
    due TEXT,
    first_step TEXT,
    help_needed TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    status_note TEXT,
    status_changed_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_rounds_session ON rounds(session_id);
CREATE INDEX idx_participants_session ON participants(session_id);
CREATE INDEX idx_themes_session ON themes(session_id);
CREATE INDEX idx_contributions_session ON contributions(session_id);
CREATE INDEX idx_contributions_theme ON contributions(theme_id);
CREATE INDEX idx_contributions_merged ON contributions(merged_into);
CREATE INDEX idx_contributions_kind ON contributions(kind);
CREATE INDEX idx_hero_credits_contribution ON hero_credits(contribution_id);
CREATE INDEX idx_votes_session ON votes(session_id);
CREATE INDEX idx_votes_contribution ON votes(contribution_id);
CREATE INDEX idx_actions_session ON actions(session_id);
CREATE INDEX idx_actions_contribution ON actions(contribution_id);
CREATE INDEX idx_actions_status ON actions(status);
"""


@migrations()
def m002_recovery_playbook(db: Database) -> None:
    """The recovery playbook: pre-planned recoveries for predictable mishaps (issue 16)."""
    for statement in PLAYBOOK_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    stamp(db, MIGRATION_NAMES.index("m002_recovery_playbook") + 1)


PLAYBOOK_SCHEMA = """
CREATE TABLE playbook_entries (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    mishap TEXT NOT NULL,
    apology TEXT,
    fix TEXT,
    fix_by TEXT,
    fix_hours INTEGER CHECK (fix_hours IS NULL OR fix_hours > 0),
    extra TEXT,
    authoriser TEXT,
    spend_limit TEXT,
    session_id INTEGER REFERENCES sessions(id),
    contribution_id INTEGER REFERENCES contributions(id),
    created_at TEXT NOT NULL,
    changed_at TEXT
);
CREATE TABLE playbook_sources (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES playbook_entries(id),
    contribution_id INTEGER NOT NULL REFERENCES contributions(id)
);
CREATE TABLE playbook_uses (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES playbook_entries(id),
    used_on TEXT NOT NULL,
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('worked', 'partly', 'failed')),
    note TEXT,
    contribution_id INTEGER REFERENCES contributions(id),
    created_at TEXT NOT NULL,
    reviewed_at TEXT
);
CREATE INDEX idx_playbook_entries_session ON playbook_entries(session_id);
CREATE INDEX idx_playbook_entries_contribution ON playbook_entries(contribution_id);
CREATE INDEX idx_playbook_sources_entry ON playbook_sources(entry_id);
CREATE INDEX idx_playbook_sources_contribution ON playbook_sources(contribution_id);
CREATE INDEX idx_playbook_uses_entry ON playbook_uses(entry_id);
CREATE INDEX idx_playbook_uses_contribution ON playbook_uses(contribution_id);
"""


@migrations()
def m003_session_language(db: Database) -> None:
    # The language of a session's projector, PDF and phone page; NULL: the app's language.
    db.execute("ALTER TABLE sessions ADD COLUMN language TEXT")
    stamp(db, MIGRATION_NAMES.index("m003_session_language") + 1)


@migrations()
def m004_index_session_counts(db: Database) -> None:
    # `info` and the session list count a session's cards per kind: this index answers
    # that without reading the rows (16 ms instead of 70 ms for 100,000 cards).
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_contributions_session_counts "
        "ON contributions(session_id, merged_into, kind)"
    )
    stamp(db, MIGRATION_NAMES.index("m004_index_session_counts") + 1)


# One entry per migration above, oldest first; the book's user_version is the
# count applied, so a higher number means a newer app wrote the book.
MIGRATION_NAMES: tuple[str, ...] = (
    "m001_first_schema",
    "m002_recovery_playbook",
    "m003_session_language",
    "m004_index_session_counts",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)
