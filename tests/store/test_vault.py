"""The vault's promises, tested: no plaintext on disk, the wrong passcode opens nothing, changing
or recovering the passcode keeps every entry."""

from __future__ import annotations

import time
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


def test_a_passcode_change_after_the_key_derivation_moved_on_still_unlocks(
    tmp_path: Path, monkeypatch
) -> None:
    """Issue 12, item 8: the passcode was re-wrapped with new parameters but the old ones were
    kept, so the new passcode no longer opened the profile."""
    monkeypatch.setattr(vaults, "NEW_WRAP_KDF", {"name": "scrypt", "n": 2**12, "r": 8, "p": 1})
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    vault, recovery_code = store.set_passcode(profile.id, "blue kettle 42")
    store.private(profile.id, vault).save_entry(StressEntry(date(2026, 3, 1), 4, note="kept"))
    # A later version raises the cost and moves to Argon2id.
    monkeypatch.setattr(
        vaults,
        "NEW_WRAP_KDF",
        {"name": "argon2id", "memory_kib": 8 * 1024, "iterations": 1, "lanes": 1},
    )
    store.change_passcode(profile.id, vault, "green teapot 7")

    material = passcodes.lock_material(store.connection, profile.id)
    assert '"argon2id"' in material.passcode_kdf and '"scrypt"' in material.recovery_kdf
    reopened = vaults.unlock(material, "green teapot 7")
    assert store.private(profile.id, reopened).entries()[0].note == "kept"
    vaults.unlock(material, recovery_code, with_recovery_code=True)  # its own, older parameters
    store.close()


@pytest.mark.parametrize(
    "stored",
    [
        '{"name": "argon2id", "memory_kib": 16777216, "iterations": 1, "lanes": 1}',  # 16 GiB
        '{"name": "argon2id", "memory_kib": 1048576, "iterations": 10, "lanes": 4}',  # minutes
        '{"name": "scrypt", "n": 4194304, "r": 8, "p": 1}',  # 4 GiB
        '{"name": "scrypt", "n": 131072, "r": 8, "p": 4, "extra": 1}',
        '{"name": "pbkdf2", "iterations": 1}',
        '{"name": "scrypt", "n": 1000, "r": 8, "p": 1}',  # not a power of two
        "not json",
        "",
    ],
)
def test_tampered_key_derivation_parameters_fail_at_once(
    tmp_path: Path, stored: str, monkeypatch
) -> None:
    monkeypatch.setattr(vaults, "NEW_WRAP_KDF", {"name": "scrypt", "n": 2**10, "r": 8, "p": 1})
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    store.set_passcode(profile.id, "blue kettle 42")
    store.connection.execute("UPDATE profiles SET passcode_kdf = ?", (stored,))
    material = passcodes.lock_material(store.connection, profile.id)
    began = time.perf_counter()
    with pytest.raises(WrongSecretError):
        vaults.unlock(material, "blue kettle 42")
    assert time.perf_counter() - began < 0.1  # refused before any work
    store.close()


def test_new_wraps_use_argon2id_with_at_least_64_mib() -> None:
    params = vaults.check_params(vaults.NEW_WRAP_KDF)
    assert params["name"] == "argon2id" and params["memory_kib"] >= 64 * 1024


@pytest.mark.parametrize(
    "passcode",
    ["      ", "  abc   ", "aaaaaa", "111111", "123456", "abcdef", "654321", "121212", "Password"],
)
def test_blank_repeated_and_common_passcodes_are_refused(
    tmp_path: Path, passcode: str, monkeypatch
) -> None:
    """Issue 12, item 9: six spaces were accepted as a passcode."""
    monkeypatch.setattr(vaults, "NEW_WRAP_KDF", {"name": "scrypt", "n": 2**10, "r": 8, "p": 1})
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    with pytest.raises(ValueError):
        store.set_passcode(profile.id, passcode)
    vault, _ = store.set_passcode(profile.id, "blue kettle 42")
    with pytest.raises(ValueError):
        store.change_passcode(profile.id, vault, passcode)
    store.close()


@pytest.mark.parametrize("sealed", [b"", b"short", b"x" * 12, b"x" * 40])
def test_a_sealed_value_cut_short_or_made_up_is_refused_as_unopenable(sealed: bytes) -> None:
    vault = vaults.Vault(bytes(32))
    with pytest.raises(vaults.WrongSecretError):
        vault.open(sealed, "stress:1")
