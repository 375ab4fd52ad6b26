"""The weekly check-in: questions, answers and tiered messages from ``weekly-checkin.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caregiver_app.lessons.model import Problem
from caregiver_app.lessons.source import decode
from caregiver_app.lessons.yamlsafe import load_yaml, unknown_keys

CHECKIN_FILE = "weekly-checkin.yaml"
MAX_BYTES = 64_000


@dataclass(frozen=True)
class Tier:
    up_to: int
    message: str
    lessons: tuple[str, ...]
    support: bool


@dataclass(frozen=True)
class WeeklyCheckin:
    title: str
    intro: str
    answers: tuple[str, ...]  # answer i scores i
    questions: tuple[tuple[str, str], ...]  # (id, text)
    tiers: tuple[Tier, ...]

    @property
    def highest(self) -> int:
        return (len(self.answers) - 1) * len(self.questions)

    def tier_for(self, total: int) -> Tier:
        return next((tier for tier in self.tiers if total <= tier.up_to), self.tiers[-1])


def load_weekly_checkin(
    language_dir: Path, root: Path
) -> tuple[WeeklyCheckin | None, list[Problem]]:
    """The check-in of this language folder; None (and problems) if missing or unusable."""
    path = language_dir / CHECKIN_FILE
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        if not path.is_file():
            return None, []
        if path.stat().st_size > MAX_BYTES:
            return None, [Problem(relpath, 0, "is too large (over 64 KB)")]
        text, problems = decode(path.read_bytes(), relpath)
    except OSError as error:
        return None, [Problem(relpath, 0, f"could not be read ({error.strerror or error})")]
    if text is None:
        return None, problems
    data, yaml_problems = load_yaml(text, relpath, 1, CHECKIN_FILE)
    problems += yaml_problems
    if not isinstance(data, dict):
        return None, problems or [Problem(relpath, 1, "needs title, answers, questions and tiers")]
    problems += unknown_keys(
        data, {"title", "intro", "answers", "questions", "tiers"}, relpath, 1, CHECKIN_FILE
    )
    checkin = _parse(data, relpath, problems)
    return checkin, problems


def _parse(data: dict, relpath: str, problems: list[Problem]) -> WeeklyCheckin | None:
    def fail(message: str) -> None:
        problems.append(Problem(relpath, 1, message))

    answers = data.get("answers")
    if (
        not isinstance(answers, list)
        or not 2 <= len(answers) <= 6
        or not all(isinstance(a, str) for a in answers)
    ):
        fail("answers must be a list of 2 to 6 answer texts")
        return None
    questions = []
    for number, question in enumerate(data.get("questions") or [], start=1):
        if not isinstance(question, dict) or not isinstance(question.get("text"), str):
            fail(f"question {number} needs a text")
            continue
        questions.append(
            (str(question.get("id") or f"q{number}"), " ".join(question["text"].split()))
        )
    if not 1 <= len(questions) <= 12:
        fail("questions must list 1 to 12 questions, each with a text")
        return None
    tiers = []
    for number, tier in enumerate(data.get("tiers") or [], start=1):
        if (
            not isinstance(tier, dict)
            or not isinstance(tier.get("up_to"), int)
            or not isinstance(tier.get("message"), str)
        ):
            fail(f"tier {number} needs up_to (a number) and a message")
            continue
        lessons = tier.get("lessons") or []
        if not isinstance(lessons, list) or not all(isinstance(lesson, str) for lesson in lessons):
            fail(f"tier {number}: lessons must be a list of lesson IDs")
            lessons = []
        tiers.append(
            Tier(
                tier["up_to"],
                " ".join(tier["message"].split()),
                tuple(lessons),
                bool(tier.get("support")),
            )
        )
    if not tiers:
        fail("tiers must list at least one message")
        return None
    tiers.sort(key=lambda tier: tier.up_to)
    title = data["title"] if isinstance(data.get("title"), str) else "Weekly check-in"
    intro = " ".join(data["intro"].split()) if isinstance(data.get("intro"), str) else ""
    return WeeklyCheckin(title, intro, tuple(answers), tuple(questions), tuple(tiers))
