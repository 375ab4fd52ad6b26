"""Each profile's progress: lessons opened and completed, where they stopped, time spent reading
and quiz answers. (Reflections are private entries: see ``private.py``.)"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from caregiver_app.store.database import now, transaction

IN_PROGRESS = "in_progress"
COMPLETED = "completed"


@dataclass(frozen=True)
class LessonProgress:
    lesson_id: str
    status: str  # IN_PROGRESS or COMPLETED; a lesson never opened has no row
    position: float  # 0.0 (top) to 1.0 (end)
    seconds_read: int
    last_opened_at: str
    completed_at: str | None

    @property
    def completed(self) -> bool:
        return self.status == COMPLETED


@dataclass(frozen=True)
class QuizAttempt:
    lesson_id: str
    quiz_id: str
    chosen: tuple[int, ...]
    correct: bool
    answered_at: str


_PROGRESS_COLUMNS = "lesson_id, status, position, seconds_read, last_opened_at, completed_at"


class Progress:
    """Reads and writes one profile's progress. Each method is one transaction."""

    def __init__(self, connection: sqlite3.Connection, profile_id: int):
        self._db = connection
        self.profile_id = profile_id

    # --- lessons -------------------------------------------------------------------------

    def opened(self, lesson_id: str) -> LessonProgress:
        """Record that the lesson was opened (it is now in progress, unless already completed)."""
        stamp = now()
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO lesson_progress (profile_id, lesson_id, status, first_opened_at, "
                "last_opened_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, lesson_id) "
                "DO UPDATE SET last_opened_at = excluded.last_opened_at",
                (self.profile_id, lesson_id, IN_PROGRESS, stamp, stamp),
            )
            # Read inside the transaction: once it commits, nothing may fail and report a
            # saved change as lost.
            opened = self.lesson(lesson_id)
        assert opened is not None  # the row was written just above, in this transaction
        return opened

    def save_reading(self, lesson_id: str, position: float, extra_seconds: int = 0) -> None:
        """Remember how far down the lesson the reader is, and add to their reading time."""
        position = min(1.0, max(0.0, position))
        with transaction(self._db):
            self._db.execute(
                "UPDATE lesson_progress SET position = ?, seconds_read = seconds_read + ? "
                "WHERE profile_id = ? AND lesson_id = ?",
                (position, max(0, int(extra_seconds)), self.profile_id, lesson_id),
            )

    def set_completed(self, lesson_id: str, completed: bool) -> None:
        stamp = now()
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO lesson_progress (profile_id, lesson_id, status, first_opened_at, "
                "last_opened_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (profile_id, lesson_id) DO NOTHING",
                (self.profile_id, lesson_id, IN_PROGRESS, stamp, stamp),
            )
            self._db.execute(
                "UPDATE lesson_progress SET status = ?, completed_at = ? "
                "WHERE profile_id = ? AND lesson_id = ?",
                (
                    COMPLETED if completed else IN_PROGRESS,
                    stamp if completed else None,
                    self.profile_id,
                    lesson_id,
                ),
            )

    def lesson(self, lesson_id: str) -> LessonProgress | None:
        row = self._db.execute(
            f"SELECT {_PROGRESS_COLUMNS} FROM lesson_progress "
            "WHERE profile_id = ? AND lesson_id = ?",
            (self.profile_id, lesson_id),
        ).fetchone()
        return LessonProgress(*row) if row else None

    def all_lessons(self) -> dict[str, LessonProgress]:
        rows = self._db.execute(
            f"SELECT {_PROGRESS_COLUMNS} FROM lesson_progress WHERE profile_id = ?",
            (self.profile_id,),
        )
        return {row[0]: LessonProgress(*row) for row in rows}

    def continue_reading(self) -> LessonProgress | None:
        """The lesson opened most recently that is not yet completed."""
        row = self._db.execute(
            f"SELECT {_PROGRESS_COLUMNS} FROM lesson_progress WHERE profile_id = ? AND status = ? "
            "ORDER BY last_opened_at DESC LIMIT 1",
            (self.profile_id, IN_PROGRESS),
        ).fetchone()
        return LessonProgress(*row) if row else None

    def completed_since(self, days: int) -> int:
        since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
        row = self._db.execute(
            "SELECT count(*) FROM lesson_progress WHERE profile_id = ? AND status = ? "
            "AND completed_at >= ?",
            (self.profile_id, COMPLETED, since),
        ).fetchone()
        return int(row[0])

    # --- quizzes -------------------------------------------------------------------------

    def record_answer(self, lesson_id: str, quiz_id: str, chosen: list[int], correct: bool) -> None:
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO quiz_attempts (profile_id, lesson_id, quiz_id, chosen, correct, "
                "answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    self.profile_id,
                    lesson_id,
                    quiz_id,
                    json.dumps(sorted(chosen)),
                    int(correct),
                    now(),
                ),
            )

    def last_answers(self, lesson_id: str) -> dict[str, QuizAttempt]:
        """The latest answer to each quiz in the lesson."""
        rows = self._db.execute(
            "SELECT lesson_id, quiz_id, chosen, correct, answered_at FROM quiz_attempts "
            "WHERE profile_id = ? AND lesson_id = ? ORDER BY id",
            (self.profile_id, lesson_id),
        )
        latest: dict[str, QuizAttempt] = {}
        for lesson, quiz_id, chosen, correct, answered_at in rows:
            latest[quiz_id] = QuizAttempt(
                lesson, quiz_id, tuple(json.loads(chosen)), bool(correct), answered_at
            )
        return latest

    def quiz_results(self) -> tuple[int, int]:
        """(quizzes answered right on the latest try, quizzes answered at all)."""
        row = self._db.execute(
            "SELECT count(*), coalesce(sum(correct), 0) FROM quiz_attempts AS a "
            "WHERE profile_id = ? AND id = (SELECT max(id) FROM quiz_attempts AS b "
            "WHERE b.profile_id = a.profile_id AND b.lesson_id = a.lesson_id "
            "AND b.quiz_id = a.quiz_id)",
            (self.profile_id,),
        ).fetchone()
        return int(row[1]), int(row[0])
