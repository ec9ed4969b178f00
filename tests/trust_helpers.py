"""Helpers of the "files a manager can trust" tests: the real CLI and book checksums."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("delight-workshop")


def run_cli(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    encoding: str = "utf-8",
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the installed console script in a child process, as a user would."""
    exe = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "ui.app.launcher"]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*exe, *map(str, args)],
        capture_output=True,
        text=True,
        encoding=encoding,
        errors="replace",
        cwd=cwd,
        env=full_env,
        timeout=timeout,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of *folder* with its checksum: a read-only command must not change it."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("delight-workshop: error: "), lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]
