"""Which private rows of a protected profile are genuine, and what happens to the others.

Each sealed row is bound to its profile, kind and identity (the associated data of AES-GCM is an
unambiguous JSON array, see ``associated_data``), so a row moved to another place does not open.
A sealed per-profile *record* lists a fingerprint (truncated SHA-256) of every row's current
ciphertext and a counter that grows with every change; reads and ``check`` compare rows with it.
A row the app will not trust is never shown and never sealed as if genuine: ``check`` moves it to
``kept_aside`` (nothing is deleted) and says how many, of which kind and why.

With nothing but the database file on one machine, this detects:

- a row marked unencrypted in a protected profile ("plain": not written by this app);
- a sealed row changed, or moved to another row, kind or profile ("damaged");
- a sealed row replaced by an older sealed copy of itself, or a deleted row put back ("older");
- a sealed row deleted ("missing": the record still lists it);
- the record put back to an older copy while the app is unlocked (its counter went down).

It cannot detect the whole database, or this profile's rows together with the record that lists
them, put back to an older copy while the app is closed: that older state is consistent in every
way the file can show. Only something kept outside the file (a counter in the OS keyring, on
another device) could tell, and the app has no such place. When rows and record disagree, the
file cannot say which side was put back: the record is trusted, so if only the record was put
back (while the app was closed), the newer rows are the ones kept aside (reported, not deleted).
If the record itself is deleted or damaged, rows that open are still genuine (the key and the
associated data vouch for that) but their age cannot be checked: that is reported, and a new
record is made from them. Rows sealed by earlier versions (associated data
``"{profile}/{context}"``, where reflection IDs could be read two ways) are re-sealed in the new
format at the first unlock; what was swapped or rolled back before that unlock cannot be told
apart from the genuine rows then.

Downgrade: which format a profile is in is not a plain flag but its key check, an HMAC under the
data key (``Vault.key_check``), so no one without the key can mark a profile as old-format. With
an old copy of the key check, rows written in the new format would all fail to open the old way
and be reported as damaged, not accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from caregiver_app.store.database import now
from caregiver_app.store.vault import Vault, WrongSecretError

ROW_FORMAT = "caregiver-row-2"
RECORD_FORMAT = "caregiver-row-record-2"


class LockedError(Exception):
    """The profile has a passcode and is locked: unlock it before reading or writing."""


@dataclass(frozen=True)
class Kind:
    """One kind of private row: its table, the columns that name a row, its old context."""

    name: str
    table: str
    key_columns: tuple[str, ...]
    legacy_context: Callable[[tuple], str]
    conflict: tuple[str, ...] = ()  # the unique key an upsert meets; default profile + key

    @property
    def unique(self) -> tuple[str, ...]:
        return self.conflict or ("profile_id", *self.key_columns)


KINDS: tuple[Kind, ...] = (
    Kind(
        "reflection",
        "reflections",
        ("lesson_id", "reflection_id"),
        lambda key: f"reflection/{key[0]}/{key[1]}",
    ),
    Kind("stress", "stress_entries", ("day",), lambda key: f"stress/{key[0]}"),
    Kind("plan", "plans", (), lambda _key: "plan"),
    Kind("observation", "observations", ("id",), lambda key: f"observation/{key[0]}", ("id",)),
    Kind("weekly", "weekly_checkins", ("week",), lambda key: f"weekly/{key[0]}"),
    Kind("sign", "signs", ("id",), lambda key: f"sign/{key[0]}", ("id",)),
    Kind("sign_day", "sign_days", ("day",), lambda key: f"sign_day/{key[0]}"),
    Kind("sign_rules", "sign_rules", (), lambda _key: "sign_rules"),
)
BY_NAME = {kind.name: kind for kind in KINDS}
# Plain columns that are not part of a row's name but must be kept with it when set aside.
_EXTRA_COLUMNS = {"observation": ("day",)}
REASONS = ("plain", "damaged", "older", "missing")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def associated_data(profile_id: int, kind: str, identity: tuple) -> bytes:
    """What a sealed row is bound to: format, profile, kind and identity, as a JSON array (so no
    two rows share it, whatever characters their names contain)."""
    return _json([ROW_FORMAT, profile_id, kind, *identity]).encode("ascii")


def legacy_associated_data(profile_id: int, kind: str, identity: tuple) -> str:
    """What earlier versions bound rows to (ambiguous for names containing "/")."""
    return f"{profile_id}/{BY_NAME[kind].legacy_context(identity)}"


def record_key(kind: str, identity: tuple) -> str:
    return _json([kind, *identity])


def fingerprint(body: bytes) -> str:
    """96 bits of SHA-256 of a sealed row: enough that no other ciphertext can be made to match."""
    return base64.b64encode(hashlib.sha256(bytes(body)).digest()[:12]).decode("ascii")


@dataclass
class Findings:
    """Rows found untrustworthy, per kind, by reason; ``check`` has kept them aside."""

    plain: Counter = field(default_factory=Counter)  # marked unencrypted: not written by us
    damaged: Counter = field(default_factory=Counter)  # do not open in their place
    older: Counter = field(default_factory=Counter)  # an older copy put back
    missing: Counter = field(default_factory=Counter)  # listed in the record, gone
    record_lost: bool = False  # the record was missing or damaged: ages not checked
    record_older: bool = False  # the record went back while unlocked

    def __bool__(self) -> bool:
        return self.record_lost or self.record_older or any(self.by_reason().values())

    def by_reason(self) -> dict[str, Counter]:
        return {reason: getattr(self, reason) for reason in REASONS}

    def count(self, reason: str, kind: str | None = None) -> int:
        counts = getattr(self, reason)
        return counts[kind] if kind else sum(counts.values())

    def note(self, reason: str, kind: str) -> None:
        getattr(self, reason)[kind] += 1


@dataclass
class RowRecord:
    """The sealed list of every row's current fingerprint, with a counter of changes."""

    counter: int = 0
    rows: dict[str, str] = field(default_factory=dict)
    changed: bool = False

    def put(self, kind: str, identity: tuple, body: bytes) -> None:
        self.rows[record_key(kind, identity)] = fingerprint(body)
        self.changed = True

    def drop(self, kind: str, identity: tuple) -> None:
        if self.rows.pop(record_key(kind, identity), None) is not None:
            self.changed = True


