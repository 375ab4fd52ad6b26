"""One way to write a day, in the app's language, never ambiguous (issue 20, item 8)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from caregiver_app.ui.widgets.dates import day_text, time_text


@pytest.fixture
def language():
    def speak(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield speak
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize(
    ("code", "written"),
    [("en", "2 December 2026"), ("hi", "2 दिसंबर 2026")],  # Spanish adds "de": see below
)
def test_a_day_is_written_with_its_month_in_words(language, code: str, written: str) -> None:
    language(code)
    assert day_text(date(2026, 12, 2)) == written


def test_the_weekday_and_the_time_are_added_in_the_same_form(language) -> None:
    language("en")
    assert day_text(date(2026, 12, 2), weekday=True) == "Wednesday 2 December 2026"
    assert time_text(datetime(2026, 12, 2, 14, 5)) == "2 December 2026, 14:05"


def test_the_plan_lists_and_picks_days_in_that_form(qtbot, make_window) -> None:
    window = make_window()
    window.show_private_view("plan")
    view = window.private_area.plan_view
    assert view.observation_day.displayFormat() == "d MMMM yyyy"
    today = date.today()
    assert view.observation_day.text() == f"{today.day} {today:%B %Y}"


def test_the_stress_log_lists_and_picks_days_in_that_form(qtbot, make_window) -> None:
    from caregiver_app.store import StressEntry

    window = make_window()
    day = date.today() - timedelta(days=3)  # the table lists the last 30 days
    window.session.private_data().save_entry(StressEntry(day, 6, 7.0, 2))
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    assert view.table.item(0, 0).text() == f"{day.day} {day:%B %Y}"
    assert view.form.day.displayFormat() == "d MMMM yyyy"


def test_days_are_written_as_each_language_writes_them(qapp) -> None:
    from datetime import date

    from caregiver_app.ui.app import _application
    from caregiver_app.ui.widgets.dates import day_text

    try:
        _application("es")
        assert day_text(date(2026, 12, 2)) == "2 de diciembre de 2026"
        _application("hi")
        assert day_text(date(2026, 12, 2)) == "2 दिसंबर 2026"
    finally:
        _application("en")
    assert day_text(date(2026, 12, 2)) == "2 December 2026"
