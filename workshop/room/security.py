"""Join codes, device tokens and the per-address limit on join attempts."""

from __future__ import annotations

import secrets
import time
from collections import deque
from collections.abc import Callable

# No 0/O, 1/I/L: a code read off a projector is typed without doubt.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
TOKEN_BYTES = 32  # 256 bits


def new_join_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(value: str) -> str:
    """What a person typed, as the code is written: upper case, no spaces or dashes."""
    return "".join(ch for ch in value.upper() if ch not in " -\t")


def codes_match(typed: str, code: str) -> bool:
    return secrets.compare_digest(normalise_code(typed).encode(), code.encode())


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class AttemptLimiter:
    """At most *limit* failed join attempts per address in *window* seconds.

    Only wrong codes count, so a room of fifty phones behind one hotspot address
    joins freely; once an address is over the limit even the right code waits.
    """

    def __init__(
        self,
        limit: int = 10,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_addresses: int = 10_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_addresses = max_addresses
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, address: str) -> deque[float]:
        now = self.clock()
        failures = self._failures.get(address)
        if failures is None:
            if len(self._failures) >= self.max_addresses:
                self._forget_old(now)
            failures = self._failures[address] = deque()
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def _forget_old(self, now: float) -> None:
        for address in [a for a, f in self._failures.items() if not f or now - f[-1] > self.window]:
            del self._failures[address]

    def blocked(self, address: str) -> bool:
        return len(self._recent(address)) >= self.limit

    def failed(self, address: str) -> None:
        self._recent(address).append(self.clock())
