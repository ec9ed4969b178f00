"""Checks on what a phone sends: JSON objects with known fields of the right type and size.

Every function raises :class:`~workshop.room.errors.Invalid` (422) with a line a
person can read, and returns plain, trimmed values the room can pass to the book.
"""

from __future__ import annotations

import json
from typing import Any

from ..i18n import N_, _
from .errors import Invalid, TooLarge

MAX_BODY = 16 * 1024
MAX_TEXT = 1000  # one card; the console shows and prints cards of this size well
MAX_NAME = 40
MAX_KEY = 64
MAX_ID = 2**53  # what JavaScript counts exactly


def too_large() -> str:
    return _("The request is larger than {size} KB.").format(size=MAX_BODY // 1024)


def parse_body(raw: bytes) -> dict[str, Any]:
    """The request body as a JSON object (413 when too large, 422 when it is not JSON)."""
    if len(raw) > MAX_BODY:
        raise TooLarge(too_large())
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Invalid(_("The request is not valid JSON.")) from None
    if not isinstance(value, dict):
        raise Invalid(_("The request must be a JSON object."))
    return value


def only(body: dict[str, Any], *allowed: str) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise Invalid(
            _("Unknown field: {fields}.").format(fields=", ".join(k[:30] for k in unknown[:3]))
        )


def text(body: dict[str, Any], key: str, what: str, *, required: bool, limit: int = MAX_TEXT):
    value = body.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Invalid(_("{what} cannot be empty.").format(what=_(what)))
        return None
    if not isinstance(value, str):
        raise Invalid(_("{what} must be text.").format(what=_(what)))
    value = value.strip()
    if len(value) > limit:
        raise Invalid(
            _("{what} is longer than {limit} characters.").format(what=_(what), limit=limit)
        )
    if "\x00" in value:
        raise Invalid(_("{what} contains a character that cannot be stored.").format(what=_(what)))
    if limit <= MAX_NAME and any(ch < " " or ch == "\x7f" for ch in value):
        raise Invalid(_("{what} must be one line.").format(what=_(what)))
    return value


def path_id(value: str) -> int:
    """A row id from the address (``/api/cards/12``): digits only."""
    if not (value.isascii() and value.isdigit() and len(value) <= 16):
        raise Invalid(_("The card must be given by its number."))
    return identifier(int(value))


def identifier(value: Any, what: str = N_("The card")) -> int:
    """A row id from JSON: a positive whole number (not text, not true/false)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < MAX_ID:
        raise Invalid(_("{what} must be given by its number.").format(what=_(what)))
    return value


def flag(body: dict[str, Any], key: str, default: bool) -> bool:
    value = body.get(key, default)
    if not isinstance(value, bool):
        raise Invalid(_("“{key}” must be true or false.").format(key=key))
    return value


def idempotency_key(body: dict[str, Any]) -> str:
    value = body.get("key")
    if (
        not isinstance(value, str)
        or not 8 <= len(value) <= MAX_KEY
        or not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in value)
    ):
        raise Invalid(_("A card needs a key of 8 to 64 letters, digits, - or _."))
    return value
