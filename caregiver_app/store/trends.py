"""What a stress log shows over time: a 7-day average, and which "what helped" tags go with
calmer days. Plain arithmetic over entries, no Qt."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from caregiver_app.store.private import StressEntry


@dataclass(frozen=True)
class HelpedEffect:
    tag: str
    days_with: int
    average_with: float
    average_without: float

    @property
    def difference(self) -> float:
        """How much lower stress was on days with the tag (positive: calmer with it)."""
        return self.average_without - self.average_with


def moving_average(entries: Sequence[StressEntry], days: int = 7) -> list[tuple[date, float]]:
    """For each entry's day, the average stress over the ``days`` days ending that day."""
    averages = []
    window: deque[StressEntry] = deque()
    total = 0
    for entry in entries:  # entries are in date order
        window.append(entry)
        total += entry.stress
        while window[0].day <= entry.day - timedelta(days=days):
            total -= window.popleft().stress
        averages.append((entry.day, total / len(window)))
    return averages


def helped_effects(entries: Sequence[StressEntry], min_days: int = 3) -> list[HelpedEffect]:
    """Tags from "what helped" seen on at least ``min_days`` days, calmest-going first.

    A hint for the user's own reflection, not a finding: other things differ between days too.
    """
    tags = {tag for entry in entries for tag in entry.helped}
    effects = []
    for tag in tags:
        with_tag = [entry.stress for entry in entries if tag in entry.helped]
        without = [entry.stress for entry in entries if tag not in entry.helped]
        if len(with_tag) >= min_days and without:
            effects.append(
                HelpedEffect(
                    tag, len(with_tag), sum(with_tag) / len(with_tag), sum(without) / len(without)
                )
            )
    return sorted(effects, key=lambda effect: (-effect.difference, effect.tag.lower()))
