"""The passcode dialogs on their own, over a Session's in-memory store and profile with a plain
widget as their parent (no main window): setting a passcode and its recovery code, unlocking
with a wrong or right passcode or recovery code, and changing it; what OK allows, and why."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from caregiver_app.store import (
    LockMaterial,
    StressEntry,
    Vault,
    WrongSecretError,
    passcodes,
)
from caregiver_app.store import vault as vaults
from caregiver_app.ui.private.passcode_dialogs import (
    ChangePasscodeDialog,
    SetPasscodeDialog,
    UnlockDialog,
)
from caregiver_app.ui.session import Session

PASSCODE = "blue kettle 42"
NEW_PASSCODE = "garden gate blue 7"
WAIT = 20_000  # ms: each key derivation takes about a second on a busy machine
Dialog = TypeVar("Dialog", bound=QDialog)


@pytest.fixture(scope="module")
def made() -> tuple[Vault, LockMaterial, str]:
    """Keys for PASSCODE, made once for the module (making them is the slow part)."""
    return vaults.create(PASSCODE)


@pytest.fixture
def session(session_over) -> Session:
    return session_over()


@pytest.fixture
def protected(session: Session, made) -> str:
    """Ana has a passcode and one stress entry sealed under it; returns the recovery code."""
    vault, _code = session.store.set_passcode(session.profile.id, PASSCODE, made)
    session.store.private(session.profile.id, vault).save_entry(
        StressEntry(date(2026, 3, 1), 6, note="hard week")
    )
    session.reload_profile()
    return made[2]


def shown(qtbot, dialog: Dialog) -> Dialog:
    """``dialog`` on screen, as a user would see it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def material(session: Session) -> LockMaterial:
    found = passcodes.lock_material(session.store.connection, session.profile.id)
    assert found is not None
    return found


def notes(session: Session, vault: Vault | None) -> list[str]:
    return [entry.note for entry in session.store.private(session.profile.id, vault).entries()]


def unlock_with(qtbot, dialog: UnlockDialog, secret: str) -> None:
    """Type ``secret`` and press Unlock; returns once it has been checked."""
    dialog.secret.setText(secret)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.waitUntil(cancel.isEnabled, timeout=WAIT)  # greyed out while the passcode is checked


def test_setting_a_passcode_says_why_ok_waits_then_seals_and_shows_a_working_code(
    qtbot, session, parent, monkeypatch
) -> None:
    session.private_data().save_entry(StressEntry(date(2026, 3, 1), 4))
    codes: list[str] = []
    monkeypatch.setattr(SetPasscodeDialog, "show_recovery_code", lambda _d, c: codes.append(c))
    dialog = shown(qtbot, SetPasscodeDialog(session.store, session.profile, parent))
    assert not dialog.ok.isEnabled() and "at least 6 characters" in dialog.ok.toolTip()
    qtbot.keyClicks(dialog.passcode, PASSCODE)
    assert dialog.ok.toolTip() == "Type the same passcode again in the second box."
    qtbot.keyClicks(dialog.repeat, PASSCODE + "x")
    assert dialog.message.text() == "The two passcodes are not the same."
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    assert not dialog.ok.isEnabled() and "Tick the box" in dialog.ok.toolTip()
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    assert dialog.ok.isEnabled() and dialog.ok.toolTip() == ""

    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert codes == [dialog.recovery_code]  # shown once
    assert session.store.profiles.get(session.profile.id).has_passcode
    assert session.store.private(session.profile.id).locked  # no key, no entries
    recovered = vaults.unlock(material(session), codes[0], with_recovery_code=True)
    assert len(session.store.private(session.profile.id, recovered).entries()) == 1


def test_a_wrong_passcode_opens_nothing_and_says_so(qtbot, session, parent, protected) -> None:
    dialog = shown(qtbot, UnlockDialog(session.store, session.profile, parent))
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    unlock_with(qtbot, dialog, "blue kettle 41")
    assert dialog.message.text() == "That passcode did not open this profile."
    assert dialog.vault is None and dialog.isVisible() and dialog.result() == 0
    assert dialog.ok.isEnabled()  # the first wrong tries cost no wait


