"""The room's HTTP and WebSocket server: aiohttp on its own thread and event loop.

Only the book's owner thread touches the room (each request is handed over
through :class:`~workshop.room.dispatch.BookThread`). Every answer carries a
strict Content-Security-Policy and nosniff, there are no CORS headers, bodies are
capped at 16 KB and must be JSON, and the only files served are the page's own
assets, read into memory when the server starts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from aiohttp import WSMsgType, web

from ..errors import BookError, WorkshopError
from ..i18n import N_, _, language
from . import protocol
from .dispatch import BookThread
from .errors import Invalid, NotJoined, RoomError, TooLarge
from .page_text import page_strings
from .room import Phone, Room

log = logging.getLogger(__name__)

COOKIE = "room_token"
HEADER = "X-Room-Token"
ASSET_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}\.(css|js|svg|png|ico)$")
CONTENT_TYPES = {
    "css": "text/css",
    "js": "text/javascript",
    "svg": "image/svg+xml",
    "png": "image/png",
    "ico": "image/x-icon",
}
BODY_TIMEOUT = 10.0
MAX_STREAMS_PER_PHONE = 4
PUSH_INTERVAL = 0.04  # seconds between two state messages to the phones


def default_assets() -> Path:
    from ..resources import resource

    return resource("room")


def _load_assets(folder: Path) -> tuple[bytes, dict[str, tuple[bytes, str]]]:
    index = (folder / "index.html").read_bytes()
    assets: dict[str, tuple[bytes, str]] = {}
    for path in sorted(folder.iterdir()):
        match = ASSET_NAME.match(path.name)
        if match and path.is_file():
            assets[path.name] = (path.read_bytes(), CONTENT_TYPES[match.group(1)])
    return index, assets


def _shared_json(shared: dict[str, Any]) -> tuple[str, str, int | None]:
    """The shared state as JSON without its closing brace: with and without the vote's items."""
    full = json.dumps(shared, separators=(",", ":"))[:-1]
    vote = shared.get("vote")
    if not vote:
        return full, full, None
    slim = {**shared, "vote": {k: v for k, v in vote.items() if k != "items"}}
    return full, json.dumps(slim, separators=(",", ":"))[:-1], vote["items_version"]


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


