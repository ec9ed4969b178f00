"""Shared fixtures. Qt runs offscreen: the tests need no display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from workshop.book import Book

# Fixtures of the facilitator console's tests (console window, temporary settings...).
pytest_plugins = ["tests.ui_fixtures"]


@pytest.fixture(autouse=True)
def _windows_live_until_teardown(request: pytest.FixtureRequest) -> Iterator[None]:
    """Hold every widget given to ``qtbot.addWidget`` until the test is torn down.

    qtbot keeps weak references only, so a window a test showed dies with the test's
    locals. One caught in a reference cycle waits for the garbage collector, which
    may run while pytest-qt processes the test's last events, in the middle of that
    window's own paint event, and free its backing store under the painter (a crash).
    An app holds its windows; so do the tests, until pytest-qt closes them.
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    held: list[object] = []
    add_widget = qtbot.addWidget

    def holding(widget: object, *args: object, **kwargs: object) -> None:
        held.append(widget)
        add_widget(widget, *args, **kwargs)

    qtbot.addWidget = holding
    yield
    held.clear()


class FakeClock:
    """A clock that moves one minute per reading, so timestamps are distinct."""

    def __init__(self, start: datetime = datetime(2026, 11, 20, 9, 0)) -> None:
        self.current = start

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "team.dwbook"


@pytest.fixture
def book(book_path: Path) -> Iterator[Book]:
    b = Book.create(book_path, clock=FakeClock())
    yield b
    b.close()


@pytest.fixture
def session_id(book: Book) -> int:
    return book.sessions.create(
        "Front desk, November",
        date="2026-11-20",
        facilitator="Dana",
        rounds=[
            ("delight", "How could we delight a guest?"),
            ("obstacle", "What gets in the way?"),
        ],
        participants=["Ann", "Bob", "Chen"],
    )
