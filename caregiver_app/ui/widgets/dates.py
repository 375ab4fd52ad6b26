"""Days and times between Qt's types and Python's (Qt's own converters are typed loosely), and
the one way a day is written for the user."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # a type only: the window's first screen has no date picker
    from PySide6.QtWidgets import QDateEdit

# "2 December 2026": the month in words, so that no reader wonders whether 2/12 is February;
# the words of the language the app speaks (QLocale's default, set at start), and its order and
# little words through the translations ("2 de diciembre de 2026").
DAY_FORMAT = QT_TRANSLATE_NOOP("Dates", "d MMMM yyyy")
WEEKDAY_FORMAT = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy")


def _format(pattern: str) -> str:
    return QCoreApplication.translate("Dates", pattern)


def day_text(day: date, weekday: bool = False) -> str:
    """``day`` as the user reads it everywhere: "2 December 2026" (or "Wednesday 2 December
    2026" where the day of the week helps, as in "saved for ...")."""
    qday = QDate(day.year, day.month, day.day)
    return QLocale().toString(qday, _format(WEEKDAY_FORMAT if weekday else DAY_FORMAT))


def time_text(moment: datetime) -> str:
    """A moment on a day, "2 December 2026, 14:05", for backups and other saved copies."""
    return QLocale().toString(to_qdatetime(moment), f"{_format(DAY_FORMAT)}, HH:mm")


def show_days_readably(picker: QDateEdit) -> None:
    """A date picker shows its day the way the rest of the app writes it."""
    picker.setDisplayFormat(_format(DAY_FORMAT))


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
