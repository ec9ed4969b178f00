"""Reading one book for the roll-up: read-only, never migrated, one book at a time.

A book is opened through the URI ``file:PATH?mode=ro``: SQLite then never
writes to it, and a book open in the app elsewhere (its ``-wal`` beside it) is
read through the same locks the app uses, so the roll-up sees the last change
committed there. A book with no ``-wal`` (closed everywhere) is read with
``immutable=1`` instead, because a ``mode=ro`` reader of a WAL book creates
``-wal`` and ``-shm`` files beside it and cannot remove them; the file's size
and time are compared before and after, and if a writer touched it meanwhile
the book is read again the locked way. Only columns of the first book format
are queried, so books of every older format are read as they are.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

from rapidfuzz.utils import default_process

from ..errors import BookError
from ..i18n import _
from ..model import ActionStatus, HeroType, ObstacleStatus
from ..schema import MIGRATION_NAMES, MIGRATION_SET
from ..storage import BOOK_SUFFIX, read_header, translate_error
from .summary import (
    AGE_BUCKETS,
    HEROES_PER_TEAM,
    LATE_PER_TEAM,
    RECOGNISED_PER_TEAM,
    HeroItem,
    LateAction,
    ObstacleText,
    Recognised,
    Skipped,
    TeamSummary,
    age_days,
)

T = TypeVar("T")


_BACKUP = re.compile(r".+\.format\d+-backup" + re.escape(BOOK_SUFFIX))


def is_backup(path: Path) -> bool:
    """The copy the app keeps of a book before it updates its format (storage.backup_path)."""
    return _BACKUP.fullmatch(path.name) is not None


def find_books(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Each file given, and the ``*.dwbook`` files of each folder given (not its sub-folders,
    nor the backups the app made before updating a book's format).

    Files named on purpose are yielded whatever their suffix (a foreign one is
    then skipped with its reason); the same file named twice is yielded once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(
                (p for p in path.iterdir()
                 if p.suffix == BOOK_SUFFIX and p.is_file() and not is_backup(p)),
                key=lambda p: p.name.casefold(),
            )  # fmt: skip
        else:
            found = [path]
        for book in found:
            key = book.absolute()
            if key not in seen:
                seen.add(key)
                yield book


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def read_consistently(path: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """Run *read* on a read-only connection to *path*; the book is never written.

    Without a ``-wal`` the book is read as immutable (no lock files created) and the
    read is kept only if the file is unchanged afterwards; otherwise, or when a
    ``-wal`` exists, it is read with ``mode=ro`` under SQLite's usual locks.
    """
    uri = path.absolute().as_uri()
    if not _wal(path).exists():
        before = _stamp(path)
        try:
            result = _with_connection(f"{uri}?immutable=1", read)
        except sqlite3.DatabaseError:
            if not _wal(path).exists() and _stamp(path) == before:
                raise  # damaged, not changed under our feet
        else:
            if not _wal(path).exists() and _stamp(path) == before:
                return result
    return _with_connection(f"{uri}?mode=ro", read)


def _with_connection(uri: str, read: Callable[[sqlite3.Connection], T]) -> T:
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = ON")
        return read(conn)
    finally:
        conn.close()


def team_name(path: Path, conn: sqlite3.Connection) -> str:
    """The team's name as the book records it (``book_info.team``), else the file's name."""
    try:
        row = conn.execute("SELECT value FROM book_info WHERE key = 'team'").fetchone()
    except sqlite3.OperationalError:
        row = None
    name = (row[0] if row else "") or ""
    return name.strip() or path.stem


def _check_format(conn: sqlite3.Connection, name: str) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" in tables:
        applied = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
        if applied - set(MIGRATION_NAMES):
            raise BookError(
                _("“{name}” was written by a newer version of Delight Workshop.").format(name=name)
            )
    missing = {"sessions", "contributions", "actions", "hero_credits"} - tables
    if missing:
        raise BookError(
            _("“{name}” is damaged: it has no {tables} table.").format(
                name=name, tables=", ".join(sorted(missing))
            )
        )


def obstacle_key(text: str) -> str:
    """The form near-duplicates are compared in: lower case, no punctuation, single spaces."""
    return " ".join(default_process(text).split())


def read_team(path: Path, today: date) -> TeamSummary | Skipped:
    """Summarise one book, or say in one line why it was skipped."""
    try:
        header = read_header(path)
        return read_consistently(
            path, lambda conn: _summarise(path, conn, header.user_version, today)
        )
    except BookError as exc:
        return Skipped(path, str(exc))
    except sqlite3.DatabaseError as exc:
        if "unable to open" in str(exc) and _wal(path).exists():
            return Skipped(
                path,
                _(
                    "“{name}” has changes still in {wal} that cannot be read "
                    "from a read-only folder: copy both files to a folder you can write to."
                ).format(name=path.name, wal=_wal(path).name),
            )
        return Skipped(path, str(translate_error(exc, path.name)))
    except OSError as exc:
        reason = exc.strerror or exc
        return Skipped(
            path, _("“{name}” cannot be read: {reason}.").format(name=path.name, reason=reason)
        )
    except ValueError as exc:  # a status or type this version does not know
        return Skipped(
            path,
            _("“{name}” holds data this version cannot read ({reason}).").format(
                name=path.name, reason=exc
            ),
        )


def _summarise(path: Path, conn: sqlite3.Connection, version: int, today: date) -> TeamSummary:
    _check_format(conn, path.name)
    team = team_name(path, conn)
    day = today.isoformat()
    held, last = conn.execute(
        "SELECT COUNT(*), MAX(date) FROM sessions WHERE date <= ?", [day]
    ).fetchone()
    (ideas,) = conn.execute(
        "SELECT COUNT(*) FROM contributions c JOIN sessions s ON s.id = c.session_id "
        "WHERE c.kind IN ('delight', 'value') AND c.merged_into IS NULL AND s.date <= ?",
        [day],
    ).fetchone()
    actions = Counter[str]()
    overdue = 0
    for status, count, late in conn.execute(
        "SELECT status, COUNT(*), SUM(due IS NOT NULL AND due != '' AND due < ?) "
        "FROM actions GROUP BY status",
        [day],
    ):
        actions[status] += count
        if status in (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value):
            overdue += late or 0
    return TeamSummary(
        path=path,
        team=team,
        book_format=version,
        sessions_held=held,
        last_session=last,
        ideas=ideas,
        actions_open=actions["open"] + actions["in_progress"],
        actions_overdue=overdue,
        actions_done=actions["done"],
        actions_dropped=actions["dropped"],
        **_obstacles(conn, today),
        **_heroes(conn, team),
        late_actions=_late_actions(conn, team, today),
    )


def _late_actions(conn: sqlite3.Connection, team: str, today: date) -> tuple[LateAction, ...]:
    rows = conn.execute(
        "SELECT a.what, a.owner, a.due, a.status, s.title FROM actions a "
        "JOIN sessions s ON s.id = a.session_id "
        "WHERE a.status IN ('open', 'in_progress') AND a.due IS NOT NULL AND a.due != '' "
        "AND a.due < ? ORDER BY a.due, a.id LIMIT ?",
        [today.isoformat(), LATE_PER_TEAM],
    )
    return tuple(
        LateAction(team, what, owner, due, age_days(due, today) or 0, ActionStatus(status), title)
        for what, owner, due, status, title in rows
    )


_OBSTACLES = "FROM contributions WHERE kind = 'obstacle' AND merged_into IS NULL"
_IN_THE_WAY = "COALESCE(obstacle_status, 'open') IN ('open', 'in_progress')"


def _obstacles(conn: sqlite3.Connection, today: date) -> dict[str, object]:
    counts = dict.fromkeys(ObstacleStatus, 0)
    for status, n in conn.execute(f"SELECT obstacle_status, COUNT(*) {_OBSTACLES} GROUP BY 1"):
        counts[ObstacleStatus(status) if status else ObstacleStatus.OPEN] += n
    young, old = AGE_BUCKETS
    under, middle, over, oldest = conn.execute(
        "SELECT SUM(age < ?), SUM(age >= ? AND age <= ?), SUM(age > ?), MAX(age) FROM ("
        "SELECT MAX(0, CAST(julianday(?) - julianday(substr(created_at, 1, 10)) AS INTEGER)) "
        f"AS age {_OBSTACLES} AND {_IN_THE_WAY})",
        [young, young, old, old, today.isoformat()],
    ).fetchone()
    # As series.days_to_removal: from flagging to the status change, for removed obstacles.
    removal = tuple(
        days
        for (days,) in conn.execute(
            "SELECT MAX(0.0, julianday(status_changed_at) - julianday(created_at)) "
            f"{_OBSTACLES} AND obstacle_status = 'removed' AND status_changed_at IS NOT NULL"
        )
        if days is not None
    )
    texts: dict[str, list] = {}  # key -> [spellings, mentions, still open]
    for text, mentions, still_open in conn.execute(
        f"SELECT text, COUNT(*), SUM({_IN_THE_WAY}) {_OBSTACLES} GROUP BY text"
    ):
        key = obstacle_key(text)
        if not key:
            continue
        entry = texts.get(key)
        if entry is None:
            entry = texts[key] = [Counter(), 0, 0]
        entry[0][" ".join(text.split())] += mentions
        entry[1] += mentions
        entry[2] += still_open
    return {
        "obstacles": counts,
        "open_by_age": (under or 0, middle or 0, over or 0),
        "oldest_open_days": oldest,
        "removal_days": removal,
        "obstacle_texts": tuple(
            ObstacleText(key, spellings.most_common(1)[0][0], mentions, still_open)
            for key, (spellings, mentions, still_open) in texts.items()
        ),
    }


def _heroes(conn: sqlite3.Connection, team: str) -> dict[str, object]:
    day = "COALESCE(c.story_date, substr(c.created_at, 1, 10))"
    types = Counter[str]()
    for hero_type, count in conn.execute(
        "SELECT hero_type, COUNT(*) FROM contributions "
        "WHERE kind = 'hero' AND merged_into IS NULL GROUP BY hero_type"
    ):
        types[HeroType.RECOVERY if hero_type == "recovery" else HeroType.ROUTINE] += count
    # The latest stories of each type: routine delight is the one to celebrate first.
    stories: list[HeroItem] = []
    for wanted in (HeroType.ROUTINE, HeroType.RECOVERY):
        clause = "= 'recovery'" if wanted is HeroType.RECOVERY else "IS NOT 'recovery'"
        rows = conn.execute(
            f"SELECT c.id, c.text, {day}, c.customer FROM contributions c "
            f"WHERE c.kind = 'hero' AND c.merged_into IS NULL AND c.hero_type {clause} "
            f"ORDER BY {day} DESC, c.id DESC LIMIT ?",
            [HEROES_PER_TEAM],
        ).fetchall()
        for cid, text, when, customer in rows:
            credited = tuple(
                name
                for (name,) in conn.execute(
                    "SELECT employee FROM hero_credits WHERE contribution_id = ? ORDER BY id", [cid]
                )
            )
            stories.append(HeroItem(team, text, wanted, when, credited, customer))
    return {
        "heroes_routine": types[HeroType.ROUTINE],
        "heroes_recovery": types[HeroType.RECOVERY],
        "hero_stories": tuple(stories[:HEROES_PER_TEAM]),
        "recognition": _recognition(conn, team),
    }


def _recognition(conn: sqlite3.Connection, team: str) -> tuple[Recognised, ...]:
    """The team's best recognised employees, by the same rule as one book's recognition."""
    found: dict[str, list[int]] = {}
    spellings: dict[str, Counter[str]] = {}
    for name, routine, recovery in conn.execute(
        "SELECT h.employee, SUM(c.hero_type IS NOT 'recovery'), SUM(c.hero_type = 'recovery') "
        "FROM hero_credits h JOIN contributions c ON c.id = h.contribution_id "
        "WHERE c.kind = 'hero' AND c.merged_into IS NULL GROUP BY h.employee"
    ):
        name = " ".join((name or "").split())
        if not name:
            continue
        key = name.casefold()
        counts = found.setdefault(key, [0, 0])
        counts[0] += routine
        counts[1] += recovery
        spellings.setdefault(key, Counter())[name] += routine + recovery
    ranked = []
    for key, (routine, recovery) in found.items():
        # "Bob" credited twice and "bob" once is shown as "Bob".
        name = max(spellings[key].items(), key=lambda kv: (kv[1], kv[0] != kv[0].lower()))[0]
        ranked.append(Recognised(team, name, routine, recovery))
    ranked.sort(key=lambda r: (-r.score, -r.routine, r.employee.casefold()))
    return tuple(ranked[:RECOGNISED_PER_TEAM])
