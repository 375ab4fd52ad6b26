"""Is this file a database of ours? Checked completely, before it may replace anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from caregiver_app.store.database import (
    MEMORY,
    DatabaseFaultError,
    UnusableDatabaseError,
    as_fault,
    connect,
    inspect,
    is_corruption,
    migrate,
    schema_version,
)

_NOT_OURS = "it is not a backup made by Caregiver Companion"
# SQLite errors that are about the machine (a full disk, no permission), not about the file.
_FAULT_CODES = frozenset({3, 5, 6, 7, 8, 10, 13, 14, 23})  # PERM BUSY LOCKED NOMEM READONLY
# IOERR FULL CANTOPEN AUTH


def table_columns(connection: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Every table and its columns with their declared types."""
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: {
            row[1]: str(row[2]).upper()
            for row in connection.execute(f"PRAGMA table_info({_quoted(table)})")
        }
        for table in tables
    }


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _expected() -> dict[str, dict[str, str]]:
    reference = connect(MEMORY)
    try:
        migrate(reference)
        return table_columns(reference)
    finally:
        reference.close()


def verify_candidate(path: Path) -> sqlite3.Connection:
    """Open the copy at ``path``, bring it up to date and check it is wholly ours and sound.

    Returns its connection (the caller closes it). Raises ``UnusableDatabaseError`` with a
    reason for people, or ``DatabaseFaultError`` if the machine got in the way. ``path`` must be
    a copy: migrating writes to it.
    """
    inspect(path)
    connection = connect(path)
    try:
        if schema_version(connection) == 0:  # every database of ours has a version
            raise UnusableDatabaseError(_NOT_OURS, "corrupt")
        try:
            migrate(connection)
        except UnusableDatabaseError:
            raise
        except sqlite3.Error as error:  # e.g. its own "profiles" table: not one of ours
            raise _classified(error, path) from error
        actual = table_columns(connection)
        expected = _expected()
        strangers = sorted(set(actual) - set(expected))
        if strangers:
            raise UnusableDatabaseError(f"{_NOT_OURS} (it has a {strangers[0]} table)", "corrupt")
        for table, columns in expected.items():
            if table not in actual:
                raise UnusableDatabaseError(f"{_NOT_OURS} (it has no {table} table)", "corrupt")
            for column, kind in columns.items():
                if actual[table].get(column) != kind:
                    raise UnusableDatabaseError(
                        f"{_NOT_OURS} (its {table} table has no {column} column)", "corrupt"
                    )
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise UnusableDatabaseError("it is damaged", "corrupt")
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UnusableDatabaseError("it is damaged (entries belong to no profile)", "corrupt")
    except BaseException:
        connection.close()
        raise
    return connection


def _classified(error: sqlite3.Error, path: Path) -> Exception:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _FAULT_CODES:
        return as_fault(error, path.parent)
    if is_corruption(error):
        return UnusableDatabaseError("it is damaged", "corrupt")
    return UnusableDatabaseError(_NOT_OURS, "corrupt")


__all__ = ["DatabaseFaultError", "table_columns", "verify_candidate"]
