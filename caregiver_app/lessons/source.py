"""Lesson source text: bytes to text, front matter split from the body, and the limits that keep
rendering bounded."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from caregiver_app.lessons.model import Problem

# Python-Markdown renders about 1 MB of plain prose a second here, and some shapes of text much
# slower, so a lesson is bounded well below that: 256 KB is ~40,000 words, 30 times our longest.
MAX_FILE_BYTES = 256_000
MAX_PARAGRAPH_CHARS = 20_000
MAX_NESTING = 20
MAX_LINE_CHARS = 20_000
# Python-Markdown's link matching costs time quadratic in the '[' of one paragraph (4,000 take
# seconds); real lessons have a few dozen, so these bounds never touch honest content.
MAX_BRACKETS_PER_PARAGRAPH = 250
MAX_BRACKETS = 2_500

_FRONT_MATTER_END = re.compile(r"^(---|\.\.\.)[ \t]*$", re.MULTILINE)
_QUOTE_PREFIX = re.compile(r"^[ \t]*((?:>[ \t]?)+)")
_LIST_ITEMS = re.compile(r"^([ \t]*)((?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+)")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])[ \t]+")
# A line nests deeper than MAX_NESTING only if it starts with more than MAX_NESTING / 2 characters
# of indent, quote or list markers: no character is worth more than two levels (a tab of indent).
# \d, as in the list patterns: numbered lists may use any script's digits ("१. " in Hindi).
_MAYBE_DEEP = re.compile(rf"^[ \t>*+\-\d.)]{{{MAX_NESTING // 2 + 1},}}", re.MULTILINE)


def decode(data: bytes, relpath: str) -> tuple[str | None, list[Problem]]:
    """Turn a file's bytes into text with ``\\n`` line ends.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as they
    are. Other bytes that are not valid UTF-8 are replaced and reported, so the lesson still shows.
    Binary files (NUL bytes outside UTF-16) give ``None``.
    """
    problems: list[Problem] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None, [Problem(relpath, 0, "starts like UTF-16 text but cannot be read as it")]
    elif b"\x00" in data:
        return None, [Problem(relpath, 0, "is a binary file, not a text lesson")]
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            problems.append(
                Problem(
                    relpath,
                    line,
                    "is not valid UTF-8 text (first bad byte here); unreadable characters are "
                    "shown as \ufffd. Save the file as UTF-8.",
                )
            )
            text = data.decode("utf-8-sig", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, problems


@dataclass(frozen=True)
class SplitSource:
    front_matter: str | None  # YAML text, or None when the file has no front matter
    front_matter_line: int  # line of the first YAML line
    body: str
    body_line: int  # line of the file on which the body starts


def split_front_matter(text: str) -> SplitSource:
    """Separate YAML front matter between ``---`` lines from the Markdown body.

    An opening ``---`` without a closing line is not front matter: the whole file is the body
    (a horizontal rule at the top of a lesson is legal Markdown).
    """
    first_newline = text.find("\n")
    if first_newline == -1 or text[:first_newline].rstrip(" \t") != "---":
        return SplitSource(None, 0, text, 1)
    end = _FRONT_MATTER_END.search(text, first_newline + 1)
    if end is None:
        return SplitSource(None, 0, text, 1)
    yaml_text = text[first_newline + 1 : end.start()]
    body_start = end.end() + 1
    body_line = text.count("\n", 0, min(body_start, len(text))) + 1
    return SplitSource(yaml_text, 2, text[body_start:], body_line)


def limit_problems(body: str, relpath: str, body_line: int) -> list[Problem]:
    """Problems that make a body too costly to render: absurd nesting, lines or brackets.

    Python-Markdown recurses once per level of list or quote nesting and its inline patterns
    slow down badly on very long lines or many '[', so all are bounded before it sees the text.
    """
    brackets = body.count("[")
    if brackets > MAX_BRACKETS:
        return [Problem(relpath, body_line, f"has more than {MAX_BRACKETS:,} '[' characters")]
    if (  # the whole body is within every bound at once: no need to look line by line
        len(body) <= min(MAX_PARAGRAPH_CHARS, MAX_LINE_CHARS)
        and brackets <= MAX_BRACKETS_PER_PARAGRAPH
        and not _MAYBE_DEEP.search(body)
    ):
        return []
    return _line_by_line_problems(body, relpath, body_line)


def _line_by_line_problems(body: str, relpath: str, body_line: int) -> list[Problem]:
    paragraph_start, paragraph_brackets, paragraph_chars = 0, 0, 0
    for offset, line in enumerate(body.split("\n")):
        if not line.strip():
            paragraph_start, paragraph_brackets, paragraph_chars = offset + 1, 0, 0
        paragraph_brackets += line.count("[")
        paragraph_chars += len(line)
        if paragraph_chars > MAX_PARAGRAPH_CHARS:
            return [
                Problem(
                    relpath,
                    body_line + paragraph_start,
                    f"has a paragraph of over {MAX_PARAGRAPH_CHARS:,} characters "
                    "with no blank line",
                )
            ]
        if paragraph_brackets > MAX_BRACKETS_PER_PARAGRAPH:
            return [
                Problem(
                    relpath,
                    body_line + paragraph_start,
                    f"has a paragraph with more than {MAX_BRACKETS_PER_PARAGRAPH} '[' characters",
                )
            ]
        if len(line) > MAX_LINE_CHARS:
            return [
                Problem(
                    relpath,
                    body_line + offset,
                    f"has a line of {len(line):,} characters (at most {MAX_LINE_CHARS:,})",
                )
            ]
        depth = _nesting_depth(line)
        if depth > MAX_NESTING:
            return [
                Problem(
                    relpath,
                    body_line + offset,
                    f"nests lists or quotes {depth} levels deep (at most {MAX_NESTING})",
                )
            ]
    return []


def _nesting_depth(line: str) -> int:
    depth = 0
    quotes = _QUOTE_PREFIX.match(line)
    if quotes:
        depth += quotes.group(1).count(">")
        line = line[quotes.end() :]
    items = _LIST_ITEMS.match(line)
    if items:
        # Two columns of indent per level is the narrowest nesting the renderer accepts; markers
        # in a row ("- - - x") each open a level too.
        depth += len(items.group(1).expandtabs(4)) // 2 + len(_LIST_MARKER.findall(items.group(2)))
    return depth
