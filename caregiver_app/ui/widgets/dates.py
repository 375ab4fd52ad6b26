"""Days and times between Qt's types and Python's (Qt's own converters are typed loosely)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_date(day: QDate) -> date:
    """A date picker's day as a Python date."""
    return date(day.year(), day.month(), day.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """A Python time of day (local, naive) as a QDateTime, for a chart's time axis."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
