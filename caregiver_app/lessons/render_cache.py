"""Rendered lessons kept on disk, so a lesson is rendered once per machine rather than once per
session: a clinic's shared content folder, or a family's own, opens its lessons without running
Python-Markdown and the sanitizer again after the first time.

An entry is found by a key made of everything the rendering depends on: the app and library
versions, the lesson's own text and name, every lesson's ID and file (links to them are checked),
and every picture file in the content folder (pictures are checked too). Change any of them and
the key changes; stale entries are simply never asked for again, and the oldest are removed.

A cache file is only ever a shortcut. One that cannot be read, that is not in the exact form
written here, or that is not valid is ignored and the lesson is rendered. Its HTML passes the
sanitizer's allow-list once more when read (anything on this computer could have rewritten
it). Writing is best effort and whole or not at all; a full disk or a read-only folder only
means the next session renders again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from caregiver_app.lessons.blocks import BLOCK_ID, MAX_CHOICES
from caregiver_app.lessons.cache_files import (
    code_version,
    read_json,
    remove_stale_partials,
    write_json,
)
from caregiver_app.lessons.json_shapes import (
    expect_bool,
    expect_int,
    expect_list,
    expect_str,
    problems_from_json,
    problems_to_json,
)
from caregiver_app.lessons.model import (
    Choice,
    HtmlPart,
    Lesson,
    Part,
    Quiz,
    Reflection,
    RenderedLesson,
)

FORMAT = 1  # what is stored; the code's own changes are in the key (``code_version``)
MAX_ENTRIES = 2_000  # about 50 MB at most; the oldest go first
MAX_ENTRY_BYTES = 2_000_000  # a lesson file is at most 256 KB; its rendering is not 8 times that
# A rendering never nests HTML this deep (lists and quotes stop at 20 levels in the loader); a
# cache entry that does was not written here, and Qt would take minutes to lay it out.
MAX_HTML_DEPTH = 64


class RenderCache:
    """A folder of rendered lessons, one small JSON file each, readable by its owner only."""

    def __init__(self, folder: Path):
        self.folder = folder
        # How many entries the folder holds, as last counted and since kept up: it is listed
        # again only when that passes the limit, not at every rendering.
        self._entries: int | None = None

    def get(self, key: str, lesson: Lesson) -> RenderedLesson | None:
        """The rendering stored under ``key`` for ``lesson``, or None (not there, or not usable)."""
        path = self.folder / f"{key}.json"
        try:
            rendered = _from_json(read_json(path, MAX_ENTRY_BYTES), lesson)
        # MemoryError: a file made to be huge once parsed; the lesson is rendered instead.
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError,
                MemoryError):  # fmt: skip
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # used: among the last to be removed
        return rendered

    def put(self, key: str, rendered: RenderedLesson) -> None:
        """Store ``rendered`` under ``key``; nothing happens if the folder cannot be written."""
        if not write_json(self.folder / f"{key}.json", _to_json(rendered)):
            return
        if self._entries is None or self._entries >= MAX_ENTRIES:
            self._entries = self._forget_oldest()
        else:
            self._entries += 1

    def _forget_oldest(self) -> int:
        """Remove the least recently used entries past the limit; how many are left."""
        remove_stale_partials(self.folder)
        entries = list(self.folder.glob("*.json"))
        if len(entries) <= MAX_ENTRIES:
            return len(entries)
        entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
        gone = entries[: len(entries) - MAX_ENTRIES + MAX_ENTRIES // 10]
        for entry in gone:
            with contextlib.suppress(OSError):
                entry.unlink()
        return len(entries) - len(gone)


def cache_key(lesson: Lesson, library_fingerprint: str) -> str:
    """What the rendering of ``lesson`` depends on, as a file name."""
    digest = hashlib.sha256(library_fingerprint.encode())
    for value in (lesson.id, lesson.relpath, lesson.title, str(lesson.body_line), lesson.body):
        digest.update(b"\0" + value.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


def library_fingerprint(root: Path, lesson_paths: dict[Path, str]) -> str:
    """Everything outside a lesson that its rendering depends on: the versions of the app and
    of the Markdown and HTML libraries, where the content is, each lesson's file and ID (links
    are checked against them), and each picture file's name, size and time (so are pictures)."""
    import markdown  # noqa: PLC0415
    import nh3  # noqa: PLC0415

    from caregiver_app.lessons.render import IMAGE_SUFFIXES  # noqa: PLC0415

    digest = hashlib.sha256(
        f"{FORMAT}\0{code_version()}\0{markdown.__version__}\0{_version_of('pymdown-extensions')}"
        f"\0{getattr(nh3, '__version__', '')}\0{root}\n".encode("utf-8", "surrogatepass")
    )
    for path, lesson_id in sorted(lesson_paths.items()):
        digest.update(f"{path.as_posix()}\0{lesson_id}\n".encode("utf-8", "surrogatepass"))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if Path(name).suffix.lower() in IMAGE_SUFFIXES:
                path = Path(dirpath, name)
                with contextlib.suppress(OSError):
                    stat = path.stat()
                    digest.update(
                        f"{path.as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode(
                            "utf-8", "surrogatepass"
                        )
                    )
    return digest.hexdigest()


