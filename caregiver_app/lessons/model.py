"""Plain data for the course: modules, lessons, their interactive blocks, and content problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """Something wrong in the content folder that an author can fix.

    ``path`` is relative to the content root (as text, with ``/``); ``line`` is 1-based, 0 when
    the problem is about the whole file.
    """

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    why: str


@dataclass(frozen=True)
class Quiz:
    """A knowledge check: one question, its choices, and why each is right or wrong."""

    id: str
    question: str
    choices: tuple[Choice, ...]

    @property
    def multiple(self) -> bool:
        """True when more than one choice is correct ("choose all that apply")."""
        return sum(choice.correct for choice in self.choices) > 1

    def is_correct(self, selected: set[int]) -> bool:
        return selected == {i for i, choice in enumerate(self.choices) if choice.correct}


@dataclass(frozen=True)
class Reflection:
    """A prompt the reader answers in their own words."""

    id: str
    prompt: str
    hint: str = ""


@dataclass(frozen=True)
class HtmlPart:
    """A stretch of lesson text, already rendered to safe HTML."""

    html: str


Part = HtmlPart | Quiz | Reflection


@dataclass(frozen=True)
class Lesson:
    """One lesson as listed in the library. The body is kept as source and rendered on open."""

    id: str
    module_id: str
    title: str
    summary: str
    minutes: int
    tags: tuple[str, ...]
    path: Path
    relpath: str
    body: str
    body_line: int  # the line of the file on which ``body`` starts, for problem reports
    language: str = "en"  # the language of the file (English when a translation is missing)
    source_version: str = ""  # a translation: the version of the English file it follows
    english_path: Path | None = None  # a translation: the English lesson it was made from


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    path: Path
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class RenderedLesson:
    """A lesson ready to show: safe HTML parts with quizzes and reflections between them."""

    lesson: Lesson
    parts: tuple[Part, ...]
    problems: tuple[Problem, ...]
    headings: tuple[tuple[int, str, str], ...] = field(default=())  # (level, text, anchor)
    sources: str = ""  # the closing "Sources" section, safe HTML, shown after the way on
    translation_behind: bool = False  # made from an older version of the English lesson
    # For the author: what shows, but not as written (an unknown box kind, a footnote...).
    # Reported as warnings; the reader does not trouble the family with them.
    notes: tuple[Problem, ...] = ()

    @property
    def quizzes(self) -> tuple[Quiz, ...]:
        return tuple(part for part in self.parts if isinstance(part, Quiz))

    @property
    def reflections(self) -> tuple[Reflection, ...]:
        return tuple(part for part in self.parts if isinstance(part, Reflection))
