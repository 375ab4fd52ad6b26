"""Nested lists indented by 2 spaces (what most editors write) or by 4 (what Python-Markdown
expects) both nest.

Python-Markdown nests a list item only when it is indented by a full tab stop (4 spaces). The
extensions that lower the tab stop break 4-space lists and admonition bodies instead, so this
preprocessor re-indents list items to 4 spaces per level, working out each item's level the way
CommonMark does: a line belongs to an item when it is indented at least as far as the item's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +)(?=\S)")
_FENCE = re.compile(r"^ *(`{3,}|~{3,})")


@dataclass
class _OpenItem:
    content_column: int  # where the item's text starts in the source
    new_marker_column: int  # where its marker starts after re-indenting


def normalize_list_indents(lines: list[str]) -> list[str]:
    """Re-indent list items so each nesting level sits 4 spaces right of its parent's marker.

    Top-level items keep their indent (so lists inside admonition bodies stay inside them), and
    lines that continue an item (paragraphs, fenced code) move with it.
    """
    out: list[str] = []
    stack: list[_OpenItem] = []
    fence: str | None = None
    fence_shift = 0
    for raw in lines:
        line = raw.expandtabs(4)
        if fence is not None:  # inside a fenced code block: move it with its opening line
            out.append(_shift(line, fence_shift))
            if line.strip().startswith(fence):
                fence = None
            continue
        if not line.strip():
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        while stack and indent < stack[-1].content_column:
            stack.pop()
        item = _ITEM.match(line)
        if item:
            new_indent = stack[-1].new_marker_column + 4 if stack else indent
            marker_width = len(item.group(2)) + len(item.group(3))
            stack.append(_OpenItem(indent + marker_width, new_indent))
            shift = new_indent - indent
        elif stack:
            shift = stack[-1].new_marker_column + 4 - stack[-1].content_column
        else:
            shift = 0
        out.append(_shift(line, shift))
        opening = _FENCE.match(line)
        if opening:
            fence, fence_shift = opening.group(1), shift
    return out


def _shift(line: str, shift: int) -> str:
    if shift > 0:
        return " " * shift + line
    if shift < 0:
        removable = len(line) - len(line.lstrip(" "))
        return line[min(-shift, removable) :]
    return line
