"""The 5 MB stress-log import, end to end, through the real dialog: how long it takes and how
long the UI thread is ever kept from its events meanwhile.

    python benchmarks/csv_import.py            # from the repository root

Builds a 5 MB file of one check-in a day since 1900 (about 45,000 rows, the most a file can
hold once each day is kept once), imports it into a fresh store without and with a passcode,
and prints for each: seconds from start to summary, and the longest gap between two ticks of a
10 ms timer on the UI thread (a frozen window shows as a long gap).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from caregiver_app.store import open_store
from caregiver_app.store.csvfiles import MAX_IMPORT_BYTES
from caregiver_app.ui.private.import_dialog import ImportDialog


def five_megabytes(path: Path) -> int:
    """Write the file; returns its number of rows."""
    lines = ["date,stress,sleep_hours,mood,caused,helped,note"]
    day, size, count = date(1900, 1, 1), 0, 0
    note = "Slept badly; a long day at work, then a good talk with my sister about the weekend"
    while day <= date.today():
        line = f'{day.isoformat()},{count % 11},6.5,okay,work; money,walk; talking,"{note}"'
        if size + len(line) + 2 > MAX_IMPORT_BYTES - 100:  # room for the header
            break
        lines.append(line)
        size += len(line) + 2
        day += timedelta(days=1)
        count += 1
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return count


def import_once(app: QApplication, store, profile_id: int, vault, source: Path) -> str:
    """One import through the dialog (answering "Replace them" if asked); a line of figures."""
    dialog = ImportDialog(source, store, profile_id, vault)
    dialog.show()
    longest, ticks = [0.0], QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        longest[0] = max(longest[0], ticks.restart())

    timer.timeout.connect(tick)
    began = time.perf_counter()
    ticks.start()
    timer.start()
    dialog.start()
    asked = False
    while not dialog.finished_import:
        if dialog.replace_button.isVisible():
            asked = True
            dialog.replace_button.click()
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - began
    timer.stop()
    imported = dialog.imported
    dialog.close()
    dialog.deleteLater()
    question = ", asked and replaced every day" if asked else ""
    return (
        f"{seconds:.2f} s to the summary, {imported:,} check-ins{question}, "
        f"longest UI-thread gap {longest[0]:.0f} ms"
    )


def run(app: QApplication, folder: Path, source: Path, passcode: bool) -> None:
    store = open_store(folder).store
    try:
        profile = store.profiles.create("Ana")
        vault = store.set_passcode(profile.id, "blue kettle 42")[0] if passcode else None
        label = "with a passcode (sealed)" if passcode else "without a passcode"
        print(f"import {label}: {import_once(app, store, profile.id, vault, source)}")
        if passcode:
            again = import_once(app, store, profile.id, vault, source)
            print(f"the same file again, {label}: {again}")
    finally:
        store.close()


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        source = root / "five-megabytes.csv"
        rows = five_megabytes(source)
        print(f"file: {source.stat().st_size:,} bytes, {rows:,} rows")
        for passcode in (False, True):
            run(app, root / f"data-{passcode}", source, passcode)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
