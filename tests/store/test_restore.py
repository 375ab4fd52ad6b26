"""Restoring: a file that is not a backup of ours changes nothing, truly; a good one replaces
everything in one step, and what was there before is kept as a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caregiver_app.store import UnusableDatabaseError, list_backups, open_store
from caregiver_app.store.schema import LATEST_VERSION
from tests.store.old_versions import as_version_3


def contents(store) -> list[str]:
    return list(store.connection.iterdump())


@pytest.fixture
def live(tmp_path: Path):
    store = open_store(tmp_path / "data").store
    profile = store.profiles.create("Ana")
    store.progress(profile.id).opened("m/a")
    store.private(profile.id).save_reflection("m/a", "r-1", "what Ana wrote")
    yield store
    store.close()


def foreign_notes_app(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO notes (text) VALUES ('someone else')")
    connection.commit()
    connection.close()


def foreign_with_our_version(path: Path) -> None:
    """Another program's database whose user_version happens to be ours."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO profiles (name) VALUES ('Stranger')")
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    connection.commit()
    connection.close()


def not_a_database(path: Path) -> None:
    path.write_text("hello")


def damaged_backup(path: Path) -> None:
    other = open_store(path.parent / "other").store
    for number in range(40):
        other.profiles.create(f"Person {number}")
    other.export_to(path)
    other.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 5):
        data[offset] = (data[offset] * 13 + 1) % 256
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make", [foreign_notes_app, foreign_with_our_version, not_a_database, damaged_backup]
)
def test_a_file_that_is_not_our_backup_changes_nothing(live, tmp_path: Path, make) -> None:
    candidate = tmp_path / "candidate.db"
    make(candidate)
    candidate_bytes = candidate.read_bytes()
    before = contents(live)
    data_dir = live.path.parent
    files_before = sorted(path.name for path in data_dir.rglob("*"))

    with pytest.raises(UnusableDatabaseError):
        live.restore_from(candidate)

    assert contents(live) == before  # byte for byte the same rows, schema and all
    assert candidate.read_bytes() == candidate_bytes  # the user's file is not touched either
    assert sorted(path.name for path in data_dir.rglob("*")) == files_before  # no temp left
    live.profiles.create("Still works")
    live.close()
    reopened = open_store(data_dir)  # and the next start is a normal one
    assert reopened.notice is None
    assert {profile.name for profile in reopened.store.profiles.all()} == {"Ana", "Still works"}
    reopened.store.close()


def test_the_reason_says_it_is_not_ours(live, tmp_path: Path) -> None:
    candidate = tmp_path / "candidate.db"
    foreign_with_our_version(candidate)
    with pytest.raises(UnusableDatabaseError, match="not a backup made by Caregiver Companion"):
        live.restore_from(candidate)


def test_a_good_restore_keeps_what_was_there_as_a_backup(live, tmp_path: Path) -> None:
    other = open_store(tmp_path / "other").store
    other.profiles.create("Ben")
    export = tmp_path / "ben.ccbackup"
    other.export_to(export)
    other.close()
    before = contents(live)

    kept = live.restore_from(export)

    assert [profile.name for profile in live.profiles.all()] == ["Ben"]
    assert kept is not None and kept.reason == "before-restore"
    assert kept.path in [backup.path for backup in list_backups(live.path.parent)]
    saved = open_store(tmp_path / "undo").store
    saved.restore_from(kept.path)
    assert contents(saved) == before  # the restore can be undone
    saved.close()


def test_restoring_an_older_version_brings_it_up_to_date_in_a_copy(live, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    live.export_to(old)
    connection = sqlite3.connect(old)
    as_version_3(connection)
    connection.commit()
    connection.close()
    old_bytes = old.read_bytes()

    live.restore_from(old)

    assert old.read_bytes() == old_bytes
    assert live.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert [profile.name for profile in live.profiles.all()] == ["Ana"]


def test_a_replacement_cut_short_by_a_full_disk_changes_nothing(live, tmp_path: Path) -> None:
    """The claim the restore rests on: SQLite's backup into the live database commits whole
    or not at all. Here the live database may not grow, and the candidate is bigger."""
    big = open_store(tmp_path / "big").store
    for number in range(300):
        big.profiles.create(f"Person {number} " + "x" * 40)
    export = tmp_path / "big.ccbackup"
    big.export_to(export)
    big.close()
    live.backup_now()  # the before-restore backup then has room: only the live file is capped
    before = contents(live)
    pages = live.connection.execute("PRAGMA page_count").fetchone()[0]
    live.connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(sqlite3.OperationalError):
        live.restore_from(export)

    assert contents(live) == before
    assert live.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    live.connection.execute(f"PRAGMA max_page_count = {pages * 1000}")
    live.restore_from(export)  # with room again it works
    assert len(live.profiles.all()) == 300


@pytest.mark.parametrize("step", ["_copy_file", "verify_candidate", "make_backup"])
def test_a_full_disk_at_any_step_of_a_restore_changes_nothing(
    live, tmp_path: Path, monkeypatch, step: str
) -> None:
    from caregiver_app.store import store as store_module

    other = open_store(tmp_path / "other").store
    other.profiles.create("Ben")
    export = tmp_path / "ben.ccbackup"
    other.export_to(export)
    other.close()
    real = getattr(store_module, step)

    def full_disk(*args, **kwargs):
        real(*args, **kwargs)  # the step does its work (and may leave files), then fails
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, step, full_disk)
    before = contents(live)
    data_dir = live.path.parent
    backups_before = list_backups(data_dir)

    with pytest.raises(OSError, match="No space"):
        live.restore_from(export)

    assert contents(live) == before
    assert not [path for path in data_dir.rglob("*") if ".partial" in path.name]
    if step != "make_backup":
        assert list_backups(data_dir) == backups_before
