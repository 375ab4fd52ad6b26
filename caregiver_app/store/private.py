"""A profile's private entries: reflections, the stress log, the warning-signs plan and its
observations. Sealed by the profile's vault when it has a passcode; plain (and said so) when not.

Every read and write goes through ``PrivateData``, so no private text can reach the disk unsealed
once a passcode is set: with the profile locked, writing raises ``LockedError``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from caregiver_app.store.database import now, transaction
from caregiver_app.store.vault import Vault, WrongSecretError

MAX_TEXT = 20_000
MOODS = ("very low", "low", "okay", "good", "very good")
STAGES = ("well", "early", "worse", "crisis")


class LockedError(Exception):
    """The profile has a passcode and is locked: unlock it before reading or writing."""


@dataclass(frozen=True)
class StressEntry:
    day: date
    stress: int  # 0 (none) to 10 (the most you can imagine)
    sleep_hours: float | None = None
    mood: int | None = None  # index into MOODS
    caused: tuple[str, ...] = ()
    helped: tuple[str, ...] = ()
    note: str = ""

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("day")
        return data

    @classmethod
    def from_json(cls, day: str, data: dict) -> StressEntry:
        return cls(
            day=date.fromisoformat(day),
            stress=int(data.get("stress", 0)),
            sleep_hours=data.get("sleep_hours"),
            mood=data.get("mood"),
            caused=tuple(data.get("caused", ())),
            helped=tuple(data.get("helped", ())),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True)
class StagePlan:
    """One stage of the warning-signs plan: what it looks like, what to do, who to contact."""

    signs: str = ""
    actions: str = ""
    contacts: str = ""


@dataclass(frozen=True)
class Plan:
    person: str = ""  # whose plan it is, in the family's own words
    stages: dict[str, StagePlan] = field(
        default_factory=lambda: {stage: StagePlan() for stage in STAGES}
    )
    updated_at: str | None = None


@dataclass(frozen=True)
class Observation:
    id: int
    day: date
    stage: str
    note: str


def _clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        tidy = " ".join(str(tag).split())[:40]
        if tidy and tidy.lower() not in seen:
            seen[tidy.lower()] = tidy
    return tuple(seen.values())


class PrivateData:
    """Reads and writes one profile's private entries, sealing them when it has a passcode."""

    def __init__(self, connection: sqlite3.Connection, profile_id: int, vault: Vault | None = None):
        self._db = connection
        self.profile_id = profile_id
        self._vault = vault

    @property
    def protected(self) -> bool:
        """True when the profile has a passcode (entries are encrypted at rest)."""
        row = self._db.execute(
            "SELECT key_wrapped_by_passcode IS NOT NULL FROM profiles WHERE id = ?",
            (self.profile_id,),
        ).fetchone()
        return bool(row and row[0])

    @property
    def locked(self) -> bool:
        return self._vault is None and self.protected

    # --- sealing -------------------------------------------------------------------------

    def _check_vault(self) -> None:
        """A key from before a passcode change, removal or restore never touches entries."""
        from caregiver_app.store.passcodes import key_check_matches  # noqa: PLC0415

        if not key_check_matches(self._db, self.profile_id, self._vault):
            raise LockedError("this key does not belong to the profile any more")

    def _seal(self, payload: object, context: str) -> tuple[bytes, int]:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        if self._vault is not None:
            self._check_vault()
            return self._vault.seal(data, f"{self.profile_id}/{context}"), 1
        if self.protected:
            raise LockedError("unlock the profile before writing private entries")
        return data, 0

    def _require_open(self) -> None:
        if self.locked:
            raise LockedError("unlock the profile before changing private entries")

    def _open(self, body: bytes, encrypted: int, context: str) -> object:
        if encrypted:
            if self._vault is None:
                raise LockedError("unlock the profile to read private entries")
            try:
                body = self._vault.open(bytes(body), f"{self.profile_id}/{context}")
            except WrongSecretError:
                return None  # a damaged entry is skipped, never shown as garbage
        try:
            return json.loads(bytes(body).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None

    # --- reflections ---------------------------------------------------------------------

    def save_reflection(self, lesson_id: str, reflection_id: str, text: str) -> None:
        """Keep the reader's answer as typed (an empty answer removes it)."""
        context = f"reflection/{lesson_id}/{reflection_id}"
        self._require_open()
        with transaction(self._db):
            if not text.strip():
                self._db.execute(
                    "DELETE FROM reflections "
                    "WHERE profile_id = ? AND lesson_id = ? AND reflection_id = ?",
                    (self.profile_id, lesson_id, reflection_id),
                )
                return
            body, encrypted = self._seal(text[:MAX_TEXT], context)
            self._db.execute(
                "INSERT INTO reflections (profile_id, lesson_id, reflection_id, body, encrypted, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id, lesson_id, "
                "reflection_id) DO UPDATE SET body = excluded.body, "
                "encrypted = excluded.encrypted, updated_at = excluded.updated_at",
                (self.profile_id, lesson_id, reflection_id, body, encrypted, now()),
            )

    def reflections(self, lesson_id: str) -> dict[str, str]:
        rows = self._db.execute(
            "SELECT reflection_id, body, encrypted FROM reflections "
            "WHERE profile_id = ? AND lesson_id = ?",
            (self.profile_id, lesson_id),
        )
        answers = {}
        for reflection_id, body, encrypted in rows:
            text = self._open(body, encrypted, f"reflection/{lesson_id}/{reflection_id}")
            if isinstance(text, str):
                answers[reflection_id] = text
        return answers

    # --- the stress log ------------------------------------------------------------------

    def save_entry(self, entry: StressEntry) -> None:
        """Add or replace the check-in for ``entry.day``."""
        with transaction(self._db):
            self._write_entry(entry)

    def save_entries(
        self,
        entries: Sequence[StressEntry],
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> bool:
        """Add or replace many check-ins in one transaction: all of them, or none.

        ``progress(done, total)`` is called after each row; ``should_stop()`` before each. When it
        answers True everything written so far is rolled back and False is returned. Raises (and
        writes nothing) like ``save_entry`` on a locked profile or a bad entry.
        """

        class StoppedError(Exception):
            """Leaves the transaction by its rollback path; never seen outside."""

        total = len(entries)
        try:
            with transaction(self._db):
                for done, entry in enumerate(entries, start=1):
                    if should_stop is not None and should_stop():
                        raise StoppedError
                    self._write_entry(entry)
                    if progress is not None:
                        progress(done, total)
        except StoppedError:
            return False
        return True

    def _write_entry(self, entry: StressEntry) -> None:
        """The one way a check-in is written; the caller holds the transaction."""
        if not 0 <= entry.stress <= 10:
            raise ValueError("stress is from 0 to 10")
        entry = StressEntry(
            entry.day,
            entry.stress,
            entry.sleep_hours,
            entry.mood,
            _clean_tags(entry.caused),
            _clean_tags(entry.helped),
            entry.note[:MAX_TEXT],
        )
        day = entry.day.isoformat()
        body, encrypted = self._seal(entry.to_json(), f"stress/{day}")
        self._db.execute(
            "INSERT INTO stress_entries (profile_id, day, body, encrypted, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, day) DO UPDATE SET "
            "body = excluded.body, encrypted = excluded.encrypted, "
            "updated_at = excluded.updated_at",
            (self.profile_id, day, body, encrypted, now()),
        )

    def delete_entry(self, day: date) -> StressEntry | None:
        """Delete the check-in for ``day``; returns it, so the user can undo."""
        removed = self.entry(day)  # raises LockedError when locked
        with transaction(self._db):
            self._db.execute(
                "DELETE FROM stress_entries WHERE profile_id = ? AND day = ?",
                (self.profile_id, day.isoformat()),
            )
        return removed

    def entry(self, day: date) -> StressEntry | None:
        row = self._db.execute(
            "SELECT day, body, encrypted FROM stress_entries WHERE profile_id = ? AND day = ?",
            (self.profile_id, day.isoformat()),
        ).fetchone()
        return self._entry_from(row) if row else None

    def entries(self, since: date | None = None) -> list[StressEntry]:
        """Check-ins in date order, oldest first."""
        rows = self._db.execute(
            "SELECT day, body, encrypted FROM stress_entries WHERE profile_id = ? AND day >= ? "
            "ORDER BY day",
            (self.profile_id, (since or date.min).isoformat()),
        )
        return [entry for entry in (self._entry_from(row) for row in rows) if entry is not None]

    def _entry_from(self, row: tuple) -> StressEntry | None:
        data = self._open(row[1], row[2], f"stress/{row[0]}")
        return StressEntry.from_json(row[0], data) if isinstance(data, dict) else None

    def known_tags(self) -> tuple[list[str], list[str]]:
        """The user's own "what caused" and "what helped" tags, most used first."""
        caused: dict[str, int] = {}
        helped: dict[str, int] = {}
        for entry in self.entries():
            for tag in entry.caused:
                caused[tag] = caused.get(tag, 0) + 1
            for tag in entry.helped:
                helped[tag] = helped.get(tag, 0) + 1
        return (
            sorted(caused, key=lambda tag: (-caused[tag], tag.lower())),
            sorted(helped, key=lambda tag: (-helped[tag], tag.lower())),
        )

    # --- the warning-signs plan ----------------------------------------------------------

    def save_plan(self, plan: Plan) -> None:
        payload = {
            "person": plan.person[:200],
            "stages": {stage: asdict(plan.stages.get(stage, StagePlan())) for stage in STAGES},
        }
        body, encrypted = self._seal(payload, "plan")
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO plans (profile_id, body, encrypted, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (profile_id) DO UPDATE SET body = excluded.body, "
                "encrypted = excluded.encrypted, updated_at = excluded.updated_at",
                (self.profile_id, body, encrypted, now()),
            )

    def plan(self) -> Plan:
        row = self._db.execute(
            "SELECT body, encrypted, updated_at FROM plans WHERE profile_id = ?", (self.profile_id,)
        ).fetchone()
        data = self._open(row[0], row[1], "plan") if row else None
        if not isinstance(data, dict):
            return Plan()
        stages = {
            stage: StagePlan(
                **{
                    k: str(v)[:MAX_TEXT]
                    for k, v in data.get("stages", {}).get(stage, {}).items()
                    if k in ("signs", "actions", "contacts")
                }
            )
            for stage in STAGES
        }
        return Plan(str(data.get("person", "")), stages, row[2])

    def add_observation(self, day: date, stage: str, note: str) -> int:
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {STAGES}")
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO observations (profile_id, day, body, encrypted, updated_at) "
                "VALUES (?, ?, x'', 0, ?)",
                (self.profile_id, day.isoformat(), now()),
            )
            observation_id = int(cursor.lastrowid)
            body, encrypted = self._seal(
                {"stage": stage, "note": note[:MAX_TEXT]}, f"observation/{observation_id}"
            )
            self._db.execute(
                "UPDATE observations SET body = ?, encrypted = ? WHERE id = ?",
                (body, encrypted, observation_id),
            )
        return observation_id

    def delete_observation(self, observation_id: int) -> None:
        self._require_open()
        with transaction(self._db):
            self._db.execute(
                "DELETE FROM observations WHERE id = ? AND profile_id = ?",
                (observation_id, self.profile_id),
            )

    def observations(self) -> list[Observation]:
        rows = self._db.execute(
            "SELECT id, day, body, encrypted FROM observations WHERE profile_id = ? "
            "ORDER BY day, id",
            (self.profile_id,),
        )
        found = []
        for observation_id, day, body, encrypted in rows:
            data = self._open(body, encrypted, f"observation/{observation_id}")
            if isinstance(data, dict) and data.get("stage") in STAGES:
                found.append(
                    Observation(
                        observation_id,
                        date.fromisoformat(day),
                        data["stage"],
                        str(data.get("note", "")),
                    )
                )
        return found

    # --- the weekly check-in -------------------------------------------------------------

    def save_weekly(self, week: date, answers: dict[str, int]) -> None:
        """Answers (question id -> score) for the week starting on Monday ``week``."""
        monday = (week - timedelta(days=week.weekday())).isoformat()
        body, encrypted = self._seal({"answers": answers}, f"weekly/{monday}")
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO weekly_checkins (profile_id, week, body, encrypted, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, week) DO UPDATE SET "
                "body = excluded.body, encrypted = excluded.encrypted, "
                "updated_at = excluded.updated_at",
                (self.profile_id, monday, body, encrypted, now()),
            )

    def weekly_results(self) -> list[tuple[date, dict[str, int]]]:
        """Every week's answers, oldest first."""
        rows = self._db.execute(
            "SELECT week, body, encrypted FROM weekly_checkins WHERE profile_id = ? ORDER BY week",
            (self.profile_id,),
        )
        results = []
        for week, body, encrypted in rows:
            data = self._open(body, encrypted, f"weekly/{week}")
            if isinstance(data, dict) and isinstance(data.get("answers"), dict):
                results.append(
                    (date.fromisoformat(week), {k: int(v) for k, v in data["answers"].items()})
                )
        return results

    # --- everything ----------------------------------------------------------------------

    def delete_all(self) -> None:
        """Delete every private entry of this profile (progress and quiz answers stay)."""
        self._require_open()
        with transaction(self._db):
            for table in (
                "reflections",
                "stress_entries",
                "plans",
                "observations",
                "weekly_checkins",
            ):
                self._db.execute(f"DELETE FROM {table} WHERE profile_id = ?", (self.profile_id,))
