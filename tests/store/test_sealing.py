"""Setting a passcode seals the profile's entries in every copy of ours that can be opened, and
keeps (and names) the ones that cannot: no plain text is left by us, and nothing is deleted."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.store import StressEntry, list_backups, open_store
from caregiver_app.store import vault as vaults
from caregiver_app.store.backups import rolling_backup
from caregiver_app.store.passcodes import lock_material
from caregiver_app.store.schema import LATEST_VERSION

SECRET = "the words nobody else may read"


def holders(folder: Path) -> set[str]:
    return {
        path.name
        for path in folder.rglob("*")
        if path.is_file() and SECRET.encode() in path.read_bytes()
    }


@pytest.fixture
def data(tmp_path: Path):
    data_dir = tmp_path / "data"
    store = open_store(data_dir).store
    profile = store.profiles.create("Ana")
    store.private(profile.id).save_entry(StressEntry(date(2026, 11, 1), 6, note=SECRET))
    for day in (1, 2, 3):
        rolling_backup(store.connection, data_dir, datetime.now() + timedelta(days=day))
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield store, profile, data_dir
    store.close()


def test_backups_are_sealed_and_kept_not_deleted(data) -> None:
    store, profile, data_dir = data
    before = {backup.path.name for backup in list_backups(data_dir)}

    _vault, _ = store.set_passcode(profile.id, "blue kettle 42")

    after = {backup.path.name for backup in list_backups(data_dir)}
    assert before <= after  # the history survives the passcode
    assert holders(data_dir) == set()
    assert store.unsealed_copies == []
    opened_copies = 0
    for backup in list_backups(data_dir):  # and each copy of Ana's opens with the passcode
        copy = open_store(data_dir.parent / f"restore-{backup.path.stem}").store
        copy.restore_from(backup.path)
        if copy.profiles.get(profile.id) is None:  # the first, made before Ana existed
            copy.close()
            continue
        opened_copies += 1
        material = lock_material(copy.connection, profile.id)
        opened = vaults.unlock(material, "blue kettle 42")
        assert copy.private(profile.id, opened).entries()[0].note == SECRET
        copy.close()
    assert opened_copies >= 4  # three days of backups and the one made before the passcode


def test_a_readable_moved_aside_copy_is_sealed_in_place(data) -> None:
    store, profile, data_dir = data
    moved = data_dir / "caregiver.db.corrupt-20260101-000000"
    shutil.copyfile(data_dir / "caregiver.db", moved)

    store.set_passcode(profile.id, "blue kettle 42")

    assert moved.exists() and holders(data_dir) == set()
    assert store.unsealed_copies == []


def test_a_copy_that_cannot_be_opened_is_kept_unchanged_and_named(data) -> None:
    store, profile, data_dir = data
    damaged = data_dir / "caregiver.db.corrupt-20260101-000000"
    content = bytearray((data_dir / "caregiver.db").read_bytes())
    content[100:4096] = b"\xff" * (4096 - 100)  # its schema page is gone
    damaged.write_bytes(bytes(content))
    newer = data_dir / "caregiver.db.newer-20260101-000000"
    shutil.copyfile(data_dir / "caregiver.db", newer)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.commit()
    connection.close()
    newer_bytes = newer.read_bytes()

    store.set_passcode(profile.id, "blue kettle 42")

    # It may be the only copy of something: never deleted, never half-changed; the user is
    # told where it is and decides.
    assert damaged.read_bytes() == bytes(content) and newer.read_bytes() == newer_bytes
    assert set(store.unsealed_copies) == {damaged, newer}


def test_changing_the_passcode_reaches_the_copies_too(data) -> None:
    store, profile, data_dir = data
    vault, _ = store.set_passcode(profile.id, "blue kettle 42")
    store.change_passcode(profile.id, vault, "red kettle 43")
    for backup in list_backups(data_dir):
        copy = sqlite3.connect(backup.path)
        if copy.execute("SELECT 1 FROM profiles").fetchone() is None:
            copy.close()
            continue
        material = lock_material(copy, profile.id)
        copy.close()
        with pytest.raises(vaults.WrongSecretError):
            vaults.unlock(material, "blue kettle 42")
        vaults.unlock(material, "red kettle 43")


def test_a_sealed_copy_restored_opens_with_nothing_kept_aside(data, tmp_path: Path) -> None:
    """The copies are sealed the way the live data is (row record included): restoring one and
    unlocking finds every entry genuine, none "not written by this app"."""
    store, profile, data_dir = data
    store.set_passcode(profile.id, "blue kettle 42")
    newest = list_backups(data_dir)[0]
    copy = open_store(tmp_path / "elsewhere").store
    copy.restore_from(newest.path)
    vault = vaults.unlock(lock_material(copy.connection, profile.id), "blue kettle 42")
    private = copy.private(profile.id, vault)
    assert not private.check()
    assert [entry.note for entry in private.entries()] == [SECRET]
    assert private.not_shown() == 0
    copy.close()
