"""The command line: demo, import and info, as a user runs them (and in-process)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop import cli
from workshop.book import Book
from workshop.csv_import import CsvRejected, import_rows, read_csv
from workshop.demo import write_demo
from workshop.journal import Change
from workshop.model import ActionStatus, HeroType, Kind, ObstacleStatus, Phase

SCRIPT = Path(sys.executable).with_name("delight-workshop")


def run_script(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script, as a user would."""
    exe = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "ui.app.launcher"]
    return subprocess.run(
        [*exe, *map(str, args)], capture_output=True, text=True, encoding="utf-8", cwd=cwd
    )


def run_module(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.app.launcher", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("delight-workshop")
    for word in words:
        assert word in lines[0]
    return lines[0]


def write_csv(path: Path, text: str, *, bom: bool = False, newline: str = "\n") -> Path:
    data = text.replace("\n", newline).encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


# -- help and exit status -----------------------------------------------------
def _subcommands() -> dict[str, argparse.ArgumentParser]:
    from workshop.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


SUBCOMMANDS = sorted(_subcommands())


def test_the_command_line_has_its_documented_subcommands() -> None:
    assert {"demo", "import", "info", "export"} <= set(SUBCOMMANDS)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_each_subcommand_explains_every_argument_it_takes(command: str) -> None:
    """``COMMAND --help`` names and explains every option and argument the parser accepts."""
    result = run_script(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"usage: delight-workshop {command}")
    described = 0
    for action in _subcommands()[command]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        names = action.option_strings or [action.metavar or action.dest]
        assert any(str(name) in result.stdout for name in names), (command, names)
        assert action.help and action.help.strip(), f"{command} {names} has no explanation"
        described += 1
    assert described >= 1


def test_top_level_help_lists_every_subcommand() -> None:
    result = run_module("--help")
    assert result.returncode == 0
    for command in SUBCOMMANDS:
        assert command in result.stdout


def test_import_help_explains_the_columns() -> None:
    result = run_script("import", "--help")
    words = " ".join(result.stdout.split())  # as read, whatever the line breaks
    for word in ("kind", "text", "author", "delight, obstacle", "nothing is imported"):
        assert word in words


def test_missing_argument_is_a_one_line_error() -> None:
    result = run_script("import", "team.dwbook")
    assert result.returncode == 2
    assert_one_line_error(result, "--session", "--help")


# -- demo ---------------------------------------------------------------------
def test_demo_writes_a_finished_session_and_an_earlier_one(tmp_path: Path) -> None:
    path = tmp_path / "demo.dwbook"
    result = run_script("demo", path)
    assert result.returncode == 0, result.stderr
    assert "demo.dwbook" in result.stdout and result.stderr == ""

    with Book.open(path) as book:
        assert book.integrity_ok()
        latest, recovery, earlier = book.sessions.list()
        assert earlier.date < recovery.date < latest.date
        s = latest.id
        assert latest.phase is Phase.WRAPUP and earlier.phase is Phase.WRAPUP
        team = book.sessions.participants(s)
        assert 6 <= len(team) <= 8
        counts = book.sessions.counts(s)
        assert counts["delight"] >= 10 and counts["obstacle"] >= 5
        assert counts["hero"] >= 3 and counts["value"] >= 4
        assert {r.kind for r in book.sessions.rounds(s)} == set(Kind)

        for obstacle in book.contributions.list(s, Kind.OBSTACLE):
            assert obstacle.way_around and obstacle.remover
        statuses = {o.obstacle_status for o in book.contributions.list(s, Kind.OBSTACLE)}
        assert len(statuses) >= 2  # not all still open

        heroes = book.contributions.list(s, Kind.HERO)
        assert all(h.credited and h.customer and h.story_date for h in heroes)
        assert {h.hero_type for h in heroes} == {HeroType.ROUTINE, HeroType.RECOVERY}
        assert all(set(h.credited) <= set(team) for h in heroes)

        merged = [c for c in book.contributions.list(s, include_merged=True) if c.merged_into]
        assert len(merged) >= 1
        themes = book.themes.list(s)
        assert len(themes) >= 3
        themed = [c for c in book.contributions.list(s) if c.theme_id is not None]
        assert {c.theme_id for c in themed} == {t.id for t in themes}

        # Every participant voted, within the session's limits.
        assert book.votes.voters(s) == sorted(team)
        for person in team:
            assert 0 < book.votes.used_by(s, person) <= latest.dots_per_person
        for card in book.contributions.list(s):
            for person in team:
                assert book.votes.on_item(card.id, person) <= latest.max_dots_per_item

        actions = book.actions.list(s)
        assert 4 <= len(actions) <= 5
        for action in actions:
            assert action.owner and action.due and action.first_step and action.help_needed
            assert action.due > latest.date
            assert action.contribution_id is not None
        top = book.votes.ranking(s)[0].contribution.id
        assert top in {a.contribution_id for a in actions}

        # The earlier session's promises are partly kept: something for the follow-up.
        before = {a.status for a in book.actions.list(earlier.id)}
        assert ActionStatus.DONE in before
        assert before & {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}
        assert book.actions.closed_since(earlier.date, exclude_session=s)
        assert book.contributions.obstacles(ObstacleStatus.REMOVED)


def test_demo_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "mine.dwbook"
    path.write_bytes(b"")
    result = run_script("demo", path)
    assert_one_line_error(result, "mine.dwbook", "already exists")
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.dwbook"]


def test_demo_in_process_and_its_dates_follow_today(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.dwbook"
    assert cli.main(["demo", str(path)]) == 0
    assert "3 sessions" in capsys.readouterr().out
    with Book.open(path) as book:
        assert book.sessions.latest().date < date.today().isoformat()

    other = tmp_path / "old.dwbook"
    with Book.create(other) as book:
        earlier, latest, _recovery = write_demo(book, today=date(2030, 6, 30))
        assert book.sessions.get(latest).date == "2030-06-23"
        assert book.sessions.get(earlier).date < "2030-06-23"
        assert not book.can_undo  # a new book's history holds no demo steps
        stamps = [c.created_at for c in book.contributions.list(latest)]
        assert all(s.startswith("2030-06-23T") for s in stamps)
        assert stamps == sorted(stamps)


def test_write_demo_keeps_the_undo_history_of_a_book_in_use(book: Book) -> None:
    sid = book.sessions.create("Mine")
    heard: list[Change] = []
    book.subscribe(heard.append)
    write_demo(book)
    assert book.history.undo_label is not None  # the user's own step is still undoable
    assert len(book.sessions.list()) == 4
    assert heard and all(c.origin == "do" for c in heard)
    assert book.sessions.get(sid).title == "Mine"


# -- info ---------------------------------------------------------------------
def test_info_prints_json_for_every_session(tmp_path: Path) -> None:
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        first = book.sessions.create("Front desk, May", date="2026-05-04")
        a = book.contributions.add(first, "delight", "Umbrellas to borrow", "Ann")
        b = book.contributions.add(first, "delight", "Lend umbrellas", "Bob")
        book.contributions.add(first, "obstacle", "No storage room")
        book.contributions.merge(a, b)
        book.votes.cast(first, a, "Ann", 2)
        book.votes.cast(first, a, "Bob", 1)
        book.actions.plan(first, "Buy ten umbrellas", owner="Ann")
        book.sessions.set_phase(first, Phase.PLAN)
        second = book.sessions.create("Front desk, June", date="2026-06-01")
        book.contributions.add(second, "hero", "Found a lost ring", credited=["Chen"])
    result = run_script("info", path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sessions"] == [
        {"id": first, "title": "Front desk, May", "date": "2026-05-04", "phase": "plan",
         "counts": {"delight": 1, "obstacle": 1, "hero": 0, "value": 0},
         "dots_cast": 3, "actions": 1},
        {"id": second, "title": "Front desk, June", "date": "2026-06-01", "phase": "warmup",
         "counts": {"delight": 0, "obstacle": 0, "hero": 1, "value": 0},
         "dots_cast": 0, "actions": 0},
    ]  # fmt: skip


def test_info_in_process_keeps_unicode_readable(tmp_path: Path, capsys) -> None:
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        book.sessions.create("Réception — 受付")
    assert cli.main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Réception — 受付" in out
    assert json.loads(out)["sessions"][0]["title"] == "Réception — 受付"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, ("does not exist",)),
        (b"just some notes\n", ("not a workshop book",)),
    ],
)
def test_info_on_something_else_is_a_one_line_error(
    tmp_path: Path, content: bytes | None, words: tuple[str, ...]
) -> None:
    path = tmp_path / "notes.dwbook"
    if content is not None:
        path.write_bytes(content)
    result = run_script("info", path)
    assert_one_line_error(result, "notes.dwbook", *words)
    assert result.stdout == ""
    if content is not None:
        assert path.read_bytes() == content


