"""Hands calls from the server's thread to the one thread that owns the book.

The server thread ``submit``s a function and awaits the future; the owner thread
``drain``s the queue and runs each call. The CLI's owner loop blocks in ``drain``
with a timeout; the Qt console drains when ``wake`` (a queued signal) reaches
its main thread.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

log = logging.getLogger(__name__)
MAX_BATCH = 32  # calls run before the ``after`` hooks get a turn under a steady stream


class BookThread:
    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._calls: queue.SimpleQueue[tuple[Callable[[], Any], Future]] = queue.SimpleQueue()
        self._wake = wake
        # Run on the owner thread after each batch of calls (the server sends the
        # phones what changed, once per batch rather than once per call).
        self.after: list[Callable[[], None]] = []
        self.draining = False

    def submit(self, call: Callable[[], Any]) -> Future:
        """Queue *call* for the owner thread (safe from any thread)."""
        future: Future = Future()
        self._calls.put((call, future))
        if self._wake is not None:
            self._wake()
        return future

    def drain(self, timeout: float | None = None) -> int:
        """Run the queued calls (waiting up to *timeout* for the first); returns how many."""
        try:
            item = self._calls.get(timeout=timeout) if timeout else self._calls.get_nowait()
        except queue.Empty:
            return 0
        ran = batch = 0
        self.draining = True
        try:
            while True:
                call, future = item
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(call())
                    except BaseException as exc:  # handed to the waiting request
                        future.set_exception(exc)
                ran += 1
                batch += 1
                if batch >= MAX_BATCH:
                    self._run_after()
                    batch = 0
                try:
                    item = self._calls.get_nowait()
                except queue.Empty:
                    break
        finally:
            self.draining = False
        self._run_after()
        return ran

    def _run_after(self) -> None:
        for hook in list(self.after):
            try:
                hook()
            except Exception:  # a hook must never stop the owner's loop
                log.exception("after-batch hook %r failed", hook)
