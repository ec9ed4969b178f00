"""The page shown for each phase of a session, registered by the feature that builds it.

A page factory takes the WorkshopContext and returns a QWidget. A page follows
``context.sessionChanged`` and ``context.bridge.changed`` itself. A page may
define ``focus_default()`` to put the keyboard focus where the facilitator needs it.
A template may bring its own page for a phase (``register_page(phase, template=...)``):
the recovery playbook's Plan phase is its Playbook page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.state.context import WorkshopContext
from workshop.model import Phase

PageFactory = Callable[[WorkshopContext], QWidget]
PAGE_FACTORIES: dict[Phase, PageFactory] = {}
PAGE_VARIANTS: dict[tuple[Phase, str], PageFactory] = {}

# Modules that register pages when imported; each feature adds its own line.
PAGE_MODULES: list[str] = [
    "ui.voting.page",
    "ui.series.follow_up",
    "ui.phases.warmup",
    "ui.phases.ideate",
    "ui.phases.group",
    "ui.phases.plan",
    "ui.phases.wrapup",
    "ui.playbook.page",
    "ui.playbook.review",
    "ui.playbook.wrapup",
]
# Panels a feature adds to another feature's page, by place ("follow_up.side"...).
PanelFactory = Callable[[WorkshopContext], QWidget]
PANEL_FACTORIES: dict[str, list[PanelFactory]] = {}


def register_page(
    phase: Phase, template: str | None = None
) -> Callable[[PageFactory], PageFactory]:
    def register(factory: PageFactory) -> PageFactory:
        if template is None:
            PAGE_FACTORIES[phase] = factory
        else:
            PAGE_VARIANTS[(phase, template)] = factory
        return factory

    return register


def page_variant(phase: Phase, template: str) -> str:
    """The template whose own page shows *phase* of its sessions ("" for the usual page)."""
    load_pages()
    return template if (phase, template) in PAGE_VARIANTS else ""


def page_factory(phase: Phase, variant: str = "") -> PageFactory | None:
    factories = load_pages()
    return PAGE_VARIANTS.get((phase, variant)) if variant else factories.get(phase)


def register_panel(place: str) -> Callable[[PanelFactory], PanelFactory]:
    def register(factory: PanelFactory) -> PanelFactory:
        PANEL_FACTORIES.setdefault(place, []).append(factory)
        return factory

    return register


def panels(place: str, context: WorkshopContext) -> list[QWidget]:
    """The panels features added to *place*, built for *context*."""
    load_pages()
    return [factory(context) for factory in PANEL_FACTORIES.get(place, [])]


def load_pages() -> dict[Phase, PageFactory]:
    for name in PAGE_MODULES:
        importlib.import_module(name)
    return PAGE_FACTORIES
