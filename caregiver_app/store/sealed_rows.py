"""The rows of a profile's private tables, sealed by its vault when it has a passcode.

``SealedRows`` is the one place a private row is read or written. ``PrivateData`` builds the
app's records (reflections, check-ins, the plan) on it. To write, open ``with self._writing():``
(one transaction; with a passcode the sealed record of row fingerprints is loaded once and saved
at the end) and store each row with ``_put``, which seals and records it; read with
``_reading()`` once per query and ``_open`` per row. ``integrity`` says what is detected and what
is done with a row not to be trusted (kept aside, never deleted).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from caregiver_app.store import integrity
from caregiver_app.store.database import now, transaction
from caregiver_app.store.integrity import BY_NAME, Findings, LockedError, RowRecord
from caregiver_app.store.vault import Vault, WrongSecretError


@dataclass(frozen=True)
class Reading:
    """How rows are read: plain (no passcode), checked against the record, or (when a fault
    stopped the check) opened as they are, in the format the profile is in."""

    protected: bool
    record: RowRecord | None = None
    legacy: bool = False


class SealedRows:
    """Reads and writes one profile's private rows, sealing them when it has a passcode."""

    def __init__(self, connection: sqlite3.Connection, profile_id: int, vault: Vault | None = None):
        self._db = connection
        self.profile_id = profile_id
        self._vault = vault
        self._record: RowRecord | None = None  # while inside ``_writing``
        # Rows a read skipped because they are not to be trusted (``check`` keeps them aside).
        self.skipped = Findings()

    @property
    def protected(self) -> bool:
        """True when the profile has a passcode (entries are encrypted at rest)."""
        row = self._db.execute(
            "SELECT key_wrapped_by_passcode IS NOT NULL FROM profiles WHERE id = ?",
            (self.profile_id,),
        ).fetchone()
        return bool(row and row[0])

    @property
    def locked(self) -> bool:
        return self._vault is None and self.protected

    def _key(self) -> Vault:
        """The vault, for the paths that only run with a passcode and the profile unlocked."""
        if self._vault is None:
            raise LockedError("unlock the profile to use its private entries")
        return self._vault

    # --- integrity -----------------------------------------------------------------------

    def check(self) -> Findings:
        """Upgrade rows sealed by an earlier version, keep aside every row not to be trusted
        and say which (run it after unlocking, and show the user what it found). Nothing to do
        without a passcode."""
        if not self.protected:
            return Findings()
        vault = self._key()
        with transaction(self._db):
            return integrity.check_in_transaction(self._db, self.profile_id, vault)

    def kept_aside(self) -> dict[str, int]:
        """How many rows of each kind are kept aside (not shown: see ``integrity``)."""
        return dict(integrity.kept_aside_counts(self._db, self.profile_id))

    def not_shown(self) -> int:
        """How many rows are not shown: kept aside, or skipped by reads of this object."""
        skipped = sum(self.skipped.count(reason) for reason in ("plain", "damaged", "older"))
        return sum(self.kept_aside().values()) + skipped

    def _reading(self) -> Reading:
        """How to read rows now. A profile in the old format, or one whose record is gone, is
        checked (and upgraded) first; if that cannot be written (a full disk, a read-only
        file), rows are read as they are and nothing is moved or upgraded."""
        if self._vault is None or not self.protected:
            if self.locked:
                raise LockedError("unlock the profile to read private entries")
            return Reading(protected=False)
        version = integrity.key_format(self._db, self.profile_id, self._vault)
        if version is None:
            raise LockedError("this key does not belong to the profile any more")
        record = integrity.load_record(self._db, self.profile_id, self._vault)
        if version == 1 or record is None:
            try:
                found = self.check()
            except sqlite3.Error:  # a fault, not tampering: read without tidying
                self.skipped.record_lost |= version == 2
                return Reading(protected=True, legacy=version == 1)
            self.skipped.record_lost |= found.record_lost
            record = integrity.load_record(self._db, self.profile_id, self._vault)
        if record is not None:
            self.skipped.record_older |= record.counter < self._vault.newest_record
            self._vault.newest_record = max(self._vault.newest_record, record.counter)
        return Reading(protected=True, record=record)

    def _open(
        self, kind: str, identity: tuple, body: bytes, encrypted: int, reading: Reading
    ) -> object:
        """The row's content, or None (counted in ``skipped``) when it is not to be trusted."""
        body = bytes(body)
        if not reading.protected:
            if encrypted:  # sealed, in a profile without a passcode: nothing can open it
                self.skipped.note("damaged", kind)
                return None
        elif not encrypted:
            self.skipped.note("plain", kind)  # not written by this app: never shown
            return None
        else:
            if reading.record is not None:
                reason = integrity.classify(
                    self._key(),
                    self.profile_id,
                    kind,
                    identity,
                    body=body,
                    encrypted=encrypted,
                    record=reading.record,
                )
                if reason is not None:
                    self.skipped.note(reason, kind)
                    return None
            bound = (
                integrity.legacy_associated_data(self.profile_id, kind, identity)
                if reading.legacy
                else integrity.associated_data(self.profile_id, kind, identity)
            )
            try:
                body = self._key().open(body, bound)
            except WrongSecretError:
                self.skipped.note("damaged", kind)
                return None
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            self.skipped.note("damaged", kind)
            return None

    # --- writing -------------------------------------------------------------------------

    def _require_open(self) -> None:
        if self.locked:
            raise LockedError("unlock the profile before changing private entries")

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction for a change to private rows; with a passcode, the record of row
        fingerprints is loaded once and saved (sealed, counter + 1) at the end."""
        self._require_open()
        with transaction(self._db):
            if self._vault is not None:
                if integrity.key_format(self._db, self.profile_id, self._vault) != 2:
                    # Old format, a lost record, or a key that is no longer the profile's.
                    integrity.check_in_transaction(self._db, self.profile_id, self._vault)
                self._record = integrity.load_record(self._db, self.profile_id, self._vault)
                if self._record is None:
                    integrity.check_in_transaction(self._db, self.profile_id, self._vault)
                    self._record = integrity.load_record(self._db, self.profile_id, self._vault)
            try:
                yield
                if self._vault is not None and self._record is not None and self._record.changed:
                    integrity.save_record(self._db, self.profile_id, self._vault, self._record)
            finally:
                self._record = None

    def _put(self, kind: str, identity: tuple, payload: object, extra: dict | None = None) -> None:
        """Store one row (inside ``_writing``): sealed and recorded with a passcode, plain
        without. A row in its place that is not to be trusted is kept aside first, so it is
        neither overwritten nor ever sealed as if genuine."""
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        table = BY_NAME[kind]
        if self._vault is not None:
            if self._record is None:
                raise RuntimeError("private rows are written inside SealedRows._writing()")
            self._keep_aside_if_untrusted(kind, identity)
            body = self._vault.seal(
                data, integrity.associated_data(self.profile_id, kind, identity)
            )
            encrypted = 1
            self._record.put(kind, identity, body)
        else:
            if self.protected:
                raise LockedError("unlock the profile before writing private entries")
            body, encrypted = data, 0
        columns = ["profile_id", *table.key_columns, *(extra or {}), "body", "encrypted"]
        values = [self.profile_id, *identity, *(extra or {}).values(), body, encrypted]
        self._db.execute(
            f"INSERT INTO {table.table} ({', '.join(columns)}, updated_at) "
            f"VALUES ({', '.join('?' * len(columns))}, ?) "
            f"ON CONFLICT ({', '.join(table.unique)}) DO UPDATE SET body = excluded.body, "
            "encrypted = excluded.encrypted, updated_at = excluded.updated_at",
            (*values, now()),
        )

    def _remove(self, kind: str, identity: tuple) -> None:
        """Delete one row (inside ``_writing``); one not to be trusted is kept aside instead."""
        if self._vault is not None and self._record is not None:
            if self._keep_aside_if_untrusted(kind, identity):
                return
            self._record.drop(kind, identity)
        clause, values = integrity.where(BY_NAME[kind], identity)
        self._db.execute(
            f"DELETE FROM {BY_NAME[kind].table} WHERE {clause}", (self.profile_id, *values)
        )

    def _keep_aside_if_untrusted(self, kind: str, identity: tuple) -> bool:
        clause, values = integrity.where(BY_NAME[kind], identity)
        row = self._db.execute(
            f"SELECT body, encrypted FROM {BY_NAME[kind].table} WHERE {clause}",
            (self.profile_id, *values),
        ).fetchone()
        if row is None or self._record is None:
            return False
        reason = integrity.classify(
            self._key(),
            self.profile_id,
            kind,
            identity,
            body=bytes(row[0]),
            encrypted=row[1],
            record=self._record,
        )
        if reason is None:
            return False
        integrity.keep_aside(self._db, self.profile_id, kind, identity, reason)
        self._record.drop(kind, identity)
        return True
