"""Profile names: nothing invisible is kept, and no two profiles can look the same."""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.store import ProfileNameError, Store, memory_store, open_store
from caregiver_app.store.profiles import clean_name, name_skeleton

INVISIBLE = ["\x00", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e"]
INVISIBLE += ["\u2066", "\u2069", "\ufeff", "\u00ad"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path).store
    yield store
    store.close()


@pytest.mark.parametrize("hidden", INVISIBLE)
def test_invisible_characters_are_not_kept_and_cannot_make_a_second_me(
    store: Store, hidden: str
) -> None:
    me = store.profiles.create(f"M{hidden}e")
    assert me.name == "Me"
    with pytest.raises(ProfileNameError, match="looks the same"):
        store.profiles.create(f"Me{hidden}")


@pytest.mark.parametrize(
    "look_alike",
    ["ME", "\u041c\u0435", "M\u0435", "\uff2d\uff45", "Me\u3164", " Me ", "M\u200be"],
)
def test_names_that_look_alike_are_refused(store: Store, look_alike: str) -> None:
    store.profiles.create("Me")
    with pytest.raises(ProfileNameError, match="already a profile called “Me”"):
        store.profiles.create(look_alike)


def test_an_old_name_with_invisible_characters_still_shows_and_can_be_renamed(
    store: Store,
) -> None:
    # Written as an older version could: straight into the table, uncleaned.
    store.connection.execute(
        "INSERT INTO profiles (name, created_at) VALUES (?, '2026-01-01'), (?, '2026-01-01'),"
        " (?, '2026-01-01')",
        ("Me", "Me\u200b", "\u202e\u200b"),
    )
    names = sorted(profile.name for profile in store.profiles.all())
    assert names == ["Me", "Me", "Profile 3"]  # every one shows, none hidden, none blank
    old = next(profile for profile in store.profiles.all() if profile.id == 2)
    assert store.profiles.rename(old.id, "Me 2").name == "Me 2"
    blank = store.profiles.get(3)
    assert store.profiles.rename(blank.id, blank.name).name == "Profile 3"  # its shown form


def test_renaming_a_profile_to_its_own_cleaned_name_is_fine(store: Store) -> None:
    store.connection.execute(
        "INSERT INTO profiles (name, created_at) VALUES (?, '2026-01-01')", ("Ana\u202e",)
    )
    (ana,) = store.profiles.all()
    assert ana.name == "Ana"
    assert store.profiles.rename(ana.id, ana.name).name == "Ana"
    stored = store.connection.execute("SELECT name FROM profiles").fetchone()[0]
    assert stored == "Ana"


@given(st.text())
def test_a_cleaned_name_has_no_control_or_format_characters_and_is_nfc(text: str) -> None:
    name = clean_name(text)
    assert not any(unicodedata.category(character) in ("Cc", "Cf") for character in name)
    assert unicodedata.is_normalized("NFC", name)
    assert name == name.strip() and "  " not in name
    assert clean_name(name) == name


NAME = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)
DISGUISE = st.sampled_from(["", *INVISIBLE, " ", "\u3164"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(NAME, DISGUISE, st.booleans()), max_size=6))
def test_two_profiles_never_share_a_skeleton(attempts: list[tuple[str, str, bool]]) -> None:
    store = memory_store()
    try:
        made = []
        for text, disguise, upper in attempts:
            for name in (text, (text.upper() if upper else text) + disguise):
                with contextlib.suppress(ProfileNameError):
                    made.append(store.profiles.create(name))
        skeletons = [name_skeleton(profile.name) for profile in store.profiles.all()]
        assert len(skeletons) == len(set(skeletons)) == len(made)
    finally:
        store.close()
