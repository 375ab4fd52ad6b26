"""Profiles and each profile's progress, as the UI uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.store import ProfileNameError, Store, memory_store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path).store
    yield store
    store.close()


def test_profile_names_are_tidy_unique_and_sensible(store: Store) -> None:
    ana = store.profiles.create("  Ana   María ")
    assert ana.name == "Ana María"
    with pytest.raises(ProfileNameError, match="already a profile"):
        store.profiles.create("ana maría")
    with pytest.raises(ProfileNameError, match="type a name"):
        store.profiles.create("   ")
    with pytest.raises(ProfileNameError, match="shorter"):
        store.profiles.create("x" * 61)
    assert store.profiles.rename(ana.id, "Ana").name == "Ana"
    assert store.profiles.rename(ana.id, "ANA").name == "ANA"  # renaming to itself is fine


def test_last_used_profile_comes_first_and_is_remembered(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    ana, ben = store.profiles.create("Ana"), store.profiles.create("Ben")
    store.profiles.mark_used(ana.id)
    store.profiles.mark_used(ben.id)
    store.close()
    store = open_store(tmp_path).store
    assert store.profiles.last_used().name == "Ben"
    assert store.profiles.all()[0].name == "Ben"
    store.profiles.delete(ben.id)
    assert store.profiles.last_used() is None
    store.close()


def test_summary_says_what_deleting_would_lose(store: Store) -> None:
    profile = store.profiles.create("Ana")
    progress = store.progress(profile.id)
    progress.opened("m/a")
    progress.opened("m/b")
    progress.set_completed("m/b", True)
    progress.record_answer("m/a", "quiz-1", [0], False)
    store.private(profile.id).save_reflection("m/a", "reflect-1", "words")
    summary = store.profiles.summary(profile.id)
    assert (summary.lessons_started, summary.lessons_completed) == (2, 1)
    assert (summary.quiz_answers, summary.reflections) == (1, 1)


def test_lesson_state_position_and_time(store: Store) -> None:
    progress = store.progress(store.profiles.create("Ana").id)
    assert progress.lesson("m/a") is None  # never opened: not started
    assert progress.opened("m/a").status == "in_progress"
    progress.save_reading("m/a", 0.42, 30)
    progress.save_reading("m/a", 1.7, 15)  # positions are clamped; times add up
    lesson = progress.lesson("m/a")
    assert (lesson.position, lesson.seconds_read) == (1.0, 45)
    progress.set_completed("m/a", True)
    assert progress.opened("m/a").completed  # reopening keeps it completed
    progress.set_completed("m/a", False)
    assert progress.lesson("m/a").status == "in_progress"


def test_continue_reading_and_completed_this_week(store: Store) -> None:
    progress = store.progress(store.profiles.create("Ana").id)
    progress.opened("m/a")
    progress.opened("m/b")
    progress.set_completed("m/c", True)
    store.connection.execute(
        "UPDATE lesson_progress SET last_opened_at = '2020-01-01T00:00:00+00:00' "
        "WHERE lesson_id = 'm/b'"
    )
    assert progress.continue_reading().lesson_id == "m/a"
    assert progress.completed_since(7) == 1
    store.connection.execute(
        "UPDATE lesson_progress SET completed_at = '2020-01-01T00:00:00+00:00'"
    )
    assert progress.completed_since(7) == 0


def test_quiz_answers_keep_the_latest_and_count_results(store: Store) -> None:
    progress = store.progress(store.profiles.create("Ana").id)
    progress.record_answer("m/a", "quiz-1", [2, 0], False)
    progress.record_answer("m/a", "quiz-1", [1], True)
    progress.record_answer("m/a", "quiz-2", [0], False)
    latest = progress.last_answers("m/a")
    assert latest["quiz-1"].chosen == (1,) and latest["quiz-1"].correct
    assert progress.quiz_results() == (1, 2)


def test_reflections_are_kept_per_profile_and_cleared_when_emptied(store: Store) -> None:
    ana, ben = store.profiles.create("Ana"), store.profiles.create("Ben")
    store.private(ana.id).save_reflection("m/a", "reflect-1", "Ana's words")
    store.private(ben.id).save_reflection("m/a", "reflect-1", "Ben's words")
    assert store.private(ana.id).reflections("m/a") == {"reflect-1": "Ana's words"}
    store.private(ana.id).save_reflection("m/a", "reflect-1", "   ")
    assert store.private(ana.id).reflections("m/a") == {}
    assert store.private(ben.id).reflections("m/a") == {"reflect-1": "Ben's words"}


def test_memory_store_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    workdir = tmp_path / "workdir"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    store = memory_store()
    store.progress(store.profiles.create("Guest").id).opened("m/a")
    assert store.in_memory and list(workdir.iterdir()) == []
    assert list((tmp_path / "home").iterdir()) == []
