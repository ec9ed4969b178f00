"""Spare PySide its source scan of our own modules at start-up.

Once PySide6 is imported, it looks at every module imported after it to learn
whether the module uses PySide (for its opt-in ``__feature__`` switches): it reads
the module's whole source through ``inspect`` and searches it for the word
"PySide6". The window's hundred-odd modules took 8 ms more to import with it (2 to
8 ms of the whole start, measured). PySide keeps its answers in a dictionary by
module name and asks only about names it does not hold: this gives it our modules'
answers first, by name. A ``ui`` module uses PySide, a ``workshop`` module does not
(the core never imports Qt: a test enforces it). The few ``ui`` modules that do not
name PySide6 (package ``__init__`` files, a helper or two) would get "ignore" from
the scan rather than "uses, no feature"; with no module choosing a feature, both
leave PySide's classes as they are.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USES, IGNORED = 0, -1  # PySide's answers: uses PySide (no feature chosen), does not
PACKAGES = {"ui": USES, "workshop": IGNORED}


def our_modules() -> dict[str, int]:
    """Every module of ours found on disk, with PySide's answer for it."""
    found: dict[str, int] = {}
    for package, answer in PACKAGES.items():
        for folder, subfolders, files in os.walk(ROOT / package):
            subfolders[:] = [d for d in subfolders if not d.startswith(("_", "."))]
            dotted = ".".join(Path(folder).relative_to(ROOT).parts)
            for name in files:
                if name == "__init__.py":
                    found[dotted] = answer
                elif name.endswith(".py"):
                    found[f"{dotted}.{name[:-3]}"] = answer
    return found


def skip_source_scan() -> int:
    """Tell PySide what it would find in our modules; returns how many it was told."""
    try:
        from PySide6.support import feature
    except ImportError:
        return 0
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):  # another PySide: it scans as usual
        return 0
    told = 0
    for name, answer in our_modules().items():
        if name not in known:
            known[name] = answer
            told += 1
    return told
