"""Setting, changing and removing a profile's passcode, and the delay after wrong guesses.

The slow part (``vault.unlock``) needs no database, so the UI runs it off the UI thread with the
``LockMaterial`` read here, then reports the result back with ``record_unlock``.
"""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from caregiver_app.store import vault as vaults
from caregiver_app.store.database import transaction
from caregiver_app.store.vault import LockMaterial, Vault

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300

# Each private table: how to name a row (bound into its ciphertext) and how to find it again.
_TABLES: tuple[tuple[str, str, Callable[[tuple], str]], ...] = (
    ("reflections", "lesson_id, reflection_id", lambda key: f"reflection/{key[0]}/{key[1]}"),
    ("stress_entries", "day", lambda key: f"stress/{key[0]}"),
    ("plans", "profile_id", lambda _key: "plan"),
    ("observations", "id", lambda key: f"observation/{key[0]}"),
    ("weekly_checkins", "week", lambda key: f"weekly/{key[0]}"),
)


def key_check_matches(db: sqlite3.Connection, profile_id: int, vault: Vault) -> bool:
    row = db.execute("SELECT key_check FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    return bool(
        row and row[0] is not None and hmac.compare_digest(bytes(row[0]), vault.key_check())
    )


def wait_after_failures(failures: int) -> int:
    """Seconds before the next try: none for the first few, then doubling up to five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_WAIT_SECONDS, 5 * 2 ** (failures - FREE_ATTEMPTS))


def lock_material(db: sqlite3.Connection, profile_id: int) -> LockMaterial | None:
    row = db.execute(
        "SELECT kdf_name, kdf_params, passcode_salt, key_wrapped_by_passcode, recovery_salt, "
        "key_wrapped_by_recovery FROM profiles WHERE id = ?",
        (profile_id,),
    ).fetchone()
    if row is None or row[3] is None:
        return None
    return LockMaterial(row[0], row[1], bytes(row[2]), bytes(row[3]), bytes(row[4]), bytes(row[5]))


def seconds_to_wait(db: sqlite3.Connection, profile_id: int) -> int:
    row = db.execute(
        "SELECT unlock_blocked_until FROM profiles WHERE id = ?", (profile_id,)
    ).fetchone()
    if not row or not row[0]:
        return 0
    remaining = datetime.fromisoformat(row[0]) - datetime.now(UTC)
    # Capped: a clock set back must not lock the owner out for longer than the longest wait.
    return min(MAX_WAIT_SECONDS, max(0, int(remaining.total_seconds() + 0.999)))


def record_attempt(db: sqlite3.Connection, profile_id: int) -> int:
    """Count a try before it is checked (so cancelling or racing tries cannot skip the wait);
    a right passcode then resets the count with ``record_unlock(..., success=True)``."""
    return record_unlock(db, profile_id, success=False)


def record_unlock(db: sqlite3.Connection, profile_id: int, success: bool) -> int:
    """Note a right or wrong try; returns the seconds to wait before the next one."""
    with transaction(db):
        if success:
            db.execute(
                "UPDATE profiles SET failed_unlocks = 0, unlock_blocked_until = NULL WHERE id = ?",
                (profile_id,),
            )
            return 0
        failures = db.execute(
            "UPDATE profiles SET failed_unlocks = failed_unlocks + 1 WHERE id = ? "
            "RETURNING failed_unlocks",
            (profile_id,),
        ).fetchone()[0]
        wait = wait_after_failures(int(failures))
        until = (
            (datetime.now(UTC) + timedelta(seconds=wait)).isoformat(timespec="seconds")
            if wait
            else None
        )
        db.execute("UPDATE profiles SET unlock_blocked_until = ? WHERE id = ?", (until, profile_id))
        return wait


def set_passcode(
    db: sqlite3.Connection,
    profile_id: int,
    passcode: str,
    created: tuple[Vault, LockMaterial, str] | None = None,
) -> tuple[Vault, str]:
    """Give a profile without a passcode one: seal every private entry it has, in one go.

    ``created`` is ``vault.create(passcode)`` made beforehand (it is the slow part, so the UI makes
    it off the UI thread). Returns the vault and the recovery code, to be shown to the user once.
    """
    if len(passcode) < vaults.MIN_PASSCODE_LENGTH:
        raise ValueError(f"a passcode needs at least {vaults.MIN_PASSCODE_LENGTH} characters")
    if lock_material(db, profile_id) is not None:
        raise ValueError("this profile already has a passcode; change it instead")
    vault, material, recovery_code = created or vaults.create(passcode)
    with transaction(db):
        db.execute(
            "UPDATE profiles SET kdf_name = ?, kdf_params = ?, passcode_salt = ?, "
            "key_wrapped_by_passcode = ?, recovery_salt = ?, key_wrapped_by_recovery = ?, "
            "key_check = ?, failed_unlocks = 0, unlock_blocked_until = NULL WHERE id = ?",
            (
                material.kdf_name,
                material.kdf_params,
                material.passcode_salt,
                material.key_wrapped_by_passcode,
                material.recovery_salt,
                material.key_wrapped_by_recovery,
                vault.key_check(),
                profile_id,
            ),
        )
        for table, key, context, body, _encrypted in _private_rows(db, profile_id, encrypted=0):
            sealed = vault.seal(bytes(body), f"{profile_id}/{context}")
            _update(db, table, key, profile_id, (sealed, 1))
    forget_old_pages(db)
    return vault, recovery_code


def change_passcode(
    db: sqlite3.Connection, profile_id: int, vault: Vault, new_passcode: str
) -> None:
    """A new passcode for an unlocked profile. Only the data key is re-wrapped; the copy wrapped
    under the old passcode is then purged from the WAL (the caller replaces old backups)."""
    if len(new_passcode) < vaults.MIN_PASSCODE_LENGTH:
        raise ValueError(f"a passcode needs at least {vaults.MIN_PASSCODE_LENGTH} characters")
    salt, wrapped = vault.wrap_for(new_passcode)
    with transaction(db):
        db.execute(
            "UPDATE profiles SET passcode_salt = ?, key_wrapped_by_passcode = ?, "
            "failed_unlocks = 0, unlock_blocked_until = NULL WHERE id = ?",
            (salt, wrapped, profile_id),
        )
    forget_old_pages(db)


def remove_passcode(db: sqlite3.Connection, profile_id: int, vault: Vault) -> int:
    """Take the passcode away: every private entry is stored unencrypted again.

    Returns how many damaged entries (that no key opens) were deleted on the way.
    """
    damaged = 0
    with transaction(db):
        for table, key, context, body, _encrypted in _private_rows(db, profile_id, encrypted=1):
            try:
                plain = vault.open(bytes(body), f"{profile_id}/{context}")
            except vaults.WrongSecretError:
                columns, values = key
                where = " AND ".join(f"{column.strip()} = ?" for column in columns.split(","))
                db.execute(
                    f"DELETE FROM {table} WHERE profile_id = ? AND {where}", (profile_id, *values)
                )
                damaged += 1
                continue
            _update(db, table, key, profile_id, (plain, 0))
        db.execute(
            "UPDATE profiles SET kdf_name = NULL, kdf_params = NULL, passcode_salt = NULL, "
            "key_wrapped_by_passcode = NULL, recovery_salt = NULL, key_wrapped_by_recovery = NULL, "
            "key_check = NULL, failed_unlocks = 0, unlock_blocked_until = NULL WHERE id = ?",
            (profile_id,),
        )
    return damaged


def forget_old_pages(db: sqlite3.Connection) -> None:
    """Push everything into the main file and empty the WAL, so no old frame keeps old text.

    With ``secure_delete`` on, replaced rows in the main file are overwritten too.
    """
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _private_rows(db: sqlite3.Connection, profile_id: int, encrypted: int) -> Iterator[tuple]:
    for table, key_columns, context in _TABLES:
        rows = db.execute(
            f"SELECT {key_columns}, body, encrypted FROM {table} "
            "WHERE profile_id = ? AND encrypted = ?",
            (profile_id, encrypted),
        ).fetchall()
        width = len(key_columns.split(","))
        for row in rows:
            key = row[:width]
            yield table, (key_columns, key), context(key), row[width], row[width + 1]


def _update(
    db: sqlite3.Connection, table: str, key: tuple, profile_id: int, sealed: tuple[bytes, int]
) -> None:
    columns, values = key
    body, encrypted = sealed
    where = " AND ".join(f"{column.strip()} = ?" for column in columns.split(","))
    db.execute(
        f"UPDATE {table} SET body = ?, encrypted = ? WHERE profile_id = ? AND {where}",
        (body, encrypted, profile_id, *values),
    )
