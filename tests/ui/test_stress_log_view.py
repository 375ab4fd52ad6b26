"""The stress log as a user meets it in the window: a daily check-in in three clicks or four
keys whatever the number, nothing saved that the user did not choose, and the entries table
showing the mood and sleep as people say it (issue 20, item 9)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store import StressEntry


def column_texts(view, row: int) -> dict[str, str]:
    """One row of the entries table by its column headings, as a user reads it."""
    table = view.table
    return {
        table.horizontalHeaderItem(column).text(): table.item(row, column).text()
        for column in range(table.columnCount())
    }


def test_a_check_in_is_three_clicks_for_any_number(qtbot, make_window) -> None:
    window = make_window()
    stress_log = window.app_actions.toolbar.widgetForAction(window.app_actions.stress_log)
    qtbot.mouseClick(stress_log, Qt.MouseButton.LeftButton)  # 1
    view = window.private_area.stress_view
    qtbot.waitUntil(view.isVisible)
    qtbot.mouseClick(view.form.stress.buttons()[8], Qt.MouseButton.LeftButton)  # 2
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)  # 3
    assert [entry.stress for entry in window.session.private_data().entries()] == [8]
    assert "Saved" in view.form.feedback.text()
    assert column_texts(view, 0)["Stress"] == "8"


def test_a_check_in_is_four_keys_from_anywhere(qtbot, make_window) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the stress log
    view = window.private_area.stress_view
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert view.form.stress.buttons()[0].hasFocus()  # Alt+T: the "Stress:" label's key
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [entry.stress for entry in window.session.private_data().entries()] == [4]


def test_nothing_is_saved_until_a_number_is_chosen(qtbot, make_window) -> None:
    window = make_window()
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    qtbot.keyClicks(view.form.note, "a long day")
    assert not view.form.save_button.isEnabled()
    assert view.form.save_hint.isVisible()
    assert view.form.save_hint.text() == "Choose a number for today's stress"
    qtbot.keyClick(view.form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.session.private_data().entries() == []  # no "5, tense" made up for them
    assert view.form.feedback.text() == "Choose a number for today's stress"
    assert view.form.note.toPlainText() == "a long day"  # nothing typed is lost
    assert view.form.stress.buttons()[0].hasFocus()  # where the answer goes


def test_after_saving_the_form_shows_the_saved_day_and_a_new_day_starts_empty(
    qtbot, make_window
) -> None:
    """After a save the form shows what was kept, to change if need be: emptied, it would ask
    again for today's number, as if the save had not happened. Another day starts empty."""
    window = make_window()
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    qtbot.mouseClick(view.form.stress.buttons()[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert view.form.stress.buttons()[3].text() == "✓ 3"
    assert view.form.save_button.text() == "Update check-in"
    view.form.go_to_day(date.today() - timedelta(days=1))
    assert not any(button.isChecked() for button in view.form.stress.buttons())
    assert not view.form.save_button.isEnabled()
    assert view.form.save_button.text() == "Save check-in"


def test_the_table_shows_the_mood_and_sleep_in_hours(qtbot, make_window) -> None:
    window = make_window()
    private = window.session.private_data()
    today = date.today()
    private.save_entry(StressEntry(today, 6, sleep_hours=6.5, mood=3))
    private.save_entry(StressEntry(today - timedelta(days=1), 2, sleep_hours=5.0, mood=0))
    private.save_entry(StressEntry(today - timedelta(days=2), 4))
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    assert view.table.isVisible()
    newest, middle, oldest = (column_texts(view, row) for row in range(3))
    assert (newest["Mood"], newest["Sleep"]) == ("good", "6.5 h")
    assert (middle["Mood"], middle["Sleep"]) == ("very low", "5 h")
    assert (oldest["Mood"], oldest["Sleep"]) == ("", "")  # not noted: nothing made up


def test_a_mood_chosen_in_the_form_reaches_the_table(qtbot, make_window) -> None:
    window = make_window()
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    qtbot.mouseClick(view.form.stress.buttons()[5], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.form.mood.buttons()[2], Qt.MouseButton.LeftButton)
    view.form.sleep.setValue(7)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    row = column_texts(view, 0)
    assert (row["Stress"], row["Mood"], row["Sleep"]) == ("5", "okay", "7 h")