# -- import -------------------------------------------------------------------
GOOD_CSV = '''kind,text,author,date,customer,employee
delight,"Greet regulars by name, ""always""",Ann,,,
obstacle,"The printer <b>jams</b>
every morning",Bob,,,
value,  Free water bottles  ,,,,
hero,Found a guest's lost passport at 2 am,Chen,2026-11-01,Mrs Okafor,Dana; Eli
'''


def test_import_creates_book_and_session_with_exact_text(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "ideas.csv", GOOD_CSV, bom=True, newline="\r\n")
    path = tmp_path / "new.dwbook"
    result = run_script("import", path, csv_path, "--session", "Front desk, December")
    assert result.returncode == 0, result.stderr
    assert "Imported 4 contributions" in result.stdout
    assert "Front desk, December" in result.stdout
    with Book.open(path) as book:
        (session,) = book.sessions.list()
        assert session.title == "Front desk, December"
        cards = book.contributions.list(session.id)
        assert [(c.kind, c.text, c.author) for c in cards] == [
            (Kind.DELIGHT, 'Greet regulars by name, "always"', "Ann"),
            (Kind.OBSTACLE, "The printer <b>jams</b>\r\nevery morning", "Bob"),
            (Kind.VALUE, "Free water bottles", None),
            (Kind.HERO, "Found a guest's lost passport at 2 am", "Chen"),
        ]
        hero = cards[3]
        assert hero.credited == ("Dana", "Eli")
        assert (hero.customer, hero.story_date) == ("Mrs Okafor", "2026-11-01")
        assert hero.hero_type is HeroType.ROUTINE
        assert cards[1].obstacle_status is ObstacleStatus.OPEN


