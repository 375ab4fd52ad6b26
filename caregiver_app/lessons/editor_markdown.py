"""Markdown as everyday editors write it, made into what Python-Markdown reads.

Clinic authors write lessons in Obsidian, Typora, VS Code, notes apps or GitHub's editor, which
all follow CommonMark with GitHub's additions. Python-Markdown differs from them in ways that
silently change a lesson; this preprocessor closes the gaps that have no well-kept extension:

- a list may start on the line right after a sentence ("Things she noticed first:" then
  "- Sleep"), as CommonMark allows (an ordered list only when it starts at 1);
- ``1)`` numbered items are a list, like ``1.``;
- ``:::`` fenced blocks (Pandoc, MyST, many open course materials) become boxes: the matching
  admonition when their name is one, otherwise a plain box.

``editor_problems`` reports, with the line, what will still not show as written. Task lists,
strikethrough, bare web addresses and backslash line breaks come from pymdown-extensions (see
``render.MARKDOWN_EXTENSIONS``). Plain Python, like ``listindent``: ``markdown_plugins`` plugs
both into Python-Markdown, which is imported only when a lesson is first rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Box kinds the reader styles; any other name shows as a plain box.
BOX_KINDS = frozenset({"note", "tip", "warning", "danger", "important", "info"})
# Boxes inside boxes, at most: each level indents its body again (the text grows with the
# square of the depth) and Qt lays nested boxes out in time that grows with each level. A
# deeper opener, or a run of unclosed ones, stays a line of text.
MAX_BOX_DEPTH = 4

_CODE_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^( {0,3})([-*+])( +)(\S.*)$")
_NUMBERED = re.compile(r"^( {0,3})(\d{1,9})([.)])( +)(\S.*)$")
_PAREN_ITEM = re.compile(r"^( *)(\d{1,9})\)( +)(?=\S)")
# "::: warning", ":::warning Title", "::: {.note}", ":::{note} Title", "::: objectives"
_COLON_OPEN = re.compile(r"^( *):{3,}\s*\{?\s*\.?([A-Za-z][\w-]*)\s*\}?\s*(.*?)\s*$")
_COLON_CLOSE = re.compile(r"^ *:{3,}\s*$")
_BOX_HEADER = re.compile(r"^ *!!!\s+([A-Za-z][\w-]*)")
# Not paragraph text: a list cannot be said to interrupt these.
_NOT_PROSE = re.compile(r"^ *(#|>|\||!!!|<|[-*_=]{3,}\s*$)")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
_MATH = re.compile(r"\$\$|\\\(|\\\[")


@dataclass
class _Fences:
    """Which lines are inside a code fence, where nothing is rewritten or reported."""

    marker: str | None = None

    def inside(self, line: str) -> bool:
        """True for a fence line or a line inside a fence (updating the state)."""
        opening = _CODE_FENCE.match(line)
        if self.marker is not None:
            if opening and opening.group(1)[0] == self.marker[0]:
                self.marker = None
            return True
        if opening:
            self.marker = opening.group(1)
            return True
        return False


def normalise_editor_markdown(lines: list[str]) -> list[str]:
    """``lines`` with lists that interrupt a paragraph set apart, ``1)`` items as ``1.``, and
    ``:::`` blocks as admonitions (their bodies indented under a ``!!!`` line)."""
    out: list[str] = []
    fences = _Fences()
    boxes: list[str] = []  # the indent of each open ::: block
    previous = ""
    in_list = False
    marker: tuple[int, str] | None = None  # the current list's (indent, bullet or delimiter)
    for line in lines:
        depth = "    " * len(boxes)
        if fences.inside(line):
            out.append(depth + line)
            previous = line
            continue
        if boxes and _COLON_CLOSE.match(line):
            boxes.pop()
            out.append("")
            previous, in_list = "", False
            continue
        opening = _COLON_OPEN.match(line)
        if opening and len(boxes) < MAX_BOX_DEPTH:
            name, title = opening.group(2).lower(), opening.group(3).strip().strip("\"'")
            header = f"{depth}!!! {name}" + (f' "{_quoted(title)}"' if title else "")
            out += ["", header] if previous.strip() else [header]
            boxes.append(opening.group(1))
            previous, in_list = "", False
            continue
        item = _list_item(line)
        written = line
        if item is not None and previous.strip() and not in_list and _is_prose(previous):
            starts_at_one = item in ("bullet", "1")
            if starts_at_one:
                out.append(depth)  # CommonMark lets this list interrupt the sentence above
        if item is not None:
            kind = _marker(line)
            if in_list and marker is not None and kind[0] == marker[0] and kind != marker:
                # Another bullet or delimiter at the same indent starts a new list in
                # CommonMark; Python-Markdown would carry on, unless something stands between.
                out += [depth, depth + "<!-- a new list -->", depth]
            if not in_list or marker is None or kind[0] <= marker[0]:
                marker = kind
            in_list = True
            written = _PAREN_ITEM.sub(r"\1\2.\3", line)
        elif not line.strip():
            pass  # a blank line: whether the list goes on depends on the next line
        elif not previous.strip() and not line.startswith((" ", "\t")):
            in_list, marker = False, None
        out.append(depth + written if written.strip() else written)
        previous = line
    return out


def editor_problems(text: str) -> list[tuple[int, str]]:
    """(line within ``text``, starting at 0, message) for what will not show as written."""
    problems: list[tuple[int, str]] = []
    fences = _Fences()
    open_boxes: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n")):
        if fences.inside(line):
            continue
        if open_boxes and _COLON_CLOSE.match(line):
            open_boxes.pop()
            continue
        opening = _COLON_OPEN.match(line)
        box = _BOX_HEADER.match(line)
        name = ""
        if opening and len(open_boxes) >= MAX_BOX_DEPTH:
            problems.append(
                (
                    number,
                    f"::: boxes may go {MAX_BOX_DEPTH} deep; this one is shown as a line of "
                    "text (close the boxes above it with :::)",
                )
            )
            opening = None
        elif opening:
            name = opening.group(2).lower()
            open_boxes.append((number, name))
        elif box:
            name = box.group(1).lower()
        if name and name not in BOX_KINDS:
            problems.append(
                (
                    number,
                    f"box kind {name!r} is not one of {', '.join(sorted(BOX_KINDS))}; it is "
                    "shown as a plain box",
                )
            )
        if _FOOTNOTE.search(line):
            problems.append(
                (
                    number,
                    "footnotes ([^1]) are not shown as footnotes; put the note in brackets in "
                    "the sentence, or under Sources",
                )
            )
        if _MATH.search(line):
            problems.append(
                (number, "math ($$, \\( or \\[) is shown as plain text; write it in words")
            )
    problems += [
        (number, f"::: {name} block is never closed with a ::: line; it runs to the end")
        for number, name in open_boxes
    ]
    first: dict[str, int] = {}  # each thing said once, where it first happens
    for number, message in problems:
        first.setdefault(message, number)
    return sorted(((number, message) for message, number in first.items()))


def _list_item(line: str) -> str | None:
    """ "bullet", the first number of a numbered item ("1", "3"...), or None."""
    if _BULLET.match(line):
        return "bullet"
    numbered = _NUMBERED.match(line)
    return str(int(numbered.group(2))) if numbered else None


def _marker(line: str) -> tuple[int, str]:
    """An item's indent and its bullet ("-", "*", "+") or number delimiter ("." or ")")."""
    bullet = _BULLET.match(line)
    if bullet:
        return len(bullet.group(1)), bullet.group(2)
    numbered = _NUMBERED.match(line)
    assert numbered is not None
    return len(numbered.group(1)), numbered.group(3)


def _is_prose(line: str) -> bool:
    return not _NOT_PROSE.match(line) and not _CODE_FENCE.match(line)


def _quoted(title: str) -> str:
    return title.replace('"', "'")
