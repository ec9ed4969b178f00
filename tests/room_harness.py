"""A room served on 127.0.0.1 with the book owned by a thread of its own, and a client.

The harness plays the CLI's part: one owner thread runs every call on the book
(``run`` hands the test's own checks to it too), the server runs on its thread.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from workshop.book import Book
from workshop.room.dispatch import BookThread
from workshop.room.room import Room
from workshop.room.server import HEADER, RoomServer

T = TypeVar("T")


class RoomHarness:
    def __init__(self, path: Path, session_id: int, **room_args: Any) -> None:
        self.owner = BookThread()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._own, daemon=True)
        self._thread.start()
        self.book: Book = self.run(lambda: Book.open(path))
        self.owner.transaction = self.book.db.atomic  # group commit, as the app runs it
        self.room: Room = self.run(lambda: Room(self.book, session_id, **room_args))
        self.server = RoomServer(self.room, self.owner, "127.0.0.1", 0)
        self.server.start()
        self.port = self.server.port

    def _own(self) -> None:
        while not self._stop.is_set():
            self.owner.drain(timeout=0.02)

    def run(self, call: Callable[[], T]) -> T:
        """Run *call* on the book's owner thread and return its result."""
        return self.owner.submit(call).result(10)

    def close(self) -> None:
        self.run(self.room.close)
        self.owner.transaction = None
        self.server.stop()
        self.run(self.book.close)
        self._stop.set()
        self._thread.join(5)

    # -- a plain HTTP client ---------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any], http.client.HTTPResponse]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        sent = {"Content-Type": "application/json"} if (body is not None or raw) else {}
        if token:
            sent[HEADER] = token
        sent.update(headers or {})
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        payload = response.read()
        conn.close()
        try:
            decoded = json.loads(payload) if payload else {}
        except ValueError:
            decoded = {"_raw": payload}
        return response.status, decoded, response

    def join(self, name: str | None = "Ann", code: str | None = None) -> str:
        body: dict[str, Any] = {"code": code or self.room.code, "token_in_body": True}
        if name is not None:
            body["name"] = name
        status, data, _ = self.request("POST", "/api/join", body)
        assert status == 200, data
        return data["token"]

    def events(self, token: str, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """The first *count* messages of the phone's event stream."""

        async def read() -> list[dict[str, Any]]:
            got: list[dict[str, Any]] = []
            async with (
                aiohttp.ClientSession() as session,
                session.ws_connect(
                    f"http://127.0.0.1:{self.port}/api/events", headers={HEADER: token}
                ) as ws,
            ):
                while len(got) < count:
                    message = await ws.receive(timeout)
                    if message.type != aiohttp.WSMsgType.TEXT:
                        break
                    got.append(json.loads(message.data))
            return got

        return asyncio.run(read())
