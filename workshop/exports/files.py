"""Writing an export without ever leaving half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import WorkshopError
from ..i18n import _


class ExportError(WorkshopError):
    """The export could not be written where the user asked."""


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside *path*; it replaces *path* only if the block succeeds.

    A failed export (full disk, a bug) leaves the previous file untouched.
    """
    target = Path(path).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            _("Cannot write “{target}”: the folder {folder} does not exist.").format(
                target=target, folder=folder
            )
        )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:  # name the file the user asked for, not our temporary one
        raise ExportError(
            _("Cannot write “{target}”: {reason}.").format(
                target=target, reason=exc.strerror or exc
            )
        ) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        try:
            yield temp
            os.replace(temp, target)
        except OSError as exc:  # a full disk mid-write: name the target, not the temporary
            raise ExportError(
                _("Cannot write “{target}”: {reason}.").format(
                    target=target, reason=exc.strerror or exc
                )
            ) from exc
        with contextlib.suppress(OSError):  # mkstemp makes it 0600; use the usual mode
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(target, 0o666 & ~mask)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
