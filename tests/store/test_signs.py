"""The family's own warning signs: taken from the plan, ticked day by day, watched against the
agreed thresholds, and private like the rest (sealed, backed up, deleted with the rest)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.store import Store, open_store
from caregiver_app.store.sign_watch import Watch, signs_from_plan_text, week_grid
from caregiver_app.store.signs import MAX_WORDING, Sign, SignDay, SignError, SignRules

TODAY = date(2026, 12, 6)
PASSCODE = "blue kettle 42"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "data").store
    yield store
    store.close()


@pytest.fixture
def private(store: Store):
    return store.private(store.profiles.create("Ana").id)


# --- signs from the plan's text ----------------------------------------------------------


def test_each_line_of_the_plan_is_a_sign_without_its_list_mark() -> None:
    text = (
        "- stays up past 2 am\n\n* Stops answering the phone\n1. skips meals\n2) talks fast\n"
        "• paces at night; stays in room\n[x] sleeps 3.5 hours\n- stays up past 2 AM\n   \n"
    )
    assert signs_from_plan_text(text) == [
        "stays up past 2 am",
        "Stops answering the phone",
        "skips meals",
        "talks fast",
        "paces at night",
        "stays in room",
        "sleeps 3.5 hours",  # a number inside the words is kept; the duplicate is gone
    ]


@given(st.text(max_size=3000))
def test_any_plan_text_gives_short_distinct_non_empty_signs(text: str) -> None:
    signs = signs_from_plan_text(text)
    assert all(sign and len(sign) <= MAX_WORDING and sign == sign.strip() for sign in signs)
    assert len({sign.casefold() for sign in signs}) == len(signs)


# --- keeping signs -------------------------------------------------------------------------


def test_signs_keep_their_ticks_when_reworded_moved_and_retired(private) -> None:
    late = private.add_sign("early", "stays up late")
    phone = private.add_sign("early", "stops answering the phone")
    private.save_sign_day(SignDay(TODAY, frozenset({late.id, phone.id}), "after the visit"), TODAY)
    private.reword_sign(late.id, "stays up past 2 am")
    private.move_sign(phone.id, -1)
    private.retire_sign(late.id)
    assert [(s.wording, s.retired) for s in private.signs()] == [
        ("stops answering the phone", False),
        ("stays up past 2 am", True),
    ]
    assert [s.id for s in private.signs(include_retired=False)] == [phone.id]
    assert private.sign_day(TODAY) == SignDay(
        TODAY, frozenset({late.id, phone.id}), "after the visit"
    )


def test_the_same_wording_twice_is_refused_with_where_it_is(private) -> None:
    private.add_sign("early", "Stays up late")
    with pytest.raises(SignError, match="“Stays up late” is already one of the signs"):
        private.add_sign("worse", "  stays   UP late ")
    other = private.add_sign("early", "skips meals")
    with pytest.raises(SignError):
        private.reword_sign(other.id, "stays up late")
    assert private.add_signs("early", ["skips meals", "talks fast", "Talks fast"]) == [
        private.signs()[-1]
    ]


def test_a_day_not_yet_come_is_refused_and_an_emptied_day_is_a_gap_again(private) -> None:
    sign = private.add_sign("early", "stays up late")
    with pytest.raises(SignError):
        private.save_sign_day(SignDay(TODAY + timedelta(days=1), frozenset({sign.id})), TODAY)
    private.save_sign_day(SignDay(TODAY, frozenset({sign.id})), TODAY)
    private.save_sign_day(SignDay(TODAY), TODAY)
    assert private.sign_days() == []


def test_signs_days_and_rules_are_sealed_and_go_with_delete_all(store: Store, tmp_path) -> None:
    profile = store.profiles.create("Ana")
    vault, _code = store.set_passcode(profile.id, PASSCODE)
    private = store.private(profile.id, vault)
    sign = private.add_sign("worse", "talks of the neighbours watching")
    private.save_sign_day(SignDay(TODAY, frozenset({sign.id}), "at breakfast"), TODAY)
    private.save_sign_rules(SignRules(early_signs=3))
    store.connection.commit()
    raw = b"".join(path.read_bytes() for path in (tmp_path / "data").glob("caregiver.db*"))
    assert b"neighbours" not in raw and b"breakfast" not in raw  # nor in the WAL
    assert store.private(profile.id).locked  # no key, nothing to read
    with pytest.raises(Exception, match="unlock"):
        store.private(profile.id).signs()
    assert private.sign_rules().early_signs == 3
    private.delete_all()
    assert (private.signs(), private.sign_days(), private.sign_rules()) == ([], [], SignRules())


def test_a_backup_restored_brings_the_signs_back(store: Store, private, tmp_path) -> None:
    sign = private.add_sign("early", "stays up late")
    private.save_sign_day(SignDay(TODAY, frozenset({sign.id})), TODAY)
    store.export_to(tmp_path / "copy.ccbackup")
    private.delete_all()
    store.restore_from(tmp_path / "copy.ccbackup")
    again = store.private(private.profile_id)
    assert [s.wording for s in again.signs()] == ["stays up late"]
    assert again.sign_day(TODAY).seen == {sign.id}


def test_tampered_rules_are_read_within_bounds(store: Store, private) -> None:
    private.save_sign_rules(SignRules())
    store.connection.execute(
        "UPDATE sign_rules SET body = ? WHERE profile_id = ?",
        (
            b'{"window_days": 1000000, "early_days": -4, "prompted": {"early": "not a day"}}',
            private.profile_id,
        ),
    )
    rules = private.sign_rules()
    assert (rules.window_days, rules.early_days, rules.prompted) == (60, 1, {})


# --- thresholds ----------------------------------------------------------------------------


def early_signs(count: int) -> list[Sign]:
    return [Sign(n, "early", f"sign {n}") for n in range(1, count + 1)]


def days_with(*days_ago_and_signs: tuple[int, set[int]]) -> list[SignDay]:
    return [SignDay(TODAY - timedelta(days=ago), frozenset(ids)) for ago, ids in days_ago_and_signs]


def test_two_early_signs_on_three_of_seven_days_is_met_and_not_a_day_less() -> None:
    rules, signs = SignRules(), early_signs(3)
    three = days_with((0, {1, 2}), (3, {2, 3}), (6, {1, 3}))
    assert Watch(signs, three).met(rules, "early", TODAY)
    assert not Watch(signs, three[:2]).met(rules, "early", TODAY)  # two days of three
    one_sign_day = days_with((0, {1, 2}), (3, {2, 3}), (6, {1}))
    assert not Watch(signs, one_sign_day).met(rules, "early", TODAY)  # one sign that day
    old = days_with((0, {1, 2}), (3, {2, 3}), (7, {1, 3}))  # eight days ago: out of the window
    assert not Watch(signs, old).met(rules, "early", TODAY)


def test_a_gap_is_not_a_day_without_signs_and_retired_signs_still_count() -> None:
    signs = [*early_signs(1), Sign(2, "early", "retired one", retired=True)]
    seen = days_with((0, {1, 2}), (1, {1, 2}), (5, {1, 2}))  # four days not filled in
    assert Watch(signs, seen).met(SignRules(), "early", TODAY)


def test_any_worse_or_crisis_sign_is_met_unless_the_family_turned_it_off() -> None:
    signs = [Sign(1, "worse", "hears voices"), Sign(2, "crisis", "talks of dying")]
    seen = days_with((2, {1}), (4, {2}))
    watch = Watch(signs, seen)
    assert watch.met(SignRules(), "worse", TODAY) and watch.met(SignRules(), "crisis", TODAY)
    assert not watch.met(SignRules(any_worse=False), "worse", TODAY)
    assert watch.due_prompts(SignRules(), TODAY) == ["crisis", "worse"]  # most urgent first


def test_the_prompt_is_shown_once_per_episode() -> None:
    signs = [Sign(1, "worse", "hears voices")]
    episode = days_with((0, {1}), (1, {1}), (20, {1}))
    rules = SignRules(prompted={"worse": (TODAY - timedelta(days=1)).isoformat()})
    assert Watch(signs, episode).due_prompts(rules, TODAY) == []  # shown yesterday: same episode
    long_ago = SignRules(prompted={"worse": (TODAY - timedelta(days=20)).isoformat()})
    assert Watch(signs, episode).due_prompts(long_ago, TODAY) == ["worse"]  # it ended between


def test_the_summary_counts_signs_and_days_of_the_last_week() -> None:
    watch = Watch(early_signs(3), days_with((0, {1, 2}), (2, {2}), (9, {3})))
    assert watch.summary("early", TODAY) == (2, 2)


def test_the_grid_counts_days_per_week_and_says_which_weeks_are_gaps() -> None:
    signs = early_signs(2)
    seen = days_with((0, {1}), (1, {1, 2}), (15, {2}))
    grid = week_grid(signs, seen, 4, TODAY)  # TODAY is a Sunday
    assert grid.first_monday == date(2026, 11, 9)
    assert grid.cells == ((0, 0, 0, 2), (0, 1, 0, 1))
    assert grid.filled == (0, 1, 0, 2)
