"""The action registry: every command of the app declared once, with its shortcut.

Feature modules declare ``ActionSpec``s with :func:`register`; the main window
turns each into one ``QAction`` (in its menu, with its shortcut and tooltip), and
Help > Keyboard shortcuts lists them all from here. A handler receives the main
window, which exposes ``context`` (a WorkshopContext) and ``show_message``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QKeySequence

# Modules that register actions when imported; each feature adds its own line.
ACTION_MODULES: list[str] = [
    "ui.commands.help_menu",
    "ui.projector.actions",
    "ui.voting.actions",
    "ui.room.actions",
    "ui.series.actions",
    "ui.playbook.actions",
    "ui.rollup.actions",
    "ui.commands.file_menu",
    "ui.commands.edit_menu",
    "ui.commands.session_menu",
    "ui.commands.capture_menu",
    "ui.commands.view_menu",
    "ui.commands.export_menu",
]

MENUS = ("File", "Edit", "Session", "View", "Export", "Help")


@dataclass(frozen=True)
class ActionSpec:
    """A command of the app: its text, menu, shortcuts, handler and when it is enabled."""

    id: str
    text: str  # source text; translated with context "Actions" when the QAction is built
    menu: str  # one of MENUS
    handler: Callable[[Any], None]
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""
    section: int = 0  # menu separators fall between sections
    checkable: bool = False
    needs: str = "book"  # "nothing", "book" or "session": when the action is enabled
    extra: dict[str, Any] = field(default_factory=dict)


REGISTRY: dict[str, ActionSpec] = {}


def register(spec: ActionSpec) -> ActionSpec:
    if spec.menu not in MENUS:
        raise ValueError(f"unknown menu {spec.menu!r}")
    REGISTRY[spec.id] = spec
    return spec


def load_action_modules() -> dict[str, ActionSpec]:
    for name in ACTION_MODULES:
        importlib.import_module(name)
    return REGISTRY
