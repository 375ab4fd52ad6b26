"""Every private write goes one way: when the disk refuses, the banner says why in words, what was
typed stays on screen, and nothing half happens (the check-in, its delete and undo, the plan,
an observation, the weekly check-in, deleting everything)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import StressEntry
from caregiver_app.store.private import PrivateData


def full_disk(*_args, **_kwargs):
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    raise error


@pytest.fixture
def full(monkeypatch):
    """Make one PrivateData method fail as a full disk would; undo to let it work again."""

    def make_full(name: str) -> None:
        monkeypatch.setattr(PrivateData, name, full_disk)

    return make_full


def test_a_check_in_not_saved_stays_typed_and_the_banner_says_why(
    qtbot, make_window, full, monkeypatch
) -> None:
    window = make_window()
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    qtbot.mouseClick(view.form.stress.buttons()[6], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.form.note, "slept badly")
    full("save_entry")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert "Your check-in could not be saved: the disk is full" in window.banner.text()
    assert view.form.note.toPlainText() == "slept badly"
    assert "Not saved" in view.form.feedback.text()
    monkeypatch.undo()
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert "could not be saved" not in window.banner.text()
    saved = window.session.private_data().entry(date.today())
    assert (saved.stress, saved.note) == (6, "slept badly")


def test_a_delete_that_fails_deletes_nothing_and_offers_no_undo(qtbot, make_window, full) -> None:
    window = make_window()
    window.session.private_data().save_entry(StressEntry(date(2026, 11, 30), 6, note="mine"))
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    view.table.setCurrentCell(0, 0)
    full("delete_entry")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "the disk is full" in window.banner.text()
    assert not view.undo_button.isVisible()
    assert view.table.rowCount() == 1


def test_a_plan_and_an_observation_not_saved_stay_on_screen(qtbot, make_window, full) -> None:
    window = make_window()
    window.show_private_view("plan")
    view = window.private_area.plan_view
    full("save_plan")
    view.person.setText("Sam")
    view.save()
    assert "Your plan could not be saved: the disk is full" in window.banner.text()
    assert view.person.text() == "Sam" and "Not saved" in view.status.text()
    full("add_observation")
    view.observation_note.setText("up at 3 am")
    view.add_observation()
    assert view.observation_note.text() == "up at 3 am"  # not cleared as if kept
    assert view.timeline.count() == 0


def test_weekly_answers_not_saved_say_so_and_stay_ticked(qtbot, make_window, full) -> None:
    from caregiver_app.lessons.weekly import Tier, WeeklyCheckin
    from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog

    window = make_window()
    checkin = WeeklyCheckin(
        "Check-in",
        "Two questions",
        ("No", "Some", "Most", "All"),
        (("a", "Tired?"), ("b", "Alone?")),
        (Tier(6, "Coping.", (), False),),
    )
    dialog = WeeklyCheckinDialog(
        checkin, window.session.private_data(), window.session.library, window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for group in dialog.groups.values():
        group.buttons()[0].click()
    full("save_weekly")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert "could not be saved: the disk is full" in dialog.outcome.text()
    assert dialog.submit.isVisible()  # they can try again


def test_deleting_everything_that_fails_says_nothing_was_deleted(
    qtbot, make_window, full, monkeypatch
) -> None:
    window = make_window()
    window.session.private_data().save_entry(StressEntry(date(2026, 11, 30), 6))
    answers = iter([QMessageBox.StandardButton.Yes])
    warnings: list[str] = []

    def warning(_parent, _title, text, *args):
        warnings.append(text)
        return next(answers, QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    full("delete_all")
    window.private_commands.delete_all()
    assert "could not be deleted: the disk is full" in warnings[-1]
    monkeypatch.undo()
    assert len(window.session.private_data().entries()) == 1


def test_removing_the_passcode_on_a_full_disk_keeps_the_entries_encrypted(
    qtbot, make_window, monkeypatch
) -> None:
    from caregiver_app.store import passcodes
    from tests.ui.test_private_area import give_passcode

    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.session.private_data().save_entry(StressEntry(date(2026, 11, 30), 6, note="mine"))
    vault = window.session.vault
    # Typing the passcode again: the key comes back.
    monkeypatch.setattr(
        window.private_area, "unlock", lambda: setattr(window.session, "vault", vault) or True
    )
    warnings: list[str] = []

    def warning(_parent, _title, text, *args):
        warnings.append(text)
        return QMessageBox.StandardButton.Yes  # yes, remove it

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(passcodes, "remove_passcode", full_disk)
    window.private_commands.remove_passcode()
    assert "stay encrypted: the disk is full" in warnings[-1]
    assert window.session.store.profiles.get(window.session.profile.id).has_passcode
