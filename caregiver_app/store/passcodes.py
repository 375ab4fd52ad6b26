"""Setting, changing and removing a profile's passcode, and the delay after wrong guesses.

The slow part (``vault.unlock``) needs no database, so the UI runs it off the UI thread with the
``LockMaterial`` read here, then reports the result back with ``record_unlock``.

The count of wrong tries lives in the same database as the wrapped keys, so anyone who can edit
the file can reset it, or copy the file and guess elsewhere. It only slows guessing through the
app. The real defence is the cost of each guess (Argon2id, 256 MiB and half a second: see
``vault``) and a passcode that is not among the first few thousand anyone would try
(``passcode_rules``).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from caregiver_app.store import integrity
from caregiver_app.store import vault as vaults
from caregiver_app.store.database import transaction
from caregiver_app.store.passcode_rules import passcode_problem
from caregiver_app.store.vault import LockMaterial, Vault

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300


def key_check_matches(db: sqlite3.Connection, profile_id: int, vault: Vault) -> bool:
    """True when ``vault`` is the profile's key (its rows in either format)."""
    return integrity.key_format(db, profile_id, vault) is not None


def wait_after_failures(failures: int) -> int:
    """Seconds before the next try: none for the first few, then doubling up to five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_WAIT_SECONDS, 5 * 2 ** (failures - FREE_ATTEMPTS)))


def lock_material(db: sqlite3.Connection, profile_id: int) -> LockMaterial | None:
    row = db.execute(
        "SELECT passcode_kdf, passcode_salt, key_wrapped_by_passcode, recovery_kdf, "
        "recovery_salt, key_wrapped_by_recovery FROM profiles WHERE id = ?",
        (profile_id,),
    ).fetchone()
    if row is None or row[2] is None:
        return None
    return LockMaterial(
        row[0] or "",
        bytes(row[1] or b""),
        bytes(row[2]),
        row[3] or "",
        bytes(row[4] or b""),
        bytes(row[5] or b""),
    )


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
    Raises ``ValueError`` with a message for the user when the passcode is too easy to guess.
    """
    problem = passcode_problem(passcode)
    if problem:
        raise ValueError(problem)
    if lock_material(db, profile_id) is not None:
        raise ValueError("this profile already has a passcode; change it instead")
    vault, material, recovery_code = created or vaults.create(passcode)
    with transaction(db):
        db.execute(
            "UPDATE profiles SET kdf_name = NULL, kdf_params = NULL, passcode_kdf = ?, "
            "passcode_salt = ?, key_wrapped_by_passcode = ?, recovery_kdf = ?, recovery_salt = ?, "
            "key_wrapped_by_recovery = ?, key_check = ?, failed_unlocks = 0, "
            "unlock_blocked_until = NULL WHERE id = ?",
            (
                material.passcode_kdf,
                material.passcode_salt,
                material.key_wrapped_by_passcode,
                material.recovery_kdf,
                material.recovery_salt,
                material.key_wrapped_by_recovery,
                vault.key_check(),
                profile_id,
            ),
        )
        integrity.seal_plain_rows(db, profile_id, vault)
    forget_old_pages(db)
    return vault, recovery_code


def change_passcode(
    db: sqlite3.Connection,
    profile_id: int,
    vault: Vault,
    new_passcode: str,
    wrap: tuple[str, bytes, bytes] | None = None,
) -> None:
    """A new passcode for an unlocked profile. Only the data key is re-wrapped, with today's key
    derivation, stored with the wrap (the recovery wrap keeps its own); the copy wrapped under
    the old passcode is then purged from the WAL (the caller replaces old backups).

    ``wrap`` is ``vault.wrap_for(new_passcode)`` made beforehand: the key derivation is the slow
    part, so the UI makes it off the UI thread."""
    problem = passcode_problem(new_passcode)
    if problem:
        raise ValueError(problem)
    if not key_check_matches(db, profile_id, vault):
        raise integrity.LockedError("this key does not belong to the profile any more")
    kdf, salt, wrapped = wrap or vault.wrap_for(new_passcode)
    with transaction(db):
        db.execute(
            "UPDATE profiles SET passcode_kdf = ?, passcode_salt = ?, key_wrapped_by_passcode = ?, "
            "failed_unlocks = 0, unlock_blocked_until = NULL WHERE id = ?",
            (kdf, salt, wrapped, profile_id),
        )
    forget_old_pages(db)


def remove_passcode(db: sqlite3.Connection, profile_id: int, vault: Vault) -> int:
    """Take the passcode away: every genuine private entry is stored unencrypted again.

    Rows the app does not trust (see ``integrity``) are kept aside, never decrypted into the
    profile; returns how many.
    """
    with transaction(db):
        kept_aside = integrity.open_all_rows(db, profile_id, vault)
        db.execute(
            "UPDATE profiles SET kdf_name = NULL, kdf_params = NULL, passcode_kdf = NULL, "
            "passcode_salt = NULL, key_wrapped_by_passcode = NULL, recovery_kdf = NULL, "
            "recovery_salt = NULL, key_wrapped_by_recovery = NULL, key_check = NULL, "
            "failed_unlocks = 0, unlock_blocked_until = NULL WHERE id = ?",
            (profile_id,),
        )
    forget_old_pages(db)
    return kept_aside


def forget_old_pages(db: sqlite3.Connection) -> bool:
    """Push everything into the main file and empty the WAL, so no old frame keeps old text.

    With ``secure_delete`` on, replaced rows in the main file are overwritten too. It runs after
    the change has committed, so it must not turn a change that happened into an error: when it
    cannot be done now (a full disk, a busy file) it returns False, and ``Store.close`` (or
    SQLite itself, when the last connection closes) does it later.
    """
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        return False
    return True
