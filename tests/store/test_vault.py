"""The vault's promises, tested: no plaintext on disk, the wrong passcode opens nothing, changing
or recovering the passcode keeps every entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caregiver_app.store import (
    LockedError,
    Plan,
    StagePlan,
    StressEntry,
    WrongSecretError,
    open_store,
    passcodes,
)
from caregiver_app.store import vault as vaults
from caregiver_app.store.backups import rolling_backup

SECRET_NOTE = "Marisol-said-the-voices-came-back-on-Tuesday"


def every_file_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def assert_nowhere_on_disk(folder: Path, text: str) -> None:
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    for path in every_file_under(folder):
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext found in {path.name}"


@pytest.fixture
def protected(tmp_path: Path):
    """A profile with a passcode, unlocked; yields (store, profile, vault, recovery code)."""
    store = open_store(tmp_path / "data").store
    profile = store.profiles.create("Ana")
    vault, recovery_code = store.set_passcode(profile.id, "blue kettle 42")
    yield store, profile, vault, recovery_code
    store.close()


def test_notes_behind_a_passcode_never_reach_the_disk_in_plaintext(
    protected, tmp_path: Path
) -> None:
    store, profile, vault, _ = protected
    private = store.private(profile.id, vault)
    private.save_entry(
        StressEntry(date(2026, 11, 28), 7, 5.5, 1, ("no sleep",), ("walk",), SECRET_NOTE)
    )
    private.save_reflection("m/a", "reflect-1", SECRET_NOTE + " reflection")
    private.save_plan(Plan("Marisol", {"early": StagePlan(signs=SECRET_NOTE + " plan")}))
    private.add_observation(date(2026, 11, 28), "early", SECRET_NOTE + " observation")
    rolling_backup(store.connection, tmp_path / "data", when=None)  # may be due or not
    store.export_to(tmp_path / "data" / "exported.db")  # a full backup file, too

    assert_nowhere_on_disk(tmp_path / "data", SECRET_NOTE)  # database, -wal, backups, export
    assert private.entry(date(2026, 11, 28)).note == SECRET_NOTE  # and yet it reads back


def test_setting_a_passcode_wipes_earlier_plaintext_from_file_wal_and_backups(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "data").store
    profile = store.profiles.create("Ben")
    store.private(profile.id).save_entry(StressEntry(date(2026, 11, 1), 4, note=SECRET_NOTE))
    rolling_backup(store.connection, tmp_path / "data")
    assert any(
        SECRET_NOTE.encode() in path.read_bytes() for path in every_file_under(tmp_path / "data")
    )

    vault, _ = store.set_passcode(profile.id, "a long passcode")

    assert_nowhere_on_disk(tmp_path / "data", SECRET_NOTE)
    assert store.private(profile.id, vault).entries()[0].note == SECRET_NOTE
    store.close()


def test_the_wrong_passcode_opens_nothing(protected) -> None:
    store, profile, vault, _ = protected
    store.private(profile.id, vault).save_reflection("m/a", "reflect-1", SECRET_NOTE)
    material = passcodes.lock_material(store.connection, profile.id)
    with pytest.raises(WrongSecretError):
        vaults.unlock(material, "blue kettle 43")
    with pytest.raises(WrongSecretError):
        vaults.unlock(material, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", with_recovery_code=True)
    locked = store.private(profile.id)  # no vault: locked
    assert locked.locked
    with pytest.raises(LockedError):
        locked.reflections("m/a")
    with pytest.raises(LockedError):
        locked.save_entry(StressEntry(date(2026, 1, 1), 3))


def test_changing_or_recovering_the_passcode_keeps_every_entry(protected) -> None:
    store, profile, vault, recovery_code = protected
    private = store.private(profile.id, vault)
    for day in range(1, 29):
        private.save_entry(StressEntry(date(2026, 2, day), day % 11, note=f"day {day}"))
    sealed_before = store.connection.execute(
        "SELECT body FROM stress_entries ORDER BY day"
    ).fetchall()

    passcodes.change_passcode(store.connection, profile.id, vault, "new kettle 7")

    sealed_after = store.connection.execute(
        "SELECT body FROM stress_entries ORDER BY day"
    ).fetchall()
    assert sealed_before == sealed_after  # no entry was re-encrypted
    material = passcodes.lock_material(store.connection, profile.id)
    with pytest.raises(WrongSecretError):
        vaults.unlock(material, "blue kettle 42")  # the old passcode no longer works
    reopened = vaults.unlock(material, "new kettle 7")
    assert [entry.note for entry in store.private(profile.id, reopened).entries()][-1] == "day 28"

    typed = recovery_code.lower().replace("-", " ").replace("0", "o")  # as a tired person types it
    recovered = vaults.unlock(material, typed, with_recovery_code=True)
    assert len(store.private(profile.id, recovered).entries()) == 28


def test_removing_the_passcode_keeps_entries_readable_without_one(protected) -> None:
    store, profile, vault, _ = protected
    store.private(profile.id, vault).save_reflection("m/a", "reflect-1", "kept")
    passcodes.remove_passcode(store.connection, profile.id, vault)
    assert not store.private(profile.id).protected
    assert store.private(profile.id).reflections("m/a") == {"reflect-1": "kept"}


def test_wrong_guesses_make_the_next_try_wait_longer(protected) -> None:
    store, profile, _, _ = protected
    waits = [passcodes.record_unlock(store.connection, profile.id, success=False) for _ in range(7)]
    assert waits == [0, 0, 5, 10, 20, 40, 80]
    assert 75 <= passcodes.seconds_to_wait(store.connection, profile.id) <= 80
    passcodes.record_unlock(store.connection, profile.id, success=True)
    assert passcodes.seconds_to_wait(store.connection, profile.id) == 0


def test_passcodes_must_be_long_enough_and_not_set_twice(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    with pytest.raises(ValueError, match="at least 6"):
        store.set_passcode(profile.id, "2468")  # a 4-digit PIN is too easy to guess offline
    store.set_passcode(profile.id, "kettle")
    with pytest.raises(ValueError, match="already has a passcode"):
        store.set_passcode(profile.id, "garden 9")
    assert store.profiles.get(profile.id).has_passcode
    store.close()


def test_entries_are_bound_to_their_row(protected) -> None:
    store, profile, vault, _ = protected
    private = store.private(profile.id, vault)
    private.save_entry(StressEntry(date(2026, 3, 1), 2, note="calm day"))
    private.save_entry(StressEntry(date(2026, 3, 2), 9, note="hard day"))
    # Swapping two ciphertexts on disk must not swap what the user sees: both become unreadable.
    rows = store.connection.execute("SELECT day, body FROM stress_entries ORDER BY day").fetchall()
    store.connection.execute(
        "UPDATE stress_entries SET body = ? WHERE day = ?", (rows[1][1], rows[0][0])
    )
    assert [entry.note for entry in private.entries()] == ["hard day"]
