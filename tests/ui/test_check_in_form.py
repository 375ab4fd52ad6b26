"""The stress log's check-in form on its own: tags used before are buttons that show when they
are chosen, and stay where they are however often the log is saved (issue 20, item 4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from caregiver_app.store import StressEntry
from caregiver_app.ui.app import _application
from caregiver_app.ui.private.check_in_form import CheckInForm


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
