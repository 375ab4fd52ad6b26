"""Profiles: one per family member, each with their own progress and private data."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from caregiver_app.store.database import now, transaction

MAX_NAME_LENGTH = 60
_LAST_PROFILE_KEY = "last_profile_id"


class ProfileNameError(ValueError):
    """A name that cannot be used; the message says why, in words for the user."""


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    created_at: str
    last_used_at: str | None
    has_passcode: bool


@dataclass(frozen=True)
class ProfileSummary:
    """What deleting a profile would lose, to say so before the user agrees."""

    lessons_started: int
    lessons_completed: int
    quiz_answers: int
    reflections: int


_COLUMNS = "id, name, created_at, last_used_at, key_wrapped_by_passcode IS NOT NULL"


def _profile(row: tuple) -> Profile:
    return Profile(row[0], row[1], row[2], row[3], bool(row[4]))


class Profiles:
    def __init__(self, connection: sqlite3.Connection):
        self._db = connection

    def all(self) -> list[Profile]:
        """Every profile, most recently used first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM profiles ORDER BY "
            "id IS (SELECT CAST(value AS INTEGER) FROM app_state WHERE key = ?) DESC, "
            "last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE",
            (_LAST_PROFILE_KEY,),
        )
        return [_profile(row) for row in rows]

    def get(self, profile_id: int) -> Profile | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        return _profile(row) if row else None

    def create(self, name: str) -> Profile:
        name = self._checked_name(name)
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO profiles (name, created_at) VALUES (?, ?)", (name, now())
            )
        return self.get(int(cursor.lastrowid))

    def rename(self, profile_id: int, name: str) -> Profile:
        name = self._checked_name(name, except_id=profile_id)
        with transaction(self._db):
            self._db.execute("UPDATE profiles SET name = ? WHERE id = ?", (name, profile_id))
        return self.get(profile_id)

    def delete(self, profile_id: int) -> None:
        """Delete a profile and everything in it (progress, answers, private entries)."""
        with transaction(self._db):
            self._db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
            self._db.execute(
                "DELETE FROM app_state WHERE key = ? AND value = ?",
                (_LAST_PROFILE_KEY, str(profile_id)),
            )

    def summary(self, profile_id: int) -> ProfileSummary:
        def count(sql: str) -> int:
            return int(self._db.execute(sql, (profile_id,)).fetchone()[0])

        return ProfileSummary(
            lessons_started=count("SELECT count(*) FROM lesson_progress WHERE profile_id = ?"),
            lessons_completed=count(
                "SELECT count(*) FROM lesson_progress WHERE profile_id = ? AND status = 'completed'"
            ),
            quiz_answers=count("SELECT count(*) FROM quiz_attempts WHERE profile_id = ?"),
            reflections=count("SELECT count(*) FROM reflections WHERE profile_id = ?"),
        )

    def mark_used(self, profile_id: int) -> None:
        """Remember ``profile_id`` as the one to pre-select next time."""
        with transaction(self._db):
            self._db.execute(
                "UPDATE profiles SET last_used_at = ? WHERE id = ?", (now(), profile_id)
            )
            self._db.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_LAST_PROFILE_KEY, str(profile_id)),
            )

    def last_used(self) -> Profile | None:
        row = self._db.execute(
            "SELECT value FROM app_state WHERE key = ?", (_LAST_PROFILE_KEY,)
        ).fetchone()
        return self.get(int(row[0])) if row and row[0].isdigit() else None

    def _checked_name(self, name: str, except_id: int | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise ProfileNameError("Please type a name.")
        if len(name) > MAX_NAME_LENGTH:
            raise ProfileNameError(
                f"Please use a shorter name (at most {MAX_NAME_LENGTH} letters)."
            )
        clash = self._db.execute(
            "SELECT id FROM profiles WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
            (name, except_id),
        ).fetchone()
        if clash:
            raise ProfileNameError(f"There is already a profile called “{name}”.")
        return name
