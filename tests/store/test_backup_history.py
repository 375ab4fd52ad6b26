"""Backups while the app runs, a thinning history within a size budget, no half-copies left."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.store import list_backups, open_store
from caregiver_app.store.backups import (
    BACKUP_WHILE_RUNNING,
    Backup,
    KeepPolicy,
    backups_to_keep,
    copy_database,
    make_backup,
)

NOW = datetime(2027, 6, 15, 12, 0, 0)
NO_BUDGET = KeepPolicy(budget_bytes=10**15)


def history(ages_in_minutes: list[int], reasons: list[bool] | None = None) -> list[Backup]:
    reasons = reasons or [False] * len(ages_in_minutes)
    return [
        Backup(
            Path(f"b{number}.db"),
            NOW - timedelta(minutes=age),
            "before-restore" if reason else "",
            1000 + number,
        )
        for number, (age, reason) in enumerate(zip(ages_in_minutes, reasons, strict=False))
    ]


ages = st.lists(st.integers(0, 2 * 365 * 24 * 60), min_size=1, max_size=120, unique=True)


@given(ages, st.integers(0, 400 * 24 * 60))
@settings(max_examples=300, deadline=None)
def test_thinning_step_by_step_keeps_what_thinning_once_would(ages, later) -> None:
    backups = history(ages)
    then = backups_to_keep(backups, NOW, NO_BUDGET)
    at_once = backups_to_keep(backups, NOW + timedelta(minutes=later), NO_BUDGET)
    in_steps = backups_to_keep(then, NOW + timedelta(minutes=later), NO_BUDGET)
    assert in_steps == at_once


@given(ages, st.lists(st.booleans(), min_size=120, max_size=120))
@settings(max_examples=300, deadline=None)
def test_the_newest_is_always_kept_and_history_stays_bounded(ages, reasons) -> None:
    backups = history(ages, reasons)
    kept = backups_to_keep(backups, NOW, NO_BUDGET)
    newest = max(backups, key=lambda backup: backup.made_at)
    assert kept[0] == newest and set(kept) <= set(backups)
    policy = KeepPolicy()
    reason_days = sum(
        1 for backup in backups if backup.reason and NOW - backup.made_at < timedelta(days=14)
    )
    bound = policy.recent + policy.days + policy.weeks + policy.four_weeks + reason_days
    assert len(kept) <= bound
    for backup in kept[policy.recent :]:
        assert NOW - backup.made_at < timedelta(days=13 * 28 + 28)  # nothing much over a year


@given(ages, st.integers(1, 50_000))
@settings(max_examples=200, deadline=None)
def test_the_size_budget_is_kept_dropping_the_oldest(ages, budget) -> None:
    backups = history(ages)
    kept = backups_to_keep(backups, NOW, KeepPolicy(budget_bytes=budget))
    assert kept, "the newest is kept whatever the budget"
    assert len(kept) == 1 or sum(backup.size for backup in kept) <= budget
    unbounded = backups_to_keep(backups, NOW, NO_BUDGET)
    assert kept == unbounded[: len(kept)]


def test_daily_for_two_weeks_weekly_then_about_monthly() -> None:
    every_hour_for_a_year = history([hours * 60 for hours in range(0, 400 * 24)])
    kept = backups_to_keep(every_hour_for_a_year, NOW, NO_BUDGET)
    days = {backup.made_at.date() for backup in kept}
    assert all(NOW.date() - timedelta(days=day) in days for day in range(14))
    older = [backup for backup in kept if NOW - backup.made_at > timedelta(days=15)]
    gaps = [(a.made_at - b.made_at).days for a, b in itertools.pairwise(older)]
    assert all(gap >= 6 for gap in gaps)
    assert 14 + 6 <= len(kept) <= 3 + 14 + 8 + 13


def test_a_store_left_open_backs_up_when_something_changed(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    assert store.scheduled_backup(datetime.now() + timedelta(hours=5)) is None  # no change
    profile = store.profiles.create("Ana")
    assert store.scheduled_backup(datetime.now()) is None  # the last one is too recent
    later = datetime.now() + BACKUP_WHILE_RUNNING + timedelta(minutes=1)
    work = store.scheduled_backup(later)
    assert work is not None
    made: list[Backup] = []
    worker = threading.Thread(target=lambda: made.append(work()))  # as the app runs it
    worker.start()
    worker.join()
    assert made and made[0].path.exists()
    assert store.scheduled_backup(later + timedelta(hours=1)) is None  # nothing new since
    store.progress(profile.id).opened("m/a")
    assert store.scheduled_backup(later + timedelta(hours=1)) is not None
    copy = sqlite3.connect(made[0].path)
    assert copy.execute("SELECT name FROM profiles").fetchall() == [("Ana",)]
    copy.close()
    store.close()


def test_backup_now_for_callers_about_to_change_things(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    store.profiles.create("Ana")
    backup = store.backup_now("before-import")
    assert backup is not None and backup.reason == "before-import"
    assert backup in list_backups(tmp_path)
    assert not store.changed_since_backup()
    store.close()


def test_backups_made_in_the_same_second_keep_their_reasons(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    store.profiles.create("Ana")
    when = datetime(2027, 6, 15, 12, 0, 0)
    folder = tmp_path / "backups"
    made = [
        make_backup(store.connection, tmp_path, reason, when)
        for reason in ("before-restore", "before-restore", "", "")
    ]
    assert len({backup.path for backup in made}) == 4  # none overwrote another
    listed = {backup.path: backup.reason for backup in list_backups(tmp_path)}
    assert [listed[backup.path] for backup in made] == ["before-restore", "before-restore", "", ""]
    assert all(backup.path.parent == folder for backup in made)
    store.close()


class FailingSource:
    def backup(self, target: sqlite3.Connection) -> None:
        target.execute("CREATE TABLE half (x)")
        target.execute("INSERT INTO half VALUES ('private words')")
        target.commit()
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_copy_leaves_no_partial_file(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(sqlite3.OperationalError):
        copy_database(FailingSource(), folder / "export.db")
    assert list(folder.iterdir()) == []


def test_partial_files_from_a_crash_are_removed_at_start_up(tmp_path: Path) -> None:
    open_store(tmp_path).store.close()
    for partial in (tmp_path / "backups" / "caregiver-x.db.partial", tmp_path / "y.partial"):
        partial.write_bytes(b"half a copy with private words")
    open_store(tmp_path).store.close()
    assert not [path for path in tmp_path.rglob("*") if ".partial" in path.name]


def test_backup_times_are_read_from_their_names_and_odd_names_are_passed_over(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path).store
    store.profiles.create("Ana")
    when = datetime(2027, 6, 15, 12, 34, 56)
    made = make_backup(store.connection, tmp_path, "before-import", when)
    store.close()
    folder = tmp_path / "backups"
    # Names a person or a sync tool could leave: no real time, or digits that are not ASCII.
    odd_names = (
        made.path.name.replace("20270615", "20271315"),
        made.path.name.replace("20270615-123456", "20270615x123456"),
        made.path.name.replace("2027", "\uff12\uff10\uff12\uff17"),  # full-width digits
    )
    for odd in odd_names:
        (folder / odd).write_bytes(made.path.read_bytes())
    listed = {backup.path: backup.made_at for backup in list_backups(tmp_path)}
    assert listed[made.path] == when
    assert not {folder / odd for odd in odd_names} & listed.keys()
