"""Help menu: About Delight Workshop, and the tour of the phases shown on the first start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.commands.registry import ActionSpec, register


def _about(window: Any) -> None:
    from ui.dialogs.about import show_about

    show_about(window)


def _tour(window: Any) -> None:
    from ui.dialogs.first_run import show_tour

    show_tour(window)


register(
    ActionSpec(
        id="help.tour",
        text=QT_TRANSLATE_NOOP("Actions", "Tour of the Phases"),
        menu="Help",
        handler=_tour,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Walk through the steps of a session again, one line each"
        ),
        section=8,
        needs="nothing",
    )
)
register(
    ActionSpec(
        id="help.about",
        text=QT_TRANSLATE_NOOP("Actions", "About Delight Workshop"),
        menu="Help",
        handler=_about,
        tip=QT_TRANSLATE_NOOP("Actions", "Version, the method behind the app, licence"),
        section=9,
        needs="nothing",
        # On macOS Qt moves an action with this role into the application menu.
        extra={"menu_role": "AboutRole"},
    )
)
