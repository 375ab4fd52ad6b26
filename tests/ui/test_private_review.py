"""Regression tests for the findings of the privacy review of the vault and private area."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import LockedError, StressEntry, open_store, passcodes
from caregiver_app.ui.private.passcode_dialogs import ChangePasscodeDialog, UnlockDialog
from tests.ui.conftest import open_lesson_and_wait
from tests.ui.test_private_area import PASSCODE, give_passcode


def test_undo_never_writes_one_profiles_entry_into_another(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.session.private_data().save_entry(StressEntry(date.today(), 9, note="Ana's secret"))
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    view.table.setCurrentCell(0, 0)
    view.delete_selected()
    ben = window.session.store.profiles.create("Ben")
    window.set_profile(ben)
    window.show_private_view("stress-log")
    assert not view.undo_button.isVisible()
    view.undo_delete()
    assert window.session.store.private(ben.id).entries() == []


def test_a_key_that_no_longer_belongs_to_the_profile_cannot_seal(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, PASSCODE)
    passcodes.remove_passcode(store.connection, profile.id, vault)
    with pytest.raises(LockedError):
        store.private(profile.id, vault).save_reflection(
            "m/a", "r", "would be sealed under a lost key"
        )
    store.close()


def test_the_plan_survives_removing_the_passcode(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.show_private_view("plan")
    window.private_area.plan_view.person.setText("Sam")
    window.private_area.plan_view.save()
    window.show_library()
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)

    def unlock_with_passcode(area) -> bool:
        material = passcodes.lock_material(area.session.store.connection, area.profile.id)
        from caregiver_app.store import vault as vaults

        area.session.vault = vaults.unlock(material, PASSCODE)
        area.opened()
        return True

    monkeypatch.setattr(type(window.private_area), "unlock", unlock_with_passcode)
    window.private_commands.remove_passcode()
    window.close()  # leaving saves nothing with the old key
    again = make_window()
    assert again.session.private_data().plan().person == "Sam"


def test_locking_empties_reflections_views_and_open_dialogs(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    qtbot.keyClicks(window.reading.reader.reflection_widgets[0].editor, "very private")
    window.show_private_view("stress-log")
    qtbot.keyClicks(window.private_area.stress_view.form.note, "also private")
    dialog = ChangePasscodeDialog(
        window.session.store, window.session.profile, window.session.vault, window
    )
    dialog.show()

    window.private_area.lock()

    assert not dialog.isVisible()
    assert window.private_area.stress_view.form.note.toPlainText() == ""
    assert window.private_area.stress_view.private is None
    assert window.reading.reader.reflection_widgets[0].text() == ""


def test_changing_the_passcode_needs_the_current_one(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    dialog = ChangePasscodeDialog(
        window.session.store, window.session.profile, window.session.vault, window
    )
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    qtbot.keyClicks(dialog.current, "not the passcode")
    qtbot.keyClicks(dialog.passcode, "taken over 99")
    qtbot.keyClicks(dialog.repeat, "taken over 99")
    dialog.apply()
    qtbot.waitUntil(lambda: "not the current passcode" in dialog.message.text(), timeout=10000)
    material = passcodes.lock_material(window.session.store.connection, window.session.profile.id)
    from caregiver_app.store import vault as vaults

    vaults.unlock(material, PASSCODE)  # unchanged


def test_a_guess_counts_before_it_is_checked(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.private_area.lock()
    dialog = UnlockDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    qtbot.keyClicks(dialog.secret, "guess")
    dialog.try_unlock()
    failures = window.session.store.connection.execute(
        "SELECT failed_unlocks FROM profiles"
    ).fetchone()[0]
    assert failures == 1  # already, while the slow check is still running
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isEnabled()
    qtbot.waitUntil(lambda: "did not open" in dialog.message.text(), timeout=10000)


def test_changing_the_passcode_replaces_old_backups(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, PASSCODE)
    old_wrapped = passcodes.lock_material(store.connection, profile.id).key_wrapped_by_passcode
    store.change_passcode(profile.id, vault, "new passcode 77")
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert old_wrapped not in path.read_bytes(), path.name
    store.close()
