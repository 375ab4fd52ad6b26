"""The one place the SQLite database is opened, checked, migrated and (if broken) moved aside."""

from __future__ import annotations

import contextlib
import os
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

    Reads only: a broken file is left exactly as it was found.
    """
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    if not header:
        return  # an empty file: SQLite treats it as a new database
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
    except sqlite3.DatabaseError as error:
        raise UnusableDatabaseError(f"it cannot be read ({error})", "corrupt") from error
    if result != "ok":
        raise UnusableDatabaseError("it is damaged", "corrupt")
    if version > LATEST_VERSION:
        raise UnusableDatabaseError(
            "it was made by a newer version of Caregiver Companion", "newer"
        )


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