def _record_data(profile_id: int) -> bytes:
    return _json([RECORD_FORMAT, profile_id]).encode("ascii")


def load_record(db: sqlite3.Connection, profile_id: int, vault: Vault) -> RowRecord | None:
    """The profile's record, or None when it is missing or does not open."""
    row = db.execute("SELECT body FROM row_records WHERE profile_id = ?", (profile_id,)).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(vault.open(bytes(row[0]), _record_data(profile_id)))
    except (WrongSecretError, ValueError):
        return None
    rows = data.get("rows") if isinstance(data, dict) else None
    counter = data.get("counter") if isinstance(data, dict) else None
    if type(counter) is not int or not isinstance(rows, dict):
        return None
    if not all(isinstance(key, str) and isinstance(value, str) for key, value in rows.items()):
        return None
    return RowRecord(counter, rows)


def save_record(db: sqlite3.Connection, profile_id: int, vault: Vault, record: RowRecord) -> None:
    """Seal and store the record with its counter one higher (inside the caller's transaction)."""
    record.counter = max(record.counter, vault.newest_record) + 1
    body = vault.seal(
        _json({"counter": record.counter, "rows": record.rows}).encode("ascii"),
        _record_data(profile_id),
    )
    db.execute(
        "INSERT INTO row_records (profile_id, body) VALUES (?, ?) "
        "ON CONFLICT (profile_id) DO UPDATE SET body = excluded.body",
        (profile_id, body),
    )
    record.changed = False
    vault.newest_record = record.counter


def key_format(db: sqlite3.Connection, profile_id: int, vault: Vault) -> int | None:
    """2: the profile's rows are in the current format; 1: sealed by an earlier version and not
    yet upgraded; None: this key does not belong to the profile (any more)."""
    row = db.execute(
        "SELECT key_check, key_wrapped_by_passcode IS NOT NULL FROM profiles WHERE id = ?",
        (profile_id,),
    ).fetchone()
    if not row or not row[1]:
        return None  # no passcode (any more): no key belongs to the profile
    if row[0] is None:  # protected before key checks existed (schema 3): the rows must say
        return 1 if _opens_a_legacy_row(db, profile_id, vault) else None
    stored = bytes(row[0])
    if hmac.compare_digest(stored, vault.key_check()):
        return 2
    if hmac.compare_digest(stored, vault.legacy_key_check()):
        return 1
    return None


