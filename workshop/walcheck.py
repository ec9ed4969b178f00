"""A ``-wal`` whose tail SQLite's recovery would drop: kept beside the book, and said.

When a book is opened with a ``-wal`` beside it, SQLite replays the frames up to
the last valid commit and drops the rest for good at the next write. A torn tail
after a crash mid-commit is rightly dropped; but a truncated, overwritten or
garbage ``-wal`` loses transactions that were committed. Before a writing open,
the ``-wal`` is read here with SQLite's own checksums (https://sqlite.org/walformat.html):
if anything would be discarded, other than complete frames of an uncommitted
transaction or frames of an earlier, checkpointed generation, a copy is kept as
``NAME.dwbook-wal.recovered`` and the caller tells the user.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

from .errors import BookError
from .i18n import _
from .storage import read_header

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def discarded_bytes(wal: bytes) -> int:
    """How many bytes of *wal* recovery would drop that may hold committed work (0: none)."""
    if not wal:
        return 0
    if len(wal) < WAL_HEADER:
        return len(wal)
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:32])
    order = _MAGIC.get(magic)
    valid_page = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if order is None or not valid_page or _checksum(wal[:24], order, 0, 0) != (c0, c1):
        return len(wal)  # a garbage header: SQLite ignores the whole file
    frame = FRAME_HEADER + page_size
    s0, s1 = c0, c1
    committed_end = WAL_HEADER
    pos = WAL_HEADER
    while pos + frame <= len(wal):
        head = wal[pos : pos + FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = _checksum(head[:8] + wal[pos + FRAME_HEADER : pos + frame], order, s0, s1)
        if (s0, s1) != (f0, f1):
            return len(wal) - committed_end  # a damaged frame: what follows is lost
        pos += frame
        if commit:
            committed_end = pos
    # After the last commit: complete frames of a transaction that never committed are
    # rightly dropped; a partial frame may be the cut-off rest of committed work.
    rest = len(wal) - pos
    if rest and rest < frame:
        return rest
    while pos + frame <= len(wal):  # the rest must be an older, checkpointed generation
        _page, _commit, f_salt1, f_salt2, _f0, _f1 = struct.unpack(
            ">6I", wal[pos : pos + FRAME_HEADER]
        )
        if (f_salt1, f_salt2) == (salt1, salt2):
            return len(wal) - pos
        pos += frame
    return 0


def recovered_name(book: Path) -> Path:
    target = book.with_name(book.name + "-wal.recovered")
    n = 2
    while target.exists():
        target = book.with_name(f"{book.name}-wal.recovered-{n}")
        n += 1
    return target


def keep_torn_wal(book: Path) -> Path | None:
    """Copy the book's -wal aside if opening would drop committed work; the copy's path."""
    book = Path(book)
    read_header(book)  # a file that is no book is refused before anything is written
    wal = book.with_name(book.name + "-wal")
    try:
        data = wal.read_bytes()
    except OSError:
        return None
    if not discarded_bytes(data):
        return None
    if not os.access(book.parent, os.W_OK):
        return None  # a writing open is refused here anyway; reading drops nothing on disk
    target = recovered_name(book)
    try:
        shutil.copyfile(wal, target)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BookError(
            _(
                "“{name}” was not closed properly and part of its journal is damaged; "
                "a copy of the journal could not be kept ({reason}), so the book "
                "was not opened for writing."
            ).format(name=book.name, reason=exc.strerror or exc)
        ) from exc
    return target


def recovery_warning(book: Path, kept: Path) -> str:
    return (
        f"delight-workshop: warning: “{book.name}” was not closed properly and part of its "
        f"journal was damaged; it opened with every change up to that point, and the "
        f"journal was kept as “{kept.name}” for recovery."
    )
