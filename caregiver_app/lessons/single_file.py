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


def content_root_of(lesson_file: Path) -> tuple[Path, str]:
    """The content root and language of a lesson file, from where it stands (not where a link
    points): ``<root>/<language>/<module>/<lesson>.md``, or ``<root>/<module>/<lesson>.md``
    (then English). A link that leads out of that root is refused by the loader, as in
    ``check-content``."""
    module = lesson_file.absolute().parent
    language_dir = module.parent
    if looks_like_language(language_dir.name):
        return language_dir.parent, language_dir.name
    return language_dir, "en"


def render_file(lesson_file: Path) -> FileRender:
    """``lesson_file`` rendered as the reader shows it, with every problem found in it."""
    root, language = content_root_of(lesson_file)
    if root in (Path.home(), Path(root.anchor)):
        # A loose file (in Downloads, on the Desktop): its "content folder" would be the
        # whole home folder, every lesson-like file in it read to resolve links.
        where = "a module folder of a content folder, such as lessons/en/01-basics/"
        return FileRender(None, (Problem(lesson_file.name, 0, f"is not inside {where}"),))
    library = load_library(root, language)
    relpath = lesson_file.absolute().relative_to(root).as_posix()
    target = library.root / relpath  # the loader's paths start from the resolved root
    lesson = next((x for x in library.lessons if x.path == target), None)
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
