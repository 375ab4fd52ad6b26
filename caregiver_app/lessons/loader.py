"""Content folder -> ``Library``. Reads front matter and keeps bodies for rendering on open.

Errors in content are data: every file that cannot be used is reported once, as a ``Problem``,
and left out; everything good is loaded. Nothing outside the content root is read.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from caregiver_app.lessons.library import Library
from caregiver_app.lessons.model import Lesson, Module, Problem
from caregiver_app.lessons.parse_memo import ParseMemo
from caregiver_app.lessons.source import (
    MAX_FILE_BYTES,
    SplitSource,
    decode,
    limit_problems,
    split_front_matter,
)
from caregiver_app.lessons.translations import ENGLISH
from caregiver_app.lessons.yamlsafe import describe_type, load_yaml, unknown_keys

DEFAULT_LANGUAGE = ENGLISH
WORDS_PER_MINUTE = 180
_PREFIX = re.compile(r"^(\d+)[-_ .]*(.*)$")
_VALID_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./-]{0,127}$")
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_LESSON_KEYS = {"title", "summary", "minutes", "tags", "id", "source_version"}
_MODULE_KEYS = {"title", "summary"}
_NOT_MODULES = {"images", "media"}
# Notes for authors and translators beside the module folders, not lessons.
_AUTHOR_NOTES = {"glossary.md", "readme.md"}


def sort_key(name: str) -> tuple[int, int, str]:
    """Numbered names first, by number; then the rest by name."""
    match = _PREFIX.match(name)
    if match:
        return (0, int(match.group(1)[:9]), name.lower())
    return (1, 0, name.lower())


def strip_prefix(name: str) -> str:
    """``02-early-warning-signs`` -> ``early-warning-signs``."""
    match = _PREFIX.match(name)
    return match.group(2) if match and match.group(2) else name


def looks_like_language(name: str) -> bool:
    """True for a folder named like a language: ``en``, ``es``, ``hi``, ``pt-BR``, ``zh_TW``."""
    base = name.replace("_", "-").split("-")[0]
    return 2 <= len(base) <= 3 and base.isalpha() and base.islower()


def language_dir_of(content_dir: Path, language: str) -> Path:
    """The folder of module folders: ``content_dir/<language>``, English, or ``content_dir``."""
    for candidate in (content_dir / language, content_dir / DEFAULT_LANGUAGE):
        if candidate.is_dir():
            return candidate
    return content_dir


def load_library(
    content_dir: Path, language: str = DEFAULT_LANGUAGE, memo_file: Path | None = None
) -> Library:
    """Read every module and lesson's front matter under ``content_dir`` (see content/README.md).

    For a language other than English, each lesson comes from that language's folder when it has
    been translated, and from the English folder otherwise (its ``language`` then says "en").
    With ``memo_file``, files read before are not parsed again (see ``parse_memo``).
    """
    memo = ParseMemo(memo_file)
    library = _load(content_dir, language, memo)
    memo.save()
    return library


def _load(content_dir: Path, language: str, memo: ParseMemo) -> Library:
    root = content_dir.resolve()
    language_dir = language_dir_of(root, language)
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(str(content_dir), 0, "the content folder does not exist"))
        return Library(root, language_dir, language, (), tuple(problems))
    # A folder named for the language, or English's; a bare folder of modules is taken to be
    # in the language asked for.
    found = (
        language_dir.name
        if language_dir in (root / language, root / DEFAULT_LANGUAGE)
        else language
    )
    modules = _load_modules(language_dir, root, problems, found or DEFAULT_LANGUAGE, memo)
    english_dir = root / DEFAULT_LANGUAGE
    if (
        language
        and language != DEFAULT_LANGUAGE
        and language_dir != english_dir
        and english_dir.is_dir()
    ):
        modules = _with_english_fallback(
            modules, _load_modules(english_dir, root, [], DEFAULT_LANGUAGE, memo)
        )
    if not modules:
        problems.append(
            Problem(_rel(language_dir, root) or ".", 0, "no lessons were found in this folder")
        )
    return Library(root, language_dir, language, tuple(modules), tuple(problems))


def _load_modules(
    language_dir: Path, root: Path, problems: list[Problem], language: str, memo: ParseMemo
) -> list[Module]:
    modules: list[Module] = []
    seen_ids: dict[str, str] = {}
    for folder in _sorted_entries(language_dir, root, problems):
        if not folder.is_dir() or folder.name.lower() in _NOT_MODULES:
            if (
                folder.is_file()
                and folder.suffix.lower() == ".md"
                and folder.name.lower() not in _AUTHOR_NOTES
            ):
                problems.append(
                    Problem(
                        _rel(folder, root),
                        0,
                        "lesson files belong inside a module folder (for example 01-basics/)",
                    )
                )
            continue
        module = _load_module(folder, root, problems, seen_ids, memo)
        if module is not None:
            if any(lesson.language != language for lesson in module.lessons):
                lessons = tuple(replace(lesson, language=language) for lesson in module.lessons)
                module = replace(module, lessons=lessons)
            modules.append(module)
    return modules


def _with_english_fallback(translated: list[Module], english: list[Module]) -> list[Module]:
    """English's modules and lessons, in English's order, each replaced by its translation where
    there is one; modules and lessons only the translation has come after."""
    by_id = {module.id: module for module in translated}
    merged = []
    for module in english:
        local = by_id.pop(module.id, None)
        local_lessons = {lesson.id: lesson for lesson in (local.lessons if local else ())}
        lessons = [
            _translation_of(local_lessons.pop(lesson.id, None), lesson) for lesson in module.lessons
        ]
        lessons += local_lessons.values()
        base = local or module
        merged.append(replace(base, lessons=tuple(lessons)))
    return merged + list(by_id.values())


def _translation_of(translated: Lesson | None, english: Lesson) -> Lesson:
    """The translated lesson, knowing the English one it follows; the English one if none."""
    if translated is None:
        return english
    return replace(translated, english_path=english.path)


def _sorted_entries(folder: Path, root: Path, problems: list[Problem]) -> list[Path]:
    """Entries of ``folder`` in course order, without hidden files or links that leave ``root``."""
    try:
        entries = [entry for entry in folder.iterdir() if not entry.name.startswith((".", "_"))]
    except OSError as error:
        problems.append(
            Problem(_rel(folder, root) or ".", 0, f"could not be read ({error.strerror})")
        )
        return []
    safe = []
    for entry in entries:
        if entry.is_symlink():
            try:
                target = entry.resolve(strict=True)
            except (OSError, RuntimeError):
                problems.append(
                    Problem(_rel(entry, root), 0, "is a broken or looping link; skipped")
                )
                continue
            if not target.is_relative_to(root):
                problems.append(
                    Problem(
                        _rel(entry, root), 0, "is a link to outside the content folder; skipped"
                    )
                )
                continue
        safe.append(entry)
    return sorted(safe, key=lambda entry: sort_key(entry.name))


def _load_module(
    folder: Path, root: Path, problems: list[Problem], seen_ids: dict[str, str], memo: ParseMemo
) -> Module | None:
    module_id = strip_prefix(folder.name)
    title = module_id.replace("-", " ").replace("_", " ").strip().capitalize()
    summary = ""
    meta_path = folder / "module.yaml"
    if meta_path.is_file():
        meta = _read_module_meta(meta_path, root, problems, memo)
        title = meta.get("title", title)
        summary = meta.get("summary", summary)
    lessons = []
    for entry in _sorted_entries(folder, root, problems):
        if entry.suffix.lower() != ".md" or not entry.is_file():
            continue
        lesson = load_lesson(entry, root, module_id, problems, memo)
        if lesson is None:
            continue
        if lesson.id in seen_ids:
            problems.append(
                Problem(
                    lesson.relpath,
                    0,
                    f"has the ID {lesson.id!r}, already used by {seen_ids[lesson.id]}; left out",
                )
            )
            continue
        seen_ids[lesson.id] = lesson.relpath
        lessons.append(lesson)
    if not lessons:
        problems.append(Problem(_rel(folder, root), 0, "module folder has no lessons (.md files)"))
        return None
    return Module(module_id, title, summary, folder, tuple(lessons))


def _read_module_meta(
    path: Path, root: Path, problems: list[Problem], memo: ParseMemo
) -> dict[str, str]:
    relpath = _rel(path, root)
    text = _read_text(path, relpath, problems)
    if text is None:
        return {}
    recalled = memo.recall(relpath, text)
    if recalled is not None and _is_module_meta(recalled[0]):
        problems += recalled[1]
        return dict(recalled[0])
    own: list[Problem] = []
    meta = _parse_module_meta(text, relpath, own)
    memo.remember(relpath, text, meta, own)
    problems += own
    return meta


def _is_module_meta(made: object) -> bool:
    return isinstance(made, dict) and all(
        key in ("title", "summary") and isinstance(value, str) for key, value in made.items()
    )


def _parse_module_meta(text: str, relpath: str, problems: list[Problem]) -> dict[str, str]:
    data, yaml_problems = load_yaml(text, relpath, 1, "module.yaml")
    problems += yaml_problems
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(relpath, 1, "module.yaml must have the keys title and summary"))
        return {}
    problems += unknown_keys(data, _MODULE_KEYS, relpath, 1, "module.yaml")
    meta = {}
    for key in ("title", "summary"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str) and value.strip():
            meta[key] = " ".join(value.split())
        else:
            problems.append(Problem(relpath, 1, f"{key} must be text, not {describe_type(value)}"))
    return meta


def load_lesson(
    path: Path, root: Path, module_id: str, problems: list[Problem], memo: ParseMemo | None = None
) -> Lesson | None:
    """One lesson's metadata and body, or None (with the reason in ``problems``)."""
    relpath = _rel(path, root)
    text = _read_text(path, relpath, problems)
    if text is None:
        return None
    memo = memo or ParseMemo(None)
    source = split_front_matter(text)
    recalled = memo.recall(relpath, text)
    if recalled is not None:
        lesson = _lesson_from_memo(recalled[0], path, relpath, module_id, source)
        if lesson is not None:  # else not as written here: parse it afresh
            problems += recalled[1]
            return lesson
    own: list[Problem] = []
    lesson = _parse_lesson(path, relpath, module_id, source, own)
    if lesson is not None:  # a lesson left out is always read afresh: no memo can hide one
        memo.remember(relpath, text, _memo_of(lesson), own)
    problems += own
    return lesson