def test_import_adds_to_an_existing_session_by_title(tmp_path: Path, capsys) -> None:
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("Kitchen", anonymous=True)
        book.contributions.add(sid, "delight", "Already here")
    csv_path = write_csv(tmp_path / "more.csv", "text;kind;author\nSecond idea;Delight;Ann\n")
    assert cli.main(["import", str(path), str(csv_path), "--session", "  Kitchen "]) == 0
    assert f"session {sid}" in capsys.readouterr().out
    with Book.open(path) as book:
        assert len(book.sessions.list()) == 1
        cards = book.contributions.list(sid)
        assert [c.text for c in cards] == ["Already here", "Second idea"]
        assert cards[1].author is None  # an anonymous session records no authors


def test_import_is_one_undoable_operation_heard_once(book: Book, session_id: int) -> None:
    rows = read_csv(b"kind,text\n" + b"".join(b"delight,idea %d\n" % i for i in range(50)))
    heard: list[Change] = []
    book.subscribe(heard.append)
    result = import_rows(book, "Front desk, November", rows)
    assert result.session_id == session_id and not result.created_session
    assert [c.label for c in heard] == ["Import 50 contributions"]
    assert [r.row_id for r in heard[0].of("contributions")] == list(result.ids)
    assert book.history.undo_label == "Import 50 contributions"
    book.undo()
    assert book.contributions.list(session_id) == []
    book.redo()
    assert len(book.contributions.list(session_id)) == 50


def test_import_keeps_a_long_paste(tmp_path: Path) -> None:
    long_text = "é" * 150_000  # beyond the csv module's default cell limit
    csv_path = write_csv(tmp_path / "long.csv", f'kind,text\nvalue,"{long_text}"\n')
    path = tmp_path / "team.dwbook"
    assert run_script("import", path, csv_path, "--session", "S").returncode == 0
    with Book.open(path) as book:
        assert book.contributions.list(book.sessions.latest().id)[0].text == long_text