def _version_of(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


# --- to and from JSON --------------------------------------------------------------------


def _to_json(rendered: RenderedLesson) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "parts": [_part_to_json(part) for part in rendered.parts],
        "problems": problems_to_json(rendered.problems),
        "headings": [list(heading) for heading in rendered.headings],
        "sources": rendered.sources,
        "notes": problems_to_json(rendered.notes),
    }


def _part_to_json(part: Part) -> dict[str, Any]:
    if isinstance(part, HtmlPart):
        return {"html": part.html}
    if isinstance(part, Quiz):
        choices = [[choice.text, choice.correct, choice.why] for choice in part.choices]
        return {"quiz": [part.id, part.question, choices]}
    return {"reflection": [part.id, part.prompt, part.hint]}


def _from_json(stored: Any, lesson: Lesson) -> RenderedLesson:
    """The stored rendering, checked to be exactly what ``_to_json`` writes (anything else
    raises ValueError), with its HTML cleaned again."""
    from caregiver_app.lessons.render import clean_again  # noqa: PLC0415
    from caregiver_app.lessons.translations import translation_is_behind  # noqa: PLC0415

    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        raise ValueError("not a rendering of this format")
    parts = tuple(_part_from_json(part, clean_again) for part in expect_list(stored["parts"]))
    block_ids = [part.id for part in parts if isinstance(part, Quiz | Reflection)]
    if len(set(block_ids)) != len(block_ids):
        raise ValueError("a block id twice")
    headings = tuple(
        (expect_int(level), expect_str(text), expect_str(anchor))
        for level, text, anchor in (
            expect_list(heading) for heading in expect_list(stored["headings"])
        )
    )
    rendered = RenderedLesson(
        lesson,
        parts,
        problems_from_json(stored["problems"]),
        headings,
        clean_again(expect_str(stored["sources"])) if stored["sources"] else "",
        notes=problems_from_json(stored["notes"]),
    )
    # Whether the English lesson has moved on is asked of its file each time, never stored.
    return replace(rendered, translation_behind=translation_is_behind(lesson))


def _part_from_json(stored: Any, clean: Any) -> Part:
    if not isinstance(stored, dict) or len(stored) != 1:
        raise ValueError("not a part")
    if "html" in stored:
        return HtmlPart(clean(_shallow_html(expect_str(stored["html"]))))
    if "quiz" in stored:
        quiz_id, question, choices = expect_list(stored["quiz"])
        quiz = Quiz(
            _block_id(quiz_id),
            expect_str(question),
            tuple(
                Choice(expect_str(text), expect_bool(correct), expect_str(why))
                for text, correct, why in (expect_list(choice) for choice in expect_list(choices))
            ),
        )
        # As ``blocks.parse_quiz`` makes them: a few choices, at least one right.
        if not 2 <= len(quiz.choices) <= MAX_CHOICES or not any(c.correct for c in quiz.choices):
            raise ValueError("not a quiz the loader makes")
        return quiz
    reflection_id, prompt, hint = expect_list(stored["reflection"])
    return Reflection(_block_id(reflection_id), expect_str(prompt), expect_str(hint))


def _block_id(value: Any) -> str:
    if not BLOCK_ID.match(expect_str(value)):
        raise ValueError("not a block id")
    return str(value)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr"})


def _shallow_html(html: str) -> str:
    """``html`` if its tags nest no deeper than a rendering's ever do."""
    depth = 0
    for closing, name, self_closing in _TAG.findall(html):
        if name.lower() in _VOID_TAGS or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > MAX_HTML_DEPTH:
            raise ValueError("nested too deeply")
    return html
