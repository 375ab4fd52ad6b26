"""Databases as earlier versions of the app left them, for tests of bringing them up to date."""

from __future__ import annotations

import sqlite3


def as_version_3(connection: sqlite3.Connection) -> None:
    """Take away what migrations 4, 5 and 6 added, and say version 3."""
    connection.executescript(
        "DROP TABLE signs; DROP TABLE sign_days; DROP TABLE sign_rules; "
        "DROP TABLE row_records; DROP TABLE kept_aside; "
        "ALTER TABLE profiles DROP COLUMN passcode_kdf; "
        "ALTER TABLE profiles DROP COLUMN recovery_kdf; "
        "ALTER TABLE profiles DROP COLUMN key_check; PRAGMA user_version = 3;"
    )
