"""Which English version a translated lesson follows, and which translations are missing or behind.

A translated lesson names the English file it was made from in its front matter
(``source_version: "1a2b3c4d5e6f"``, the first twelve hex digits of the file's SHA-256 with line
endings made ``\\n``; in quotes, as YAML would read some hashes as numbers). When the English
lesson changes, its hash changes, and the translation is reported as behind until a translator
brings it up to date and writes the new hash.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from caregiver_app.lessons.model import Lesson, Problem

ENGLISH = "en"  # the language every translation follows
HASH_LENGTH = 12
_KEY_LINE = re.compile(r"^source_version\s*:", re.MULTILINE)


def source_version(path: Path) -> str:
    """The version of a lesson file as its translations record it; "" if it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()[:HASH_LENGTH]


def translation_is_behind(lesson: Lesson) -> bool:
    """True when ``lesson`` is a translation made from an older version of its English lesson.

    A translation that does not say which version it follows is not called behind here (the
    reader cannot know); ``translation_warnings`` asks its author to say.
    """
    if lesson.english_path is None or not lesson.source_version:
        return False
    current = source_version(lesson.english_path)
    return bool(current) and current != lesson.source_version


def translation_warnings(lessons: Iterable[Lesson], language: str, root: Path) -> list[Problem]:
    """Warnings for the ``lessons`` of one ``language`` under the content ``root`` (as loaded,
    with English standing in for what is missing): each English lesson without a translation,
    and each translation whose English lesson has changed since, or that does not say which
    version it follows. Nothing for English itself, nor for a folder of unnamed language."""
    if language in (ENGLISH, ""):
        return []
    warnings = []
    for lesson in lessons:
        if lesson.language == ENGLISH and lesson.language != language:
            warnings.append(
                Problem(
                    f"{language}/{lesson.relpath.partition('/')[2]}",
                    0,
                    f"warning: not translated yet; shown in English from {lesson.relpath}",
                )
            )
        elif lesson.english_path is not None:
            warnings += _version_warnings(lesson, root)
    return warnings


def _version_warnings(lesson: Lesson, root: Path) -> list[Problem]:
    assert lesson.english_path is not None
    english = _relative(lesson.english_path, root)
    current = source_version(lesson.english_path)
    if not lesson.source_version:
        return [
            Problem(
                lesson.relpath,
                1,
                f"warning: does not say which version of {english} it translates; once it "
                f'matches that lesson, add source_version: "{current}" to its front matter',
            )
        ]
    if current and current != lesson.source_version:
        return [
            Problem(
                lesson.relpath,
                _key_line(lesson.path),
                f"warning: {english} has changed since this translation was made "
                f"(source_version {lesson.source_version}, now {current}); bring the "
                f'translation up to date, then write source_version: "{current}"',
            )
        ]
    return []


def _key_line(path: Path) -> int:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 1
    match = _KEY_LINE.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
