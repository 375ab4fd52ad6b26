"""Checks for values read back from our own JSON files (caches), which anything on this computer
could have rewritten: each returns the value if it has the expected type, else raises
ValueError, so that a reader can ignore the whole file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from caregiver_app.lessons.model import Problem


def expect_list(value: Any) -> list:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def expect_str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value


def expect_int(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("expected a whole number")
    return value


def expect_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def problems_to_json(problems: Iterable[Problem]) -> list[list[Any]]:
    return [[problem.path, problem.line, problem.message] for problem in problems]


def problems_from_json(stored: Any) -> tuple[Problem, ...]:
    """What ``problems_to_json`` wrote, checked (ValueError for anything else)."""
    return tuple(
        Problem(expect_str(path), expect_int(line), expect_str(message))
        for path, line, message in (expect_list(problem) for problem in expect_list(stored))
    )
