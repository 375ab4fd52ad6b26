"""One lesson file on its own, as an author works on it: the library it belongs to, the lesson
rendered exactly as the reader shows it, and its problems.

Shared by ``caregiver-app render`` and the live preview, so both show what the reader shows.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.lessons.library import Library
from caregiver_app.lessons.loader import load_library, looks_like_language
from caregiver_app.lessons.model import HtmlPart, Problem, Quiz, Reflection, RenderedLesson


@dataclass(frozen=True)
class FileRender:
    """``rendered`` is None when the file could not be made into a lesson (its ``problems``
    say why: a broken front matter, a file too large...)."""

    rendered: RenderedLesson | None
    problems: tuple[Problem, ...]
    library: Library | None = None  # the library it belongs to (for its pictures)


def library_of(lesson_file: Path) -> Library:
    """The library a lesson file belongs to: ``<root>/<language>/<module>/<lesson>.md``, or a
    folder of modules with no language folder (then taken as English)."""
    module = lesson_file.resolve().parent
    language_dir = module.parent
    if looks_like_language(language_dir.name):
        return load_library(language_dir.parent, language_dir.name)
    return load_library(language_dir, "en")


def render_file(lesson_file: Path) -> FileRender:
    """``lesson_file`` rendered as the reader shows it, with every problem found in it."""
    library = library_of(lesson_file)
    target = lesson_file.resolve()
    lesson = next((x for x in library.lessons if x.path.resolve() == target), None)
    relpath = _relative(target, library.root)
    own = tuple(problem for problem in library.problems if problem.path == relpath)
    if lesson is None:
        if not own:
            own = (Problem(relpath, 0, "is not a lesson of this folder (a module's .md file)"),)
        return FileRender(None, own, library)
    rendered = library.render(lesson)
    return FileRender(rendered, own + rendered.problems + rendered.notes, library)


def lesson_document(rendered: RenderedLesson) -> str:
    """The lesson as one HTML fragment: its safe HTML parts, each knowledge check and
    reflection as the plain HTML of what the reader shows there, then its sources."""
    e = html.escape
    out = []
    for part in rendered.parts:
        if isinstance(part, HtmlPart):
            out.append(part.html)
        elif isinstance(part, Quiz):
            choices = "".join(
                f'<li data-correct="{str(choice.correct).lower()}">{e(choice.text)}'
                f"<p>{e(choice.why)}</p></li>"
                for choice in part.choices
            )
            out.append(
                f'<section class="quiz" id="{e(part.id)}"><p>{e(part.question)}</p>'
                f"<ol>{choices}</ol></section>"
            )
        elif isinstance(part, Reflection):
            hint = f"<p>{e(part.hint)}</p>" if part.hint else ""
            out.append(
                f'<section class="reflection" id="{e(part.id)}"><p>{e(part.prompt)}</p>'
                f"{hint}</section>"
            )
    if rendered.sources:
        out.append(rendered.sources)
    return "\n".join(out) + "\n"


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