_MEMO_FIELDS = ("id", "title", "summary", "minutes", "tags", "source_version")


def _memo_of(lesson: Lesson) -> dict[str, object]:
    return {name: getattr(lesson, name) for name in _MEMO_FIELDS} | {"tags": list(lesson.tags)}


def _lesson_from_memo(
    made: object, path: Path, relpath: str, module_id: str, source: SplitSource
) -> Lesson | None:
    """The lesson as the loader made it before, if ``made`` is exactly what ``_memo_of`` keeps,
    with values this loader could have made (else None)."""
    if not isinstance(made, dict) or set(made) != set(_MEMO_FIELDS):
        return None
    texts = [made[name] for name in ("id", "title", "summary", "source_version")]
    tags, minutes = made["tags"], made["minutes"]
    if (
        not all(isinstance(text, str) for text in texts)
        or not _VALID_ID.match(made["id"])
        or not isinstance(tags, list)
        or not all(isinstance(tag, str) for tag in tags)
        or type(minutes) is not int
        or minutes < 1
    ):
        return None
    return Lesson(
        id=made["id"],
        module_id=module_id,
        title=made["title"],
        summary=made["summary"],
        minutes=minutes,
        tags=tuple(tags),
        path=path,
        relpath=relpath,
        body=source.body,
        body_line=source.body_line,
        source_version=made["source_version"],
    )


