"""Timing and reporting shared by the benchmarks: every figure beside its floor, as a ratio."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

FRAME_MS = 16.0


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` runs of ``action``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(
    name: str,
    ours: list[float],
    floor: list[float],
    floor_name: str,
    frame_budget: bool = True,
) -> None:
    """One line: our median and 95th percentile, the floor's median, and the ratio of medians.

    ``frame_budget`` says whether the work happens while someone waits on the UI thread, where
    anything over a frame (16 ms) is felt; start-up and background work are judged on their own.
    """
    ours_median, floor_median = statistics.median(ours), statistics.median(floor)
    p95 = statistics.quantiles(ours, n=20)[-1] if len(ours) >= 20 else max(ours)
    ratio = ours_median / floor_median if floor_median else float("inf")
    verdict = ""
    if frame_budget:
        verdict = "  [under a frame]" if p95 < FRAME_MS else "  [OVER A FRAME]"
    print(
        f"{name:<38} median {ms(ours_median):>6} ms  p95 {ms(p95):>6} ms  "
        f"x{ratio:5.2f} vs {floor_name} ({ms(floor_median)} ms){verdict}"
    )


def ms(value: float) -> str:
    """Milliseconds with three significant figures or whole numbers: 0.095, 12.4, 1043."""
    if value < 10:
        return f"{value:.3f}"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"
