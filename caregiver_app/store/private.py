"""A profile's private entries: reflections, the stress log, the warning-signs plan and its
observations. Sealed by the profile's vault when it has a passcode; plain (and said so) when not.

Every read and write goes through ``PrivateData``, so no private text can reach the disk unsealed
once a passcode is set: with the profile locked, writing raises ``LockedError``. In a protected
profile only rows this app sealed, in their own place and in their latest version, are shown;
``integrity`` says what is detected and what is done with the rest (kept aside, never deleted).

To write rows, do it inside ``with self._writing():`` (one transaction, and the sealed record of
row fingerprints loaded once and saved at the end) and store each row with ``_put`` (or
``_put_entry`` for a check-in); ``_put`` seals and records it. A bulk import is one ``_writing``
block around many ``_put_entry`` calls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from caregiver_app.store import integrity
from caregiver_app.store.sealed_rows import Reading
from caregiver_app.store.signs import STAGES, SignRows

MAX_TEXT = 20_000
MOODS = ("very low", "low", "okay", "good", "very good")


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


class PrivateData(SignRows):
    """One profile's private entries: reflections, the stress log, the plan and its observations,
    the weekly check-in, and the signs watched (``SignRows``). Rows are read and sealed by
    ``SealedRows``."""

    # --- reflections ---------------------------------------------------------------------

    def save_reflection(self, lesson_id: str, reflection_id: str, text: str) -> None:
        """Keep the reader's answer as typed (an empty answer removes it)."""
        with self._writing():
            if not text.strip():
                self._remove("reflection", (lesson_id, reflection_id))
                return
            self._put("reflection", (lesson_id, reflection_id), text[:MAX_TEXT])

    def reflections(self, lesson_id: str) -> dict[str, str]:
        reading = self._reading()
        rows = self._db.execute(
            "SELECT reflection_id, body, encrypted FROM reflections "
            "WHERE profile_id = ? AND lesson_id = ?",
            (self.profile_id, lesson_id),
        ).fetchall()
        answers = {}
        for reflection_id, body, encrypted in rows:
            text = self._open("reflection", (lesson_id, reflection_id), body, encrypted, reading)
            if isinstance(text, str):
                answers[reflection_id] = text
        return answers

    # --- the stress log ------------------------------------------------------------------

    def save_entry(self, entry: StressEntry) -> None:
        """Add or replace the check-in for ``entry.day``."""
        with self._writing():
            self._put_entry(entry)

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
            with self._writing():
                for done, entry in enumerate(entries, start=1):
                    if should_stop is not None and should_stop():
                        raise StoppedError
                    self._put_entry(entry)
                    if progress is not None:
                        progress(done, total)
        except StoppedError:
            return False
        return True

    def _put_entry(self, entry: StressEntry) -> None:
        """Store one check-in (inside ``_writing``), tidied and checked: the one way a check-in
        is written."""
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
        self._put("stress", (entry.day.isoformat(),), entry.to_json())

    def delete_entry(self, day: date) -> StressEntry | None:
        """Delete the check-in for ``day``; returns it, so the user can undo."""
        removed = self.entry(day)  # raises LockedError when locked
        with self._writing():
            self._remove("stress", (day.isoformat(),))
        return removed

    def entry(self, day: date) -> StressEntry | None:
        reading = self._reading()
        row = self._db.execute(
            "SELECT day, body, encrypted FROM stress_entries WHERE profile_id = ? AND day = ?",
            (self.profile_id, day.isoformat()),
        ).fetchone()
        return self._entry_from(row, reading) if row else None

    def entries(self, since: date | None = None) -> list[StressEntry]:
        """Check-ins in date order, oldest first."""
        reading = self._reading()
        rows = self._db.execute(
            "SELECT day, body, encrypted FROM stress_entries WHERE profile_id = ? AND day >= ? "
            "ORDER BY day",
            (self.profile_id, (since or date.min).isoformat()),
        ).fetchall()
        found = (self._entry_from(row, reading) for row in rows)
        return [entry for entry in found if entry is not None]

    def _entry_from(self, row: tuple, reading: Reading) -> StressEntry | None:
        data = self._open("stress", (row[0],), row[1], row[2], reading)
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
        with self._writing():
            self._put("plan", (), payload)

    def plan(self) -> Plan:
        reading = self._reading()
        row = self._db.execute(
            "SELECT body, encrypted, updated_at FROM plans WHERE profile_id = ?", (self.profile_id,)
        ).fetchone()
        data = self._open("plan", (), row[0], row[1], reading) if row else None
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
        with self._writing():
            # The id is part of what the row is sealed with, so it is chosen before the row is
            # written (the transaction holds the write lock: no one else can take it meanwhile).
            observation_id = int(
                self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM observations").fetchone()[0]
            )
            self._put(
                "observation",
                (observation_id,),
                {"stage": stage, "note": note[:MAX_TEXT]},
                extra={"day": day.isoformat()},
            )
        return observation_id

    def delete_observation(self, observation_id: int) -> None:
        with self._writing():
            self._remove("observation", (observation_id,))

    def observations(self) -> list[Observation]:
        reading = self._reading()
        rows = self._db.execute(
            "SELECT id, day, body, encrypted FROM observations WHERE profile_id = ? "
            "ORDER BY day, id",
            (self.profile_id,),
        ).fetchall()
        found = []
        for observation_id, day, body, encrypted in rows:
            data = self._open("observation", (observation_id,), body, encrypted, reading)
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
        with self._writing():
            self._put("weekly", (monday,), {"answers": answers})

    def weekly_results(self) -> list[tuple[date, dict[str, int]]]:
        """Every week's answers, oldest first."""
        reading = self._reading()
        rows = self._db.execute(
            "SELECT week, body, encrypted FROM weekly_checkins WHERE profile_id = ? ORDER BY week",
            (self.profile_id,),
        ).fetchall()
        results = []
        for week, body, encrypted in rows:
            data = self._open("weekly", (week,), body, encrypted, reading)
            if isinstance(data, dict) and isinstance(data.get("answers"), dict):
                results.append(
                    (date.fromisoformat(week), {k: int(v) for k, v in data["answers"].items()})
                )
        return results

    # --- everything ----------------------------------------------------------------------

    def delete_all(self) -> None:
        """Delete every private entry of this profile, those kept aside too (progress and quiz
        answers stay)."""
        with self._writing():
            for kind in integrity.KINDS:
                self._db.execute(
                    f"DELETE FROM {kind.table} WHERE profile_id = ?", (self.profile_id,)
                )
            self._db.execute("DELETE FROM kept_aside WHERE profile_id = ?", (self.profile_id,))
            if self._record is not None:
                self._record.rows.clear()
                self._record.changed = True
