"""The database file itself: created private, migrated forward, changed only in transactions."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from caregiver_app.store import open_store
from caregiver_app.store.database import connect, migrate, schema_version, transaction
from caregiver_app.store.schema import LATEST_VERSION, MIGRATIONS


def test_new_database_is_private_wal_and_current(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "data")
    connection = opened.store.connection
    assert opened.notice is None
    assert schema_version(connection) == LATEST_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    opened.store.profiles.create("Ana")  # a write, so the -wal file exists too
    for name in ("caregiver.db", "caregiver.db-wal"):
        assert stat.S_IMODE((tmp_path / "data" / name).stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    opened.store.close()


@pytest.mark.parametrize("start_version", range(LATEST_VERSION))
def test_migrates_forward_from_every_earlier_version(tmp_path: Path, start_version: int) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    for number in range(start_version):
        old.executescript(MIGRATIONS[number])
    old.execute(f"PRAGMA user_version = {start_version}")
    if start_version >= 1:  # data written by that version must survive the migration
        old.execute(
            "INSERT INTO profiles (name, created_at) VALUES ('Kept', '2026-01-01T00:00:00+00:00')"
        )
        old.commit()
    old.close()

    connection = connect(path)
    migrate(connection)

    assert schema_version(connection) == LATEST_VERSION
    names = [row[0] for row in connection.execute("SELECT name FROM profiles")]
    assert names == (["Kept"] if start_version >= 1 else [])


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch) -> None:
    from caregiver_app.store import database

    monkeypatch.setattr(
        database, "MIGRATIONS", (*MIGRATIONS, "CREATE TABLE extra (x); SELECT nonsense(")
    )
    monkeypatch.setattr(database, "LATEST_VERSION", LATEST_VERSION + 1)
    connection = connect(tmp_path / "x.db")
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection)
    assert schema_version(connection) == LATEST_VERSION  # the good migrations stay
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables


def test_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    with pytest.raises(RuntimeError), transaction(store.connection):
        store.connection.execute("INSERT INTO profiles (name, created_at) VALUES ('Half', 'now')")
        raise RuntimeError("power cut")
    assert store.profiles.all() == []
    store.close()


def test_deleting_a_profile_deletes_its_data(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    keep, gone = store.profiles.create("Keep"), store.profiles.create("Gone")
    for profile in (keep, gone):
        progress = store.progress(profile.id)
        progress.opened("m/a")
        progress.record_answer("m/a", "quiz-1", [1], True)
        store.private(profile.id).save_reflection("m/a", "reflect-1", "private words")
    store.profiles.delete(gone.id)
    for table in ("lesson_progress", "quiz_attempts", "reflections"):
        owners = {row[0] for row in store.connection.execute(f"SELECT profile_id FROM {table}")}
        assert owners == {keep.id}
    store.close()
