"""Reading the family's signs over time: the signs a plan describes, when an agreed threshold is
met, the weeks-by-signs grid the timeline draws, and the counts it is described with.

Plain functions over the records of ``signs``; nothing here reads the database. A day that was
not filled in is a gap, never a day without signs: thresholds count only what was ticked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from caregiver_app.store.signs import MAX_SIGNS, STAGES, Sign, SignDay, SignRules, tidy_wording

# A list mark at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "(3) ", "[ ] ", "[x] ".
_LIST_MARK = re.compile(r"^\s*(?:[-*+•·\u2013\u2014]\s*|\(?\d{1,3}[.)](?:\s+|$)|\[[ xX]?\]\s*)+")
PROMPT_ORDER = ("crisis", "worse", "early")  # the most urgent first


def signs_from_plan_text(text: str) -> list[str]:
    """The signs a plan's "What it looks like" box names: one per line (or per "; "), without
    list marks, each once (ignoring case and spaces)."""
    found: dict[str, str] = {}
    for line in str(text).splitlines():
        for part in line.split(";"):
            wording = tidy_wording(_LIST_MARK.sub("", part)).strip(" .,")
            if wording and wording.casefold() not in found:
                found[wording.casefold()] = wording
            if len(found) >= MAX_SIGNS:
                return list(found.values())
    return list(found.values())


class Watch:
    """The signs and days of one profile, read for thresholds and counts."""

    def __init__(self, signs: Sequence[Sign], days: Sequence[SignDay]):
        self.signs, self.days = signs, days
        stage_of = {sign.id: sign.stage for sign in signs}
        self._seen: dict[date, dict[str, int]] = {}
        for day in days:
            counts = dict.fromkeys(STAGES, 0)
            for sign_id in day.seen:
                if sign_id in stage_of:  # ticks of a sign no longer known cannot be staged
                    counts[stage_of[sign_id]] += 1
            self._seen[day.day] = counts

    def seen_on(self, day: date, stage: str) -> int:
        """How many signs of ``stage`` were ticked on ``day`` (retired ones too: they were
        seen)."""
        return self._seen.get(day, {}).get(stage, 0)

    def met(self, rules: SignRules, stage: str, on: date) -> bool:
        """Whether ``stage``'s threshold is met on day ``on``, looking back over the window."""
        window = [on - timedelta(days=back) for back in range(rules.window_days)]
        if stage == "early":
            busy = sum(1 for day in window if self.seen_on(day, "early") >= rules.early_signs)
            return busy >= rules.early_days
        if stage == "worse":
            return rules.any_worse and any(self.seen_on(day, "worse") for day in window)
        if stage == "crisis":
            return rules.any_crisis and any(self.seen_on(day, "crisis") for day in window)
        return False

    def due_prompts(self, rules: SignRules, today: date) -> list[str]:
        """The stages whose threshold is met today and whose prompt has not yet been shown in
        this episode, the most urgent first. An episode is the run of days on which it stays
        met: once a day comes when it is not, the next time it is met is a new one."""
        due = []
        for stage in PROMPT_ORDER:
            if not self.met(rules, stage, today):
                continue
            shown = rules.prompted.get(stage)
            if shown is not None:
                since = date.fromisoformat(shown)
                days = (today - since).days
                if 0 <= days <= 366 and all(
                    self.met(rules, stage, since + timedelta(days=n)) for n in range(days + 1)
                ):
                    continue  # still the episode the prompt was shown in
            due.append(stage)
        return due

    def summary(self, stage: str, today: date, last_days: int = 7) -> tuple[int, int]:
        """(signs of ``stage`` seen, days they were seen on) over the last ``last_days``."""
        stage_ids = {sign.id for sign in self.signs if sign.stage == stage}
        start = today - timedelta(days=last_days - 1)
        signs_seen: set[int] = set()
        days_seen = 0
        for day in self.days:
            if start <= day.day <= today:
                ticked = day.seen & stage_ids
                signs_seen |= ticked
                days_seen += bool(ticked)
        return len(signs_seen), days_seen


@dataclass(frozen=True)
class Grid:
    """The timeline's cells: a row per sign, a column per week (oldest first). A cell is the
    number of days of that week the sign was ticked; ``filled[w]`` is how many days of week
    ``w`` were filled in at all (0: a gap)."""

    first_monday: date
    signs: tuple[Sign, ...]
    cells: tuple[tuple[int, ...], ...]
    filled: tuple[int, ...]


def week_grid(signs: Iterable[Sign], days: Iterable[SignDay], weeks: int, today: date) -> Grid:
    """The last ``weeks`` weeks (this one included) for ``signs``, in their order."""
    rows = tuple(signs)
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weeks - 1)
    row_of = {sign.id: index for index, sign in enumerate(rows)}
    cells = [[0] * weeks for _ in rows]
    filled = [0] * weeks
    for day in days:
        column = (day.day - first_monday).days // 7
        if not 0 <= column < weeks or day.day > today:
            continue
        filled[column] += 1
        for sign_id in day.seen:
            if sign_id in row_of:
                cells[row_of[sign_id]][column] += 1
    return Grid(first_monday, rows, tuple(tuple(row) for row in cells), tuple(filled))