def _parse_lesson(
    path: Path, relpath: str, module_id: str, source: SplitSource, problems: list[Problem]
) -> Lesson | None:
    fields = _FrontMatter(_read_front_matter(source, relpath, problems), relpath, problems)
    too_costly = limit_problems(source.body, relpath, source.body_line)
    if too_costly:
        problems += [Problem(p.path, p.line, p.message + "; left out") for p in too_costly]
        return None
    title = fields.get("title", str, "text") or _first_heading(source.body)
    if not title:
        title = strip_prefix(path.stem).replace("-", " ").capitalize()
        if fields.meta or source.front_matter is None:  # a broken front matter is reported already
            message = "has no title: add title: to the front matter or a # heading"
            problems.append(Problem(relpath, 1, message))
    minutes = fields.get("minutes", (int, float), "a number of minutes")
    if minutes is not None and not 1 <= minutes <= 600:
        problems.append(Problem(relpath, 2, "minutes must be between 1 and 600"))
        minutes = None
    if minutes is None:
        minutes = max(1, math.ceil(len(source.body.split()) / WORDS_PER_MINUTE))
    return Lesson(
        id=fields.lesson_id(f"{module_id}/{strip_prefix(path.stem)}"),
        module_id=module_id,
        title=" ".join(title.split()),
        summary=" ".join((fields.get("summary", str, "text") or "").split()),
        minutes=round(minutes),
        tags=fields.tags(),
        path=path,
        relpath=relpath,
        body=source.body,
        body_line=source.body_line,
        source_version=fields.get("source_version", str, "text") or "",
    )


