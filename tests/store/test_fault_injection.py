"""Every write path under a failing disk: for each N from 1 until the operation completes, the
N-th disk operation fails. The operation then either completed, or changed nothing (the file on
disk holds exactly what it held, no half-written copy is left, the store still works) and raised
an error the app turns into words for the user (``sqlite3.Error`` or ``OSError``).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.store import open_store, passcodes, vault
from caregiver_app.store.backups import list_backups, rolling_backup
from caregiver_app.store.csvfiles import save_imported
from caregiver_app.store.database import DB_FILE, DatabaseFaultError
from caregiver_app.store.private import Plan, StagePlan, StressEntry
from caregiver_app.store.store import Store
from tests.store import faults

PASSCODE = "kettle-on-at-six"
NEW_PASSCODE = "garden-gate-blue"


@dataclass(frozen=True)
class WritePath:
    name: str
    run: Callable[[Store, dict[str, Any]], None]
    done: Callable[[Store, dict[str, Any]], bool]
    protected: bool = False  # start from a profile with a passcode (unlocked)


def _profile(store: Store) -> int:
    return store.profiles.all()[0].id


def _private(store: Store, context: dict[str, Any]):
    return store.private(_profile(store), context.get("vault"))


def _restore_source(store: Store, context: dict[str, Any]) -> None:
    store.restore_from(context["folder"] / "elsewhere.db")


def _restored(store: Store, _context: dict[str, Any]) -> bool:
    return [profile.name for profile in store.profiles.all()] == ["Elsewhere"]


def _set_passcode(store: Store, context: dict[str, Any]) -> None:
    context["vault"], _code = store.set_passcode(_profile(store), PASSCODE)


def _is_sealed(store: Store, _context: dict[str, Any]) -> bool:
    plain = store.connection.execute("SELECT count(*) FROM stress_entries WHERE encrypted = 0")
    return store.profiles.all()[0].has_passcode and plain.fetchone()[0] == 0


def _new_passcode_opens(store: Store, _context: dict[str, Any]) -> bool:
    material = passcodes.lock_material(store.connection, _profile(store))
    try:
        vault.unlock(material, NEW_PASSCODE)
    except vault.WrongSecretError:
        return False
    return True


def _backup_made(store: Store, context: dict[str, Any]) -> bool:
    return len(list_backups(context["folder"])) == context["backups_before"] + 1


PATHS = [
    WritePath(
        "lesson opened",
        lambda store, _c: store.progress(_profile(store)).opened("m/b"),
        lambda store, _c: store.progress(_profile(store)).lesson("m/b") is not None,
    ),
    WritePath(
        "reading position",
        lambda store, _c: store.progress(_profile(store)).save_reading("m/a", 0.5, 30),
        lambda store, _c: store.progress(_profile(store)).lesson("m/a").position == 0.5,
    ),
    WritePath(
        "lesson completed",
        lambda store, _c: store.progress(_profile(store)).set_completed("m/a", True),
        lambda store, _c: store.progress(_profile(store)).lesson("m/a").completed,
    ),
    WritePath(
        "quiz answer",
        lambda store, _c: store.progress(_profile(store)).record_answer("m/a", "q1", [1], True),
        lambda store, _c: "q1" in store.progress(_profile(store)).last_answers("m/a"),
    ),
    WritePath(
        "reflection",
        lambda store, c: _private(store, c).save_reflection("m/a", "r1", "I felt tired"),
        lambda store, c: _private(store, c).reflections("m/a").get("r1") == "I felt tired",
        protected=True,
    ),
    WritePath(
        "stress log",
        lambda store, c: _private(store, c).save_entry(StressEntry(date(2026, 12, 2), 7)),
        lambda store, c: _private(store, c).entry(date(2026, 12, 2)) is not None,
        protected=True,
    ),
    WritePath(
        "stress log delete",
        lambda store, c: _private(store, c).delete_entry(date(2026, 12, 1)),
        lambda store, c: _private(store, c).entry(date(2026, 12, 1)) is None,
        protected=True,
    ),
    WritePath(
        "plan",
        lambda store, c: _private(store, c).save_plan(
            Plan("Sam", {"early": StagePlan(signs="Up past 2 am")})
        ),
        lambda store, c: _private(store, c).plan().stages["early"].signs == "Up past 2 am",
        protected=True,
    ),
    WritePath(
        "check-in",
        lambda store, c: _private(store, c).save_weekly(date(2026, 11, 30), {"sleep": 2}),
        lambda store, c: bool(_private(store, c).weekly_results()),
        protected=True,
    ),
    WritePath(
        "import",
        lambda store, c: _private(store, c).save_entries(
            [StressEntry(date(2026, 11, day), day % 11, note=f"day {day}") for day in (1, 2, 3)]
        ),
        lambda store, c: len(_private(store, c).entries()) == 4,
        protected=True,
    ),
    WritePath(
        "import in the background",
        lambda store, c: save_imported(
            c["folder"] / DB_FILE,
            _profile(store),
            c["vault"],
            [StressEntry(date(2026, 11, day), day % 11, note=f"day {day}") for day in (1, 2, 3)],
        ),
        lambda store, c: len(_private(store, c).entries()) == 4,
        protected=True,
    ),
    WritePath(
        "backup",
        lambda store, c: rolling_backup(
            store.connection, c["folder"], when=__import__("datetime").datetime(2030, 1, 1)
        ),
        _backup_made,
    ),
    WritePath("restore", _restore_source, _restored),
    WritePath("passcode set", _set_passcode, _is_sealed),
    WritePath(
        "passcode change",
        lambda store, c: store.change_passcode(_profile(store), c["vault"], NEW_PASSCODE),
        _new_passcode_opens,
        protected=True,
    ),
    WritePath(
        "passcode remove",
        lambda store, c: passcodes.remove_passcode(store.connection, _profile(store), c["vault"]),
        lambda store, _c: not store.profiles.all()[0].has_passcode,
        protected=True,
    ),
]


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The slowest part of a passcode is the KDF by design; faults are about the disk."""
    monkeypatch.setattr(vault, "NEW_WRAP_KDF", {"name": "scrypt", "n": 2**10, "r": 8, "p": 1})


