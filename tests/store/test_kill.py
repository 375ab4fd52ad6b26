"""Durability, tested rather than promised: kill a writer at random moments, then check."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caregiver_app.store import open_store

ROUNDS = 200

WRITER = """
import sys
from pathlib import Path
from caregiver_app.store import open_store

store = open_store(Path(sys.argv[1])).store
profiles = store.profiles.all() or [store.profiles.create("Writer")]
progress = store.progress(profiles[0].id)
start = int(sys.argv[2])
for number in range(start, start + 100_000):
    progress.record_answer("m/a", f"quiz-{number}", [number % 3], number % 2 == 0)
    progress.save_reading("m/a", (number % 100) / 100, 1)
    print(number, flush=True)  # only after the commit has returned
    if number % 40 == 0:  # backups while running, so some kills land inside a copy
        store.backup_now()
        store.export_to(Path(sys.argv[1]) / "export.ccbackup")
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_never_loses_a_committed_change(tmp_path: Path) -> None:
    randomness = random.Random(20261129)
    committed: set[int] = set()
    next_number = 0
    cut_short = 0  # rounds whose kill landed inside a copy
    for _ in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), str(next_number)],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(randomness.uniform(0.15, 0.6))
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        numbers = [int(line) for line in output.split()]
        committed.update(numbers)
        next_number = (max(numbers) + 1) if numbers else next_number + 100_000
        cut_short += any(tmp_path.rglob("*.partial*"))

        store = open_store(tmp_path).store  # the lock died with the writer
        leftovers = [path.name for path in tmp_path.rglob("*.partial*")]
        assert not leftovers, f"half-copies survived: {leftovers}"
        assert not [path for path in tmp_path.iterdir() if ".corrupt-" in path.name]
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        saved = {
            int(quiz_id.removeprefix("quiz-"))
            for (quiz_id,) in store.connection.execute("SELECT quiz_id FROM quiz_attempts")
        }
        store.close()
        assert committed <= saved, f"lost {sorted(committed - saved)[:5]}"
    assert len(committed) > ROUNDS  # the writer really wrote between kills
    print(f"{cut_short} of {ROUNDS} kills landed inside a copy")
    assert cut_short > 0  # so "no .partial survives" was really put to the test (49 of 200)