BAD_FILES = {
    "unknown kind": (
        "kind,text\ndelight,a\ndelight,b\nvalue,c\nobstacle,d\nhero,e\ncomplaint,f\n",
        ("line 7: unknown kind “complaint”",),
    ),
    "empty text": ("kind,text\ndelight,fine\nvalue,   \n", ("line 3: the text is empty",)),
    "line count after a multi-line cell": (
        'kind,text\ndelight,"one\ntwo\nthree"\nnope,x\n',
        ("line 5: unknown kind “nope”",),
    ),
    "several problems": (
        "kind,text\nfoo,a\nvalue,\ndelight,ok\n",
        ("line 2: unknown kind “foo”", "1 more problem"),
    ),
    "hero columns on an idea": (
        "kind,text,customer\ndelight,idea,Mrs X\n",
        ("line 2: customer can only be given for hero stories",),
    ),
    "bad story date": (
        "kind,text,date\nhero,story,last Tuesday\n",
        ("line 2:", "“last Tuesday” is not a date"),
    ),
    "no header": ("delight,an idea\n", ("line 1:", "header", "kind and text")),
    "unknown column": ("kind,text,mood\ndelight,x,happy\n", ("unknown column “mood”",)),
    "too many values": ("kind,text\ndelight,x,extra\n", ("line 2: more values",)),
    "header only": ("kind,text\n", ("no rows",)),
    "empty file": ("", ("empty",)),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_csv_imports_nothing_and_names_the_line(tmp_path: Path, case: str) -> None:
    text, words = BAD_FILES[case]
    csv_path = write_csv(tmp_path / "bad.csv", text)
    path = tmp_path / "team.dwbook"
    with Book.create(path) as book:
        sid = book.sessions.create("S")
        book.contributions.add(sid, "delight", "keep")
    before = path.read_bytes()
    result = run_script("import", path, csv_path, "--session", "S")
    line = assert_one_line_error(result, *words)
    assert "nothing was imported" in line
    assert path.read_bytes() == before
    with Book.open(path) as book:
        assert [c.text for c in book.contributions.list(sid)] == ["keep"]


def test_undecodable_bytes_name_the_line_and_create_no_book(tmp_path: Path) -> None:
    csv_path = tmp_path / "latin1.csv"
    csv_path.write_bytes("kind,text\ndelight,ok\nvalue,café\n".encode("latin-1"))
    path = tmp_path / "new.dwbook"
    result = run_script("import", path, csv_path, "--session", "S")
    assert_one_line_error(result, "line 3", "0xE9", "not UTF-8", "CSV UTF-8")
    assert not path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latin1.csv"]


def test_utf16_file_is_explained() -> None:
    with pytest.raises(CsvRejected, match="UTF-16"):
        read_csv("kind,text\ndelight,x\n".encode("utf-16"))


def test_problems_are_all_listed_for_the_ui() -> None:
    with pytest.raises(CsvRejected) as raised:
        read_csv(b"kind,text\nfoo,a\nvalue,\ndelight,ok\nbar,b\n")
    assert raised.value.problems == [
        "line 2: unknown kind “foo”: use delight, obstacle, hero or value",
        "line 3: the text is empty",
        "line 5: unknown kind “bar”: use delight, obstacle, hero or value",
    ]


def test_import_into_something_that_is_not_a_book(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "ok.csv", "kind,text\ndelight,x\n")
    path = tmp_path / "notes.dwbook"
    path.write_text("my notes\n", encoding="utf-8")
    result = run_script("import", path, csv_path, "--session", "S")
    assert_one_line_error(result, "notes.dwbook", "not a workshop book")
    assert path.read_text(encoding="utf-8") == "my notes\n"


def test_import_of_a_missing_csv_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_module("import", tmp_path / "t.dwbook", tmp_path / "gone.csv", "--session", "S")
    assert_one_line_error(result, "gone.csv")
    assert not (tmp_path / "t.dwbook").exists()


def test_in_process_errors_return_non_zero(tmp_path: Path, capsys) -> None:
    csv_path = write_csv(tmp_path / "bad.csv", "kind,text\nmaybe,x\n")
    assert cli.main(["import", str(tmp_path / "b.dwbook"), str(csv_path), "--session", "S"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2: unknown kind “maybe”" in err
    with pytest.raises(SystemExit) as exited:
        cli.main(["info"])
    assert exited.value.code == 2


def test_a_mistyped_command_is_an_error_not_a_book_to_open(capsys) -> None:
    from ui.app.launcher import main as launch

    assert launch(["exprot"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "“exprot” is neither a command nor a book" in err[0] and "export" in err[0]


def test_help_says_how_to_open_the_app(capsys) -> None:
    from workshop.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "opens the facilitator console on BOOK" in " ".join(capsys.readouterr().out.split())


def test_import_reads_survey_dates_and_names_like_the_feedback_dialog(tmp_path: Path) -> None:
    from workshop.cli import main

    csv_file = tmp_path / "stories.csv"
    csv_file.write_text(
        "kind,text,date,employee\n"
        'hero,"Found the lost keys",03.11.2026,Ann & Bob\n'
        'hero,"Stayed late for a guest","3 November 2026",Chen and Dara\n',
        encoding="utf-8",
    )
    book_path = tmp_path / "team.dwbook"
    assert main(["import", str(book_path), str(csv_file), "--session", "November"]) == 0
    with Book.open(book_path) as book:
        stories = book.contributions.hero_stories()
    assert sorted((s.story_date, s.credited) for s in stories) == [
        ("2026-11-03", ("Ann", "Bob")),
        ("2026-11-03", ("Chen", "Dara")),
    ]
