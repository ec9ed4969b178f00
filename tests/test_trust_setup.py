"""Issue 13, items 11 and 13: the set-up scripts a new user and CI run first.

``packaging/system-deps.sh`` runs against stand-ins for apt-get, dpkg-query, sudo,
id and python3 on PATH (recording their arguments), so no package is installed.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "system-deps.sh"


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


def run_system_deps(tmp_path: Path, *, uid: int = 0, python: str | None = "3.11.7",
                    installed: bool = False, no_chromium: bool = False,
                    ) -> tuple[subprocess.CompletedProcess[str], str]:  # fmt: skip
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    record = f'echo "$(basename "$0") $*" >> {log}'
    # Ubuntu has no "chromium" package (a snap): apt-get refuses to install it.
    refuse = 'case "$*" in *chromium*) exit 100;; esac' if no_chromium else ""
    _stub(bin_dir, "apt-get", f"{record}\n{refuse}")
    _stub(bin_dir, "sudo", f'{record}\nexec "$@"')
    _stub(bin_dir, "id", f'[ "$1" = "-u" ] && echo {uid} || /usr/bin/id "$@"')
    status = "ii " if installed else "un "
    _stub(bin_dir, "dpkg-query", f"printf '{status}'")
    if python is not None:
        major, minor = python.split(".")[:2]
        ok = 0 if (int(major), int(minor)) >= (3, 11) else 1
        _stub(bin_dir, "python3", f'case "$*" in *version_info*) exit {ok};; '
                                  f'*) echo {python};; esac')  # fmt: skip
    for tool in ("bash", "grep", "basename", "cat", "env"):  # a minimal PATH besides the stubs
        target = Path("/usr/bin", tool) if Path("/usr/bin", tool).exists() else Path("/bin", tool)
        (bin_dir / tool).symlink_to(target)
    result = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True,
                            env={"PATH": str(bin_dir), "HOME": str(tmp_path)})  # fmt: skip
    return result, log.read_text() if log.exists() else ""


def test_waits_for_the_apt_lock_and_installs_python3_venv(tmp_path: Path) -> None:
    result, calls = run_system_deps(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = calls.splitlines()
    assert any(" update" in line for line in lines)
    install = next(line for line in lines if " install " in line)
    for line in lines:
        assert "-o DPkg::Lock::Timeout=600" in line
    assert "python3-venv" in install.split()
    assert "sudo" not in calls  # root runs apt-get itself


def test_not_root_says_it_uses_sudo(tmp_path: Path) -> None:
    result, calls = run_system_deps(tmp_path, uid=1000)
    assert result.returncode == 0, result.stderr
    assert "with sudo" in result.stderr
    assert calls.splitlines()[0].startswith("sudo apt-get")


def test_nothing_to_do_when_everything_is_installed(tmp_path: Path) -> None:
    result, calls = run_system_deps(tmp_path, uid=1000, installed=True)
    assert result.returncode == 0 and calls == ""


@pytest.mark.parametrize("python", ["3.9.2", None])
def test_an_old_or_missing_python3_is_installed_and_said(tmp_path: Path, python) -> None:
    result, calls = run_system_deps(tmp_path, python=python)
    install = next(line for line in calls.splitlines() if " install " in line)
    assert "python3" in install.split()
    assert ("older than 3.11" if python else "python3 is missing") in result.stderr


def test_header_comment_tells_what_the_script_does() -> None:
    header = "".join(x for x in SCRIPT.read_text().splitlines(True) if x.startswith("#"))
    assert "sudo" in header and "not root" not in header
    assert "python3-venv" in header and "lock" in header


# -- item 13: .ci/run and the repository's ignore list ------------------------------
def test_ci_venvs_are_ignored_and_ci_says_why_a_leg_is_skipped(tmp_path: Path) -> None:
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert ".venv312/" in ignored and ".venv313/" in ignored
    ci = (ROOT / ".ci" / "run").read_text()
    assert "other_python 3.12 3.12.1 .venv312" in ci
    assert "other_python 3.13 3.13.0 .venv313" in ci
    function = re.search(r"^other_python\(\) \{.*?^\}$", ci, re.M | re.S).group()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _stub(bin_dir, "python3.13", "exit 1")  # present on PATH, but pyenv has no 3.13.0
    script = f"{function}\nother_python 3.12 3.12.1 v312\nother_python 3.13 3.13.0 v313\n"
    result = subprocess.run(["/bin/bash", "-c", script], capture_output=True, text=True,
                            env={"PATH": str(bin_dir)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Python 3.12: skipped (no python3.12 on PATH)" in result.stdout
    assert "Python 3.13: skipped (PYENV_VERSION=3.13.0 python3.13 does not run)" in result.stdout


def test_pyside6_exclusion_keeps_every_6_12_0_release_out() -> None:
    import tomllib

    from packaging.requirements import Requirement
    from packaging.version import Version

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pyside = [Requirement(d) for d in deps if d.startswith("PySide6")]
    for_311 = [r for r in pyside if r.marker.evaluate({"python_version": "3.11"})]
    assert len(for_311) == 1
    for bad in ("6.12.0", "6.12.0.1", "6.12.0.post1"):
        assert Version(bad) not in for_311[0].specifier, bad
    for good in ("6.11.3", "6.12.1", "6.13.0"):
        assert Version(good) in for_311[0].specifier, good


def test_system_deps_is_executable_bash() -> None:
    assert os.access(SCRIPT, os.R_OK)
    assert subprocess.run(["bash", "-n", str(SCRIPT)]).returncode == 0


# -- item 13: import --help from the parser's own lists -------------------------------
def test_import_help_lists_what_the_parser_reads() -> None:
    from workshop.feedback import NAME_SEPARATORS, date_examples, parse_day, split_employees

    from .trust_helpers import run_cli

    result = run_cli("import", "--help")
    assert result.returncode == 0
    help_text = " ".join(result.stdout.split())
    assert "YYYY-MM-DD" not in help_text
    for example in date_examples():
        assert example in help_text
        assert parse_day(example) == "2026-11-03"
    for separator in NAME_SEPARATORS:
        assert f"“{separator}”" in help_text
        assert split_employees(f"Ann {separator} Bob") == ("Ann", "Bob")
    assert split_employees("Ann and Bob") == ("Ann", "Bob")


def test_a_distribution_without_a_chromium_package_still_gets_everything_else(
    tmp_path: Path,
) -> None:
    result, calls = run_system_deps(tmp_path, no_chromium=True)
    assert result.returncode == 0, result.stderr
    installs = [line.split() for line in calls.splitlines() if " install " in line]
    assert "python3-venv" in installs[0] and "chromium" not in installs[0]
    assert "chromium" in installs[1]
    assert "browser tests will be skipped" in result.stderr
