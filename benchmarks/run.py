"""Benchmarks: each figure is printed next to a floor measured in the same run, and as a ratio.

    python benchmarks/run.py

Floors are what the same job costs with nothing of ours in the way, so the ratios say what our
code adds on this machine, whatever the machine. Absolute times are printed too.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FRAME_MS = 16.0


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` runs of ``action``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, ours: list[float], floor: list[float], floor_name: str) -> None:
    ours_median, floor_median = statistics.median(ours), statistics.median(floor)
    p95 = statistics.quantiles(ours, n=20)[-1] if len(ours) >= 20 else max(ours)
    ratio = ours_median / floor_median if floor_median else float("inf")
    verdict = "under a frame" if p95 < FRAME_MS else "OVER A FRAME"
    print(
        f"{name:<34} median {ours_median:7.3f} ms  p95 {p95:7.3f} ms  "
        f"x{ratio:5.2f} vs {floor_name} ({floor_median:.3f} ms)  [{verdict}]"
    )


def bench_progress_write(folder: Path) -> None:
    """Saving the reading position, as the reader does after scrolling stops."""
    from caregiver_app.store import open_store  # noqa: PLC0415

    store = open_store(folder / "data").store
    profile = store.profiles.create("Bench")
    progress = store.progress(profile.id)
    progress.opened("module/lesson")
    for number in range(200):  # a realistic amount of history around the row we write
        progress.opened(f"module/lesson-{number}")
        progress.record_answer(f"module/lesson-{number}", "quiz-1", [1], True)
    positions = iter(range(10**9))
    ours = timed(
        lambda: progress.save_reading("module/lesson", next(positions) % 100 / 100, 1), 300
    )

    # Floor: the same single-row UPDATE on a bare SQLite file with the same durability settings.
    floor_db = sqlite3.connect(folder / "floor.db", isolation_level=None)
    floor_db.execute("PRAGMA journal_mode = WAL")
    floor_db.execute("PRAGMA synchronous = FULL")
    floor_db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, position REAL, seconds INTEGER)")
    floor_db.execute("INSERT INTO t VALUES ('module/lesson', 0, 0)")
    floor = timed(
        lambda: floor_db.execute(
            "UPDATE t SET position = ?, seconds = seconds + 1 WHERE k = ?", (0.5, "module/lesson")
        ),
        300,
    )
    report("progress write (save position)", ours, floor, "bare SQLite UPDATE")
    store.close()


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every dialog that it cannot resize windows; drop that."""
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415

    def handler(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def bench_profile_picker(folder: Path) -> None:
    """Opening the profile picker with a family of six, until it is painted."""
    from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QVBoxLayout  # noqa: PLC0415

    from caregiver_app.store import open_store  # noqa: PLC0415
    from caregiver_app.ui.profile_picker import ProfilePicker  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    quiet_offscreen_warnings()
    store = open_store(folder / "picker").store
    for name in ("Ana", "Ben", "Carmen", "Dev", "Eli", "Fatima"):
        store.profiles.mark_used(store.profiles.create(name).id)

    def ours() -> None:
        picker = ProfilePicker(store)
        picker.show()
        picker.grab()  # forces a full paint
        picker.close()
        picker.deleteLater()
        app.processEvents()

    def floor() -> None:
        dialog = QDialog()
        names = QListWidget()
        names.addItems(["Ana", "Ben", "Carmen", "Dev", "Eli", "Fatima"])
        QVBoxLayout(dialog).addWidget(names)
        dialog.show()
        dialog.grab()
        dialog.close()
        dialog.deleteLater()
        app.processEvents()

    ours()  # warm up Qt's style and font caches for both
    floor()
    report(
        "profile picker start (to painted)",
        timed(ours, 40),
        timed(floor, 40),
        "bare QDialog + list",
    )
    store.close()


def bench_stress_chart(folder: Path) -> None:
    """Drawing a year of the chart when ten years of daily check-ins are stored."""
    from datetime import date, timedelta  # noqa: PLC0415

    from PySide6.QtCharts import QChart, QChartView, QLineSeries  # noqa: PLC0415
    from PySide6.QtCore import QPointF  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from caregiver_app.store import StressEntry, open_store  # noqa: PLC0415
    from caregiver_app.ui.stress_chart import StressChart  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    store = open_store(folder / "chart").store
    private = store.private(store.profiles.create("Bench").id)
    today = date.today()
    for back in range(3653):
        day = today - timedelta(days=back)
        private.save_entry(StressEntry(day, back % 11, 6.5, 2, ("work",), ("walk",)))
    entries = private.entries()
    chart = StressChart()
    chart.resize(900, 320)
    chart.show()

    def ours() -> None:
        chart.show_entries(entries, 365)
        chart.grab()

    bare = QChartView()
    bare.resize(900, 320)
    series = QLineSeries()
    bare_chart = QChart()
    bare_chart.addSeries(series)
    bare_chart.createDefaultAxes()
    bare.setChart(bare_chart)
    bare.show()
    points = [QPointF(index, index % 11) for index in range(365)]

    def floor() -> None:
        series.replace(points)
        bare.grab()

    ours()
    floor()
    report(
        "stress chart, 365 of 3,653 days", timed(ours, 20), timed(floor, 20), "bare QtCharts line"
    )
    started = time.perf_counter()
    private.entries()
    print(f"{'  (reading all 3,653 entries)':<34} {(time.perf_counter() - started) * 1000:7.1f} ms")
    app.processEvents()
    store.close()


def make_big_library(folder: Path, lessons: int = 1000) -> Path:
    """A content folder of ``lessons`` lessons, made from the shipped ones, renamed."""
    from caregiver_app.lessons import load_library  # noqa: PLC0415
    from caregiver_app.paths import shipped_content_dir  # noqa: PLC0415

    shipped = load_library(shipped_content_dir()).lessons
    root = folder / "big"
    for number in range(lessons):
        source = shipped[number % len(shipped)]
        target = (
            root
            / "en"
            / f"{number // 25:02d}-module-{number // 25}"
            / f"{number % 25:02d}-lesson-{number}.md"
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.path.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def bench_search(folder: Path) -> None:
    """Searching 1,000 lessons while typing: each keystroke's query, once the index is built."""
    from caregiver_app.lessons import load_library  # noqa: PLC0415
    from caregiver_app.lessons.search import SearchIndex  # noqa: PLC0415

    library = load_library(make_big_library(folder))
    started = time.perf_counter()
    index = SearchIndex.build(library, folder / "search-cache.db")
    built = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    SearchIndex.build(library, folder / "search-cache.db")
    cached = (time.perf_counter() - started) * 1000
    typed = [
        word[:end]
        for word in ("sleep", "burnout", "medicine", "warning signs")
        for end in range(2, len(word) + 1)
    ]
    ours = [t for query in typed for t in timed(lambda query=query: index.search(query), 3)]

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    connection.executemany(
        "INSERT INTO t VALUES (?)", [(lesson.body,) for lesson in library.lessons]
    )
    floor = [
        t
        for query in typed
        for t in timed(
            lambda query=query: connection.execute(
                "SELECT rowid FROM t WHERE t MATCH ? LIMIT 30", (f'"{query}"*',)
            ).fetchall(),
            3,
        )
    ]
    report("search 1,000 lessons (per keystroke)", ours, floor, "bare FTS5 MATCH")
    print(f"{'  (index built / loaded from cache)':<34} {built:7.1f} ms / {cached:.1f} ms")


def bench_unlock() -> None:
    """Unlocking a vault: the key derivation is slow on purpose (a wrong guess costs as much)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415

    from caregiver_app.store import vault  # noqa: PLC0415

    _, material, _ = vault.create("benchmark passcode")
    ours = timed(lambda: vault.unlock(material, "benchmark passcode"), 5)
    floor = timed(
        lambda: Scrypt(salt=b"0" * 16, length=32, **vault.KDF_PARAMS).derive(b"benchmark passcode"),
        5,
    )
    median, floor_median = statistics.median(ours), statistics.median(floor)
    print(
        f"{'vault unlock (scrypt n=2^17)':<34} median {median:7.1f} ms  "
        f"x{median / floor_median:5.2f} vs bare scrypt ({floor_median:.1f} ms)  "
        "[off the UI thread; >= 250 ms by design]"
    )


def main() -> int:
    import platform  # noqa: PLC0415

    print(
        f"Caregiver Companion benchmarks — {platform.platform()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as folder:
        bench_progress_write(Path(folder))
        bench_profile_picker(Path(folder))
        bench_stress_chart(Path(folder))
        bench_search(Path(folder))
    bench_unlock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
