"""The weekly check-in file: read when good, reported (never fatal) when not."""

from __future__ import annotations

import pytest

from caregiver_app.lessons.weekly import load_weekly_checkin
from caregiver_app.paths import shipped_content_dir
from tests.conftest import ContentBuilder


def test_the_shipped_check_in_has_questions_and_tiers_covering_every_total() -> None:
    content = shipped_content_dir()
    checkin, problems = load_weekly_checkin(content / "en", content)
    assert problems == []
    assert len(checkin.questions) == 5 and checkin.highest == 15
    assert checkin.tier_for(0).up_to == 4 and checkin.tier_for(15).support
    assert not checkin.tier_for(4).support


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "answers: [Yes]\nquestions: [{text: q}]\ntiers: [{up_to: 1, message: m}]",
            "2 to 6 answer",
        ),
        ("answers: [a, b]\nquestions: []\ntiers: [{up_to: 1, message: m}]", "1 to 12 questions"),
        ("answers: [a, b]\nquestions: [{text: q}]\ntiers: []", "at least one message"),
        (
            "answers: [a, b]\nquestions: [{text: q}]\ntiers: [{up_to: x, message: m}]",
            "up_to (a number)",
        ),
        ("[broken", "not valid YAML"),
        (
            "answers: [a, b]\nquestions: [{text: q}]\ntiers: [{up_to: 1, message: m}]\ncolour: red",
            "unknown key",
        ),
    ],
)
def test_a_broken_check_in_is_reported(content: ContentBuilder, text: str, expected: str) -> None:
    content.raw("weekly-checkin.yaml", text)
    _, problems = load_weekly_checkin(content.language_dir, content.root)
    assert any(expected in problem.message for problem in problems), problems
