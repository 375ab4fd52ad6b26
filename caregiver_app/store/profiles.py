"""Profiles: one per family member, each with their own progress and private data.

Names are cleaned before they are kept: NFC, no control or format characters (NUL, the
right-to-left overrides and isolates, zero-width spaces and joiners, the byte-order mark), runs
of white space made one space. Two names that would look the same are refused: they are compared
by a skeleton (NFKC, case folded, without those characters or other invisible fillers, and with
the Cyrillic and Greek letters that look like Latin ones folded to them). That fold is a short
list of the common look-alikes, not Unicode's whole confusables table (UTS #39): "rn" and "m",
or letters from other scripts, still count as different names.

Names kept by older versions may hold any of those characters; they are shown cleaned (and the
rename dialog starts from the cleaned form), never hidden.
"""

from __future__ import annotations

import sqlite3
import unicodedata
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
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}  # controls, format, surrogates, unassigned
# Letters that draw nothing but are not in those categories (Hangul fillers, the combining
# grapheme joiner, variation selectors): dropped from the skeleton, so "Me" and "Me\u3164" clash.
_BLANK_LETTERS = {0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, *range(0xFE00, 0xFE10)}
# Cyrillic and Greek letters drawn like Latin ones, after case folding (so capitals too),
# escaped because in the source they would look like the Latin letters they stand for.
_LOOK_ALIKES = str.maketrans(
    "\u0430\u0432\u0435\u0451\u04bb\u0456\u0458\u043a"  # Cyrillic a, ve, ie, io, shha, i, je, ka
    "\u043c\u043d\u043e\u0440\u0441\u0442\u0443\u0445"  # em, en, o, er, es, te, u, ha
    "\u0455\u0501\u051b\u051d"  # dze, komi de, qa, we
    "\u03b1\u03b2\u03b5\u03b7\u03b9\u03ba\u03bd\u03bf"  # Greek alpha to omicron
    "\u03c1\u03c4\u03c5\u03c7",  # rho, tau, upsilon, chi
    "abeehijkmhopctyxsdqwabenikvoptux",
)


def clean_name(name: str) -> str:
    """``name`` as it is kept and shown: NFC, no control or format characters, single spaces.

    Line breaks and tabs count as spaces; every other invisible character is dropped.
    """
    visible = "".join(
        " " if character.isspace() else character
        for character in name
        if character.isspace() or unicodedata.category(character) not in _INVISIBLE_CATEGORIES
    )
    return " ".join(unicodedata.normalize("NFC", visible).split())


def name_skeleton(name: str) -> str:
    """What a name looks like, for telling whether two names could be mistaken for each other."""
    folded = unicodedata.normalize("NFKC", clean_name(name)).casefold()
    folded = unicodedata.normalize("NFKC", folded)  # case folding can undo NFKC
    kept = "".join(
        character
        for character in folded
        if ord(character) not in _BLANK_LETTERS
        and unicodedata.category(character) not in _INVISIBLE_CATEGORIES
    )
    return " ".join(kept.translate(_LOOK_ALIKES).split())


def _profile(row: tuple) -> Profile:
    # A name from an older version may hold invisible characters: show it cleaned, and give a
    # name that is nothing but such characters a visible one.
    return Profile(row[0], clean_name(row[1]) or f"Profile {row[0]}", row[2], row[3], bool(row[4]))


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
        assert cursor.lastrowid is not None  # an INSERT always sets it
        return self._written(cursor.lastrowid)

    def rename(self, profile_id: int, name: str) -> Profile:
        name = self._checked_name(name, except_id=profile_id)
        with transaction(self._db):
            self._db.execute("UPDATE profiles SET name = ? WHERE id = ?", (name, profile_id))
        return self._written(profile_id)

    def _written(self, profile_id: int) -> Profile:
        """The profile just written; gone only if the id was never a profile's."""
        profile = self.get(profile_id)
        if profile is None:
            raise LookupError(f"no profile {profile_id}")
        return profile

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
        name = clean_name(name)
        if not name:
            raise ProfileNameError("Please type a name.")
        if len(name) > MAX_NAME_LENGTH:
            raise ProfileNameError(
                f"Please use a shorter name (at most {MAX_NAME_LENGTH} letters)."
            )
        skeleton = name_skeleton(name)
        rows = self._db.execute("SELECT id, name FROM profiles WHERE id IS NOT ?", (except_id,))
        for _id, other in rows:
            if name_skeleton(other) == skeleton:
                raise ProfileNameError(
                    f"There is already a profile called “{clean_name(other)}”, which looks "
                    "the same. Please choose a name that looks different."
                )
        return name
