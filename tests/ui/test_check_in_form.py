"""The stress log's check-in form on its own: tags used before are buttons that show when they
are chosen, and stay where they are however often the log is saved (issue 20, item 4); the
stress number and the mood are one click each, with nothing chosen for the user, and sleep reads
"5 h" (item 9)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store import StressEntry
from caregiver_app.ui.app import _application
from caregiver_app.ui.private.check_in_form import NO_SLEEP_NOTED, CheckInForm
from caregiver_app.ui.widgets.theme import THEMES, apply_theme


def shown_form(qtbot) -> CheckInForm:
    _application()
    form = CheckInForm()
    qtbot.addWidget(form)
    form.resize(900, 600)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_a_chosen_tag_shows_a_tick_and_is_saved_by_its_name(qtbot) -> None:
    form = shown_form(qtbot)
    form.set_known_tags(["money", "no sleep"], ["a walk"])
    form.stress.setValue(4)
    money = form.caused.buttons[0]
    qtbot.waitUntil(money.isVisible)  # new buttons show on the next pass of the event loop
    qtbot.mouseClick(money, Qt.MouseButton.LeftButton)
    assert money.isChecked() and money.text() == "✓ money"
    assert form.caused.buttons[1].text() == "no sleep"  # the one not chosen has no tick
    assert form.entry().caused == ("money",)
    qtbot.mouseClick(money, Qt.MouseButton.LeftButton)
    assert money.text() == "money" and form.entry().caused == ()


def test_a_chosen_tag_looks_different_from_one_not_chosen(qtbot) -> None:
    form = shown_form(qtbot)
    form.set_known_tags(["money", "no sleep"], [])
    chosen, other = form.caused.buttons
    chosen.setChecked(True)
    qtbot.wait(10)
    middle = chosen.rect().center()
    # Sampled off the text, near the left edge inside the border.
    assert chosen.grab().toImage().pixelColor(4, middle.y()) != other.grab().toImage().pixelColor(
        4, middle.y()
    )


def test_the_tag_buttons_stay_put_after_every_save(qtbot) -> None:
    form = shown_form(qtbot)
    places = []
    for _ in range(4):  # each save sets the known tags again
        form.set_known_tags(["money", "no sleep"], ["a walk"])
        form.show_entry(StressEntry(date.today(), 6, caused=("money",)))
        qtbot.wait(20)
        places.append(form.caused.buttons[1].mapTo(form, form.caused.buttons[1].rect().topLeft()))
    assert len(set(places)) == 1
    stretches = [
        form.caused._row.itemAt(index).spacerItem() for index in range(form.caused._row.count())
    ]
    assert sum(item is not None for item in stretches) == 1
    assert form.caused.buttons[0].text() == "✓ money"  # the day's own tags come back ticked


# --- the stress number and the mood: one click each, nothing chosen for you (issue 20, item 9)


def checked(row) -> list[str]:
    return [button.accessibleName() for button in row.buttons() if button.isChecked()]


def test_a_fresh_form_has_no_stress_chosen_and_says_what_saving_needs(qtbot) -> None:
    form = shown_form(qtbot)
    assert checked(form.stress) == [] and checked(form.mood) == []
    assert not form.save_button.isEnabled()
    assert form.save_hint.isVisible()
    assert form.save_hint.text() == "Choose a number for today's stress"
    qtbot.mouseClick(form.stress.buttons()[7], Qt.MouseButton.LeftButton)
    assert form.save_button.isEnabled() and not form.save_hint.isVisible()
    assert checked(form.stress) == ["Stress 7 of 10"]
    assert form.stress.buttons()[7].text() == "✓ 7"  # not by its colour alone
    assert form.stress_value.text() == "7 of 10: stressed"
    assert form.entry().stress == 7


def test_every_number_from_0_to_10_is_a_button_named_for_a_screen_reader(qtbot) -> None:
    form = shown_form(qtbot)
    buttons = form.stress.buttons()
    assert [button.text() for button in buttons] == [str(number) for number in range(11)]
    assert [button.accessibleName() for button in buttons] == [
        f"Stress {number} of 10" for number in range(11)
    ]
    assert all(button.isVisible() for button in buttons)
    assert (form.stress_low.text(), form.stress_high.text()) == ("calm", "overwhelmed")
    assert form.stress_low.isVisible() and form.stress_high.isVisible()


def test_one_click_on_another_number_moves_the_choice(qtbot) -> None:
    form = shown_form(qtbot)
    qtbot.mouseClick(form.stress.buttons()[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.stress.buttons()[9], Qt.MouseButton.LeftButton)
    assert checked(form.stress) == ["Stress 9 of 10"]
    assert form.stress.buttons()[2].text() == "2"
    qtbot.mouseClick(form.stress.buttons()[9], Qt.MouseButton.LeftButton)
    assert checked(form.stress) == ["Stress 9 of 10"]  # a stress is never un-chosen by a click


def test_the_keyboard_chooses_with_a_digit_or_the_arrows(qtbot) -> None:
    form = shown_form(qtbot)
    form.stress.setFocus()
    qtbot.waitUntil(form.stress.buttons()[0].hasFocus)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_7)
    assert form.stress.value() == 7
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Right)
    assert form.stress.value() == 8 and form.stress.buttons()[8].hasFocus()
    qtbot.keyClicks(form.focusWidget(), "10")
    assert form.stress.value() == 10
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_3)
    assert form.stress.value() == 3


def test_tab_reaches_the_row_once_and_lands_on_the_chosen_number(qtbot) -> None:
    form = shown_form(qtbot)
    form.stress.setValue(6)
    form.day.setFocus()
    qtbot.waitUntil(form.day.hasFocus)
    for _ in range(3):  # the day's three parts
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.stress.buttons()[6].hasFocus()
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.sleep.hasFocus()  # one stop for the whole row, not eleven


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_chosen_number_stands_out_in_every_theme(qtbot, theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        form = shown_form(qtbot)
        form.stress.setValue(4)
        qtbot.wait(10)
        chosen, other = form.stress.buttons()[4], form.stress.buttons()[5]
        inside = QPoint(3, chosen.height() // 2)  # inside the border, off the text
        assert chosen.grab().toImage().pixelColor(inside) != other.grab().toImage().pixelColor(
            inside
        )
    finally:
        apply_theme(app, "light")


def test_save_looks_unavailable_until_a_number_is_chosen(qtbot) -> None:
    form = shown_form(qtbot)
    inside = QPoint(3, form.save_button.height() // 2)
    waiting = form.save_button.grab().toImage().pixelColor(inside)
    form.stress.setValue(3)
    qtbot.wait(10)
    assert form.save_button.grab().toImage().pixelColor(inside) != waiting


def test_mood_is_one_click_and_a_second_click_leaves_it_not_noted(qtbot) -> None:
    form = shown_form(qtbot)
    form.stress.setValue(5)
    good = form.mood.buttons()[3]
    assert good.accessibleName() == "Mood: good" and good.isVisible()
    qtbot.mouseClick(good, Qt.MouseButton.LeftButton)
    assert good.text() == "✓ good" and form.entry().mood == 3
    qtbot.mouseClick(form.mood.buttons()[1], Qt.MouseButton.LeftButton)
    assert checked(form.mood) == ["Mood: low"] and form.entry().mood == 1
    qtbot.mouseClick(form.mood.buttons()[1], Qt.MouseButton.LeftButton)
    assert checked(form.mood) == [] and form.entry().mood is None


@pytest.mark.parametrize(
    ("hours", "shown"), [(5.0, "5 h"), (6.5, "6.5 h"), (0.0, "0 h"), (NO_SLEEP_NOTED, "not noted")]
)
def test_sleep_reads_as_people_say_it(qtbot, hours: float, shown: str) -> None:
    form = shown_form(qtbot)
    form.sleep.setValue(hours)
    assert form.sleep.text() == shown


def test_a_day_without_a_check_in_shows_nothing_chosen(qtbot) -> None:
    form = shown_form(qtbot)
    form.show_entry(StressEntry(date.today(), 8, mood=0))
    assert checked(form.stress) == ["Stress 8 of 10"] and checked(form.mood) == ["Mood: very low"]
    form.go_to_day(date.today() - timedelta(days=1))
    form.show_entry(None)  # as the log does for a day with no check-in
    assert checked(form.stress) == [] and checked(form.mood) == []
    assert not form.save_button.isEnabled()
    assert form.save_hint.text() == "Choose a number for this day's stress"


def test_clearing_the_form_leaves_no_number_or_mood_behind(qtbot) -> None:
    form = shown_form(qtbot)
    form.show_entry(StressEntry(date.today(), 9, sleep_hours=4, mood=1, note="bad day"))
    form.clear()  # on lock or a profile switch
    assert checked(form.stress) == [] and checked(form.mood) == []
    assert form.sleep.text() == "not noted" and form.note.toPlainText() == ""
