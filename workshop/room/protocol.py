"""Checks on what a phone sends: JSON objects with known fields of the right type and size.

Every function raises :class:`~workshop.room.errors.Invalid` (422) with a line a
person can read, and returns plain, trimmed values the room can pass to the book.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import Invalid, TooLarge

MAX_BODY = 16 * 1024
MAX_TEXT = 1000  # one card; the console shows and prints cards of this size well
MAX_NAME = 40
MAX_KEY = 64
MAX_ID = 2**53  # what JavaScript counts exactly


def parse_body(raw: bytes) -> dict[str, Any]:
    """The request body as a JSON object (413 when too large, 422 when it is not JSON)."""
    if len(raw) > MAX_BODY:
        raise TooLarge(f"The request is larger than {MAX_BODY // 1024} KB.")
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Invalid("The request is not valid JSON.") from None
    if not isinstance(value, dict):
        raise Invalid("The request must be a JSON object.")
    return value


def only(body: dict[str, Any], *allowed: str) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise Invalid(f"Unknown field: {', '.join(k[:30] for k in unknown[:3])}.")


def text(body: dict[str, Any], key: str, what: str, *, required: bool, limit: int = MAX_TEXT):
    value = body.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Invalid(f"{what} cannot be empty.")
        return None
    if not isinstance(value, str):
        raise Invalid(f"{what} must be text.")
    value = value.strip()
    if len(value) > limit:
        raise Invalid(f"{what} is longer than {limit} characters.")
    if "\x00" in value:
        raise Invalid(f"{what} contains a character that cannot be stored.")
    if limit <= MAX_NAME and any(ch < " " or ch == "\x7f" for ch in value):
        raise Invalid(f"{what} must be one line.")
    return value


def path_id(value: str) -> int:
    """A row id from the address (``/api/cards/12``): digits only."""
    if not (value.isascii() and value.isdigit() and len(value) <= 16):
        raise Invalid("The card must be given by its number.")
    return identifier(int(value))


def identifier(value: Any, what: str = "The card") -> int:
    """A row id from JSON: a positive whole number (not text, not true/false)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < MAX_ID:
        raise Invalid(f"{what} must be given by its number.")
    return value


def flag(body: dict[str, Any], key: str, default: bool) -> bool:
    value = body.get(key, default)
    if not isinstance(value, bool):
        raise Invalid(f"“{key}” must be true or false.")
    return value


def idempotency_key(body: dict[str, Any]) -> str:
    value = body.get("key")
    if (
        not isinstance(value, str)
        or not 8 <= len(value) <= MAX_KEY
        or not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in value)
    ):
        raise Invalid("A card needs a key of 8 to 64 letters, digits, - or _.")
    return value
