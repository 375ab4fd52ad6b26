"""The one passcode rule (issue 12, item 9), shared by the store and the dialogs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.store.passcode_rules import (
    COMMON,
    REPEATED,
    SEQUENCE,
    TOO_SHORT,
    passcode_problem,
    passcode_strength,
)


@pytest.mark.parametrize(
    ("passcode", "problem"),
    [
        ("", TOO_SHORT),
        ("      ", TOO_SHORT),
        ("  kett  ", TOO_SHORT),
        ("aaaaaa", REPEATED),
        ("111111", REPEATED),
        ("abcabc", REPEATED),
        ("121212", REPEATED),
        ("123456", SEQUENCE),
        ("ABCDEFG", SEQUENCE),
        ("987654", SEQUENCE),
        ("password", COMMON),
        ("QWERTY", COMMON),
        ("pass word", COMMON),
        ("kettle", None),
        ("blue kettle 42", None),
    ],
)
def test_the_rule_says_why_in_plain_words(passcode: str, problem: str | None) -> None:
    assert passcode_problem(passcode) == problem


@pytest.mark.parametrize(
    ("passcode", "strength"),
    [("123456", "weak"), ("kettle", "weak"), ("Kettle42", "okay"), ("blue kettle 42", "strong")],
)
def test_strength_is_a_plain_word(passcode: str, strength: str) -> None:
    assert passcode_strength(passcode) == strength


@given(st.text(max_size=40))
def test_any_text_gets_an_answer_and_nothing_short_passes(text: str) -> None:
    problem = passcode_problem(text)
    assert problem is None or isinstance(problem, str)
    if problem is None:
        assert len(text.strip()) >= 6 and len(set(text.strip())) > 1
    assert passcode_strength(text) in ("weak", "okay", "strong")
