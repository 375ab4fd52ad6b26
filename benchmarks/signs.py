"""The signs timeline with ten years of daily ticks for 30 signs, sealed under a passcode: the
UI thread's work per screen (the grid of a year worked out, and painted) against QPainter
drawing the same cells with nothing of ours in the way."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from measure import report, timed

SIGNS = 30
DAYS = 3653
WEEKS = 52


def bench_signs_timeline(folder: Path, passcode: str) -> None:
    from PySide6.QtCore import QRectF  # noqa: PLC0415
    from PySide6.QtGui import QColor, QPainter  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: PLC0415

    from caregiver_app.store import open_store  # noqa: PLC0415
    from caregiver_app.store.sign_watch import week_grid  # noqa: PLC0415
    from caregiver_app.store.signs import SignDay  # noqa: PLC0415
    from caregiver_app.ui.private.signs_timeline import SignsTimeline  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    store = open_store(folder / "signs").store
    profile_id = store.profiles.create("Bench").id
    vault, _ = store.set_passcode(profile_id, passcode)
    private = store.private(profile_id, vault)
    stages = ("early", "worse", "crisis")
    signs = [private.add_sign(stages[n % 3], f"sign number {n}") for n in range(SIGNS)]
    today = date.today()
    for back in range(DAYS):
        seen = frozenset(sign.id for n, sign in enumerate(signs) if (back + n) % 4 == 0)
        private.save_sign_day(SignDay(today - timedelta(days=back), seen), today)
    began = time.perf_counter()
    days = private.sign_days()
    read_ms = (time.perf_counter() - began) * 1000
    timeline = SignsTimeline()
    timeline.resize(900, 40 * SIGNS)
    timeline.show()

    def ours() -> None:
        timeline.show_grid(week_grid(signs, days, WEEKS, today), "")
        timeline.grab()

    class Bare(QWidget):
        def paintEvent(self, _event: object) -> None:
            painter = QPainter(self)
            cell = (self.width() - 200) / WEEKS
            row = self.height() / (SIGNS + 1)
            painter.setBrush(QColor("#c08a3e"))
            for sign in range(SIGNS):
                painter.drawText(QRectF(0, (sign + 1) * row, 190, row), 0, f"sign number {sign}")
                for week in range(WEEKS):
                    painter.drawRect(QRectF(200 + week * cell, (sign + 1) * row, cell - 2, row - 4))
            painter.end()

    bare = Bare()
    bare.resize(900, 40 * SIGNS)
    bare.show()
    ours()
    bare.grab()
    report(
        f"signs timeline, {WEEKS} weeks of {DAYS:,} days x {SIGNS} signs",
        timed(ours, 20),
        timed(bare.grab, 20),
        "bare QPainter grid",
    )
    working_out = statistics.median(timed(lambda: week_grid(signs, days, WEEKS, today), 20))
    timeline.show_grid(week_grid(signs, days, WEEKS, today), "")
    painting = statistics.median(timed(timeline.grab, 20))
    print(
        f"  (of which working out the grid, and painting) {working_out:.1f} ms, {painting:.1f} ms"
    )
    print(f"  (reading the {DAYS:,} sealed days, once per change) {read_ms:9.0f} ms")
    app.processEvents()
    store.close()
