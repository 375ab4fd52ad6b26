"""What the loader made of each lesson and module file, kept between sessions.

Reading a lesson's front matter (YAML), checking its limits and wording its problems costs about
0.1 ms a lesson; a clinic's library of a thousand lessons paid a tenth of a second at every
start. The loader still reads every file (the lesson's text is needed, and is what is checked),
but a file whose exact text it has seen before takes what it made of it last time from here.

An entry is found by the file's path in the library, its whole text and the app's version, so an
edited file, a renamed one or a new version of the app is read afresh. The memo file is only a
shortcut: one that cannot be read, or an entry not in the exact form written here, is ignored,
and the loader checks each entry's values again before using them. Writing is whole or not at
all, owner-only; failing only means reading afresh next time. Entries of files no longer in
the library are dropped when it is written again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from caregiver_app.lessons.cache_files import (
    code_version,
    read_json,
    remove_stale_partials,
    write_json,
)
from caregiver_app.lessons.json_shapes import problems_from_json, problems_to_json
from caregiver_app.lessons.model import Problem

FORMAT = 1  # what is stored; the code's own changes are in the key (``code_version``)
# About 300 bytes a lesson: room for a library of ten thousand lessons, and a limit on what a
# file made to be huge can cost at start.
MAX_MEMO_BYTES = 4_000_000


class ParseMemo:
    """The loader's results by file, read from ``path`` (None: a memo that keeps nothing)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries = _read(path) if path is not None else {}
        self._used: dict[str, Any] = {}  # the entries of files in the library this time
        self._changed = False

    @staticmethod
    def key(relpath: str, text: str) -> str:
        digest = hashlib.sha256(
            f"{FORMAT}\0{code_version()}\0{relpath}\0".encode("utf-8", "surrogatepass")
        )
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:32]

    def recall(self, relpath: str, text: str) -> tuple[Any, list[Problem]] | None:
        """(what was made of this file, its problems), or None if it was not seen as it is."""
        key = self.key(relpath, text)
        entry = self._entries.get(key)
        if not isinstance(entry, dict) or set(entry) != {"made", "problems"}:
            return None
        try:
            problems = list(problems_from_json(entry["problems"]))
        except (ValueError, TypeError):
            return None
        self._used[key] = entry
        return entry["made"], problems

    def remember(self, relpath: str, text: str, made: Any, problems: list[Problem]) -> None:
        """Keep ``made`` (plain JSON values) and ``problems`` for this file's text."""
        entry = {"made": made, "problems": problems_to_json(problems)}
        self._used[self.key(relpath, text)] = entry
        self._changed = True

    def save(self) -> None:
        """Write the entries of this library's files, if anything changed; never raises."""
        if self.path is None or (not self._changed and len(self._used) == len(self._entries)):
            return
        write_json(self.path, {"format": FORMAT, "entries": self._used})
        remove_stale_partials(self.path.parent)


def _read(path: Path) -> dict[str, Any]:
    try:
        stored = read_json(path, MAX_MEMO_BYTES)
    except (OSError, ValueError, RecursionError, MemoryError):
        return {}
    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        return {}
    entries = stored.get("entries")
    return entries if isinstance(entries, dict) else {}
