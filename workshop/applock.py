"""The app's lock file beside a book, read without Qt (writing CLI commands honour it).

The app holds a ``QLockFile`` at ``NAME.dwbook.lock`` while a book is open. Qt writes
it as lines: process id, process name, host name, machine id, boot id; on Unix it
also holds an ``flock`` on it. A lock whose process is gone (a crash) is stale and
ignored, as Qt itself does.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from .errors import BookLocked
from .i18n import _


def lock_path(book_path: Path) -> Path:
    return book_path.with_name(book_path.name + ".lock")


@dataclass(frozen=True)
class LockInfo:
    pid: int
    app: str
    host: str
    machine_id: str
    boot_id: str


def read_lock(path: Path) -> LockInfo | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return None
    lines += [""] * 5
    try:
        pid = int(lines[0].strip())
    except ValueError:
        return None
    return LockInfo(pid, lines[1].strip(), lines[2].strip(), lines[3].strip(), lines[4].strip())


def _this_boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _flocked(path: Path) -> bool | None:
    """True/False when the lock's flock answers; None where flock is unavailable."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def holder(book_path: Path) -> LockInfo | None:
    """Who holds the app's lock on *book_path*, or None when nobody (or a dead process)."""
    path = lock_path(Path(book_path))
    info = read_lock(path)
    if info is None:
        return None
    if info.host and info.host != socket.gethostname():
        return info  # another computer: its process cannot be checked from here
    boot = _this_boot_id()
    if info.boot_id and boot and info.boot_id != boot:
        return None  # written before this computer restarted
    flocked = _flocked(path)
    if flocked is not None and info.pid != os.getpid():
        return info if flocked else None
    return info if _alive(info.pid) else None


def refuse_if_open_in_app(book_path: Path, *, force: bool = False) -> None:
    """Raise BookLocked when the app has the book open (unless *force*)."""
    if force:
        return
    info = holder(book_path)
    if info is None:
        return
    name = Path(book_path).name
    if not info.host or info.host == socket.gethostname():
        message = _(
            "“{name}” is open in Delight Workshop on this computer; close it there or use --force."
        )
    else:
        message = _(
            "“{name}” is open in Delight Workshop on the computer “{host}”; "
            "close it there or use --force."
        )
    raise BookLocked(message.format(name=name, host=info.host))
