"""Issue 12, item 7: in a protected profile only rows this app sealed, in their own place and in
their latest version, are shown. Forged, swapped and rolled-back rows are reported and kept
aside, never shown, never sealed as if genuine, never deleted."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.store import Plan, StagePlan, StressEntry, integrity, open_store, passcodes
from caregiver_app.store import vault as vaults
from caregiver_app.store.integrity import associated_data
from caregiver_app.store.schema import MIGRATIONS

PASSCODE = "blue kettle 42"
CHEAP = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}  # tests need no real cost


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch) -> None:
    monkeypatch.setattr(vaults, "NEW_WRAP_KDF", CHEAP)


@pytest.fixture
def protected(tmp_path: Path):
    store = open_store(tmp_path / "data").store
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, PASSCODE)
    yield store, profile.id, vault
    store.close()


def plant_plaintext(store, table: str, columns: dict, payload: dict) -> None:
    names = ", ".join([*columns, "body", "encrypted", "updated_at"])
    marks = ", ".join("?" * (len(columns) + 3))
    store.connection.execute(
        f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})",
        (*columns.values(), json.dumps(payload).encode(), 0, "2026-01-01T00:00:00+00:00"),
    )


def test_a_planted_plaintext_plan_is_not_shown_nor_laundered_but_kept_aside(protected) -> None:
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    private.save_plan(Plan("Sam", {"crisis": StagePlan(contacts="Dr Lee 555-0142")}))
    planted = {"person": "Sam", "stages": {"crisis": {"contacts": "Call 555-0199 (not a doctor)"}}}
    plant_plaintext(store, "plans", {"profile_id": profile_id}, planted)
    for day in (1, 2):
        plant_plaintext(
            store,
            "stress_entries",
            {"profile_id": profile_id, "day": f"2026-03-0{day}"},
            {"stress": 10, "note": "planted"},
        )

    assert "555-0199" not in private.plan().stages["crisis"].contacts  # not shown as genuine
    assert private.entries() == []
    found = private.check()
    assert (found.count("plain", "plan"), found.count("plain", "stress")) == (1, 2)
    assert private.kept_aside() == {"plan": 1, "stress": 2}

    private.save_plan(Plan("Sam", {"crisis": StagePlan(contacts="Dr Lee 555-0142")}))
    (body, encrypted), *_ = store.connection.execute("SELECT body, encrypted FROM plans")
    assert encrypted == 1 and b"555-0199" not in body  # never sealed as if genuine
    assert store.private(profile_id, vault).plan().stages["crisis"].contacts == "Dr Lee 555-0142"
    kept = store.connection.execute("SELECT body FROM kept_aside WHERE kind = 'plan'").fetchone()
    assert b"555-0199" in kept[0]  # kept, not deleted


def test_removing_the_passcode_does_not_turn_planted_rows_into_genuine_ones(protected) -> None:
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    private.save_entry(StressEntry(date(2026, 3, 1), 3, note="mine"))
    plant_plaintext(
        store,
        "stress_entries",
        {"profile_id": profile_id, "day": "2026-03-02"},
        {"stress": 9, "note": "planted"},
    )
    assert passcodes.remove_passcode(store.connection, profile_id, vault) == 1
    assert [entry.note for entry in store.private(profile_id).entries()] == ["mine"]


def test_an_older_copy_of_a_row_is_detected_and_reported(protected) -> None:
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    private.save_entry(StressEntry(date(2026, 3, 1), 2, note="I am fine"))
    older = store.connection.execute("SELECT body FROM stress_entries").fetchone()[0]
    private.save_entry(StressEntry(date(2026, 3, 1), 9, note="I am not fine, call Ana"))
    store.connection.execute("UPDATE stress_entries SET body = ?", (older,))

    assert private.entries() == []  # the older text is not shown as today's
    assert private.skipped.count("older", "stress") == 1
    found = private.check()
    assert found.count("older", "stress") == 1
    assert private.kept_aside() == {"stress": 1}


def test_swapped_rows_are_reported_not_silently_dropped(protected) -> None:
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    private.save_entry(StressEntry(date(2026, 3, 1), 2, note="calm day"))
    private.save_entry(StressEntry(date(2026, 3, 2), 9, note="hard day"))
    rows = store.connection.execute("SELECT day, body FROM stress_entries ORDER BY day").fetchall()
    for (day, _), (_, body) in zip(rows, reversed(rows), strict=True):
        store.connection.execute("UPDATE stress_entries SET body = ? WHERE day = ?", (body, day))

    assert private.entries() == []
    found = private.check()
    assert found.count("damaged", "stress") == 2
    assert private.kept_aside() == {"stress": 2}


def test_reflection_names_with_slashes_cannot_be_confused(protected) -> None:
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    private.save_reflection("module/lesson", "question", "belongs to module/lesson")
    # Under the old associated data "1/reflection/module/lesson/question" both rows were one.
    sealed = store.connection.execute("SELECT body FROM reflections").fetchone()[0]
    store.connection.execute(
        "INSERT INTO reflections VALUES (?, 'module', 'lesson/question', ?, 1, 'now')",
        (profile_id, sealed),
    )
    assert private.reflections("module") == {}
    assert private.reflections("module/lesson") == {"question": "belongs to module/lesson"}
    assert associated_data(1, "reflection", ("a/b", "c")) != associated_data(
        1, "reflection", ("a", "b/c")
    )


def test_a_deleted_row_and_an_older_record_are_reported(protected) -> None:
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    for day in (1, 2):
        private.save_entry(StressEntry(date(2026, 3, day), day))
    older_record = store.connection.execute("SELECT body FROM row_records").fetchone()[0]
    private.save_entry(StressEntry(date(2026, 3, 3), 5))
    store.connection.execute("DELETE FROM stress_entries WHERE day = '2026-03-01'")
    assert private.check().count("missing", "stress") == 1

    store.connection.execute("UPDATE row_records SET body = ?", (older_record,))
    reader = store.private(profile_id, vault)
    reader.entries()
    assert reader.skipped.record_older  # the record went back while the app was unlocked
    assert private.check().record_older


def test_what_cannot_be_detected_the_whole_file_put_back(tmp_path: Path) -> None:
    """Documented limit: a copy of the whole database put back while the app is closed is a
    consistent older state; nothing in the file can show it (see ``integrity``)."""
    folder = tmp_path / "data"
    store = open_store(folder).store
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, PASSCODE)
    store.private(profile.id, vault).save_entry(StressEntry(date(2026, 3, 1), 2, note="old"))
    store.close()
    shutil.copy(folder / "caregiver.db", tmp_path / "copy.db")
    store = open_store(folder).store
    store.private(profile.id, vault).save_entry(StressEntry(date(2026, 3, 1), 8, note="new"))
    store.close()
    shutil.copy(tmp_path / "copy.db", folder / "caregiver.db")
    store = open_store(folder).store
    material = passcodes.lock_material(store.connection, profile.id)
    private = store.private(profile.id, vaults.unlock(material, PASSCODE))
    assert not private.check()
    assert [entry.note for entry in private.entries()] == ["old"]
    store.close()


def make_version_4_database(path: Path, version: int = 4) -> dict:
    """A database as the previous version wrote it: scrypt parameters shared by both wraps,
    rows sealed with the associated data "{profile}/{context}", the old key check (none at all
    in version 3)."""
    old = sqlite3.connect(path)
    for number in range(version):
        old.executescript(MIGRATIONS[number])
    old.execute(f"PRAGMA user_version = {version}")
    data_key = bytes(range(32))
    vault = vaults.Vault(data_key)
    params = {"n": 2**10, "r": 8, "p": 1}
    wraps = []
    for secret in (PASSCODE, "ABCDE-FGHJK-MNPQR-STVWX-YZ012"):
        salt = b"s" * 16
        key = Scrypt(salt=salt, length=32, **params).derive(vaults.normalize_secret(secret))
        nonce = b"n" * 12
        wraps += [salt, nonce + AESGCM(key).encrypt(nonce, data_key, b"data key")]
    check = hmac.new(data_key, b"caregiver companion key check", hashlib.sha256).digest()
    old.execute(
        "INSERT INTO profiles (id, name, created_at, kdf_name, kdf_params, passcode_salt, "
        "key_wrapped_by_passcode, recovery_salt, key_wrapped_by_recovery) "
        "VALUES (1, 'Ana', 'then', 'scrypt', ?, ?, ?, ?, ?)",
        (json.dumps(params), *wraps),
    )
    if version >= 4:
        old.execute("UPDATE profiles SET key_check = ?", (check,))
    note = json.dumps({"stress": 4, "note": "written by the old version"}).encode()
    old.execute(
        "INSERT INTO stress_entries VALUES (1, '2026-01-05', ?, 1, 'then')",
        (vault.seal(note, "1/stress/2026-01-05"),),
    )
    old.execute(
        "INSERT INTO reflections VALUES (1, 'm/a', 'r1', ?, 1, 'then')",
        (vault.seal(json.dumps("old reflection").encode(), "1/reflection/m/a/r1"),),
    )
    old.commit()
    old.close()
    return {"check": check}


def test_entries_sealed_by_the_previous_version_keep_opening_and_are_resealed(
    tmp_path: Path,
) -> None:
    old = make_version_4_database(tmp_path / "caregiver.db")
    store = open_store(tmp_path).store  # migrates to the current version
    material = passcodes.lock_material(store.connection, 1)
    vault = vaults.unlock(material, PASSCODE)
    private = store.private(1, vault)
    assert [entry.note for entry in private.entries()] == ["written by the old version"]
    assert private.reflections("m/a") == {"r1": "old reflection"}
    assert not private.check()
    body = store.connection.execute("SELECT body FROM stress_entries").fetchone()[0]
    assert vault.open(bytes(body), associated_data(1, "stress", ("2026-01-05",)))  # new format
    vaults.unlock(material, "abcde fghjk mnpqr stvwx yz012", with_recovery_code=True)

    # Someone puts the old key check back to make the profile look old-format again: rows in
    # the new format are then reported as damaged, not accepted the old way.
    store.connection.execute("UPDATE profiles SET key_check = ?", (old["check"],))
    found = store.private(1, vault).check()
    assert found.count("damaged") == 2
    store.close()


def test_ten_years_of_check_ins_written_in_one_go_are_all_trusted(protected) -> None:
    """How fast is for benchmarks/run.py to say (``unlock``), not for a timed test."""
    store, profile_id, vault = protected
    private = store.private(profile_id, vault)
    start = date(2016, 1, 1)
    with private._writing():  # how a bulk import writes many rows: one record update
        for offset in range(3653):
            private._put_entry(StressEntry(start + timedelta(days=offset), offset % 11, 7.0))
    assert not private.check()
    assert len(private.entries()) == 3653
    private.save_entry(StressEntry(date(2026, 1, 1), 3))
    assert len(private.entries()) == 3654 and private.not_shown() == 0


def test_a_full_disk_during_the_upgrade_hides_and_moves_nothing(
    tmp_path: Path, monkeypatch
) -> None:
    make_version_4_database(tmp_path / "caregiver.db")
    store = open_store(tmp_path).store
    vault = vaults.unlock(passcodes.lock_material(store.connection, 1), PASSCODE)

    def disk_full(*_args) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(integrity, "check_in_transaction", disk_full)
    private = store.private(1, vault)
    assert [entry.note for entry in private.entries()] == ["written by the old version"]
    assert private.kept_aside() == {}
    store.close()


@given(
    st.dictionaries(
        st.sampled_from(["name", "n", "r", "p", "memory_kib", "iterations", "lanes", "x"]),
        st.one_of(
            st.sampled_from(["scrypt", "argon2id"]),
            st.integers(min_value=-(2**70), max_value=2**70),
            st.floats(),
            st.none(),
            st.booleans(),
        ),
    )
)
def test_stored_key_derivation_parameters_are_either_refused_or_bounded(params: dict) -> None:
    try:
        accepted = vaults.check_params(params)
    except vaults.WrongSecretError:
        return
    if accepted["name"] == "argon2id":
        assert accepted["memory_kib"] * 1024 <= vaults.MAX_MEMORY_BYTES
        assert accepted["memory_kib"] * accepted["iterations"] <= vaults.MAX_ARGON2_WORK_KIB
    else:
        assert 128 * accepted["n"] * accepted["r"] <= vaults.MAX_MEMORY_BYTES
        assert accepted["n"] * accepted["r"] * accepted["p"] <= vaults.MAX_SCRYPT_WORK


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200) | st.builds(lambda t: t.encode(), st.text(max_size=200)))
def test_a_damaged_record_is_reported_and_rebuilt_never_a_crash(tmp_path_factory, body) -> None:
    store = open_store(tmp_path_factory.mktemp("data")).store
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, PASSCODE)
    private = store.private(profile.id, vault)
    private.save_entry(StressEntry(date(2026, 3, 1), 2, note="kept"))
    store.connection.execute("UPDATE row_records SET body = ?", (body,))
    found = private.check()
    assert found.record_lost and not any(found.by_reason().values())
    assert [entry.note for entry in private.entries()] == ["kept"]
    store.close()


def test_a_profile_protected_before_key_checks_existed_opens_and_upgrades(tmp_path: Path) -> None:
    make_version_4_database(tmp_path / "caregiver.db", version=3)
    store = open_store(tmp_path).store
    vault = vaults.unlock(passcodes.lock_material(store.connection, 1), PASSCODE)
    private = store.private(1, vault)
    assert [entry.note for entry in private.entries()] == ["written by the old version"]
    private.save_entry(StressEntry(date(2026, 1, 6), 2, note="and a new one"))  # writing works
    assert len(store.private(1, vault).entries()) == 2
    assert passcodes.key_check_matches(store.connection, 1, vault)
    assert not passcodes.key_check_matches(store.connection, 1, vaults.Vault(bytes(32)))
    store.close()
