"""Once a profile has a passcode, the other files of ours that hold its private entries (the
automatic backups, databases moved aside as damaged or too new) are sealed as well.

The rule, because keeping the user's data wins over tidiness: a copy is never deleted here.
A copy we can open and check is re-written through a temporary file with the profile's private
entries sealed under its new key (and the key wrapped as in the live database), then swapped
in atomically. A copy we cannot safely change (damaged, made by a newer version, a full disk)
is left exactly as it is and returned, so the user can be told where it is and decide; it may
be the only copy of something they wrote.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from caregiver_app.store import passcodes
from caregiver_app.store.backups import PARTIAL, list_backups
from caregiver_app.store.database import (
    DB_FILE,
    DatabaseFaultError,
    UnusableDatabaseError,
    connect,
    inspect,
    migrate,
)
from caregiver_app.store.vault import Vault

_LOCK_COLUMNS = (
    "kdf_name, kdf_params, passcode_salt, key_wrapped_by_passcode, recovery_salt, "
    "key_wrapped_by_recovery, key_check"
)


def copies_of_our_data(data_dir: Path) -> list[Path]:
    """Every file of ours besides the live database that may hold private entries."""
    moved_aside = [
        path
        for pattern in (f"{DB_FILE}.corrupt-*", f"{DB_FILE}.newer-*")
        for path in data_dir.glob(pattern)
        if not path.name.endswith(("-wal", "-shm")) and PARTIAL not in path.name
    ]
    return sorted(moved_aside) + [backup.path for backup in list_backups(data_dir)]


def seal_copies(
    live: sqlite3.Connection, data_dir: Path, profile_id: int, vault: Vault, passcode: str
) -> list[Path]:
    """Seal ``profile_id``'s private entries in every copy; returns the copies left unsealed."""
    unsealed = []
    for path in copies_of_our_data(data_dir):
        try:
            _seal_copy(live, path, profile_id, vault, passcode)
        except (UnusableDatabaseError, DatabaseFaultError, OSError, sqlite3.Error, ValueError):
            unsealed.append(path)
    return unsealed


def _seal_copy(
    live: sqlite3.Connection, path: Path, profile_id: int, vault: Vault, passcode: str
) -> None:
    inspect(path)  # a damaged or newer file is never written to
    identity = live.execute(
        f"SELECT created_at, {_LOCK_COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
    ).fetchone()
    temp = path.with_name(path.name + PARTIAL)
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        copy = connect(temp)
        try:
            source.backup(copy)  # includes what is still in the copy's own -wal
            source.close()
            migrate(copy)
            row = copy.execute(
                "SELECT created_at, key_check FROM profiles WHERE id = ?", (profile_id,)
            ).fetchone()
            if row is None or row[0] != identity[0]:
                return  # this copy has no entries of that person: nothing to seal
            material = passcodes.lock_material(live, profile_id)
            if material is None:
                raise ValueError("the profile has no passcode to seal the copy with")
            if row[1] is None and passcodes.lock_material(copy, profile_id) is None:
                passcodes.set_passcode(copy, profile_id, passcode, (vault, material, ""))
            elif row[1] is not None and bytes(row[1]) == vault.key_check():
                # Sealed under the same key, which was wrapped under an older passcode.
                copy.execute(
                    f"UPDATE profiles SET ({_LOCK_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?) WHERE id = ?",
                    (*identity[1:], profile_id),
                )
            else:
                return  # sealed under another key already: no plain text to remove
            copy.execute("VACUUM")  # free pages copied from the old file keep no old text
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            source.close()
            copy.close()
        with temp.open("rb+") as file:
            os.fsync(file.fileno())
        temp.replace(path)
        for suffix in ("-wal", "-shm"):  # the old file's; its content is in the new one
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
    finally:
        for name in (temp.name, temp.name + "-wal", temp.name + "-shm"):
            with contextlib.suppress(FileNotFoundError):
                temp.with_name(name).unlink()
