"""Checks on text the user typed: stored exactly, only outer white space trimmed."""

from __future__ import annotations

from datetime import date

from .errors import InvalidInput


def clean_text(value: object, what: str = "Text") -> str:
    """Return *value* with leading/trailing white space trimmed; refuse empty text."""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text.")
    text = value.strip()
    if not text:
        raise InvalidInput(f"{what} cannot be empty.")
    return text


def optional_text(value: object, what: str = "Text") -> str | None:
    """Like :func:`clean_text`, but empty or missing text becomes None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text.")
    return value.strip() or None


def clean_date(value: object, what: str = "Date") -> str | None:
    """Accept an ISO date (YYYY-MM-DD) or nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be a date.")
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidInput(f"{what} “{value}” is not a date like 2026-12-31.") from None
