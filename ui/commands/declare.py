"""Shorthands for declaring actions: ``spec(...)`` and handlers that call the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence

from ui.commands.registry import ActionSpec, register


def spec(
    action_id: str,
    text: str,
    menu: str,
    handler: Callable[[Any], None],
    keys: tuple[QKeySequence.StandardKey | str, ...] = (),
    *,
    tip: str = "",
    section: int = 0,
    needs: str = "session",
    checkable: bool = False,
    **extra: Any,
) -> ActionSpec:
    return register(
        ActionSpec(
            id=action_id,
            text=text,
            menu=menu,
            handler=handler,
            shortcuts=keys,
            tip=tip,
            section=section,
            checkable=checkable,
            needs=needs,
            extra=extra,
        )
    )


def call_page(method: str, *args: Any) -> Callable[[Any], None]:
    """A handler that calls ``method(*args)`` on the page shown, if it has one."""

    def handler(window: Any) -> None:
        page = window.current_page()
        fn = getattr(page, method, None)
        if callable(fn):
            fn(*args)

    return handler


def page_spec(
    action_id: str,
    text: str,
    menu: str,
    method: str,
    keys: tuple[QKeySequence.StandardKey | str, ...] = (),
    *args: Any,
    **kwargs: Any,
) -> ActionSpec:
    """An action that the page shown carries out (enabled only on such a page)."""
    return spec(action_id, text, menu, call_page(method, *args), keys, page_method=method, **kwargs)
