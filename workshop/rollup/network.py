"""Is a book on a network share? (Linux: read /proc/mounts; elsewhere: unknown.)

SQLite's locking is unreliable over network file systems, and its WAL mode
needs shared memory that they do not provide: one live book written from two
computers on a shared drive can be corrupted. The app says so when it opens a
book from one, and points to the roll-up, which reads copies collected in a
folder instead.
"""

from __future__ import annotations

import os
from pathlib import Path

MOUNTS = Path("/proc/mounts")
NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph",
     "glusterfs", "lustre", "gpfs", "beegfs", "davfs", "fuse.sshfs", "fuse.davfs2",
     "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.glusterfs", "fuse.cephfs"}
)  # fmt: skip


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    return (
        field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
        .replace("\\134", "\\")
    )  # fmt: skip


def network_filesystem(path: str | os.PathLike[str], mounts: str | None = None) -> str | None:
    """The network file system type *path* lives on (``"nfs4"``, ``"cifs"``...), or None.

    *mounts* is the text of /proc/mounts (read when not given; None where there is none).
    """
    if mounts is None:
        try:
            mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    try:
        where = Path(path).expanduser().resolve()
    except (OSError, RuntimeError):
        return None
    best, best_type = -1, ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = Path(_unescape(fields[1])), fields[2]
        if (where == point or point in where.parents) and len(point.parts) > best:
            best, best_type = len(point.parts), fstype
    return best_type if best_type in NETWORK_TYPES else None
