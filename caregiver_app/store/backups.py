"""Copies of the database made with SQLite's backup API: a rolling daily set kept automatically,
and a single file the user saves to move to another computer."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from caregiver_app.store.database import UnusableDatabaseError, inspect

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 7
BACKUP_EVERY = timedelta(hours=20)  # "once a day", without drifting later each day
_PREFIX, _SUFFIX = "caregiver-", ".db"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (owner-only), replacing it atomically."""
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    finally:
        destination.close()
    partial.replace(target)


def list_backups(data_dir: Path) -> list[Backup]:
    """The automatic backups, newest first."""
    folder = data_dir / BACKUP_FOLDER
    backups = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
            try:
                made_at = datetime.strptime(path.name[len(_PREFIX) : -len(_SUFFIX)], _STAMP)
            except ValueError:
                continue
            backups.append(Backup(path, made_at))
    return sorted(backups, key=lambda backup: backup.made_at, reverse=True)


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The newest automatic backup that passes the same checks as the database itself."""
    for backup in list_backups(data_dir):
        try:
            inspect(backup.path)
        except UnusableDatabaseError:
            continue
        return backup
    return None


def rolling_backup(
    connection: sqlite3.Connection, data_dir: Path, when: datetime | None = None
) -> Backup | None:
    """Make today's backup if the newest is old enough, and keep only the last few.

    Returns the new backup, or None if none was due.
    """
    when = when or datetime.now()
    existing = list_backups(data_dir)
    if existing and when - existing[0].made_at < BACKUP_EVERY:
        return None
    folder = data_dir / BACKUP_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{_PREFIX}{when.strftime(_STAMP)}{_SUFFIX}"
    copy_database(connection, target)
    for old in list_backups(data_dir)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Backup(target, when.replace(microsecond=0))


def replace_backups(connection: sqlite3.Connection, data_dir: Path) -> None:
    """Delete the automatic backups and make a fresh one (after a passcode is set, the old ones
    still hold private entries written before it)."""
    for backup in list_backups(data_dir):
        with contextlib.suppress(OSError):
            backup.path.unlink()
    rolling_backup(connection, data_dir)