def _read_front_matter(source: SplitSource, relpath: str, problems: list[Problem]) -> dict:
    if source.front_matter is None:
        return {}
    line = source.front_matter_line
    data, yaml_problems = load_yaml(source.front_matter, relpath, line, "front matter")
    problems += yaml_problems
    if isinstance(data, dict):
        problems += unknown_keys(data, _LESSON_KEYS, relpath, line, "front matter")
        return data
    if data is not None:
        problems.append(
            Problem(relpath, line, "front matter must be keys such as title: and summary:")
        )
    return {}


def _first_heading(body: str) -> str | None:
    heading = _HEADING.search(body)
    return heading.group(1) if heading else None


class _FrontMatter:
    """Typed access to front matter values; a value of the wrong type is reported and ignored."""

    def __init__(self, meta: dict, relpath: str, problems: list[Problem]):
        self.meta, self._relpath, self._problems = meta, relpath, problems

    def _report(self, message: str) -> None:
        self._problems.append(Problem(self._relpath, 2, message))

    def get(self, key: str, expected: type | tuple[type, ...], kind: str) -> Any:
        value = self.meta.get(key)
        if value is None:
            return None
        if isinstance(value, expected) and not isinstance(value, bool):
            return value.strip() or None if isinstance(value, str) else value
        self._report(f"{key} must be {kind}, not {describe_type(value)}")
        return None

    def tags(self) -> tuple[str, ...]:
        tags = self.get("tags", (list, str), "a list of words") or []
        if isinstance(tags, str):
            tags = tags.split(",")
        if not all(isinstance(tag, str | int) for tag in tags):
            self._report("tags must be a list of words")
            return ()
        return tuple(str(tag).strip() for tag in tags if str(tag).strip())

    def lesson_id(self, derived: str) -> str:
        lesson_id = self.get("id", str, "text")
        if lesson_id is None:
            return derived
        if not _VALID_ID.match(lesson_id):
            self._report(
                f"id may use letters, digits, '-', '_', '.' and '/' only; using {derived!r}"
            )
            return derived
        return str(lesson_id)


def _read_text(path: Path, relpath: str, problems: list[Problem]) -> str | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(
                Problem(
                    relpath,
                    0,
                    f"is {size / 1000:,.0f} KB; a lesson file may be at most "
                    f"{MAX_FILE_BYTES // 1000} KB; left out",
                )
            )
            return None
        data = path.read_bytes()
    except OSError as error:
        problems.append(
            Problem(relpath, 0, f"could not be read ({error.strerror or error}); left out")
        )
        return None
    if not data.strip():
        problems.append(Problem(relpath, 0, "is empty; left out"))
        return None
    text, decode_problems = decode(data, relpath)
    problems += decode_problems
    if text is None:
        problems[-1] = Problem(relpath, 0, decode_problems[-1].message + "; left out")
    return text


def _rel(path: Path, root: Path) -> str:
    # Compared as text first: a thousand lessons' Path.relative_to took about 10 ms.
    text, prefix = str(path), str(root).rstrip(os.sep) + os.sep
    if text.startswith(prefix):
        return text[len(prefix) :].replace(os.sep, "/")
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
