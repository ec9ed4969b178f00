"""Words and dates the exports share: labels, long dates, default file names."""

from __future__ import annotations

import re
import unicodedata
from datetime import date as Date

from babel.dates import format_date

from ..i18n import N_, _, current_language, ngettext
from ..model import STATUS_LABELS, HeroType, Kind, Session

FORMATS = ("pdf", "csv", "markdown", "ics")
SUFFIXES = {"pdf": ".pdf", "csv": ".csv", "markdown": ".md", "ics": ".ics"}
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".csv": "csv", ".md": "markdown", ".markdown": "markdown",
                    ".ics": "ics"}  # fmt: skip
KIND_COUNTS = {
    Kind.DELIGHT: lambda n: ngettext("{n} delight idea", "{n} delight ideas", n),
    Kind.OBSTACLE: lambda n: ngettext("{n} obstacle", "{n} obstacles", n),
    Kind.HERO: lambda n: ngettext("{n} hero story", "{n} hero stories", n),
    Kind.VALUE: lambda n: ngettext("{n} value idea", "{n} value ideas", n),
}
HERO_LABELS = {HeroType.ROUTINE: N_("Routine delight"), HeroType.RECOVERY: N_("Recovery")}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def status_label(status: object) -> str:
    value = getattr(status, "value", status)
    label = STATUS_LABELS.get(str(value))
    return _(label) if label else str(value).replace("_", " ").capitalize()


def hero_label(hero_type: HeroType | None) -> str:
    return _(HERO_LABELS[hero_type]) if hero_type in HERO_LABELS else ""


def long_date(value: str | Date | None, weekday: bool = False) -> str:
    """``2026-11-20`` as ``20 November 2026`` in the current language (Babel's CLDR data)."""
    if not value:
        return ""
    try:
        day = value if isinstance(value, Date) else Date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    lang = current_language()
    if lang == "en":  # day month year: unambiguous on both sides of the Atlantic
        text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        return f"{_DAYS[day.weekday()]} {text}" if weekday else text
    return format_date(day, "full" if weekday else "long", locale=lang)


def kind_count(kind: Kind, n: int) -> str:
    """``1 hero story``, ``3 hero stories`` (real plurals in every language)."""
    return KIND_COUNTS[kind](n).format(n=n)


def breakdown(counts: dict[Kind, int]) -> str:
    """``12 delight ideas, 1 obstacle`` (kinds with none left out)."""
    return ", ".join(kind_count(k, counts.get(k, 0)) for k in Kind if counts.get(k, 0))


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe version of *text* (letters of any script kept)."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[^\w\s-]", "", text, flags=re.UNICODE).strip().lower()
    text = re.sub(r"[\s_-]+", "-", text)
    return text[:limit].strip("-") or "session"


def default_file_name(session: Session, fmt: str = "pdf") -> str:
    """``action-plan-2026-11-20-front-desk-november.pdf``."""
    return f"action-plan-{session.date}-{slug(session.title)}{SUFFIXES[fmt]}"
