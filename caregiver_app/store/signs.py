"""The family's own warning signs, what was seen each day, and the agreed thresholds: private
rows of the profile, sealed like the stress log (see ``sealed_rows``).

A sign keeps its ID for ever: rewording, moving or retiring it changes its row, never the ticks
that name it, so past days stay readable. A day's ticks are one row, written at each tick, so a
crash loses at most the tick being made.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from caregiver_app.store.sealed_rows import SealedRows

STAGES = ("well", "early", "worse", "crisis")
WATCHED_STAGES = ("early", "worse", "crisis")  # "well" describes the baseline: nothing to tick
MAX_WORDING = 120
MAX_SIGNS = 200
MAX_DAY_NOTE = 500


class SignError(ValueError):
    """A change to the signs that cannot be made; the message says why, in plain words, and
    ``reason`` (with ``wording``, the sign's words where there is one) lets the app say it in
    the user's language."""

    def __init__(self, message: str, reason: str, wording: str = ""):
        super().__init__(message)
        self.reason, self.wording = reason, wording


@dataclass(frozen=True)
class Sign:
    id: int
    stage: str
    wording: str
    position: int = 0
    retired: bool = False


@dataclass(frozen=True)
class SignDay:
    day: date
    seen: frozenset[int] = frozenset()  # sign IDs
    note: str = ""


@dataclass(frozen=True)
class SignRules:
    """When to act, agreed by the family (with the person, when they are well). The default:
    any two early signs on three of the last seven days; any getting-worse sign; any crisis
    sign."""

    early_signs: int = 2
    early_days: int = 3
    window_days: int = 7
    any_worse: bool = True
    any_crisis: bool = True
    # stage -> the day its prompt was last shown: the prompt is shown once per episode.
    prompted: dict[str, str] = field(default_factory=dict)

    def checked(self) -> SignRules:
        """The rules within sensible bounds (a tampered or hand-edited row cannot ask for a
        window of a million days)."""
        window = min(max(int(self.window_days), 1), 60)
        return replace(
            self,
            window_days=window,
            early_days=min(max(int(self.early_days), 1), window),
            early_signs=min(max(int(self.early_signs), 1), 20),
            any_worse=bool(self.any_worse),
            any_crisis=bool(self.any_crisis),
            prompted={
                stage: str(day)
                for stage, day in dict(self.prompted).items()
                if stage in WATCHED_STAGES and _is_day(str(day))
            },
        )


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def tidy_wording(text: str) -> str:
    return " ".join(str(text).split())[:MAX_WORDING]


class SignRows(SealedRows):
    """The signs part of ``PrivateData``."""

    # --- the signs ---------------------------------------------------------------------------

    def signs(self, include_retired: bool = True) -> list[Sign]:
        """The profile's signs by stage and place in the list."""
        reading = self._reading()
        rows = self._db.execute(
            "SELECT id, body, encrypted FROM signs WHERE profile_id = ?", (self.profile_id,)
        ).fetchall()
        found = []
        for sign_id, body, encrypted in rows:
            data = self._open("sign", (sign_id,), body, encrypted, reading)
            if isinstance(data, dict) and data.get("stage") in WATCHED_STAGES:
                wording = tidy_wording(data.get("wording", ""))
                if wording:
                    found.append(
                        Sign(
                            int(sign_id),
                            data["stage"],
                            wording,
                            int(data.get("position", 0)),
                            bool(data.get("retired", False)),
                        )
                    )
        found.sort(key=lambda sign: (STAGES.index(sign.stage), sign.position, sign.id))
        return [sign for sign in found if include_retired or not sign.retired]

    def add_sign(self, stage: str, wording: str) -> Sign:
        """A new sign at the end of its stage's list. The same wording twice (in any stage,
        ignoring case and spaces) is refused, with a message saying where it already is."""
        if stage not in WATCHED_STAGES:
            raise SignError(f"stage must be one of {WATCHED_STAGES}", "stage")
        wording = tidy_wording(wording)
        if not wording:
            raise SignError("a sign needs a few words", "empty")
        existing = self.signs()
        self._refuse_duplicate(existing, wording)
        if len(existing) >= MAX_SIGNS:
            raise SignError(f"a profile keeps at most {MAX_SIGNS} signs", "too many")
        position = 1 + max((s.position for s in existing if s.stage == stage), default=-1)
        with self._writing():
            # The ID is part of what the row is sealed with: chosen inside the transaction.
            sign_id = int(
                self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM signs").fetchone()[0]
            )
            sign = Sign(sign_id, stage, wording, position)
            self._put_sign(sign)
        return sign

    def add_signs(self, stage: str, wordings: list[str]) -> list[Sign]:
        """Several at once (from the plan, or picked from the common signs); those already
        there are left out rather than refused."""
        added = []
        known = {_key(sign.wording) for sign in self.signs()}
        for wording in wordings:
            if _key(wording) and _key(wording) not in known:
                added.append(self.add_sign(stage, wording))
                known.add(_key(wording))
        return added

    def reword_sign(self, sign_id: int, wording: str) -> Sign:
        sign = self._sign(sign_id)
        wording = tidy_wording(wording)
        if not wording:
            raise SignError("a sign needs a few words", "empty")
        self._refuse_duplicate([s for s in self.signs() if s.id != sign_id], wording)
        changed = replace(sign, wording=wording)
        with self._writing():
            self._put_sign(changed)
        return changed

    def retire_sign(self, sign_id: int, retired: bool = True) -> Sign:
        """Retired signs are no longer offered for ticking; their past ticks stay."""
        changed = replace(self._sign(sign_id), retired=retired)
        with self._writing():
            self._put_sign(changed)
        return changed

    def move_sign(self, sign_id: int, steps: int) -> None:
        """Up (negative) or down the list of its stage."""
        sign = self._sign(sign_id)
        same_stage = [s for s in self.signs() if s.stage == sign.stage]
        index = next(i for i, s in enumerate(same_stage) if s.id == sign_id)
        target = min(max(index + steps, 0), len(same_stage) - 1)
        if target == index:
            return
        same_stage.insert(target, same_stage.pop(index))
        with self._writing():
            for position, each in enumerate(same_stage):
                if each.position != position:
                    self._put_sign(replace(each, position=position))

    def _sign(self, sign_id: int) -> Sign:
        for sign in self.signs():
            if sign.id == sign_id:
                return sign
        raise SignError("that sign is not in this profile", "unknown")

    @staticmethod
    def _refuse_duplicate(signs: list[Sign], wording: str) -> None:
        for sign in signs:
            if _key(sign.wording) == _key(wording):
                raise SignError(
                    f"“{sign.wording}” is already one of the signs", "duplicate", sign.wording
                )

    def _put_sign(self, sign: Sign) -> None:
        self._put(
            "sign",
            (sign.id,),
            {
                "stage": sign.stage,
                "wording": sign.wording,
                "position": sign.position,
                "retired": sign.retired,
            },
        )

    # --- what was seen ---------------------------------------------------------------------

    def sign_days(self, since: date | None = None) -> list[SignDay]:
        """Days with something ticked or noted, oldest first. A day not here was not filled
        in: a gap, not a day of no signs."""
        reading = self._reading()
        rows = self._db.execute(
            "SELECT day, body, encrypted FROM sign_days WHERE profile_id = ? AND day >= ? "
            "ORDER BY day",
            (self.profile_id, (since or date.min).isoformat()),
        ).fetchall()
        days = []
        for day, body, encrypted in rows:
            data = self._open("sign_day", (day,), body, encrypted, reading)
            if isinstance(data, dict) and _is_day(day):
                seen = frozenset(
                    int(sign_id) for sign_id in data.get("seen", ()) if isinstance(sign_id, int)
                )
                days.append(SignDay(date.fromisoformat(day), seen, str(data.get("note", ""))))
        return days

    def sign_day(self, day: date) -> SignDay:
        """What was noted on ``day`` (nothing, when it was not filled in)."""
        found = [d for d in self.sign_days(since=day) if d.day == day]
        return found[0] if found else SignDay(day)

    def save_sign_day(self, day: SignDay, today: date) -> None:
        """The day's ticks and note as they are now (an empty day is removed). A day after
        ``today`` is refused: nothing can have been seen yet."""
        if day.day > today:
            raise SignError("a day that has not come yet cannot be filled in", "future")
        note = day.note.strip()[:MAX_DAY_NOTE]
        with self._writing():
            if not day.seen and not note:
                self._remove("sign_day", (day.day.isoformat(),))
                return
            self._put("sign_day", (day.day.isoformat(),), {"seen": sorted(day.seen), "note": note})

    # --- when to act -----------------------------------------------------------------------

    def sign_rules(self) -> SignRules:
        reading = self._reading()
        row = self._db.execute(
            "SELECT body, encrypted FROM sign_rules WHERE profile_id = ?", (self.profile_id,)
        ).fetchone()
        data = self._open("sign_rules", (), row[0], row[1], reading) if row else None
        if not isinstance(data, dict):
            return SignRules()
        known = {name: data[name] for name in SignRules.__dataclass_fields__ if name in data}
        try:
            return SignRules(**known).checked()
        except (TypeError, ValueError):
            return SignRules()

    def save_sign_rules(self, rules: SignRules) -> None:
        rules = rules.checked()
        with self._writing():
            self._put(
                "sign_rules",
                (),
                {name: getattr(rules, name) for name in SignRules.__dataclass_fields__},
            )


def _key(wording: str) -> str:
    return tidy_wording(wording).casefold()
