"""UI preferences, each declared once with its type and default (stored in QSettings).

Only UI preferences live here (window geometry, recent books, theme...);
everything a team produces lives in the book.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Delight Workshop"
APPLICATION = "Delight Workshop"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A UI preference: its QSettings key, default and type."""

    key: str
    default: T
    kind: type

    def read(self, store: QSettings) -> T:
        raw: Any = store.value(self.key, self.default)
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")  # type: ignore[return-value]
            if self.kind is list:
                if isinstance(raw, str):
                    return [raw] if raw else []  # type: ignore[return-value]
                return [str(x) for x in raw]  # type: ignore[return-value]
            if self.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else self.default
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


RECENT_BOOKS: Setting[list] = Setting("books/recent", [], list)
LAST_BOOK: Setting[str] = Setting("books/last", "", str)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), QByteArray)
COLOR_SCHEME: Setting[str] = Setting("ui/color_scheme", "system", str)  # system, light, dark
FIRST_RUN_DONE: Setting[bool] = Setting("ui/first_run_done", False, bool)
TIMER_MINUTES: Setting[int] = Setting("ideate/timer_minutes", 5, int)
TIMER_SOUND: Setting[bool] = Setting("ideate/timer_sound", True, bool)
PAGE_SIZE: Setting[str] = Setting("export/page_size", "", str)  # "", "A4" or "Letter"
LANGUAGE: Setting[str] = Setting("ui/language", "", str)  # "": the system's; else a code
MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings store (tests point it at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def remember_book(store: QSettings, path: str) -> list[str]:
    """Put *path* first in the recent list and make it the last book."""
    recent = [p for p in RECENT_BOOKS.read(store) if p != path]
    recent.insert(0, path)
    del recent[MAX_RECENT:]
    RECENT_BOOKS.write(store, recent)
    LAST_BOOK.write(store, path)
    return recent
