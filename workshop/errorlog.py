"""The log where raw detail goes when a user gets a one-line message (damaged book...).

The same file as the app's error log: ``delight-workshop-errors.log`` in the app's
local data folder (Qt's AppLocalDataLocation, rebuilt here without Qt).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from . import __version__

_FOLDER = Path("Delight Workshop") / "Delight Workshop"


def log_path() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / _FOLDER / "delight-workshop-errors.log"


def log_detail(context: str, error: BaseException) -> Path:
    """Append *error*'s raw text to the log; returns the log's path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as log:
            stamp = datetime.now().isoformat(timespec="seconds")
            log.write(f"--- {stamp} Delight Workshop {__version__}: {context}\n")
            log.write(f"{type(error).__name__}: {error}\n")
    except OSError:
        pass  # no log is no reason to hide the one-line message
    return path
