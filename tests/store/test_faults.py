"""A full disk, a read-only file or folder, an empty file: faults are not corruption.

A database that only cannot be written now is never moved aside; the app shows it read-only
and says why. Faults are injected where SQLite reports them (the real code path), and where the
machine allows it (root, tmpfs) made for real.
"""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.store import open_store, passcodes
from caregiver_app.store import store as store_module
from caregiver_app.store.backups import rolling_backup
from caregiver_app.store.database import DB_FILE
from tests.store.old_versions import as_version_3

FAULTS = {
    "SQLITE_FULL": 13,
    "SQLITE_IOERR_SHMSIZE": 4874,
    "SQLITE_CANTOPEN": 14,
    "SQLITE_READONLY": 8,
    "SQLITE_PERM": 3,
    "SQLITE_BUSY": 5,
    "SQLITE_LOCKED": 6,
}


def sqlite_error(name: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(f"injected {name}")
    error.sqlite_errorcode, error.sqlite_errorname = FAULTS[name], name
    return error


def make_data(data_dir: Path) -> None:
    store = open_store(data_dir).store
    profile = store.profiles.create("Ana")
    store.progress(profile.id).opened("m/a")
    store.close()


def names(store) -> list[str]:
    return [profile.name for profile in store.profiles.all()]


def files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.fixture
def side_files_fail(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """SQLite cannot make the database's side files: every open that needs them fails with the
    chosen error, as on a full disk. Only ``immutable`` (which needs none) still reads."""
    chosen: list[str] = []
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        text = str(database)
        if chosen and DB_FILE in text and "immutable=1" not in text:
            raise sqlite_error(chosen[0])
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield chosen


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_fault_at_start_up_never_moves_the_database_and_shows_the_data(
    tmp_path: Path, side_files_fail: list[str], fault: str
) -> None:
    data_dir = tmp_path / "data"
    make_data(data_dir)
    before = (data_dir / DB_FILE).read_bytes()
    side_files_fail.append(fault)

    opened = open_store(data_dir)

    assert not any(".corrupt-" in name or ".newer-" in name for name in files(data_dir))
    assert (data_dir / DB_FILE).read_bytes() == before
    assert opened.notice is not None and opened.notice.nothing_saved
    assert opened.notice.kind in ("full", "readonly")
    assert "not changed or moved" in opened.notice.message
    assert opened.store.read_only and names(opened.store) == ["Ana"]
    with pytest.raises(sqlite3.DatabaseError):
        opened.store.profiles.mark_used(opened.store.profiles.all()[0].id)
    opened.store.close()

    side_files_fail.clear()  # space freed: everything is back, and nothing to tell
    again = open_store(data_dir)
    assert again.notice is None and names(again.store) == ["Ana"]
    again.store.close()


def test_a_full_disk_is_called_a_full_disk(tmp_path: Path, side_files_fail: list[str]) -> None:
    make_data(tmp_path)
    side_files_fail.append("SQLITE_FULL")
    opened = open_store(tmp_path)
    assert opened.notice.kind == "full" and "is full" in opened.notice.message
    opened.store.close()


def test_a_read_only_database_file_starts_read_only(tmp_path: Path, monkeypatch) -> None:
    """What SQLite does for a file whose permissions forbid writing: it opens it read-only,
    silently, and the first write fails (as root ignores permissions, opened as ``mode=ro``)."""
    make_data(tmp_path)
    real_connect = store_module.connect
    monkeypatch.setattr(
        store_module,
        "connect",
        lambda path: (
            real_connect(f"{Path(path).as_uri()}?mode=ro")
            if str(path).endswith(DB_FILE)
            else real_connect(path)
        ),
    )
    monkeypatch.setattr(
        sqlite3, "connect", _uri_aware(sqlite3.connect)
    )  # the URI above needs uri=True

    opened = open_store(tmp_path)

    assert opened.notice is not None and opened.notice.kind == "readonly"
    assert "cannot be changed" in opened.notice.message
    assert names(opened.store) == ["Ana"]
    progress = opened.store.progress(opened.store.profiles.all()[0].id)
    assert progress.lesson("m/a") is not None  # progress shows too
    with pytest.raises(sqlite3.DatabaseError):
        progress.opened("m/b")
    assert not any(".corrupt-" in name for name in files(tmp_path))
    opened.store.close()


def test_a_read_only_copy_refuses_every_change_but_still_unlocks(
    tmp_path: Path, side_files_fail: list[str]
) -> None:
    store = open_store(tmp_path).store
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, "blue kettle 42")
    store.private(profile.id, vault).save_reflection("m/a", "r-1", "kept words")
    store.close()
    side_files_fail.append("SQLITE_FULL")

    opened = open_store(tmp_path).store

    assert opened.read_only
    passcodes.record_attempt(opened.connection, profile.id)  # unlocking keeps working
    passcodes.record_unlock(opened.connection, profile.id, success=True)
    private = opened.private(profile.id, vault)
    assert private.reflections("m/a") == {"r-1": "kept words"}
    for change in (
        lambda: private.save_reflection("m/a", "r-2", "new words"),
        lambda: opened.profiles.create("Ben"),
        lambda: opened.profiles.delete(profile.id),
        lambda: opened.connection.execute("CREATE TABLE t (x)"),
    ):
        with pytest.raises(sqlite3.DatabaseError):
            change()
    assert opened.backup_now() is None  # and no backups are made from it
    opened.close()


def _uri_aware(real_connect):
    def connect(database, *args, **kwargs):
        if str(database).startswith("file:"):
            kwargs["uri"] = True
        return real_connect(database, *args, **kwargs)

    return connect


def test_an_empty_database_file_is_damaged_and_the_backup_offered(tmp_path: Path) -> None:
    make_data(tmp_path)
    store = open_store(tmp_path).store
    rolling_backup(store.connection, tmp_path, datetime.now() + timedelta(days=1))
    store.close()
    (tmp_path / DB_FILE).write_bytes(b"")  # a sync tool or a crash during a copy

    opened = open_store(tmp_path)

    assert opened.notice is not None and opened.notice.kind == "corrupt"
    assert "empty" in opened.notice.message
    assert opened.notice.moved_to.exists() and opened.notice.moved_to.stat().st_size == 0
    assert opened.notice.backup is not None
    opened.store.restore_from(opened.notice.backup.path)
    assert names(opened.store) == ["Ana"]
    opened.store.close()


def test_a_folder_without_a_database_is_a_fresh_start(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "new")
    assert opened.notice is None and names(opened.store) == []
    opened.store.close()


def test_an_older_database_in_a_read_only_folder_is_shown_brought_up_to_date(
    tmp_path: Path, monkeypatch
) -> None:
    from caregiver_app.store.lock import DataFolderLock

    make_data(tmp_path)
    connection = sqlite3.connect(tmp_path / DB_FILE)
    as_version_3(connection)
    connection.commit()
    connection.close()

    def refuse(_lock) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(DataFolderLock, "acquire", refuse)  # the folder cannot be written
    opened = open_store(tmp_path)
    assert opened.notice.kind == "readonly" and names(opened.store) == ["Ana"]
    opened.store.close()
    check = sqlite3.connect(tmp_path / DB_FILE)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 3  # the file was not touched
    check.close()


# --- the same for real, where the machine lets us mount a small disk ----------------------


@contextlib.contextmanager
def small_disk(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small disk here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as file:
        while True:
            file.write(b"\0" * 4096)
            file.flush()
    return filler


def test_a_really_full_disk_never_moves_the_database(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "size=1m,mode=0700") as disk:
        data_dir = disk / "data"
        make_data(data_dir)
        before = (data_dir / DB_FILE).read_bytes()
        filler = fill(disk)

        opened = open_store(data_dir)
        try:
            assert (data_dir / DB_FILE).read_bytes() == before
            assert not any(".corrupt-" in name for name in files(data_dir))
            assert opened.notice is not None and opened.notice.kind == "full"
            assert names(opened.store) == ["Ana"]
        finally:
            opened.store.close()
        assert not any(name.endswith(".partial") for name in files(data_dir))

        filler.unlink()
        again = open_store(data_dir)
        assert again.notice is None and names(again.store) == ["Ana"]
        again.store.close()


def test_a_really_read_only_folder_shows_the_data(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "size=4m,mode=0700") as disk:
        data_dir = disk / "data"
        make_data(data_dir)
        remount = subprocess.run(
            ["mount", "-o", "remount,ro", str(disk)], capture_output=True, check=False
        )
        if remount.returncode != 0:
            pytest.skip("cannot remount read-only here")
        opened = open_store(data_dir)
        assert opened.notice is not None and opened.notice.kind == "readonly"
        assert names(opened.store) == ["Ana"]
        opened.store.close()


def test_a_copy_to_a_really_full_disk_leaves_no_partial_file(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data").store
    profile = store.profiles.create("Ana")
    for number in range(200):
        store.private(profile.id).save_reflection("m/a", f"r-{number}", "private words " * 50)
    with small_disk(tmp_path / "usb", "size=64k") as usb:
        with pytest.raises((OSError, sqlite3.Error)):
            store.export_to(usb / "family.ccbackup")
        assert list(usb.iterdir()) == []
    store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crash_on_the_very_first_start_leaves_no_empty_database(tmp_path: Path) -> None:
    """An empty caregiver.db means damage (see above), so we must never make one ourselves:
    the app killed while creating its database leaves only a .partial file, removed next time."""
    code = (
        "import os, signal, sys; from pathlib import Path; "
        "from caregiver_app.store import database, open_store; "
        "database.migrate = lambda _c: os.kill(os.getpid(), signal.SIGKILL); "
        "open_store(Path(sys.argv[1]))"
    )
    killed = subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert not (tmp_path / DB_FILE).exists()

    opened = open_store(tmp_path)

    assert opened.notice is None and names(opened.store) == []
    assert not [path for path in tmp_path.iterdir() if ".partial" in path.name]
    opened.store.close()
