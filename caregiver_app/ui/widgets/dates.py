"""Days and times between Qt's types and Python's (Qt's own converters are typed loosely)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_date(day: QDate) -> date:
    """A date picker's day as a Python date."""
    return date(day.year(), day.month(), day.day())


def local_day(stamp: str | None) -> date | None:
    """The user's own day of a stored UTC timestamp (None if there is none, or it is not one)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def to_qdatetime(moment: datetime) -> QDateTime:
    """A Python time of day (local, naive) as a QDateTime, for a chart's time axis."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
