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

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from caregiver_app import __version__
from caregiver_app.lessons.json_shapes import problems_from_json, problems_to_json
from caregiver_app.lessons.model import Problem

FORMAT = 1
MAX_MEMO_BYTES = 50_000_000  # far beyond a library of thousands of lessons: refuse, do not read


class ParseMemo:
    """The loader's results by file, read from ``path`` (None: a memo that keeps nothing)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries = _read(path) if path is not None else {}
        self._used: dict[str, Any] = {}  # the entries of files in the library this time
        self._changed = False

    @staticmethod
    def key(relpath: str, text: str) -> str:
        digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{relpath}\0".encode())
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
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            data = json.dumps({"format": FORMAT, "entries": self._used}, ensure_ascii=False)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.write(data)
            partial.replace(self.path)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink()


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_MEMO_BYTES:
            return {}
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        return {}
    entries = stored.get("entries")
    return entries if isinstance(entries, dict) else {}