def _template(folder: Path, protected: bool) -> None:
    store = open_store(folder).store
    profile = store.profiles.create("Ana")
    store.progress(profile.id).opened("m/a")
    store.progress(profile.id).save_reading("m/a", 0.3, 10)
    private = store.private(profile.id)
    private.save_entry(StressEntry(date(2026, 12, 1), 4, note="long day"))
    private.save_reflection("m/a", "r0", "first thoughts")
    if protected:
        store.set_passcode(profile.id, PASSCODE)
    store.close()
    other = open_store(folder / "other").store
    other.profiles.create("Elsewhere")
    other.export_to(folder / "elsewhere.db")
    other.close()
    shutil.rmtree(folder / "other")


def _unlock(store: Store) -> vault.Vault:
    return vault.unlock(passcodes.lock_material(store.connection, _profile(store)), PASSCODE)


@pytest.mark.parametrize("path", PATHS, ids=[path.name for path in PATHS])
def test_each_write_path_completes_or_changes_nothing(
    path: WritePath, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "template"
    _template(template, path.protected)
    plan = faults.install(monkeypatch)
    for attempt in count(1):
        folder = tmp_path / f"try-{attempt}"
        shutil.copytree(template, folder)
        store = open_store(folder).store
        context: dict[str, Any] = {"folder": folder, "backups_before": len(list_backups(folder))}
        if path.protected:
            context["vault"] = _unlock(store)
        before = faults.snapshot(folder / DB_FILE)
        backups_before = sorted(backup.path.name for backup in list_backups(folder))
        with plan.armed(attempt):
            try:
                path.run(store, context)
                error = None
            except (sqlite3.Error, OSError, DatabaseFaultError) as caught:
                error = caught
        if error is None:  # done, whether or not a fault hit a step that may fail (a backup)
            assert path.done(store, context), f"fault {attempt}: {path.name} did not do its job"
            store.close()
            assert faults.stray_files(folder) == []
            shutil.rmtree(folder)
            if not plan.failed:
                break
            continue
        assert not store.connection.in_transaction, f"fault {attempt} left a transaction open"
        store.close()
        assert faults.snapshot(folder / DB_FILE) == before, f"fault {attempt} changed the data"
        # A copy of the data as it was, made before the change, may stay: nothing else.
        backups_after = sorted(backup.path.name for backup in list_backups(folder))
        assert set(backups_before) <= set(backups_after), f"fault {attempt} lost a backup"
        assert all("-before-" in name for name in set(backups_after) - set(backups_before))
        assert faults.stray_files(folder) == [], f"fault {attempt} left a half-written copy"
        reopened = open_store(folder)
        assert reopened.notice is None, f"after fault {attempt}: {reopened.notice}"
        reopened.store.close()
        shutil.rmtree(folder)
    print(f"{path.name}: faults at each of {attempt - 1} steps; none changed the data")
