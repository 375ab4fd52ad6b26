"""Opening the store: the database for one data folder, whatever state it is found in.

The app always starts. A broken or too-new database is moved aside and a fresh one made. A
database that merely cannot be written (a full disk, a read-only file or folder) is never moved:
it is shown read-only, from a copy in memory. An unusable folder gives an empty store in memory.
Either way ``OpenedStore.notice`` says what happened, in words for the user, and which backup
could bring their data back.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app.store import passcodes
from caregiver_app.store.backups import (
    BACKUP_WHILE_RUNNING,
    PARTIAL,
    Backup,
    back_up_file,
    copy_database,
    make_backup,
    newest_good_backup,
    remove_partial_files,
    rolling_backup,
)
from caregiver_app.store.database import (
    DB_FILE,
    MEMORY,
    DatabaseFaultError,
    UnusableDatabaseError,
    as_fault,
    check_writable,
    connect,
    create_database,
    inspect,
    is_corruption,
    migrate,
    move_aside,
    read_only_copy,
)
from caregiver_app.store.lock import DataFolderLock
from caregiver_app.store.profiles import Profiles
from caregiver_app.store.progress import Progress
from caregiver_app.store.sealing import seal_copies
from caregiver_app.store.vault import LockMaterial, Vault
from caregiver_app.store.verify import verify_candidate

if TYPE_CHECKING:
    from caregiver_app.store.private import PrivateData


@dataclass(frozen=True)
class StoreNotice:
    """Something the user must be told about their data when the app starts."""

    # "corrupt", "newer": moved aside; "full", "readonly": shown read-only, nothing saved;
    # "unwritable": an empty store in memory.
    kind: str
    message: str
    moved_to: Path | None = None
    backup: Backup | None = None

    @property
    def nothing_saved(self) -> bool:
        """Nothing done in this session will be kept: say so for as long as the app runs."""
        return self.kind in ("full", "readonly", "unwritable")


class Store:
    """One open database. Pass it to what needs it; close it when the app ends."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        lock: DataFolderLock | None,
        read_only_reason: str | None = None,
    ):
        self.connection = connection
        self.path = path  # None: in memory, nothing is written to disk
        self._lock = lock
        # Set: the data shown is a copy in memory of ``path`` that refuses every change.
        self.read_only_reason = read_only_reason
        self.profiles = Profiles(connection)
        self.unsealed_copies: list[Path] = []  # copies a new passcode could not seal
        self._changes_at_backup = connection.total_changes
        self._backed_up_at = datetime.now()

    @property
    def in_memory(self) -> bool:
        return self.path is None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def can_back_up(self) -> bool:
        return self.path is not None and not self.read_only

    def progress(self, profile_id: int) -> Progress:
        return Progress(self.connection, profile_id)

    def private(self, profile_id: int, vault: Vault | None = None) -> PrivateData:
        """The profile's private entries; pass its vault when it has a passcode."""
        from caregiver_app.store.private import PrivateData  # noqa: PLC0415  (see __init__)

        return PrivateData(self.connection, profile_id, vault)

    # --- backups ------------------------------------------------------------------------

    def changed_since_backup(self) -> bool:
        """Has anything been written since the last backup this store made? (On its thread.)"""
        return self.connection.total_changes != self._changes_at_backup

    def backup_now(self, reason: str = "") -> Backup | None:
        """Back up at once, before a change the user may regret (``"before-import"``...).

        Returns the backup, or None for a store that keeps nothing on disk. Raises
        ``OSError``/``sqlite3.Error`` if it cannot be made: the caller should then not go on.
        """
        if not self.can_back_up or self.path is None:
            return None
        mark = self.connection.total_changes
        backup = make_backup(self.connection, self.path.parent, reason)
        self._changes_at_backup, self._backed_up_at = mark, datetime.now()
        return backup

    def scheduled_backup(self, now: datetime | None = None) -> Callable[[], Backup] | None:
        """Work for a background thread if a backup is due (something changed and the last one
        is ``BACKUP_WHILE_RUNNING`` old), else None. Call it on the store's thread; the work
        reads the file through its own connection, so it may run on any thread."""
        now = now or datetime.now()
        if not self.can_back_up or self.path is None or not self.changed_since_backup():
            return None
        if now - self._backed_up_at < BACKUP_WHILE_RUNNING:
            return None
        mark, path = self.connection.total_changes, self.path

        def work() -> Backup:
            backup = back_up_file(path, when=now)
            self._changes_at_backup, self._backed_up_at = mark, now
            return backup

        return work

    # --- passcodes ----------------------------------------------------------------------

    def set_passcode(
        self, profile_id: int, passcode: str, created: tuple[Vault, LockMaterial, str] | None = None
    ) -> tuple[Vault, str]:
        """Protect a profile: its private entries are encrypted from now on, and so are they in
        every copy that can be opened (``unsealed_copies`` lists the others).

        Returns the unlocked vault and the recovery code to show the user once.
        """
        with contextlib.suppress(OSError, sqlite3.Error):
            self.backup_now("before-passcode")  # sealed below with the others
        vault, recovery_code = passcodes.set_passcode(
            self.connection, profile_id, passcode, created
        )
        self._seal_copies(profile_id, vault, passcode)
        return vault, recovery_code

    def set_passcode_work(
        self, profile_id: int, passcode: str, created: tuple[Vault, LockMaterial, str]
    ) -> Callable[[], list[Path]] | None:
        """``set_passcode`` for a background thread: sealing a long log and every copy of it
        takes most of a second, too long for the UI thread. The work opens a connection of the
        calling thread's own and returns the copies it could not seal (store them in
        ``unsealed_copies`` on the UI thread). None for a store without a file, or one that
        cannot be written: call ``set_passcode`` there (it is quick, or it says why not)."""
        if self.path is None or self.read_only:
            return None
        database = self.path

        def work() -> list[Path]:
            with contextlib.suppress(OSError, sqlite3.Error):
                back_up_file(database, "before-passcode")  # sealed below with the others
            connection = connect(database)
            try:
                vault, _code = passcodes.set_passcode(connection, profile_id, passcode, created)
                return seal_copies(connection, database.parent, profile_id, vault, passcode)
            finally:
                passcodes.forget_old_pages(connection)
                connection.close()

        return work

    def change_passcode(
        self,
        profile_id: int,
        vault: Vault,
        new_passcode: str,
        wrap: tuple[str, bytes, bytes] | None = None,
    ) -> None:
        """A new passcode; copies keep the key wrapped under the new one only. ``wrap``: see
        ``passcodes.change_passcode``."""
        passcodes.change_passcode(self.connection, profile_id, vault, new_passcode, wrap)
        self._seal_copies(profile_id, vault, new_passcode)

    def _seal_copies(self, profile_id: int, vault: Vault, passcode: str) -> None:
        if self.path is None:
            return
        self.unsealed_copies = seal_copies(
            self.connection, self.path.parent, profile_id, vault, passcode
        )

    def export_to(self, target: Path) -> None:
        """Save everything to one file (for moving to another computer)."""
        copy_database(self.connection, target)

    def restore_from(self, source: Path) -> Backup | None:
        """Replace everything with the data in ``source`` (a backup or an exported file).

        The candidate is checked completely in a temporary copy first (tables, columns,
        integrity), the current data is backed up (returned: a "before-restore" backup), and
        the live database is replaced in one SQLite operation. Raises ``UnusableDatabaseError``
        (not a backup of ours), ``DatabaseFaultError`` or ``OSError``/``sqlite3.Error``; in
        every case the live data is exactly as it was.
        """
        if self.read_only_reason is not None:
            raise DatabaseFaultError(self.read_only_reason)
        if not source.is_file():
            raise UnusableDatabaseError("the file does not exist", "corrupt")
        folder = self.path.parent if self.path is not None else source.parent
        temp = folder / f"restore-{secrets.token_hex(4)}{PARTIAL}"
        candidate = None
        try:
            _copy_file(source, temp)
            candidate = verify_candidate(temp)
            before = self.backup_now("before-restore")
            # One backup step of every page: SQLite writes them in a single transaction on
            # the live database, which commits whole or rolls back (tests/store/test_restore).
            candidate.backup(self.connection)
        finally:
            if candidate is not None:
                candidate.close()
            # Tidying up must not turn a restore that happened into an error: a copy left
            # behind ends in .partial and is swept at the next start.
            for name in (temp.name, temp.name + "-wal", temp.name + "-shm"):
                with contextlib.suppress(OSError):
                    temp.with_name(name).unlink()
        self._changes_at_backup = -1  # the restored data is not in any backup of this session
        return before

    def close(self) -> None:
        if not self.read_only:
            passcodes.forget_old_pages(self.connection)  # old text left in the WAL, if any
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
    except OSError as error:
        return _unwritable(data_dir, error)
    path = data_dir / DB_FILE
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except OSError as error:  # a folder we may read but not write in (not: already running)
        return _read_only(path, as_fault(error, data_dir), None)
    remove_partial_files(data_dir)
    notice = None
    try:
        inspect(path)
    except UnusableDatabaseError as problem:
        try:
            notice = _move_aside(path, problem, data_dir)
        except OSError as error:
            return _read_only(path, as_fault(error, data_dir), lock)
    except DatabaseFaultError as fault:  # never a reason to move the file
        return _read_only(path, fault, lock)
    connection = None
    try:
        if not path.exists():
            create_database(path)
        connection = connect(path)
        try:
            migrate(connection)
        except UnusableDatabaseError as problem:  # became unusable between check and open
            connection.close()
            notice = _move_aside(path, problem, data_dir)
            create_database(path)
            connection = connect(path)
            migrate(connection)
        check_writable(connection)
    except (OSError, sqlite3.Error) as error:
        if connection is not None:
            connection.close()
        if not (isinstance(error, sqlite3.Error) and is_corruption(error)):
            return _read_only(path, as_fault(error, data_dir), lock)
        # Damage quick_check did not see: moved aside like any other, then a fresh start.
        damage = UnusableDatabaseError(f"it cannot be read ({error})", "corrupt")
        try:
            notice = _move_aside(path, damage, data_dir)
        except OSError as move_error:
            return _read_only(path, as_fault(move_error, data_dir), lock)
        lock.release()
        reopened = open_store(data_dir)
        return OpenedStore(reopened.store, reopened.notice or notice)
    store = Store(connection, path, lock)
    with contextlib.suppress(OSError, sqlite3.Error):  # no backup is no reason to stop
        rolling_backup(connection, data_dir)
    return OpenedStore(store, notice)


