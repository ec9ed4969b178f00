"""Dates as a table shows them: short ("18 Dec"), with the year only when it differs."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def short_date(iso: str | None, today: QDate | None = None) -> str:
    """ "18 Dec" this year, "18 Dec 2027" another year; the ISO text if it is no date."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    today = today or QDate.currentDate()
    pattern = "d MMM" if day.year() == today.year() else "d MMM yyyy"
    return QLocale().toString(day, pattern)


def long_date(iso: str | None) -> str:
    """The whole date in the user's words, for a tooltip ("Friday, 18 December 2026")."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.LongFormat) if day.isValid() else iso
