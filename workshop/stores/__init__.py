"""Operations and queries of the book, one store per part of the domain.

The book makes each store when it is first used (:class:`workshop.book.Book`), so
importing this package imports no store: ``from workshop.stores import VoteStore``
imports that store's module only.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_MODULES = {
    "ActionStore": "actions",
    "ContributionStore": "contributions",
    "PlaybookStore": "playbook",
    "SessionStore": "sessions",
    "ThemeStore": "themes",
    "VoteStore": "votes",
}
__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