def _copy_file(source: Path, target: Path) -> None:
    """Copy ``source`` (and a -wal file beside it, which may hold its newest changes) to
    ``target``, owner-only. Raises ``OSError``."""
    for suffix in ("", "-wal"):
        origin = source.with_name(source.name + suffix)
        if suffix and not origin.is_file():
            continue
        destination = target.with_name(target.name + suffix)
        fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, origin.open("rb") as file:
            shutil.copyfileobj(file, out)
            out.flush()
            os.fsync(out.fileno())


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


def _read_only(path: Path, fault: DatabaseFaultError, lock: DataFolderLock | None) -> OpenedStore:
    """The data as it was last saved, shown read-only: the file is left exactly as it is."""
    folder = path.parent
    if fault.full:
        why = (
            f"The disk that holds your saved progress ({folder}) is full, so Caregiver "
            "Companion cannot save anything."
        )
        after = "Free some space on the disk, then restart the app."
    else:
        why = (
            f"Your saved progress in {folder} cannot be changed ({fault.reason}): the file or "
            "its folder is read-only, or not yours."
        )
        after = "Ask whoever looks after this computer to make it writable, then restart the app."
    try:
        if not path.is_file() or path.stat().st_size == 0:
            raise DatabaseFaultError("there is no saved progress here yet")
        connection = read_only_copy(path)
        if connection.execute("SELECT 1 FROM profiles").fetchone() is None:
            # Nothing to show, and a first profile could not even be made: start in memory.
            connection.close()
            raise DatabaseFaultError("there is no saved progress here yet")
    except (UnusableDatabaseError, DatabaseFaultError, OSError, sqlite3.Error):
        if lock is not None:
            lock.release()
        message = (
            f"{why} Nothing you do now will be kept when you close the app. Your saved "
            f"progress was not changed or moved. {after}"
        )
        return OpenedStore(memory_store(), StoreNotice("unwritable", message))
    message = (
        f"{why} Your profiles and progress are shown as they were last saved, but nothing you "
        f"change now can be saved. Your saved progress was not changed or moved. {after}"
    )
    kind = "full" if fault.full else "readonly"
    return OpenedStore(Store(connection, path, lock, message), StoreNotice(kind, message))


def _unwritable(data_dir: Path, error: Exception) -> OpenedStore:
    reason = getattr(error, "strerror", None) or str(error)
    message = (
        f"Caregiver Companion cannot save anything in {data_dir} ({reason}). You can read the "
        "lessons, but progress and notes will be lost when you close the app. Check that the "
        "folder exists, is yours, and that the disk is not full."
    )
    return OpenedStore(memory_store(), StoreNotice("unwritable", message))
