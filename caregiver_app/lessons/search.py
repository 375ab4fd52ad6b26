"""Full-text search over the lessons with SQLite FTS5: ranked, with highlighted snippets.

The index is built from the lessons' text (Markdown syntax stripped, not rendered, so a thousand
lessons index in well under a second) and can be cached in a file keyed by a fingerprint of the
lesson files: a later start with unchanged content opens it instead of rebuilding.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.lessons.library import Library

MARK_START, MARK_END = "\x02", "\x03"  # around matches in snippets; the UI turns them into bold
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_SYNTAX = re.compile(r"[#*_`>|]|^!!!.*$|^\s*[-+]\s+|<[^>]+>", re.MULTILINE)
_QUIZ_TEXT = re.compile(r"^\s*(?:question|text|why|prompt|hint):\s*(.*)$", re.MULTILINE)
_WORD = re.compile(r"\w[\w'-]*", re.UNICODE)
_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS lessons USING fts5(
    lesson_id UNINDEXED, title, summary, tags, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True)
class Hit:
    lesson_id: str
    title: str
    snippet: str  # plain text with MARK_START / MARK_END around the matching words
    first_match: str  # the first query word, to find in the lesson when it opens


def plain_text(body: str) -> str:
    """A lesson body as words to search: the questions and prompts of its quiz and reflection
    blocks are kept, Markdown syntax and the rest of the blocks are not."""
    fenced = "\n".join(match.group(0) for match in _FENCE.finditer(body))
    block_text = " ".join(_QUIZ_TEXT.findall(fenced))
    text = _FENCE.sub(" ", body)
    text = _LINK.sub(r"\1", text)
    text = _SYNTAX.sub(" ", text)
    return " ".join(f"{text} {block_text}".split())


def fingerprint(library: Library) -> str:
    """Changes whenever any lesson file is added, removed or edited."""
    digest = hashlib.sha256()
    for lesson in library.lessons:
        try:
            stat = lesson.path.stat()
            digest.update(f"{lesson.relpath}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{lesson.relpath}\0missing\n".encode())
    return digest.hexdigest()


class SearchIndex:
    """An FTS5 index of one library. Build it off the UI thread; query it from anywhere."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection

    @classmethod
    def build(cls, library: Library, cache: Path | None = None) -> SearchIndex:
        """The index, from ``cache`` if it matches the library, else built (and cached).

        With a cache the index is built in its file and searched there, not copied into
        memory: a thousand lessons' index is about 7 MiB, and building it in memory took 25.
        """
        stamp = fingerprint(library)
        if cache is not None:
            index = cls._open_cached(cache, stamp)
            if index is None and _build_file(library, stamp, cache):
                index = cls._open_cached(cache, stamp)
            if index is not None:
                return index
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(connection, library, stamp)  # a kiosk, or a cache that cannot be written
        return cls(connection)

    @classmethod
    def _open_cached(cls, cache: Path, stamp: str) -> SearchIndex | None:
        """The cached index if it is readable and matches ``stamp``; None for anything else.

        A cache is a nicety, never a need: an unreadable folder, a name the file system refuses
        or a damaged file all mean "build it again", never "no search". It is opened read-only
        and kept open: a newer copy put in its place later does not change the one in use.
        """
        try:
            if not cache.is_file():
                return None
            connection = sqlite3.connect(
                f"{cache.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except (OSError, ValueError, sqlite3.Error):
            return None
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            connection.execute("SELECT count(*) FROM lessons").fetchone()  # readable through
        except sqlite3.Error:
            row = None
        if not row or row[0] != stamp:
            connection.close()
            return None
        return cls(connection)

    def search(self, query: str, limit: int = 30) -> list[Hit]:
        """Lessons matching every word of ``query`` (the last one as a prefix, for typing)."""
        words = [word.lower() for word in _WORD.findall(query)][:12]
        if not words:
            return []
        terms = [f'"{word}"' for word in words[:-1]] + [f'"{words[-1]}"*']
        try:
            rows = self._db.execute(
                "SELECT lesson_id, title, snippet(lessons, 4, ?, ?, ' … ', 14) FROM lessons "
                "WHERE lessons MATCH ? ORDER BY bm25(lessons, 0, 10.0, 4.0, 4.0, 1.0) LIMIT ?",
                (MARK_START, MARK_END, " ".join(terms), limit),
            ).fetchall()
        except sqlite3.Error:
            return []
        # The word to find in the page, without accents, as the index matched it.
        first = "".join(
            ch for ch in unicodedata.normalize("NFD", words[0]) if not unicodedata.combining(ch)
        )
        return [Hit(lesson_id, title, snippet, first) for lesson_id, title, snippet in rows]


def _fill(connection: sqlite3.Connection, library: Library, stamp: str) -> None:
    connection.executescript(_SCHEMA)
    connection.executemany(
        "INSERT INTO lessons (lesson_id, title, summary, tags, body) VALUES (?, ?, ?, ?, ?)",
        [
            (
                lesson.id,
                lesson.title,
                lesson.summary,
                " ".join(lesson.tags),
                plain_text(lesson.body),
            )
            for lesson in library.lessons
        ],
    )
    connection.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (stamp,))
    connection.commit()


def _build_file(library: Library, stamp: str, cache: Path) -> bool:
    """Build the index in ``cache`` (owner-only), whole or not at all: False if that failed,
    which changes nothing."""
    partial = cache.with_name(f"{cache.name}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        cache.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        connection = sqlite3.connect(partial)
        try:
            connection.execute("PRAGMA journal_mode = OFF")  # a partial file is thrown away
            _fill(connection, library, stamp)
        finally:
            connection.close()
        partial.replace(cache)
        return True
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
