"""Check a whole content folder: load it, render every lesson, read its support services.

Shared by ``caregiver-app check-content`` and the "Content problems" view, so both always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.lessons.library import Library
from caregiver_app.lessons.loader import load_library, looks_like_language
from caregiver_app.lessons.model import Problem
from caregiver_app.lessons.services import load_services
from caregiver_app.lessons.translations import translation_warnings
from caregiver_app.lessons.weekly import CHECKIN_FILE, load_weekly_checkin


@dataclass(frozen=True)
class CheckReport:
    lesson_count: int
    module_count: int
    language_count: int
    problems: tuple[Problem, ...]
    # What shows but may mislead: translations missing or behind their English lesson.
    warnings: tuple[Problem, ...] = ()
    # (language, lessons written in it), in folder order: how far each translation has come.
    lessons_by_language: tuple[tuple[str, int], ...] = ()


def language_folders(content_dir: Path) -> list[str]:
    """Language folders in ``content_dir`` (``en``, ``es``...); ``[""]`` if it is one itself."""
    try:
        names = sorted(
            entry.name
            for entry in content_dir.iterdir()
            if entry.is_dir() and looks_like_language(entry.name)
        )
    except OSError:
        return [""]
    return names or [""]


def check_content(
    content_dir: Path, progress: Callable[[int, int], None] | None = None
) -> CheckReport:
    """Every problem in ``content_dir``, in path and line order, each reported once."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    by_language: list[tuple[str, int]] = []
    lessons = modules = 0
    languages = language_folders(content_dir)
    for language in languages:
        library = load_library(content_dir, language)
        problems += library.problems
        rendered_problems, notes = _render_all(library, progress)
        problems += rendered_problems
        warnings += notes
        problems += load_services(library.language_dir, library.root)[1]
        checkin, checkin_problems = load_weekly_checkin(library.language_dir, library.root)
        problems += checkin_problems
        if checkin is not None:
            problems += [
                Problem(
                    f"{library.language_dir.relative_to(library.root).as_posix()}/{CHECKIN_FILE}",
                    1,
                    f"tier lesson {lesson_id!r} is not a lesson in this folder",
                )
                for tier in checkin.tiers
                for lesson_id in tier.lessons
                if library.lesson(lesson_id) is None
            ]
        warnings += translation_warnings(library.lessons, library.language, library.root)
        own = sum(lesson.language == (language or lesson.language) for lesson in library.lessons)
        by_language.append((language, own))
        lessons += len(library.lessons)
        modules += len(library.modules)
    return CheckReport(
        lessons,
        modules,
        len(languages),
        _in_order(problems),
        _in_order(warnings),
        tuple(by_language),
    )


def _in_order(problems: list[Problem]) -> tuple[Problem, ...]:
    """Each problem once, in path and line order."""
    return tuple(sorted(set(problems), key=lambda p: (p.path, p.line, p.message)))


def _render_all(
    library: Library, progress: Callable[[int, int], None] | None
) -> tuple[list[Problem], list[Problem]]:
    """The problems and the author's notes (warnings) of every lesson, rendered."""
    problems: list[Problem] = []
    notes: list[Problem] = []
    total = len(library.lessons)
    for done, lesson in enumerate(library.lessons, start=1):
        rendered = library.render(lesson)
        problems += rendered.problems
        notes += rendered.notes
        if progress is not None:
            progress(done, total)
    return problems, notes
