"""Hands calls from the server's thread to the one thread that owns the book.

The server thread ``submit``s a function and awaits the future; the owner thread
``drain``s the queue and runs each call. The CLI's owner loop blocks in ``drain``
with a timeout; the Qt console drains when ``wake`` (a queued signal) reaches
its main thread.
"""

from __future__ import annotations

import contextlib
import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import Any

log = logging.getLogger(__name__)
MAX_BATCH = 32  # calls in one batch (one commit), then the ``after`` hooks get a turn


class BookThread:
    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._calls: queue.SimpleQueue[tuple[Callable[[], Any], Future]] = queue.SimpleQueue()
        self._wake = wake
        # Run on the owner thread after each batch of calls (the server sends the
        # phones what changed, once per batch rather than once per call).
        self.after: list[Callable[[], None]] = []
        self.draining = False
        # Set to the book's ``db.atomic``: a batch of calls commits (and syncs the disk)
        # once instead of once per call. None: each call commits on its own.
        self.transaction: Callable[[], AbstractContextManager[Any]] | None = None

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
        ran = 0
        self.draining = True
        try:
            while item is not None:
                batch = [item]
                while len(batch) < MAX_BATCH:
                    try:
                        batch.append(self._calls.get_nowait())
                    except queue.Empty:
                        break
                ran += self._run_batch(batch)
                self._run_after()
                try:
                    item = self._calls.get_nowait()
                except queue.Empty:
                    item = None
        finally:
            self.draining = False
        return ran

    def _run_batch(self, batch: list[tuple[Callable[[], Any], Future]]) -> int:
        """Run *batch*, in one transaction when ``transaction`` is set (group commit).

        Each call keeps its own operation (a savepoint, its own undo step); the disk
        is synced once for the batch, and no caller hears of its result before that
        commit: "saved" still means on disk.
        """
        outcomes: list[tuple[Future, Any, BaseException | None]] = []
        try:
            with self.transaction() if self.transaction else contextlib.nullcontext():
                for call, future in batch:
                    if not future.set_running_or_notify_cancel():
                        continue
                    try:
                        outcomes.append((future, call(), None))
                    except BaseException as exc:  # handed to the waiting request
                        outcomes.append((future, None, exc))
        except BaseException as exc:  # the commit failed: nothing of the batch is saved
            log.exception("committing a batch of %d room calls failed", len(batch))
            outcomes = [(future, None, exc) for future, _result, _error in outcomes]
        for future, result, error in outcomes:
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        return len(batch)

    def _run_after(self) -> None:
        for hook in list(self.after):
            try:
                hook()
            except Exception:  # a hook must never stop the owner's loop
                log.exception("after-batch hook %r failed", hook)
