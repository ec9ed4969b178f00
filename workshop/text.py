"""Checks on text the user typed: stored exactly, only outer white space trimmed."""

from __future__ import annotations

from datetime import date

from .errors import InvalidInput
from .i18n import _


def clean_text(value: object, what: str = "Text") -> str:
    """Return *value* with leading/trailing white space trimmed; refuse empty text."""
    if not isinstance(value, str):
        raise InvalidInput(_("{what} must be text.").format(what=_(what)))
    text = value.strip()
    if not text:
        raise InvalidInput(_("{what} cannot be empty.").format(what=_(what)))
    return text


def optional_text(value: object, what: str = "Text") -> str | None:
    """Like :func:`clean_text`, but empty or missing text becomes None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(_("{what} must be text.").format(what=_(what)))
    return value.strip() or None


def clean_date(value: object, what: str = "Date") -> str | None:
    """Accept an ISO date (YYYY-MM-DD) or nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidInput(_("{what} must be a date.").format(what=_(what)))
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidInput(
            _("{what} “{value}” is not a date like 2026-12-31.").format(what=what, value=value)
        ) from None