def _opens_a_legacy_row(db: sqlite3.Connection, profile_id: int, vault: Vault) -> bool:
    """True when the first sealed row found opens the old way, or there is none to try."""
    for kind, identity, body, encrypted in rows_of(db, profile_id):
        if encrypted:
            try:
                vault.open(body, legacy_associated_data(profile_id, kind, identity))
            except WrongSecretError:
                return False
            return True
    return True


def where(kind: Kind, identity: tuple) -> tuple[str, tuple]:
    """The WHERE clause (and its values) that finds one row of the profile."""
    clause = " AND ".join(["profile_id = ?", *(f"{column} = ?" for column in kind.key_columns)])
    return clause, tuple(identity)


def rows_of(db: sqlite3.Connection, profile_id: int) -> Iterator[tuple[str, tuple, bytes, int]]:
    """Every private row of the profile: (kind, identity, body, encrypted)."""
    for kind in KINDS:
        columns = ", ".join([*kind.key_columns, "body", "encrypted"])
        width = len(kind.key_columns)
        found = db.execute(
            f"SELECT {columns} FROM {kind.table} WHERE profile_id = ?", (profile_id,)
        ).fetchall()
        for row in found:
            yield kind.name, tuple(row[:width]), bytes(row[width]), int(row[width + 1])


def classify(
    vault: Vault,
    profile_id: int,
    kind: str,
    identity: tuple,
    *,
    body: bytes,
    encrypted: int,
    record: RowRecord | None,
) -> str | None:
    """None for a genuine current row; otherwise why not: "plain", "damaged" or "older".

    With no record (lost), any row that opens in its place counts as genuine."""
    if not encrypted:
        return "plain"
    if record is not None and record.rows.get(record_key(kind, identity)) == fingerprint(body):
        return None  # exactly what was sealed last: no need to decrypt
    try:
        vault.open(body, associated_data(profile_id, kind, identity))
    except WrongSecretError:
        return "damaged"
    return None if record is None else "older"


def keep_aside(
    db: sqlite3.Connection, profile_id: int, kind_name: str, identity: tuple, reason: str
) -> None:
    """Move one row out of the way into ``kept_aside``, exactly as it was found."""
    kind = BY_NAME[kind_name]
    clause, values = where(kind, identity)
    extra_columns = _EXTRA_COLUMNS.get(kind_name, ())
    row = db.execute(
        f"SELECT body, encrypted, updated_at{''.join(', ' + c for c in extra_columns)} "
        f"FROM {kind.table} WHERE {clause}",
        (profile_id, *values),
    ).fetchone()
    if row is None:
        return
    extra = {"updated_at": row[2], **dict(zip(extra_columns, row[3:], strict=True))}
    db.execute(
        "INSERT INTO kept_aside (profile_id, kind, identity, reason, body, encrypted, extra, "
        "kept_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (profile_id, kind_name, _json(list(identity)), reason, row[0], row[1], _json(extra), now()),
    )
    db.execute(f"DELETE FROM {kind.table} WHERE {clause}", (profile_id, *values))


def kept_aside_counts(db: sqlite3.Connection, profile_id: int) -> Counter:
    """How many rows of each kind are kept aside for the profile."""
    return Counter(
        dict(
            db.execute(
                "SELECT kind, count(*) FROM kept_aside WHERE profile_id = ? GROUP BY kind",
                (profile_id,),
            ).fetchall()
        )
    )


