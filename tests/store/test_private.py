"""The stress log, the plan and observations, without a passcode (the app says so)."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from caregiver_app.store import Plan, StagePlan, Store, StressEntry, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path).store
    yield store
    store.close()


def test_one_check_in_a_day_edited_and_deleted_with_undo(store: Store) -> None:
    private = store.private(store.profiles.create("Ana").id)
    assert not private.protected  # no passcode: stored plainly, and the UI says so
    today = date(2026, 11, 29)
    private.save_entry(
        StressEntry(today, 6, 6.5, 2, ("money", "Money", " argument "), ("walk",), "tired")
    )
    private.save_entry(StressEntry(today, 4, 7.0, 3, ("money",), ("walk", "friend"), "better"))
    (entry,) = private.entries()
    assert (entry.stress, entry.note, entry.caused) == (4, "better", ("money",))
    removed = private.delete_entry(today)
    assert private.entries() == []
    private.save_entry(removed)  # undo
    assert private.entries() == [entry]


def test_own_tags_are_remembered_most_used_first(store: Store) -> None:
    private = store.private(store.profiles.create("Ana").id)
    for day, caused in enumerate([("money",), ("money", "work"), ("noise",)], start=1):
        private.save_entry(StressEntry(date(2026, 1, day), 5, caused=caused, helped=("walk",)))
    caused, helped = private.known_tags()
    assert caused[0] == "money" and set(caused) == {"money", "work", "noise"}
    assert helped == ["walk"]


def test_stress_must_be_on_the_scale(store: Store) -> None:
    private = store.private(store.profiles.create("Ana").id)
    with pytest.raises(ValueError):
        private.save_entry(StressEntry(date(2026, 1, 1), 11))


def test_ten_years_of_daily_entries_read_quickly(store: Store) -> None:
    private = store.private(store.profiles.create("Ana").id)
    start = date(2016, 1, 1)
    for offset in range(3653):
        private.save_entry(
            StressEntry(start + timedelta(days=offset), offset % 11, 7.0, 2, ("work",), ("walk",))
        )
    began = time.perf_counter()
    entries = private.entries()
    assert len(entries) == 3653
    assert time.perf_counter() - began < 5  # generous: this is correctness, the benchmark has speed


def test_plan_and_observations_round_trip(store: Store) -> None:
    private = store.private(store.profiles.create("Ana").id)
    assert private.plan().person == ""  # an empty plan to fill in
    plan = Plan("Sam", {"well": StagePlan("sleeps 8 hours", "keep routines", "Dr Lee 555")})
    private.save_plan(plan)
    saved = private.plan()
    assert saved.person == "Sam" and saved.stages["well"].signs == "sleeps 8 hours"
    assert saved.stages["crisis"] == StagePlan()
    first = private.add_observation(date(2026, 11, 2), "early", "up at 3am")
    private.add_observation(date(2026, 11, 1), "well", "good day")
    assert [observation.stage for observation in private.observations()] == ["well", "early"]
    private.delete_observation(first)
    assert len(private.observations()) == 1
    private.delete_all()
    assert private.observations() == [] and private.plan().person == ""


def test_weekly_answers_are_kept_per_week_and_sealed_behind_a_passcode(store: Store) -> None:
    profile = store.profiles.create("Ana")
    store.private(profile.id).save_weekly(date(2026, 11, 18), {"sleep": 2, "alone": 3})
    vault, _ = store.set_passcode(profile.id, "kettle 42")
    private = store.private(profile.id, vault)
    private.save_weekly(date(2026, 11, 27), {"sleep": 1, "alone": 1})  # a Friday: week of the 23rd
    private.save_weekly(date(2026, 11, 28), {"sleep": 0, "alone": 1})  # the same week again
    weeks = private.weekly_results()
    assert [week.isoformat() for week, _ in weeks] == ["2026-11-16", "2026-11-23"]
    assert weeks[-1][1] == {"sleep": 0, "alone": 1}
    encrypted = store.connection.execute("SELECT encrypted FROM weekly_checkins").fetchall()
    assert encrypted == [(1,), (1,)]  # sealed, including the week written before the passcode


def test_many_check_ins_are_saved_in_one_transaction_or_not_at_all(store: Store) -> None:
    private = store.private(store.profiles.create("Ana").id)
    private.save_entry(StressEntry(date(2026, 1, 1), 2, note="mine"))
    entries = [StressEntry(date(2026, 1, day), 5, note=f"file {day}") for day in range(1, 11)]
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    reported: list[tuple[int, int]] = []
    assert private.save_entries(entries, progress=lambda *done: reported.append(done))
    store.connection.set_trace_callback(None)
    assert sum(sql.startswith("BEGIN") for sql in statements) == 1  # one transaction
    assert reported[-1] == (10, 10) and len(reported) == 10
    assert private.entries() == entries  # the file's replaced the day already logged

    later = [StressEntry(date(2026, 2, day), 5) for day in range(1, 11)]
    assert not private.save_entries(later, should_stop=lambda: len(private.entries()) > 10)
    assert private.entries() == entries  # cancelled: nothing of it stays

    with pytest.raises(ValueError):  # one bad entry: none of them
        private.save_entries([StressEntry(date(2026, 3, 1), 5), StressEntry(date(2026, 3, 2), 11)])
    assert private.entries() == entries
