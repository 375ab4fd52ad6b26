"""Opening whatever is in the data folder: the app always starts, and nothing is ever deleted."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.store import AlreadyRunningError, open_store
from caregiver_app.store.backups import rolling_backup
from caregiver_app.store.schema import LATEST_VERSION


def make_store_with_data(data_dir: Path, name: str = "Ana") -> None:
    opened = open_store(data_dir)
    profile = opened.store.profiles.create(name)
    opened.store.progress(profile.id).opened("m/a")
    opened.store.close()


def corrupt_garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database at all\n" * 100)


def corrupt_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 7):  # keep the header, scramble the rest
        data[offset] = (data[offset] * 31 + 7) % 256
    path.write_bytes(bytes(data))


def newer_version(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "damage", [corrupt_garbage, corrupt_truncated, corrupt_pages, newer_version]
)
def test_unusable_database_is_moved_aside_unchanged_and_a_backup_offered(
    tmp_path: Path, damage
) -> None:
    data_dir = tmp_path / "data"
    make_store_with_data(data_dir)
    store = open_store(data_dir).store  # the next day: start-up backs up yesterday's data
    rolling_backup(store.connection, data_dir, datetime.now() + timedelta(days=1))
    store.close()
    database = data_dir / "caregiver.db"
    # The WAL is checkpointed into the file on close; damage the file itself.
    damage(database)
    damaged_bytes = database.read_bytes()

    opened = open_store(data_dir)

    notice = opened.notice
    assert notice is not None and notice.kind == ("newer" if damage is newer_version else "corrupt")
    assert notice.moved_to is not None and notice.moved_to.read_bytes() == damaged_bytes
    assert notice.moved_to.name in notice.message
    assert notice.backup is not None  # today's automatic backup, made when the data was good
    assert opened.store.profiles.all() == []  # a fresh, working database
    opened.store.profiles.create("New start")

    opened.store.restore_from(notice.backup.path)
    assert [profile.name for profile in opened.store.profiles.all()] == ["Ana"]
    opened.store.close()


def test_folder_that_cannot_be_used_gives_a_working_memory_store(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")

    opened = open_store(blocker / "data")  # a folder inside a file cannot exist

    assert opened.notice is not None and opened.notice.kind == "unwritable"
    assert str(blocker / "data") in opened.notice.message
    assert opened.store.in_memory
    opened.store.profiles.create("Still works")
    assert len(opened.store.profiles.all()) == 1


def test_full_disk_loses_nothing_already_saved(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    progress = store.progress(profile.id)
    progress.opened("m/a")
    private = store.private(profile.id)
    private.save_reflection("m/a", "reflect-1", "saved before the disk filled")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"

    with pytest.raises(sqlite3.OperationalError, match="full"):
        for number in range(200):
            private.save_reflection("m/a", f"reflect-{number + 2}", "x" * 4000)

    assert private.reflections("m/a")["reflect-1"] == "saved before the disk filled"
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_second_copy_of_the_app_is_refused(tmp_path: Path) -> None:
    first = open_store(tmp_path).store
    with pytest.raises(AlreadyRunningError):
        open_store(tmp_path)
    code = "import sys; from pathlib import Path; from caregiver_app.store import open_store;"
    code += "open_store(Path(sys.argv[1]))"
    other_process = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert other_process.returncode != 0 and "AlreadyRunningError" in other_process.stderr
    first.close()
    open_store(tmp_path).store.close()  # free again once the first copy closes


def test_start_up_backups_once_a_day_and_two_weeks_of_them_kept(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    start = datetime.now() + timedelta(days=1)  # after the backup made when the store opened
    made = [
        rolling_backup(store.connection, tmp_path, start + timedelta(days=day)) for day in range(30)
    ]
    assert all(made)
    assert rolling_backup(store.connection, tmp_path, start + timedelta(days=29, hours=2)) is None
    kept = {path.name for path in (tmp_path / "backups").iterdir()}
    assert {backup.path.name for backup in made[-14:]} <= kept  # one for each of the last 14 days
    # The 17 older days (the backup made at opening, then 16 more) thin to one a week: they
    # touch 3 or 4 calendar weeks, depending on the weekday the test runs.
    assert 14 + 3 <= len(kept) <= 14 + 4
    store.close()


def test_export_and_restore_moves_everything_to_another_computer(tmp_path: Path) -> None:
    make_store_with_data(tmp_path / "old-computer", "Ana")
    old = open_store(tmp_path / "old-computer").store
    export = tmp_path / "usb" / "caregiver-backup.db"
    export.parent.mkdir()
    old.export_to(export)
    old.close()

    new = open_store(tmp_path / "new-computer").store
    new.profiles.create("Someone else")
    new.restore_from(export)
    assert [profile.name for profile in new.profiles.all()] == ["Ana"]
    assert new.progress(new.profiles.all()[0].id).lesson("m/a") is not None

    garbage = tmp_path / "not-a-backup.db"
    garbage.write_text("hello")
    with pytest.raises(Exception, match="not a database"):
        new.restore_from(garbage)
    assert [profile.name for profile in new.profiles.all()] == ["Ana"]  # unchanged
    new.close()
