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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Beside this file; `python benchmarks/run.py` puts this folder first on the import path.
import processes  # noqa: E402
import searching  # noqa: E402
import signs  # noqa: E402
from measure import report, timed  # noqa: E402


def make_long_lesson(folder: Path, words: int = 2000) -> tuple[Path, str]:
    """A content folder holding one lesson of at least ``words`` words, made of shipped lessons'
    text (headings, lists, quizzes and all), and that lesson's ID."""
    from caregiver_app.lessons import load_library  # noqa: PLC0415
    from caregiver_app.paths import shipped_content_dir  # noqa: PLC0415

    bodies = []
    for lesson in load_library(shipped_content_dir()).lessons:
        bodies.append(lesson.path.read_text(encoding="utf-8").split("\n---\n", 1)[1])
        if sum(len(body.split()) for body in bodies) >= words:
            break
    # Quiz and reflection IDs must be unique within a lesson; number each part's own.
    text = "\n\n".join(
        body.replace("id: ", f"id: part{number}-") for number, body in enumerate(bodies)
    )
    root = folder / "long"
    target = root / "en" / "01-long" / "01-long-lesson.md"
    target.parent.mkdir(parents=True)
    target.write_text(
        f"---\ntitle: A long lesson\nsummary: {words:,} words and more.\n---\n{text}",
        encoding="utf-8",
    )
    library = load_library(root)
    if library.problems or len(library.lessons) != 1:
        raise RuntimeError(f"the generated long lesson has problems: {library.problems[:3]}")
    return root, library.lessons[0].id


class LessonOpening:
    """Opens one lesson in the main window as a reader would, timing it until its first screen
    is painted; the rest of the lesson, built just after (ui/reader/lesson_parts.py), is timed
    apart, as the text is on screen meanwhile."""

    def __init__(self, window: object, lesson_id: str, rendered_on_disk: Path):
        from PySide6.QtCore import QEventLoop  # noqa: PLC0415

        self.window, self.lesson_id, self.rendered_on_disk = window, lesson_id, rendered_on_disk
        self.reader = window.reading.reader
        self.rest: list[float] = []
        self._waiting = QEventLoop()
        self.reader.lesson_shown.connect(self._waiting.quit)

    def open(self, first_time: bool = True, on_this_machine: bool = False) -> float:
        """Milliseconds until painted: not rendered in this session (``first_time``), and then
        either rendered or read from the disk cache (``on_this_machine``)."""
        from PySide6.QtCore import QEvent, QEventLoop  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        if first_time:
            self.window.session.library._rendered.clear()
            if not on_this_machine:
                for entry in self.rendered_on_disk.glob("*.json"):
                    entry.unlink()
        started = time.perf_counter()
        shown = []
        self.reader.lesson_shown.connect(shown.append)
        self.window.open_lesson(self.lesson_id)
        if not shown:  # rendered off the UI thread, which waits in the event loop as the app's
            self._waiting.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.reader.lesson_shown.disconnect(shown.append)
        # The previous lesson's widgets go with deleteLater(), which the app's event loop carries
        # out at its next turn; count it here, as part of this opening.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.window.grab()  # the first screen of the lesson is painted: what the reader sees
        painted = time.perf_counter()
        # What the app does in the turns of its loop after that paint: the rest of the lesson,
        # and deleting the last lesson's widgets (see ``reading_area.clear``).
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        while not self.reader.parts.whole:
            QApplication.processEvents()
        self.rest.append((time.perf_counter() - painted) * 1000)
        return (painted - started) * 1000


