"""The one place the SQLite database is opened, checked, migrated and (if broken) moved aside."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from caregiver_app.store.schema import LATEST_VERSION, MIGRATIONS

DB_FILE = "caregiver.db"
MEMORY = ":memory:"
_SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm")


class UnusableDatabaseError(Exception):
    """The file is not a database this version of the app can use. ``reason`` is for people."""

    def __init__(self, reason: str, kind: str):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind  # "corrupt" or "newer"


class DatabaseFaultError(Exception):
    """The database could not be read or written right now, through no fault of its own: a full
    disk, a read-only file or folder, a file held by another program. Never a reason to move
    the file aside. ``full`` says whether the disk has run out of space."""

    def __init__(self, reason: str, full: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.full = full


# Only these say the file itself is damaged. Everything else SQLite can report while opening
# (FULL, IOERR*, CANTOPEN, READONLY, PERM, BUSY, LOCKED, NOMEM...) is about the machine, and the
# file may be perfectly good once there is space again.
_CORRUPTION_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_SQLITE_FULL = 13
_LOW_SPACE_BYTES = 256 * 1024


def is_corruption(error: sqlite3.Error) -> bool:
    """True only when SQLite says the file is damaged or not a database (extended codes too)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _CORRUPTION_CODES


def as_fault(error: BaseException, folder: Path) -> DatabaseFaultError:
    """The fault behind ``error``, in words for people, knowing whether the disk is full."""
    code = getattr(error, "sqlite_errorcode", None)
    full = (code is not None and code & 0xFF == _SQLITE_FULL) or (
        isinstance(error, OSError) and error.errno == errno.ENOSPC
    )
    if not full:  # SQLite reports a full disk while making its side files as an I/O error
        with contextlib.suppress(OSError):
            full = shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
    reason = getattr(error, "strerror", None) or str(error)
    return DatabaseFaultError(reason, full)


def now() -> str:
    """A UTC timestamp in ISO 8601, as every table stores times."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) a database with the settings every connection must have.

    WAL journal, foreign keys on, full sync so a committed change survives a power cut, and the
    file readable by its owner only (SQLite gives the -wal and -shm files the same mode).
    """
    if path != MEMORY:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    # isolation_level=None: no hidden transactions; ``transaction()`` says where each one is.
    connection = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    # Deleted or replaced content is overwritten, so plaintext from before a passcode was set
    # does not linger in free pages of the file.
    connection.execute("PRAGMA secure_delete = ON")
    return connection


