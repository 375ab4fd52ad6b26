"""The passcode dialogs state the real rule, hint at strength as the user types, and say why
OK is not available yet (issue 12, item 9); unlocking reports entries kept aside (item 7)."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import StressEntry
from caregiver_app.ui.private.passcode_dialogs import (
    ChangePasscodeDialog,
    SetPasscodeDialog,
    UnlockDialog,
)
from tests.ui.test_private_area import PASSCODE, give_passcode


def new_passcode_typed(qtbot, window) -> ChangePasscodeDialog:
    """The change dialog, shown, as just after unlocking with the recovery code, a new
    passcode typed twice."""
    dialog = ChangePasscodeDialog(
        window.session.store,
        window.session.profile,
        window.session.vault,
        window,
        ask_current=False,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passcode.setText("garden gate blue 7")
    dialog.repeat.setText("garden gate blue 7")
    return dialog


def test_the_set_dialog_states_the_real_rule_and_says_why_ok_waits(qtbot, make_window) -> None:
    window = make_window()
    dialog = SetPasscodeDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.hint)))
    assert "at least 4" not in texts and "At least 6 characters" in texts

    qtbot.keyClicks(dialog.passcode, "      ")  # six spaces used to be accepted
    qtbot.keyClicks(dialog.repeat, "      ")
    dialog.understood.setChecked(True)
    assert not dialog.ok.isEnabled()
    assert "at least 6 characters" in dialog.hint.text()
    assert dialog.ok.toolTip() == dialog.hint.text()

    for typed, refused in (("123456", "run like 123456"), ("aaaaaa", "repeats one character")):
        dialog.passcode.setText(typed)
        dialog.repeat.setText(typed)
        assert not dialog.ok.isEnabled() and refused in dialog.ok.toolTip()

    dialog.passcode.setText("kettle")
    assert dialog.hint.text().startswith("Strength: weak")
    assert "same passcode again" in dialog.ok.toolTip()
    dialog.passcode.setText(PASSCODE)
    dialog.repeat.setText(PASSCODE)
    assert dialog.hint.text() == "Strength: strong."
    assert dialog.ok.isEnabled() and dialog.ok.toolTip() == ""


def test_the_change_dialog_uses_the_same_rule(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    dialog = ChangePasscodeDialog(
        window.session.store, window.session.profile, window.session.vault, window
    )
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    qtbot.keyClicks(dialog.passcode, "abcdef")
    qtbot.keyClicks(dialog.repeat, "abcdef")
    assert not dialog.ok.isEnabled() and "abcdef" in dialog.ok.toolTip()


def test_unlocking_says_which_entries_are_kept_aside(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.session.private_data().save_entry(StressEntry(date(2026, 3, 1), 3, note="mine"))
    for day in ("2026-03-02", "2026-03-03"):
        window.session.store.connection.execute(
            "INSERT INTO stress_entries VALUES (?, ?, ?, 0, 'now')",
            (window.session.profile.id, day, json.dumps({"stress": 9, "note": "planted"}).encode()),
        )
    vault = window.session.vault
    window.private_area.lock()

    def accept(dialog) -> int:
        dialog.vault = vault
        return UnlockDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", accept)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert window.private_area.unlock()
    assert shown and (
        "2 entries in your stress log were not written by this app and are not shown; they are "
        "kept aside." in shown[0]
    )
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    assert [entry.note for entry in view.entries] == ["mine"]
    assert "2 entries could not be trusted and are not shown" in view.privacy.text()


def test_making_the_keys_fails_says_why_and_gives_the_dialog_back(
    qtbot, make_window, monkeypatch
) -> None:
    """The key derivation needs 256 MiB; a machine without it raised, and the dialog stayed
    greyed out on "Making your keys…" for good."""
    from caregiver_app.store import vault as vaults

    window = make_window()
    dialog = SetPasscodeDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()

    def no_memory(_passcode):
        raise MemoryError

    monkeypatch.setattr(vaults, "create", no_memory)
    dialog.passcode.setText(PASSCODE)
    dialog.repeat.setText(PASSCODE)
    dialog.understood.setChecked(True)
    dialog.apply()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert "not have enough free memory" in dialog.message.text()
    assert not window.session.store.profiles.get(window.session.profile.id).has_passcode


def test_a_new_passcode_is_derived_off_the_ui_thread(qtbot, make_window, monkeypatch) -> None:
    import threading

    from caregiver_app.store.vault import Vault

    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    threads: list[bool] = []
    real = Vault.wrap_for

    def recording(self, secret, params=None):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, secret, params)

    monkeypatch.setattr(Vault, "wrap_for", recording)
    dialog = new_passcode_typed(qtbot, window)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.ok.click()
    assert threads == [False]  # once, and not on the UI thread


def test_setting_a_passcode_seals_off_the_ui_thread_and_cannot_be_closed_halfway(
    qtbot, make_window, monkeypatch
) -> None:
    import threading

    from caregiver_app.store import passcodes

    window = make_window()
    threads: list[bool] = []
    release = threading.Event()
    real = passcodes.set_passcode

    def recording(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(passcodes, "set_passcode", recording)
    dialog = SetPasscodeDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    shown: list[str] = []
    monkeypatch.setattr(dialog, "show_recovery_code", shown.append)
    dialog.show()
    dialog.passcode.setText(PASSCODE)
    dialog.repeat.setText(PASSCODE)
    dialog.understood.setChecked(True)
    dialog.apply()
    qtbot.waitUntil(lambda: threads == [False], timeout=10000)  # sealing, in a worker
    dialog.reject()  # Escape or the close button, halfway
    assert dialog.isVisible()
    release.set()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        pass
    assert len(shown) == 1 and shown[0] == dialog.recovery_code
    assert window.session.store.profiles.get(window.session.profile.id).has_passcode


def test_unlocking_without_enough_memory_is_not_called_a_wrong_passcode(
    qtbot, make_window, monkeypatch
) -> None:
    from caregiver_app.store import vault as vaults

    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.private_area.lock()
    dialog = UnlockDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()

    def no_memory(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(vaults, "unlock", no_memory)
    dialog.secret.setText(PASSCODE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: "could not be opened just now" in dialog.message.text(), timeout=5000)
    assert "did not open" not in dialog.message.text()
    assert "not have enough free memory" in dialog.message.text()
    assert dialog.ok.isEnabled() and dialog.vault is None


def test_a_passcode_change_that_fails_changes_nothing_and_says_why(
    qtbot, make_window, monkeypatch
) -> None:
    from caregiver_app.store import passcodes
    from caregiver_app.store.vault import Vault

    window = make_window()
    give_passcode(qtbot, window, monkeypatch)

    def no_memory(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(Vault, "wrap_for", no_memory)
    dialog = new_passcode_typed(qtbot, window)
    dialog.ok.click()
    qtbot.waitUntil(lambda: "not changed" in dialog.message.text(), timeout=5000)
    assert "not have enough free memory" in dialog.message.text()
    assert dialog.ok.isEnabled() and dialog.isVisible()
    monkeypatch.undo()
    from caregiver_app.store import vault as vaults

    material = passcodes.lock_material(window.session.store.connection, window.session.profile.id)
    assert vaults.unlock(material, PASSCODE) is not None  # the old passcode still opens
