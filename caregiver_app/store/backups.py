"""Copies of the database made with SQLite's backup API: automatic ones kept as a thinning history
(many recent, fewer older), and a single file the user saves to move to another computer."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from caregiver_app.store.database import DatabaseFaultError, UnusableDatabaseError, inspect

BACKUP_FOLDER = "backups"
BACKUP_EVERY = timedelta(hours=20)  # at start-up: "once a day", without drifting later each day
BACKUP_WHILE_RUNNING = timedelta(minutes=30)  # while open, when something changed
PARTIAL = ".partial"
_PREFIX, _SUFFIX = "caregiver-", ".db"
_STAMP = "%Y%m%d-%H%M%S"
_STAMP_LENGTH = len("20260101-000000")
_SAME_SECOND = re.compile(r"(^|-)[0-9]+$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str = ""  # "" for the automatic ones; "before-restore", "before-import", ...
    size: int = 0


@dataclass(frozen=True)
class KeepPolicy:
    """How much history to keep: the newest few, then one a day, one a week, one every four
    weeks (weeks and four-week blocks nest, so thinning step by step keeps what thinning once
    would). Backups made before a change (a restore, an import) stay for the daily window."""

    recent: int = 3
    days: int = 14
    weeks: int = 8
    four_weeks: int = 13  # about a year
    budget_bytes: int = 200 * 1024 * 1024


def backups_to_keep(
    backups: Sequence[Backup], now: datetime, policy: KeepPolicy = KeepPolicy()
) -> list[Backup]:
    """The backups to keep, newest first. The newest is always kept, even over the budget."""
    ordered = sorted(backups, key=lambda backup: (backup.made_at, backup.path.name), reverse=True)
    today = now.date().toordinal()
    kept: list[Backup] = []
    buckets: set[tuple[str, int]] = set()
    for number, backup in enumerate(ordered):
        day = backup.made_at.date().toordinal()
        # Windows are whole buckets (a day, a week, four weeks) counted back from now's, so
        # every backup of one bucket is judged alike.
        if today - day < policy.days:
            bucket = ("day", day)
        elif (today - 1) // 7 - (day - 1) // 7 < policy.weeks:
            bucket = ("week", (day - 1) // 7)
        elif (today - 1) // 28 - (day - 1) // 28 < policy.four_weeks:
            bucket = ("four weeks", (day - 1) // 28)
        else:
            bucket = None
        keep = number < policy.recent or (bucket is not None and bucket not in buckets)
        keep = keep or (bool(backup.reason) and bucket is not None and bucket[0] == "day")
        if bucket is not None:
            buckets.add(bucket)
        if keep:
            kept.append(backup)
    total = sum(backup.size for backup in kept)
    while len(kept) > 1 and total > policy.budget_bytes:
        total -= kept.pop().size  # the oldest go first
    return kept


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (owner-only), replacing it atomically.

    A copy that fails (a full disk) leaves no partial file behind; one cut short by a crash is
    removed the next time the store opens (``remove_partial_files``).
    """
    partial = target.with_name(target.name + PARTIAL)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
        partial.replace(target)
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def remove_partial_files(data_dir: Path) -> None:
    """Delete copies a crash cut short: they may hold private entries in plain text, and no
    one can use half a database."""
    for folder in (data_dir, data_dir / BACKUP_FOLDER):
        with contextlib.suppress(OSError):
            for partial in folder.glob(f"*{PARTIAL}*"):  # and its -journal, -wal, -shm
                with contextlib.suppress(OSError):
                    partial.unlink()


def _parse_stamp(stamp: str) -> datetime:
    """The time in a backup's name (``_STAMP``), or ValueError. By hand: ``strptime`` loads
    its locale machinery and compiles its patterns, a cost paid at every start."""
    digits = stamp[:8] + stamp[9:]
    if (
        len(stamp) != _STAMP_LENGTH
        or stamp[8] != "-"
        or not (digits.isascii() and digits.isdigit())
    ):
        raise ValueError(f"not a backup time: {stamp!r}")
    year, month, day = int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])
    return datetime(year, month, day, int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))


def list_backups(data_dir: Path) -> list[Backup]:
    """The automatic backups, newest first."""
    folder = data_dir / BACKUP_FOLDER
    backups = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
            middle = path.name[len(_PREFIX) : -len(_SUFFIX)]
            stamp, reason = middle[:_STAMP_LENGTH], middle[_STAMP_LENGTH + 1 :]
            # A second backup in the same second has "-2" (and so on) after its reason, or in
            # place of one; reasons are words, never numbers.
            reason = _SAME_SECOND.sub("", reason)
            try:
                made_at = _parse_stamp(stamp)
                size = path.stat().st_size
            except (ValueError, OSError):
                continue
            if len(middle) > _STAMP_LENGTH and middle[_STAMP_LENGTH] != "-":
                continue
            backups.append(Backup(path, made_at, reason, size))
    return sorted(backups, key=lambda backup: (backup.made_at, backup.path.name), reverse=True)


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The newest automatic backup that passes the same checks as the database itself."""
    for backup in list_backups(data_dir):
        try:
            inspect(backup.path)
        except (UnusableDatabaseError, DatabaseFaultError):
            continue
        return backup
    return None


def make_backup(
    connection: sqlite3.Connection,
    data_dir: Path,
    reason: str = "",
    when: datetime | None = None,
    policy: KeepPolicy = KeepPolicy(),
) -> Backup:
    """Back up now, then thin the history by ``policy``. Raises ``OSError``/``sqlite3.Error``."""
    when = (when or datetime.now()).replace(microsecond=0)
    folder = data_dir / BACKUP_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    name = f"{_PREFIX}{when.strftime(_STAMP)}{'-' + reason if reason else ''}{_SUFFIX}"
    target = folder / name
    counter = 1
    while target.exists():  # two in one second (a restore right after a backup)
        counter += 1
        target = folder / name.replace(_SUFFIX, f"-{counter}{_SUFFIX}")
    copy_database(connection, target)
    existing = list_backups(data_dir)
    keep = {backup.path for backup in backups_to_keep(existing, when, policy)}
    keep.add(target)
    for old in existing:
        if old.path not in keep:
            with contextlib.suppress(OSError):
                old.path.unlink()
    return Backup(target, when, reason, target.stat().st_size)


def back_up_file(database: Path, reason: str = "", when: datetime | None = None) -> Backup:
    """``make_backup`` of the database file at ``database`` over a read-only connection of the
    calling thread's own, so that a background thread can make it."""
    reader = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return make_backup(reader, database.parent, reason, when)
    finally:
        reader.close()


def rolling_backup(
    connection: sqlite3.Connection, data_dir: Path, when: datetime | None = None
) -> Backup | None:
    """The start-up backup: made if the newest is old enough. Returns it, or None if not due."""
    when = when or datetime.now()
    existing = list_backups(data_dir)
    if existing and when - existing[0].made_at < BACKUP_EVERY:
        return None
    return make_backup(connection, data_dir, when=when)
