"""What a phone is told when a request fails: an HTTP status and one line."""

from __future__ import annotations


class RoomError(Exception):
    """A refused request; ``status`` is the HTTP status the server answers with."""

    status = 422

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotJoined(RoomError):
    """No token, or a token the room no longer knows (removed, room closed)."""

    status = 401


class WrongCode(RoomError):
    status = 403


class NotNow(RoomError):
    """The phase, the voting state, a budget or a cap does not allow it."""

    status = 409


class TooLarge(RoomError):
    status = 413


class Invalid(RoomError):
    status = 422


class TooManyTries(RoomError):
    status = 429
