"""Read-only media and full disks for the issue-13 tests.

As root (where permission bits do not stop a write) a read-only folder is a small
tmpfs remounted read-only, and a full disk is a small tmpfs filled up; as another
user a read-only folder is ``chmod 555`` with the book ``chmod 444``. Tests that
need a mount and cannot make one are skipped with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    return result.returncode == 0


def _can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "4m") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    if not _can_mount() or not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("needs root and a tmpfs mount to simulate this medium")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def read_only_folder(folder: Path, files: dict[str, Path]) -> Iterator[Path]:
    """*folder* holding copies of *files* (name -> source), then made read-only."""
    if os.geteuid() != 0:
        folder.mkdir(parents=True, exist_ok=True)
        for name, source in files.items():
            shutil.copyfile(source, folder / name)
            os.chmod(folder / name, 0o444)
        os.chmod(folder, 0o555)
        try:
            yield folder
        finally:
            os.chmod(folder, 0o755)
        return
    with tmpfs(folder) as mounted:
        for name, source in files.items():
            shutil.copyfile(source, mounted / name)
        if not _mount("-o", "remount,ro", str(mounted)):
            pytest.skip("could not remount the tmpfs read-only")
        yield mounted


def fill_disk(folder: Path) -> None:
    """Write a file until the disk holding *folder* has no byte left."""
    block = b"\0" * 65536
    with open(folder / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(block)
        except OSError:
            pass
    with open(folder / "filler-tail", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0")
        except OSError:
            pass
