"""Operations and queries of the book, one store per part of the domain."""

from .actions import ActionStore
from .contributions import ContributionStore
from .sessions import SessionStore
from .themes import ThemeStore
from .votes import VoteStore

__all__ = ["ActionStore", "ContributionStore", "SessionStore", "ThemeStore", "VoteStore"]
