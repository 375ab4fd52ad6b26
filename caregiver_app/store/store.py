"""Opening the store: the database for one data folder, whatever state it is found in.

The app always starts. A broken or too-new database is moved aside and a fresh one made; an
unusable folder gives a store in memory. Either way ``OpenedStore.notice`` says what happened,
in words for the user, and which backup could bring their data back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.store import passcodes
from caregiver_app.store.backups import (
    Backup,
    copy_database,
    newest_good_backup,
    replace_backups,
    rolling_backup,
)
from caregiver_app.store.database import (
    DB_FILE,
    MEMORY,
    UnusableDatabaseError,
    connect,
    inspect,
    migrate,
    move_aside,
)
from caregiver_app.store.lock import DataFolderLock
from caregiver_app.store.private import PrivateData
from caregiver_app.store.profiles import Profiles
from caregiver_app.store.progress import Progress
from caregiver_app.store.vault import LockMaterial, Vault


@dataclass(frozen=True)
class StoreNotice:
    """Something the user must be told about their data when the app starts."""

    kind: str  # "corrupt", "newer" or "unwritable"
    message: str
    moved_to: Path | None = None
    backup: Backup | None = None


class Store:
    """One open database. Pass it to what needs it; close it when the app ends."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None, lock: DataFolderLock | None
    ):
        self.connection = connection
        self.path = path  # None: in memory, nothing is written to disk
        self._lock = lock
        self.profiles = Profiles(connection)

    @property
    def in_memory(self) -> bool:
        return self.path is None

    def progress(self, profile_id: int) -> Progress:
        return Progress(self.connection, profile_id)

    def private(self, profile_id: int, vault: Vault | None = None) -> PrivateData:
        """The profile's private entries; pass its vault when it has a passcode."""
        return PrivateData(self.connection, profile_id, vault)

    def set_passcode(
        self, profile_id: int, passcode: str, created: tuple[Vault, LockMaterial, str] | None = None
    ) -> tuple[Vault, str]:
        """Protect a profile: its private entries are encrypted from now on, old copies go.

        Returns the unlocked vault and the recovery code to show the user once.
        """
        vault, recovery_code = passcodes.set_passcode(
            self.connection, profile_id, passcode, created
        )
        if self.path is not None:
            with contextlib.suppress(OSError, sqlite3.Error):
                replace_backups(self.connection, self.path.parent)
        return vault, recovery_code

    def export_to(self, target: Path) -> None:
        """Save everything to one file (for moving to another computer)."""
        copy_database(self.connection, target)

    def change_passcode(self, profile_id: int, vault: Vault, new_passcode: str) -> None:
        """A new passcode; old copies of the key wrapped under the old one are purged too."""
        passcodes.change_passcode(self.connection, profile_id, vault, new_passcode)
        if self.path is not None:
            with contextlib.suppress(OSError, sqlite3.Error):
                replace_backups(self.connection, self.path.parent)

    def restore_from(self, source: Path) -> None:
        """Replace everything with the data in ``source`` (a backup or an exported file).

        Raises ``UnusableDatabaseError`` (and changes nothing) if ``source`` is not usable.
        """
        if not source.is_file():
            raise UnusableDatabaseError("the file does not exist", "corrupt")
        inspect(source)
        incoming = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            incoming.backup(self.connection)
        finally:
            incoming.close()
        migrate(self.connection)  # a backup from an older version is brought up to date

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        if self._lock is not None:
            self._lock.release()


def memory_store() -> Store:
    """A store that keeps nothing after the app closes (kiosk visits, unusable folders)."""
    connection = connect(MEMORY)
    migrate(connection)
    return Store(connection, None, None)


@dataclass(frozen=True)
class OpenedStore:
    store: Store
    notice: StoreNotice | None = None


def open_store(data_dir: Path) -> OpenedStore:
    """Open the database in ``data_dir``; see the module docstring for what can happen.

    Raises ``AlreadyRunningError`` when another copy of the app has the folder open.
    """
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = DataFolderLock(data_dir)
        lock.acquire()
    except OSError as error:
        return _unwritable(data_dir, error)
    path = data_dir / DB_FILE
    notice = None
    try:
        inspect(path)
    except UnusableDatabaseError as problem:
        notice = _move_aside(path, problem, data_dir)
    try:
        connection = connect(path)
        try:
            migrate(connection)
        except UnusableDatabaseError as problem:  # became unusable between check and open
            connection.close()
            notice = _move_aside(path, problem, data_dir)
            connection = connect(path)
            migrate(connection)
    except (OSError, sqlite3.OperationalError) as error:
        lock.release()
        return _unwritable(data_dir, error)
    store = Store(connection, path, lock)
    with contextlib.suppress(
        OSError, sqlite3.Error
    ):  # a backup that cannot be made is no reason to stop
        rolling_backup(connection, data_dir)
    return OpenedStore(store, notice)


def _move_aside(path: Path, problem: UnusableDatabaseError, data_dir: Path) -> StoreNotice:
    moved = move_aside(path, problem.kind)
    backup = newest_good_backup(data_dir)
    if problem.kind == "newer":
        message = (
            "Your saved progress was made by a newer version of Caregiver Companion, so this "
            "version cannot use it."
        )
    else:
        message = f"Your saved progress could not be opened because {problem.reason}."
    message += f" The file was kept, unchanged, as {moved.name} in {moved.parent}."
    return StoreNotice(problem.kind, message, moved, backup)


def _unwritable(data_dir: Path, error: Exception) -> OpenedStore:
    reason = getattr(error, "strerror", None) or str(error)
    message = (
        f"Caregiver Companion cannot save anything in {data_dir} ({reason}). You can read the "
        "lessons, but progress and notes will be lost when you close the app. Check that the "
        "folder exists, is yours, and that the disk is not full."
    )
    return OpenedStore(memory_store(), StoreNotice("unwritable", message))