def create_database(path: Path) -> None:
    """Make a new, migrated database at ``path`` all at once: it is built under another name
    and renamed into place, so a crash on the first start leaves no empty ``caregiver.db`` (which
    would look like one emptied by a failing copy) but only a ``.partial`` file, removed on the
    next start."""
    temp = path.with_name(path.name + ".partial")
    for name in (temp.name, temp.name + "-wal", temp.name + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            temp.with_name(name).unlink()
    connection = connect(temp)
    try:
        migrate(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()  # the last connection: SQLite removes the -wal and -shm files
    with temp.open("rb+") as file:
        os.fsync(file.fileno())
    temp.rename(path)
    with contextlib.suppress(OSError):  # the rename itself survives a power cut (POSIX)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Everything inside happens completely or not at all."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        # Inside the try: a COMMIT that fails (a full disk, a busy file) must not leave the
        # transaction open, or every later write would fail with "within a transaction".
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:  # SQLite has already rolled back after errors like FULL
            with contextlib.suppress(sqlite3.Error):  # the first error is the one to report
                connection.execute("ROLLBACK")
        raise


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema forward to ``LATEST_VERSION``, one migration per transaction."""
    version = schema_version(connection)
    if version > LATEST_VERSION:
        raise UnusableDatabaseError(
            "it was made by a newer version of Caregiver Companion", "newer"
        )
    for number in range(version, LATEST_VERSION):
        # executescript would commit a transaction of ours, so the script carries its own.
        bump = f"PRAGMA user_version = {number + 1};"
        script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\n{bump}\nCOMMIT;"
        try:
            connection.executescript(script)
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def inspect(path: Path) -> None:
    """Raise ``UnusableDatabaseError`` if the file at ``path`` cannot be used as our database.

    Raises ``DatabaseFaultError`` if it cannot be checked now (a full disk, no permission): that
    says nothing about the file, which must then be left where it is. Reads only: a broken file
    is left exactly as it was found. No file at all is fine (a new database).
    """
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise as_fault(error, path.parent) from error
    if not header:
        # SQLite would take it for a new database, but we never leave one empty: our first
        # write makes the header. A crash during a copy or a sync tool made this, and a good
        # backup may be beside it.
        raise UnusableDatabaseError("the file is empty (0 bytes)", "corrupt")
    if header != _SQLITE_HEADER:
        raise UnusableDatabaseError("it is not a database file", "corrupt")
    try:
        # mode=ro: checking must never write to (or "repair") the file.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            version = schema_version(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_corruption(error):
            raise UnusableDatabaseError(f"it cannot be read ({error})", "corrupt") from error
        raise as_fault(error, path.parent) from error
    if result != "ok":
        raise UnusableDatabaseError("it is damaged", "corrupt")
    if version > LATEST_VERSION:
        raise UnusableDatabaseError(
            "it was made by a newer version of Caregiver Companion", "newer"
        )


def check_writable(connection: sqlite3.Connection) -> None:
    """Raise ``sqlite3.OperationalError`` (READONLY) now, not at the first save, if SQLite
    opened the file read-only (it does so silently when the file's permissions say so)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("INSERT INTO app_state (key, value) VALUES ('write check', '')")
    finally:
        connection.execute("ROLLBACK")


# What a read-only copy may still change, in memory only: the count of wrong passcodes, so
# unlocking works (and slows down guessing for this session) although nothing is saved.
_BOOKKEEPING = frozenset({("profiles", "failed_unlocks"), ("profiles", "unlock_blocked_until")})
_CHANGES = frozenset(
    {
        sqlite3.SQLITE_INSERT,
        sqlite3.SQLITE_DELETE,
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_ATTACH,
        sqlite3.SQLITE_REINDEX,
        sqlite3.SQLITE_ANALYZE,
        *range(sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_VIEW + 1),
        *range(sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_VIEW + 1),
        sqlite3.SQLITE_CREATE_VTABLE,
        sqlite3.SQLITE_DROP_VTABLE,
    }
)


def _read_only_authorizer(
    action: int, first: str | None, second: str | None, _database: str | None, _trigger: str | None
) -> int:
    if action == sqlite3.SQLITE_UPDATE:
        return sqlite3.SQLITE_OK if (first, second) in _BOOKKEEPING else sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_DENY if action in _CHANGES else sqlite3.SQLITE_OK


def read_only_copy(path: Path) -> sqlite3.Connection:
    """The database at ``path`` copied into memory, brought up to date, refusing every change
    (``sqlite3.DatabaseError``, "not authorized") but the unlock bookkeeping.

    For a file we may read but not change. ``immutable`` is the last resort: it needs no side
    files (which a full disk cannot hold) but does not see changes still in a -wal file.
    Raises ``UnusableDatabaseError`` or ``DatabaseFaultError``; never writes to ``path``.
    """
    last_error: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            source = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)
            try:
                copy = connect(MEMORY)
                source.backup(copy)
            finally:
                source.close()
        except sqlite3.Error as error:
            if is_corruption(error):
                raise UnusableDatabaseError(f"it cannot be read ({error})", "corrupt") from error
            last_error = error
            continue
        migrate(copy)
        copy.set_authorizer(_read_only_authorizer)
        return copy
    assert last_error is not None  # the loop runs at least once and returns or records an error
    raise as_fault(last_error, path.parent) from last_error


def move_aside(path: Path, kind: str) -> Path:
    """Rename the database (and its -wal and -shm files) out of the way; return the new name.

    Never deletes: the user or a helper may still rescue what is in it.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{kind}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{kind}-{stamp}-{counter}")
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target