def check_in_transaction(db: sqlite3.Connection, profile_id: int, vault: Vault) -> Findings:
    """Upgrade rows of an earlier version, then keep aside every row that is not genuine and
    current, and bring the record up to date. Call inside a transaction."""
    version = key_format(db, profile_id, vault)
    if version is None:
        raise LockedError("this key does not belong to the profile any more")
    if version == 1:
        return _upgrade(db, profile_id, vault)
    findings = Findings()
    record = load_record(db, profile_id, vault)
    if record is None:
        findings.record_lost = True
    elif record.counter < vault.newest_record:
        findings.record_older = True
    else:
        vault.newest_record = record.counter
    current = RowRecord() if record is None else record
    seen = set()
    for kind, identity, body, encrypted in list(rows_of(db, profile_id)):
        reason = classify(
            vault, profile_id, kind, identity, body=body, encrypted=encrypted, record=record
        )
        key = record_key(kind, identity)
        if reason is None:
            seen.add(key)
            if record is None:
                current.put(kind, identity, body)
            continue
        keep_aside(db, profile_id, kind, identity, reason)
        findings.note(reason, kind)
        current.drop(kind, identity)  # reported as "older": not counted as missing too
    for key in [key for key in current.rows if key not in seen]:
        findings.note("missing", json.loads(key)[0])
        del current.rows[key]
        current.changed = True
    if current.changed or record is None or findings.record_older:
        save_record(db, profile_id, vault, current)
    return findings


def _upgrade(db: sqlite3.Connection, profile_id: int, vault: Vault) -> Findings:
    """Re-seal rows written by an earlier version in the current format, and make the record.

    Only the old associated data is tried: a row already in the new format in a profile marked
    old is not accepted (that would be a downgrade), it is kept aside as damaged."""
    findings = Findings()
    record = RowRecord()
    for kind, identity, body, encrypted in list(rows_of(db, profile_id)):
        if not encrypted:
            keep_aside(db, profile_id, kind, identity, "plain")
            findings.note("plain", kind)
            continue
        try:
            plain = vault.open(body, legacy_associated_data(profile_id, kind, identity))
        except WrongSecretError:
            keep_aside(db, profile_id, kind, identity, "damaged")
            findings.note("damaged", kind)
            continue
        sealed = vault.seal(plain, associated_data(profile_id, kind, identity))
        update_body(db, profile_id, kind, identity, body=sealed, sealed=1)
        record.put(kind, identity, sealed)
    save_record(db, profile_id, vault, record)
    db.execute("UPDATE profiles SET key_check = ? WHERE id = ?", (vault.key_check(), profile_id))
    return findings


def update_body(
    db: sqlite3.Connection,
    profile_id: int,
    kind_name: str,
    identity: tuple,
    *,
    body: bytes,
    sealed: int,
) -> None:
    kind = BY_NAME[kind_name]
    clause, values = where(kind, identity)
    db.execute(
        f"UPDATE {kind.table} SET body = ?, encrypted = ? WHERE {clause}",
        (body, sealed, profile_id, *values),
    )


def seal_plain_rows(db: sqlite3.Connection, profile_id: int, vault: Vault) -> None:
    """A passcode is being set: seal every row in the current format and make the record.

    A row already marked sealed cannot be opened by a key made just now: it is kept aside."""
    record = RowRecord()
    for kind, identity, body, encrypted in list(rows_of(db, profile_id)):
        if encrypted:
            keep_aside(db, profile_id, kind, identity, "damaged")
            continue
        sealed = vault.seal(body, associated_data(profile_id, kind, identity))
        update_body(db, profile_id, kind, identity, body=sealed, sealed=1)
        record.put(kind, identity, sealed)
    save_record(db, profile_id, vault, record)


def open_all_rows(db: sqlite3.Connection, profile_id: int, vault: Vault) -> int:
    """The passcode is being removed: after ``check_in_transaction`` kept aside every row not to
    be trusted, store the rest unencrypted and drop the record. Returns how many were kept aside
    (by the check, or here if one still does not open)."""
    findings = check_in_transaction(db, profile_id, vault)
    damaged = sum(findings.count(reason) for reason in ("plain", "damaged", "older"))
    for kind, identity, body, _encrypted in list(rows_of(db, profile_id)):
        try:
            plain = vault.open(body, associated_data(profile_id, kind, identity))
        except WrongSecretError:
            keep_aside(db, profile_id, kind, identity, "damaged")
            damaged += 1
            continue
        update_body(db, profile_id, kind, identity, body=plain, sealed=0)
    db.execute("DELETE FROM row_records WHERE profile_id = ?", (profile_id,))
    return damaged
