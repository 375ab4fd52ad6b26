"""The loaded course: modules and lessons in order, lookups by ID, rendering on demand."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app.lessons.model import Lesson, Module, Problem, RenderedLesson
from caregiver_app.lessons.render_cache import RenderCache, cache_key, library_fingerprint

if TYPE_CHECKING:
    from caregiver_app.lessons.render import LinkContext

RENDERED_KEPT = 12  # lessons kept rendered in memory (a few hundred KB at most)


@dataclass(frozen=True)
class Library:
    """Everything the loader found in one language folder of a content root.

    ``problems`` holds what the loader reported; rendering a lesson can find more (unsafe HTML,
    broken links), which ``render`` returns with the rendered lesson.
    """

    root: Path  # the content root, resolved: nothing outside it is ever read
    language_dir: Path
    language: str
    modules: tuple[Module, ...]
    problems: tuple[Problem, ...] = ()
    _by_id: dict[str, Lesson] = field(init=False, repr=False, compare=False)
    # The lessons opened most recently, newest last: opening one again costs nothing. A
    # lesson's body is read once, at load, so a rendering stays right for the session.
    _rendered: OrderedDict[str, RenderedLesson] = field(
        default_factory=OrderedDict, init=False, repr=False, compare=False
    )

    # Renderings kept on disk between sessions (see ``render_cache``); None keeps none.
    _disk: RenderCache | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {lesson.id: lesson for lesson in self.lessons})

    @cached_property
    def lessons(self) -> tuple[Lesson, ...]:
        return tuple(lesson for module in self.modules for lesson in module.lessons)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return self._by_id.get(lesson_id)

    def module(self, module_id: str) -> Module | None:
        return next((module for module in self.modules if module.id == module_id), None)

    def neighbours(self, lesson: Lesson) -> tuple[Lesson | None, Lesson | None]:
        """The lessons before and after ``lesson`` in course order."""
        ordered = self.lessons
        index = ordered.index(lesson)
        before = ordered[index - 1] if index > 0 else None
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        return before, after

    @cached_property
    def link_context(self) -> LinkContext:
        # The renderer (and its Markdown and HTML parsers) loads with the first lesson opened.
        from caregiver_app.lessons.render import LinkContext  # noqa: PLC0415

        return LinkContext(
            root=self.root,
            lesson_ids={lesson.path.resolve(): lesson.id for lesson in self.lessons},
            known_ids=frozenset(self._by_id),
        )

    def rendered_lately(self, lesson: Lesson) -> RenderedLesson | None:
        """The lesson's rendering if it is still kept, without rendering it."""
        kept = self._rendered.get(lesson.id)
        return kept if kept is not None and kept.lesson is lesson else None

    def render(self, lesson: Lesson) -> RenderedLesson:
        """The lesson's body as safe HTML parts, quizzes and reflections (see ``render.py``);
        the same object again for a lesson rendered lately. Safe from several threads."""
        cached = self.rendered_lately(lesson)
        if cached is not None:
            with contextlib.suppress(KeyError):  # another thread may have let it go meanwhile
                self._rendered.move_to_end(lesson.id)  # kept the longest: the ones in use
            return cached
        rendered = self._rendered_on_disk(lesson)
        if rendered is None:
            from caregiver_app.lessons.render import render_lesson  # noqa: PLC0415

            rendered = render_lesson(lesson, self.link_context)
            if self._disk is not None and self._still_as_fingerprinted(rendered):
                self._disk.put(cache_key(lesson, self._fingerprint), rendered)
        self._rendered[lesson.id] = rendered
        while len(self._rendered) > RENDERED_KEPT:
            try:
                self._rendered.popitem(last=False)
            except KeyError:  # another thread emptied it meanwhile
                break
        return rendered

    def keep_renderings_in(self, cache: RenderCache) -> None:
        """Keep renderings in ``cache`` too, for later sessions (not in kiosks: no trace)."""
        object.__setattr__(self, "_disk", cache)

    def _rendered_on_disk(self, lesson: Lesson) -> RenderedLesson | None:
        if self._disk is None:
            return None
        return self._disk.get(cache_key(lesson, self._fingerprint), lesson)

    def _still_as_fingerprinted(self, rendered: RenderedLesson) -> bool:
        """Whether the content folder is still as its fingerprint says, for a rendering that
        found problems: a picture on a share that was away for a moment would otherwise be kept
        as missing, under a key that says it is there, for every later session."""
        return not rendered.problems or self._fingerprint == self._fingerprint_now()

    def _fingerprint_now(self) -> str:
        lesson_files = {Path(lesson.relpath): lesson.id for lesson in self.lessons}
        return library_fingerprint(self.root, lesson_files)

    @cached_property
    def _fingerprint(self) -> str:
        return self._fingerprint_now()

    def read_asset(self, relpath: str) -> bytes | None:
        """The bytes of a picture inside the content root, or None for anything else."""
        from caregiver_app.lessons.render import IMAGE_SUFFIXES, MAX_ASSET_BYTES  # noqa: PLC0415

        try:
            target = (self.root / relpath).resolve()
            if (
                not target.is_relative_to(self.root)
                or target.suffix.lower() not in IMAGE_SUFFIXES
                or not target.is_file()
                or target.stat().st_size > MAX_ASSET_BYTES
            ):
                return None
            return target.read_bytes()
        except (OSError, RuntimeError, ValueError):
            return None
