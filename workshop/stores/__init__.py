"""Operations and queries of the book, one store per part of the domain."""

from .actions import ActionStore
from .contributions import ContributionStore
from .playbook import PlaybookStore
from .sessions import SessionStore
from .themes import ThemeStore
from .votes import VoteStore

__all__ = [
    "ActionStore",
    "ContributionStore",
    "PlaybookStore",
    "SessionStore",
    "ThemeStore",
    "VoteStore",
]
