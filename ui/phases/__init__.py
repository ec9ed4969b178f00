"""The page shown for each phase of a session, registered by the feature that builds it.

A page factory takes the WorkshopContext and returns a QWidget. A page follows
``context.sessionChanged`` and ``context.bridge.changed`` itself. A page may
define ``focus_default()`` to put the keyboard focus where the facilitator needs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.state.context import WorkshopContext
from workshop.model import Phase

PageFactory = Callable[[WorkshopContext], QWidget]
PAGE_FACTORIES: dict[Phase, PageFactory] = {}

# Modules that register pages when imported; each feature adds its own line.
PAGE_MODULES: list[str] = [
    "ui.voting.page",
    "ui.series.follow_up",
    "ui.phases.warmup",
    "ui.phases.ideate",
    "ui.phases.group",
    "ui.phases.plan",
    "ui.phases.wrapup",
]


def register_page(phase: Phase) -> Callable[[PageFactory], PageFactory]:
    def register(factory: PageFactory) -> PageFactory:
        PAGE_FACTORIES[phase] = factory
        return factory

    return register


def load_pages() -> dict[Phase, PageFactory]:
    for name in PAGE_MODULES:
        importlib.import_module(name)
    return PAGE_FACTORIES
