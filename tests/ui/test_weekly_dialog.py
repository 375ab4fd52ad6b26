"""The weekly check-in dialog on its own, over a Session's in-memory store and a check-in read
from the content folder as the app reads it (no main window): answering every question, the
total and the band's message, the comparison with an earlier week, what is saved, and that
closing without asking for the result saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton, QWidget

from caregiver_app.lessons.weekly import load_weekly_checkin
from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog
from caregiver_app.ui.session import Session

CHECKIN = """\
title: Your weekly check-in
intro: Three questions about the last seven days.
answers: [Not at all, Some days, Most days, Every day]
questions:
  - {id: tired, text: I felt worn out.}
  - {id: sleep, text: Worry kept me awake.}
  - {id: alone, text: I felt alone with the caring.}
tiers:
  - {up_to: 3, message: You seem to be coping., lessons: [basics/welcome]}
  - {up_to: 9, message: You are carrying a lot., lessons: [signs/common], support: true}
"""


@pytest.fixture
def session(sample_content, session_over) -> Session:
    sample_content.raw("weekly-checkin.yaml", CHECKIN)
    return session_over()


@pytest.fixture
def dialog(qtbot, session: Session, parent: QWidget) -> WeeklyCheckinDialog:
    """The check-in on screen, over a plain widget, as the private area opens it."""
    library = session.library
    checkin, problems = load_weekly_checkin(library.language_dir, library.root)
    assert checkin is not None and problems == []
    shown = WeeklyCheckinDialog(checkin, session.private_data(), library, parent)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def this_monday() -> date:
    """The week a check-in made today is saved under."""
    return date.today() - timedelta(days=date.today().weekday())


def answer(qtbot, dialog: WeeklyCheckinDialog, answers: dict[str, int]) -> None:
    """Click one answer for each question (0 is "Not at all", 3 "Every day")."""
    for question, score in answers.items():
        button = dialog.findChild(QRadioButton, f"{question}-{score}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()


def see_result(qtbot, dialog: WeeklyCheckinDialog) -> str:
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    return dialog.outcome.text()


def shown_buttons(qtbot, dialog: WeeklyCheckinDialog) -> dict[str, QPushButton]:
    """The buttons offered under the result (Qt shows them on its next pass)."""
    first = dialog.next_steps.itemAt(0).widget()
    qtbot.waitUntil(first.isVisible, timeout=2000)
    return {b.text(): b for b in dialog.findChildren(QPushButton) if b.isVisible()}


def test_the_result_waits_until_every_question_is_answered(qtbot, dialog) -> None:
    assert not dialog.submit.isEnabled()
    answer(qtbot, dialog, {"tired": 1, "sleep": 2})
    assert not dialog.submit.isEnabled()
    answer(qtbot, dialog, {"alone": 0})
    assert dialog.submit.isEnabled()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"tired": 1, "sleep": 1, "alone": 1}, "You seem to be coping."),  # the top of a band
        ({"tired": 2, "sleep": 1, "alone": 1}, "You are carrying a lot."),
    ],
)
def test_the_total_and_its_bands_message_are_shown_and_saved(
    qtbot, dialog, session, answers, message
) -> None:
    answer(qtbot, dialog, answers)
    result = see_result(qtbot, dialog)
    assert result == f"Your total this week: {sum(answers.values())} out of 9.\n\n{message}"
    assert session.private_data().weekly_results() == [(this_monday(), answers)]
    assert not dialog.submit.isVisible()  # answered: it cannot be sent twice
    assert not any(button.isEnabled() for button in dialog.findChildren(QRadioButton))


@pytest.mark.parametrize(
    ("before", "change"),
    [
        ({"tired": 1, "sleep": 0, "alone": 0}, "higher than"),
        ({"tired": 2, "sleep": 1, "alone": 1}, "the same as"),
        ({"tired": 3, "sleep": 2, "alone": 2}, "lower than"),
    ],
)
def test_the_result_compares_with_the_latest_earlier_check_in(
    qtbot, session, dialog, before, change
) -> None:
    last = this_monday() - timedelta(days=14)
    session.private_data().save_weekly(last - timedelta(days=7), {"tired": 3, "sleep": 3})
    session.private_data().save_weekly(last, before)
    answer(qtbot, dialog, {"tired": 2, "sleep": 1, "alone": 1})  # 4
    assert (
        f"That is {change} your last check-in, in the week of {last:%d %B} "
        f"({sum(before.values())})." in see_result(qtbot, dialog)
    )


def test_a_second_check_in_in_one_week_replaces_the_first_and_is_not_compared_with_it(
    qtbot, session, dialog
) -> None:
    session.private_data().save_weekly(date.today(), {"tired": 3, "sleep": 3, "alone": 3})
    answer(qtbot, dialog, {"tired": 0, "sleep": 0, "alone": 0})
    assert "last check-in" not in see_result(qtbot, dialog)
    assert session.private_data().weekly_results() == [
        (this_monday(), {"tired": 0, "sleep": 0, "alone": 0})
    ]


def test_closing_without_asking_for_the_result_saves_nothing(qtbot, session, dialog) -> None:
    answer(qtbot, dialog, {"tired": 3, "sleep": 3, "alone": 3})
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert session.private_data().weekly_results() == []


def test_the_band_offers_its_lessons_and_support(qtbot, dialog) -> None:
    answer(qtbot, dialog, {"tired": 3, "sleep": 2, "alone": 2})
    see_result(qtbot, dialog)
    buttons = shown_buttons(qtbot, dialog)
    assert set(buttons) == {"Read: Common signs", "Get support"}
    with qtbot.waitSignal(dialog.lesson_requested) as asked:
        qtbot.mouseClick(buttons["Read: Common signs"], Qt.MouseButton.LeftButton)
    assert asked.args == ["signs/common"] and not dialog.isVisible()
