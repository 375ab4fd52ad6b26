"""The weekly check-in dialog on its own, over a Session's in-memory store and a check-in read
from the content folder as the app reads it (no main window): answering every question, the
total and the band's message, the comparison with an earlier week, what is saved, and that
closing without asking for the result saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QWidget

from caregiver_app.lessons.weekly import load_weekly_checkin
from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog
from caregiver_app.ui.session import Session
from caregiver_app.ui.widgets.theme import apply_text_scale

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
    """The buttons offered under the result, where to go next (not Close, always there)."""
    first = dialog.next_steps.itemAt(0).widget()
    qtbot.waitUntil(first.isVisible, timeout=2000)
    return {
        b.text(): b
        for b in dialog.findChildren(QPushButton)
        if b.isVisible() and b is not dialog.close_button
    }


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
        f"That is {change} your last check-in, in the week of {last.day} {last:%B %Y} "
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


def test_after_the_result_close_is_the_default_and_closes(qtbot, dialog, session) -> None:
    assert dialog.close_button.isVisible() and not dialog.close_button.isDefault()
    answer(qtbot, dialog, {"tired": 1, "sleep": 1, "alone": 1})
    see_result(qtbot, dialog)
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert session.private_data().weekly_results() != []  # closing keeps what was saved


def test_enter_closes_once_the_result_shows(qtbot, dialog) -> None:
    answer(qtbot, dialog, {"tired": 0, "sleep": 0, "alone": 0})
    see_result(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_close_before_the_result_saves_nothing(qtbot, dialog, session) -> None:
    answer(qtbot, dialog, {"tired": 3, "sleep": 3, "alone": 3})
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert session.private_data().weekly_results() == []


@pytest.fixture
def large_text():
    """Text at 200%, as a user can set it; back to normal for the next test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, 200)
    yield
    apply_text_scale(app, 100)


LONG_MESSAGE = " ".join(["You are carrying a lot right now and you deserve support too."] * 6)


def test_the_whole_result_can_be_read_at_large_text(
    qtbot, sample_content, session_over, parent, large_text
) -> None:
    """The result was cut off at its first lines, with no way to see the rest (issue 20,
    item 7): every line fits in the label, the label fits the dialog's width, the dialog fits
    the screen, and the result is scrolled into view above the Close button."""
    sample_content.raw(
        "weekly-checkin.yaml", CHECKIN.replace("You are carrying a lot.", LONG_MESSAGE)
    )
    session = session_over()
    checkin, _problems = load_weekly_checkin(session.library.language_dir, session.library.root)
    assert checkin is not None
    dialog = WeeklyCheckinDialog(checkin, session.private_data(), session.library, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    answer(qtbot, dialog, {"tired": 3, "sleep": 3, "alone": 3})
    see_result(qtbot, dialog)
    shown_buttons(qtbot, dialog)
    outcome = dialog.outcome
    assert LONG_MESSAGE in outcome.text()
    qtbot.waitUntil(lambda: not outcome.visibleRegion().isEmpty(), timeout=2000)
    assert outcome.heightForWidth(outcome.width()) <= outcome.height()
    assert outcome.width() <= dialog.scroll_area.viewport().width()  # no line runs off the side
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.geometry())  # all of it on the screen, none off the edge
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    assert dialog.close_button.geometry().bottom() <= dialog.height()
