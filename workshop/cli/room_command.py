"""``delight-workshop room BOOK``: serve the room for a session without the console."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..book import Book
from ..errors import BookError, InvalidInput
from ..i18n import N_, _
from ..watch import OutsideChanges
from . import command

if TYPE_CHECKING:
    from ..room.dispatch import BookThread
    from ..room.room import Room

WATCH_INTERVAL = 0.5  # seconds between two looks at PRAGMA data_version


def _args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "book", metavar="BOOK", type=Path, help=_("the workshop book file (.dwbook)")
    )
    parser.add_argument("--session", type=int, help=_("the session's id (default: the latest)"))
    parser.add_argument(
        "--host",
        help=_("the address to listen on (default: this machine's address on the local network)"),
    )
    parser.add_argument("--port", type=int, default=8765, help=_("the port (default 8765; 0: any)"))


@command(
    "room",
    N_("Serve the room for a session: phones on the local network join, write and vote."),
    _args,
)
def room(args: argparse.Namespace) -> int:
    # Imported here: the server (aiohttp) is not needed by the other commands.
    from ..room.dispatch import BookThread
    from ..room.network import primary_address
    from ..room.room import Room
    from ..room.server import RoomServer

    if not 0 <= args.port <= 65535:
        raise InvalidInput(_("The port must be a number from 0 to 65535."))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with Book.open(args.book) as book:
        session = book.sessions.get(args.session) if args.session else book.sessions.latest()
        if session is None:
            raise InvalidInput(_("The book has no session yet: create one in the app first."))
        host = args.host or primary_address() or "127.0.0.1"
        shown = primary_address() or "127.0.0.1" if host in ("0.0.0.0", "") else host
        owner = BookThread()
        owner.transaction = book.db.atomic  # a burst of phones: one commit per batch
        the_room = Room(book, session.id)
        server = RoomServer(the_room, owner, host, args.port, shown_host=shown)
        try:
            server.start()
        except OSError as exc:
            raise BookError(
                _("Cannot listen on {host}:{port}: {reason}").format(
                    host=host, port=args.port, reason=exc.strerror or exc
                )
            ) from None
        print(
            _("Join: {url}  code: {code}").format(url=server.join_url, code=the_room.code),
            flush=True,
        )
        print(
            _("Session: {title} (Ctrl+C closes the room)").format(title=session.title),
            file=sys.stderr,
            flush=True,
        )
        run_owner_loop(book, the_room, owner, stop)
        the_room.close()
        owner.drain()
        server.stop()
    print(_("The room is closed."), file=sys.stderr)
    return 0


def run_owner_loop(book: Book, the_room: Room, owner: BookThread, stop: threading.Event) -> None:
    """Run the phones' requests on this thread until *stop*; notice outside changes."""
    watch = OutsideChanges(book.db)
    looked = time.monotonic()
    while not stop.is_set():
        owner.drain(timeout=0.1)
        if time.monotonic() - looked >= WATCH_INTERVAL:
            looked = time.monotonic()
            if watch.check():
                the_room.outside_change()