def bench_open_lesson(folder: Path) -> None:
    """Opening a 2,000-word lesson in the main window until it is painted."""
    import markdown  # noqa: PLC0415
    import nh3  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: PLC0415

    from caregiver_app import config  # noqa: PLC0415
    from caregiver_app.ui.app import build_window  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    quiet_offscreen_warnings()
    content, lesson_id = make_long_lesson(folder)
    window = build_window(config.resolve(content_dir=content, data_dir=folder / "open-data"))
    window.resize(1100, 820)
    window.show()
    opening = LessonOpening(window, lesson_id, folder / "open-data" / "cache" / "rendered")

    text = window.session.library.lessons[0].path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    browser = QTextBrowser()
    browser.resize(window.reading.reader.size())
    browser.show()

    def floor() -> None:
        browser.setHtml(nh3.clean(markdown.markdown(text)))
        browser.grab()

    opening.open()
    floor()
    floor_times = timed(floor, 10)
    opening.rest.clear()
    first = [opening.open() for _ in range(10)]
    name = "Markdown + nh3 + setHtml"
    # Rendered off the UI thread (the window stays responsive meanwhile): no frame budget.
    report(f"open a {len(text.split()):,}-word lesson, painted", first, floor_times, name, False)
    print(
        f"{'  (then the rest of it, built after)':<38} {statistics.median(opening.rest):6.1f} ms "
        "more, its first screen on view meanwhile"
    )
    opening.open(on_this_machine=True)  # rendered and kept on disk, as by an earlier session
    later = [opening.open(on_this_machine=True) for _ in range(10)]
    report("  the same, opened in a later session", later, floor_times, name, False)
    again = []
    for _ in range(10):  # back to the library (not timed), then the same lesson, as a reader would
        window.show_library()
        window.grab()
        again.append(opening.open(first_time=False))
    report("  the same lesson opened again, painted", again, floor_times, name)
    window.close()
    app.processEvents()


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
    from caregiver_app.ui.shell.profile_picker import ProfilePicker  # noqa: PLC0415

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


PASSCODE = "benchmark passcode"


def bench_stress_chart(folder: Path) -> None:
    """Drawing a year of the chart, and unlocking, with ten years of daily check-ins stored
    under a passcode."""
    from datetime import date, timedelta  # noqa: PLC0415

    from PySide6.QtCharts import QChart, QChartView, QLineSeries  # noqa: PLC0415
    from PySide6.QtCore import QPointF  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from caregiver_app.store import StressEntry, open_store  # noqa: PLC0415
    from caregiver_app.ui.private.stress_chart import StressChart  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    store = open_store(folder / "chart").store
    profile_id = store.profiles.create("Bench").id
    vault, _ = store.set_passcode(profile_id, PASSCODE)
    private = store.private(profile_id, vault)
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
    bench_unlock(store, profile_id)
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


def bench_unlock(store: object, profile_id: int) -> None:
    """Unlocking the private entries and reading ten years of them. The key derivation is slow
    on purpose (each wrong guess costs an attacker as much) and runs off the UI thread."""
    from caregiver_app.store import vault  # noqa: PLC0415
    from caregiver_app.store.passcodes import lock_material  # noqa: PLC0415

    material = lock_material(store.connection, profile_id)

    def ours() -> None:
        private = store.private(profile_id, vault.unlock(material, PASSCODE))
        private.check()  # what the app does right after unlocking (store.integrity)
        private.entries()

    def floor() -> None:
        vault.derive_key(PASSCODE, b"0" * 16, vault.NEW_WRAP_KDF)

    report(
        "unlock + read 3,653 check-ins",
        timed(ours, 5),
        timed(floor, 5),
        "bare key derivation (Argon2id), same cost",
        frame_budget=False,  # off the UI thread; "Checking…" shows meanwhile
    )
    started = time.perf_counter()
    entries = store.private(profile_id, vault.unlock(material, PASSCODE))
    unlocked_at = time.perf_counter()
    entries.entries()
    print(
        f"{'  (of which decrypting and reading)':<38} "
        f"{(time.perf_counter() - unlocked_at) * 1000:6.0f} ms "
        f"of {(time.perf_counter() - started) * 1000:.0f} ms"
    )


def main() -> int:
    import argparse  # noqa: PLC0415
    import platform  # noqa: PLC0415

    from PySide6 import __version__ as pyside_version  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--bundle",
        type=Path,
        default=ROOT / "dist" / "CaregiverCompanion",
        help="the PyInstaller bundle to measure (default: dist/CaregiverCompanion)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer runs and a 100-lesson library: checks the script works, not for the record",
    )
    args = parser.parse_args()
    runs, big_count = (2, 100) if args.quick else (7, 1000)
    print(
        f"Caregiver Companion benchmarks — {platform.platform()}, "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # Preferences, caches and config are looked for under a home of the benchmark's own.
        for variable, place in (
            ("HOME", ""),
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_CACHE_HOME", ".cache"),
        ):
            os.environ[variable] = str(folder / "home" / place)
        big_library = make_big_library(folder, big_count)
        processes.bench_start(folder, big_library, big_count, runs)
        processes.bench_memory(folder, big_library)
        processes.bench_bundle(folder, args.bundle, runs)
        bench_open_lesson(folder)
        bench_progress_write(folder)
        bench_profile_picker(folder)
        bench_stress_chart(folder)
        signs.bench_signs_timeline(folder, PASSCODE)
        searching.bench_search(folder, big_library)
    return 0


if __name__ == "__main__":
    sys.exit(main())