def test_the_right_passcode_gives_a_key_that_opens_the_entries(
    qtbot, session, parent, protected
) -> None:
    dialog = shown(qtbot, UnlockDialog(session.store, session.profile, parent))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        unlock_with(qtbot, dialog, PASSCODE)
    assert not dialog.used_recovery_code and dialog.secret.text() == ""  # not left in the box
    assert notes(session, dialog.vault) == ["hard week"]


def test_after_three_wrong_tries_ok_waits_and_says_for_how_long(
    qtbot, session, parent, protected
) -> None:
    for _ in range(2):  # two wrong tries made earlier
        passcodes.record_attempt(session.store.connection, session.profile.id)
    dialog = shown(qtbot, UnlockDialog(session.store, session.profile, parent))
    unlock_with(qtbot, dialog, "wrong again")
    assert not dialog.ok.isEnabled()
    assert dialog.message.text().startswith("Too many wrong tries. You can try again in ")

    later = shown(qtbot, UnlockDialog(session.store, session.profile, parent))  # opened again
    assert not later.ok.isEnabled() and "Too many wrong tries" in later.message.text()


def test_the_recovery_code_unlocks_and_a_new_passcode_replaces_the_forgotten_one(
    qtbot, session, parent, protected
) -> None:
    dialog = shown(qtbot, UnlockDialog(session.store, session.profile, parent))
    qtbot.mouseClick(dialog.use_recovery, Qt.MouseButton.LeftButton)
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal  # a code is read off paper
    unlock_with(qtbot, dialog, "2222-2222")
    assert dialog.message.text() == "That recovery code did not open this profile."
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        unlock_with(qtbot, dialog, protected.lower().replace("-", " "))  # as written down
    assert dialog.used_recovery_code and notes(session, dialog.vault) == ["hard week"]

    change = shown(
        qtbot,
        ChangePasscodeDialog(
            session.store, session.profile, dialog.vault, parent, ask_current=False
        ),
    )
    assert not change.current.isVisible()  # the current passcode is what was forgotten
    qtbot.keyClicks(change.passcode, NEW_PASSCODE)
    qtbot.keyClicks(change.repeat, NEW_PASSCODE)
    with qtbot.waitSignal(change.accepted, timeout=WAIT):
        qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)
    assert notes(session, vaults.unlock(material(session), NEW_PASSCODE)) == ["hard week"]
    with pytest.raises(WrongSecretError):
        vaults.unlock(material(session), PASSCODE)
    assert vaults.unlock(material(session), protected, with_recovery_code=True)  # kept


def test_changing_the_passcode_refuses_a_wrong_current_one(
    qtbot, session, parent, protected, made
) -> None:
    vault = made[0]
    dialog = shown(qtbot, ChangePasscodeDialog(session.store, session.profile, vault, parent))
    assert dialog.current.isVisible()
    dialog.current.setText("not it at all")
    qtbot.keyClicks(dialog.passcode, NEW_PASSCODE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSCODE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=WAIT)
    assert dialog.message.text() == "That is not the current passcode."
    assert dialog.isVisible() and vaults.unlock(material(session), PASSCODE)  # unchanged

    dialog.current.setText(PASSCODE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert vaults.unlock(material(session), NEW_PASSCODE)


def test_wrong_current_passcodes_make_the_next_try_wait_as_unlocking_does(
    qtbot, session, parent, protected, made
) -> None:
    for _ in range(2):  # two wrong tries made earlier in this dialog
        passcodes.record_attempt(session.store.connection, session.profile.id)
    dialog = shown(qtbot, ChangePasscodeDialog(session.store, session.profile, made[0], parent))
    dialog.current.setText("a third guess")
    qtbot.keyClicks(dialog.passcode, NEW_PASSCODE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSCODE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not the current passcode" in dialog.message.text(), timeout=WAIT)
    assert passcodes.seconds_to_wait(session.store.connection, session.profile.id) > 0
    assert not dialog.ok.isEnabled()  # as the unlock dialog would be now
    assert "try again in" in dialog.message.text() and "try again in" in dialog.ok.toolTip()
