"""``delight-workshop rollup`` run as a user runs it: a real process, files, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.rollup_books import TODAY, checksums, make_region
from tests.test_cli import assert_one_line_error, run_script
from workshop.rollup import rollup_file


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "region"
    make_region(folder)
    return folder


def test_rollup_has_help() -> None:
    result = run_script("rollup", "--help")
    assert result.returncode == 0, result.stderr
    assert "BOOK_OR_FOLDER" in result.stdout and "--threshold" in result.stdout
    assert "rollup" in run_script("--help").stdout


def test_a_folder_rolls_up_into_a_pdf_with_its_grouping_beside_it(
    region: Path, tmp_path: Path
) -> None:
    (region.parent / "notes.dwbook").write_text("hello")
    before = checksums(region)
    out = tmp_path / "region.pdf"
    result = run_script("rollup", region, region.parent / "notes.dwbook", "-o", out)
    assert result.returncode == 0, result.stderr
    assert checksums(region) == before
    assert "Rolled up 4 teams (5 obstacles shared by two teams or more)" in result.stdout
    assert result.stderr.strip().splitlines() == [
        f"delight-workshop: skipped {region.parent / 'notes.dwbook'}: "
        "“notes.dwbook” is not a workshop book."
    ]
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Roll-up of 4 teams" in text and "Refunds need two signatures" in text
    saved = json.loads((tmp_path / "region.rollup.json").read_text(encoding="utf-8"))
    assert saved["kind"] == "delight-workshop-rollup" and saved["threshold"] == 80
    assert saved["books"] == [str(region), str(region.parent / "notes.dwbook")]  # as given


def test_the_grouping_made_in_the_app_is_used_and_the_threshold_can_change(
    region: Path, tmp_path: Path
) -> None:
    from workshop.rollup import roll_up

    rollup = roll_up([region], today=TODAY)
    safe = next(g for g in rollup.shared if "safe" in g.label)
    booking = next(g for g in rollup.shared if "booking" in g.label)
    rollup.decisions.merge([safe, booking])
    rollup_file.save(tmp_path / "region.rollup.json", 80, rollup.decisions, [region])
    out = tmp_path / "region.md"
    result = run_script("rollup", region, "-o", out, "--threshold", "95")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    merged = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert "East, North, South, West" in merged  # the merge made by hand comes first
    assert "threshold 95" in text
    assert rollup_file.load(tmp_path / "region.rollup.json").threshold == 95


def test_csv_goes_to_two_files_with_formulas_neutralised(region: Path, tmp_path: Path) -> None:
    result = run_script("rollup", region, "-o", tmp_path / "region.csv")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "region.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    shared = (tmp_path / "region.shared-obstacles.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in shared and ",=" not in shared


def test_without_an_output_markdown_goes_to_standard_output(region: Path) -> None:
    result = run_script("rollup", region / "South.dwbook", region / "East.dwbook")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Roll-up of 2 teams")
    assert "Forms in \\<b\\>triplicate" not in result.stdout  # only East names it: not shared
    shared = [line for line in result.stdout.splitlines() if line.startswith(("| 1 |", "| 2 |"))]
    assert len(shared) == 2 and all("| South, East | 2 |" in line for line in shared)
    assert any("signatures" in line for line in shared)


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (("--threshold", "20"), 2, ("threshold", "50 to 100")),
        (("--threshold", "many"), 2, ("threshold",)),
        (("-o", "region.txt"), 1, ("Cannot tell the format", ".pdf")),
        (("-o", "-", "--format", "pdf"), 1, ("standard output",)),
    ],
)
def test_bad_options_are_one_line_errors(
    region: Path, args: tuple[str, ...], status: int, words: tuple[str, ...]
) -> None:
    result = run_script("rollup", region, *args)
    assert result.returncode == status
    assert_one_line_error(result, *words)


def test_nothing_readable_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.dwbook").write_text("x")
    (tmp_path / "b.dwbook").write_text("y")
    result = run_script("rollup", tmp_path)
    assert result.returncode == 1
    assert_one_line_error(result, "No workshop book could be read", "1 more file skipped")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(run_script("rollup", empty), "No workshop book found")