class RoomServer:
    """Serves one room on *host*:*port* (0 picks a free port) until ``stop()``."""

    def __init__(
        self,
        room: Room,
        book_thread: BookThread,
        host: str = "127.0.0.1",
        port: int = 0,
        assets: Path | None = None,
        shown_host: str | None = None,
    ) -> None:
        self.room = room
        self.book_thread = book_thread
        self.host = host
        self.port = port
        self.shown_host = shown_host or host
        self._index, self._assets = _load_assets(assets or default_assets())
        self._streams: dict[str, set[web.WebSocketResponse]] = {}
        self._sent: dict[web.WebSocketResponse, str] = {}
        self._items_sent: dict[web.WebSocketResponse, int | None] = {}
        self._dirty = False
        self._last_push = 0.0
        self._push_waiting = False
        self._pending: tuple[dict[str, Any], dict[str, dict[str, Any]]] | None = None
        self._sending = False
        self._tasks: set[asyncio.Future] = set()
        # The session's language as last read on the book's thread (for answers made here).
        self._language: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._start_error: BaseException | None = None
        room.subscribe(self._on_room)
        book_thread.after.append(self._push_views)

    # -- address -----------------------------------------------------------------
    @property
    def address(self) -> str:
        host = f"[{self.shown_host}]" if ":" in self.shown_host else self.shown_host
        return f"http://{host}:{self.port}/"

    @property
    def join_url(self) -> str:
        return f"{self.address}?code={quote(self.room.code)}"

    # -- life --------------------------------------------------------------------
    def start(self) -> None:
        """Start serving on a thread of its own; returns once the port is bound."""
        self._thread = threading.Thread(target=self._run, name="room-server", daemon=True)
        self._thread.start()
        self._started.wait(10)
        if self._start_error is not None:
            self._detach()
            raise self._start_error

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported to start()
            self._start_error = exc
            loop.run_until_complete(self._shutdown())
            loop.close()
            self._started.set()
            return
        self._started.set()
        loop.run_forever()
        loop.run_until_complete(self._shutdown())
        leftovers = asyncio.all_tasks(loop)
        for task in leftovers:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
        loop.close()

    async def _serve(self) -> None:
        app = web.Application(client_max_size=protocol.MAX_BODY)
        app.on_response_prepare.append(self._headers)
        app.add_routes(
            [
                web.get("/", self._page),
                web.get("/assets/{name}", self._asset),
                web.get("/api/hello", self._hello),
                web.get("/api/strings", self._strings),
                web.post("/api/join", self._join),
                web.get("/api/state", self._state),
                web.post("/api/cards", self._add_card),
                web.patch("/api/cards/{id}", self._edit_card),
                web.delete("/api/cards/{id}", self._delete_card),
                web.post("/api/dots", self._place_dot),
                web.delete("/api/dots/{id}", self._take_back_dot),
                web.post("/api/done", self._done),
                web.get("/api/events", self._events),
            ]
        )
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, backlog=256)
        await site.start()
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr]
        if sockets:
            self.port = sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        for streams in list(self._streams.values()):
            for ws in list(streams):
                await ws.close(code=1001, message=b"room closed")
        if self._runner is not None:
            await self._runner.cleanup()

    def stop(self) -> None:
        """Stop serving (open event streams are closed); safe to call twice."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if loop.is_running():
            closing = asyncio.run_coroutine_threadsafe(self._close_all({"type": "closed"}), loop)
            try:
                closing.result(2)
            except Exception:  # the phones will notice the closed connection instead
                pass
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None
        self._detach()

    def _detach(self) -> None:
        """Stop hearing from the room and the book's thread (stopped, or never started)."""
        self.room.unsubscribe(self._on_room)
        if self._push_views in self.book_thread.after:
            self.book_thread.after.remove(self._push_views)

    # -- the room's news, from the book's thread ---------------------------------
    def _on_room(self, what: str) -> None:
        loop = self._loop
        if loop is None or not loop.is_running():
            return
        if what == "closed":
            loop.call_soon_threadsafe(self._schedule_close)
            return
        self._dirty = True
        if not self.book_thread.draining:  # a change made on the owner thread itself
            self.book_thread.submit(lambda: None)

    def _push_views(self) -> None:
        """After a batch of calls on the book's thread: read what phones see, once.

        At most one read every PUSH_INTERVAL: a burst of requests costs a few
        messages per phone, not one per request.
        """
        loop = self._loop
        if not self._dirty or loop is None or not loop.is_running() or not self.room.is_open:
            return
        wait = self._last_push + PUSH_INTERVAL - time.monotonic()
        if wait > 0:
            if not self._push_waiting:
                self._push_waiting = True
                loop.call_soon_threadsafe(loop.call_later, wait, self._poke)
            return
        self._last_push = time.monotonic()
        self._dirty = False
        try:
            views = self.room.views()
        except WorkshopError as exc:  # the session was deleted under the room, say
            log.warning("room state could not be read: %s", exc)
            return
        loop.call_soon_threadsafe(self._deliver, views)

    def _poke(self) -> None:
        """The interval is over: let the book's thread push what is waiting."""
        self._push_waiting = False
        self.book_thread.submit(lambda: None)

    def _schedule_close(self) -> None:
        self._keep(asyncio.ensure_future(self._close_all({"type": "closed"})))

    def _deliver(self, views: tuple[dict[str, Any], dict[str, dict[str, Any]]]) -> None:
        self._pending = views  # a newer state replaces one not sent yet
        if not self._sending:
            self._sending = True
            self._keep(asyncio.ensure_future(self._send_views()))

    def _keep(self, task: asyncio.Future) -> None:
        """Hold a reference until the task is done (the loop keeps only weak ones)."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_views(self) -> None:
        try:
            while self._pending is not None:
                shared, mine = self._pending
                self._pending = None
                full, short, version = _shared_json(shared)
                for phone_id, streams in list(self._streams.items()):
                    me = mine.get(phone_id)
                    if me is None:
                        await self._close_streams(streams, {"type": "removed"})
                        continue
                    me_json = json.dumps(me, separators=(",", ":"))
                    for ws in list(streams):
                        # The vote's items travel again only when they changed.
                        same_items = self._items_sent.get(ws) == version
                        text = f'{short if same_items else full},"me":{me_json}}}'
                        if self._sent.get(ws) == text or ws.closed:
                            continue
                        self._sent[ws] = text
                        self._items_sent[ws] = version
                        try:
                            await ws.send_str(text)
                        except (ConnectionError, RuntimeError):
                            pass
        finally:
            self._sending = False

    async def _close_streams(self, streams: set[web.WebSocketResponse], message: dict) -> None:
        for ws in list(streams):
            try:
                await ws.send_json(message)
                await ws.close(code=4001, message=b"token revoked")
            except (ConnectionError, RuntimeError):
                pass

    async def _close_all(self, message: dict) -> None:
        for streams in list(self._streams.values()):
            await self._close_streams(streams, message)

    # -- plumbing ------------------------------------------------------------------
    async def _call(self, call: Callable[[], Any]) -> Any:
        def in_language() -> Any:  # the phones read the room in the session's language
            self._language = self.room.language()
            with language(self._language):
                return call()

        future: Future = self.book_thread.submit(in_language)
        return await asyncio.wrap_future(future)

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        host = request.host if re.fullmatch(r"[\w.:\[\]-]{1,80}", request.host) else "localhost"
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self' ws://{host}; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"

    @staticmethod
    def _token(request: web.Request) -> str | None:
        return request.headers.get(HEADER) or request.cookies.get(COOKIE)

    async def _body(self, request: web.Request) -> dict[str, Any]:
        with language(self._language):
            return await self._read_body(request)

    async def _read_body(self, request: web.Request) -> dict[str, Any]:
        if request.content_length is not None and request.content_length > protocol.MAX_BODY:
            raise TooLarge(protocol.too_large())
        if request.content_type != "application/json":
            raise Invalid(_("Send the request as JSON (Content-Type: application/json)."))
        try:
            raw = await asyncio.wait_for(request.content.read(protocol.MAX_BODY + 1), BODY_TIMEOUT)
        except TimeoutError:
            raise Invalid(_("The request arrived too slowly.")) from None
        return protocol.parse_body(raw)

    async def _answer(
        self,
        request: web.Request,
        operation: Callable[[Phone, dict[str, Any]], Any],
        *,
        with_body: bool = True,
    ) -> web.Response:
        try:
            body = await self._body(request) if with_body else {}
            token = self._token(request)

            def run() -> tuple[Any, int]:
                phone = self.room.phone(token)
                result = operation(phone, body)
                return result, self.room.revision

            result, revision = await self._call(run)
            status = 200
            if isinstance(result, tuple):
                result, created = result
                status = 201 if created else 200
            payload = {"ok": True, "rev": revision}
            if result is not None:
                payload["result"] = result
            return web.json_response(payload, status=status)
        except RoomError as exc:
            return _error(exc.status, exc.message)
        except BookError as exc:
            return _error(503, str(exc).splitlines()[0])
        except WorkshopError as exc:
            return _error(422, str(exc).splitlines()[0])

    def _refuse(self, status: int, message: str) -> web.Response:
        """An answer made on the server's thread, in the session's language as last read."""
        with language(self._language):
            return _error(status, _(message))

    # -- routes ------------------------------------------------------------------------
    async def _page(self, _request: web.Request) -> web.Response:
        return web.Response(body=self._index, content_type="text/html", charset="utf-8")

    async def _asset(self, request: web.Request) -> web.Response:
        found = self._assets.get(request.match_info["name"])
        if found is None:
            return self._refuse(404, N_("No such file."))
        body, content_type = found
        return web.Response(body=body, content_type=content_type)

    async def _hello(self, _request: web.Request) -> web.Response:
        """Before joining: whether to ask for a name (nothing else about the room)."""
        try:
            needs_name = await self._call(self.room.needs_name)
        except RoomError as exc:
            return _error(exc.status, exc.message)
        return web.json_response({"ok": True, "needs_name": needs_name})

    async def _strings(self, _request: web.Request) -> web.Response:
        """The page's words in the session's language (asked before joining too)."""
        try:
            strings = await self._call(page_strings)
        except RoomError as exc:
            return _error(exc.status, exc.message)
        return web.json_response({"ok": True, **strings})

    async def _join(self, request: web.Request) -> web.Response:
        try:
            body = await self._body(request)
            address = request.remote or "?"
            token, view = await self._call(lambda: self._joined(address, body))
        except RoomError as exc:
            return _error(exc.status, exc.message)
        except WorkshopError as exc:
            return _error(422, str(exc).splitlines()[0])
        payload: dict[str, Any] = {"ok": True, "rev": view["rev"], "result": view}
        if body.get("token_in_body") is True:
            payload["token"] = token
        response = web.json_response(payload)
        response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path="/")
        return response

    def _joined(self, address: str, body: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        token, phone = self.room.join(address, body)
        return token, self.room.view(phone)

    async def _state(self, request: web.Request) -> web.Response:
        return await self._answer(request, lambda ph, _b: self.room.view(ph), with_body=False)

    async def _add_card(self, request: web.Request) -> web.Response:
        return await self._answer(request, self.room.add_card)

    async def _edit_card(self, request: web.Request) -> web.Response:
        card = request.match_info["id"]  # checked on the book's thread, answered as 422
        return await self._answer(
            request, lambda ph, b: self.room.edit_card(ph, protocol.path_id(card), b)
        )

    async def _delete_card(self, request: web.Request) -> web.Response:
        card = request.match_info["id"]  # checked on the book's thread, answered as 422
        return await self._answer(
            request,
            lambda ph, _b: self.room.delete_card(ph, protocol.path_id(card)),
            with_body=False,
        )

    async def _place_dot(self, request: web.Request) -> web.Response:
        return await self._answer(request, self.room.place_dot)

    async def _take_back_dot(self, request: web.Request) -> web.Response:
        card = request.match_info["id"]  # checked on the book's thread, answered as 422
        return await self._answer(
            request,
            lambda ph, _b: self.room.take_back_dot(ph, protocol.path_id(card)),
            with_body=False,
        )

    async def _done(self, request: web.Request) -> web.Response:
        return await self._answer(request, self.room.set_done)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin and urlsplit(origin).netloc != request.host:
            return self._refuse(403, N_("Events are served to this room's own page only."))
        token = self._token(request)
        try:
            phone = await self._call(lambda: self.room.phone(token))
        except NotJoined as exc:
            return _error(exc.status, exc.message)
        streams = self._streams.setdefault(phone.id, set())
        if len(streams) >= MAX_STREAMS_PER_PHONE:
            return self._refuse(409, N_("This phone has too many open event streams."))
        ws = web.WebSocketResponse(heartbeat=20, max_msg_size=1024)
        await ws.prepare(request)
        streams.add(ws)
        try:
            view = await self._call(lambda: self._connected(token, +1))
            text = json.dumps(view, separators=(",", ":"))
            self._sent[ws] = text
            self._items_sent[ws] = (view.get("vote") or {}).get("items_version")
            await ws.send_str(text)
            async for message in ws:
                if message.type == WSMsgType.TEXT and message.data == "ping":
                    await ws.send_str('{"type":"pong"}')
        except (RoomError, ConnectionError):
            pass
        finally:
            streams.discard(ws)
            self._sent.pop(ws, None)
            self._items_sent.pop(ws, None)
            if not streams:
                self._streams.pop(phone.id, None)
            if self._loop is not None and self._loop.is_running():
                try:
                    await self._call(lambda: self._connected(token, -1))
                except RoomError:
                    pass
        return ws

    def _connected(self, token: str | None, delta: int) -> dict[str, Any]:
        phone = self.room.phone(token)
        self.room.set_connected(phone, delta)
        return self.room.view(phone)
