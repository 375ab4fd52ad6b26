"""Benchmarks that need a new process each time: start-up, peak memory and the built bundle.

Every child runs with a home folder of its own under the benchmark's temporary folder, so nothing
is read from or written to the real user's data, and with Python's usual bytecode cache (this
machine's shell may turn it off; an installed app has it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from measure import report

CHILD = Path(__file__).resolve().with_name("children.py")
FLOOR_NAME = "bare window + QTextBrowser"


def child_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def until_line(command: list[str], env: dict[str, str], prefix: str) -> tuple[float, str]:
    """Milliseconds from starting ``command`` until it prints a line starting with ``prefix``,
    and that line."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as process:
        for line in process.stdout:
            if line.startswith(prefix):
                elapsed = (time.perf_counter() - started) * 1000
                process.wait(timeout=120)
                return elapsed, line.strip()
    raise RuntimeError(f"{' '.join(command)} ended without printing {prefix!r}")


def until_exit(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting ``command`` until it exits successfully."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return (time.perf_counter() - started) * 1000


def bench_start(folder: Path, big_library: Path, big_count: int, runs: int) -> None:
    """A new process until the library window is painted, against a bare window's start."""
    env = child_env(folder / "start-home")
    floor_command = [sys.executable, str(CHILD), "start-floor"]
    for label, content in (("shipped lessons", None), (f"{big_count:,} lessons", big_library)):
        arguments = ["--data-dir", str(folder / f"start-data-{len(label)}")]
        if content is not None:
            arguments += ["--content", str(content)]
        ours_command = [sys.executable, str(CHILD), "start-ours", *arguments]
        # The first start ever makes the profile, the search index cache and Python's bytecode
        # cache; it is reported on its own, and the runs after it are what a family sees daily.
        first, _ = until_line(ours_command, env, "painted")
        until_line(floor_command, env, "painted")
        ours, floor = [], []
        for _ in range(runs):  # interleaved, so that a busy moment hits both alike
            ours.append(until_line(ours_command, env, "painted")[0])
            floor.append(until_line(floor_command, env, "painted")[0])
        report(f"start to painted window, {label}", ours, floor, FLOOR_NAME, frame_budget=False)
        print(f"{'  (the very first start)':<38} {first:6.0f} ms")


def bench_memory(folder: Path, big_library: Path, lessons: int = 50) -> None:
    """Peak memory after opening ``lessons`` lessons one after another, against a bare window
    that shows the same lessons through Python-Markdown and nh3."""
    env = child_env(folder / "memory-home")
    ours_command = [
        sys.executable,
        str(CHILD),
        "memory-ours",
        str(lessons),
        "--content",
        str(big_library),
        "--data-dir",
        str(folder / "memory-data"),
    ]
    floor_command = [sys.executable, str(CHILD), "memory-floor", str(lessons), str(big_library)]
    ours = int(until_line(ours_command, env, "peak-kib")[1].split()[1])
    floor = int(until_line(floor_command, env, "peak-kib")[1].split()[1])
    if not ours or not floor:
        print(f"{'peak memory':<38} not reported by this OS")
        return
    print(
        f"{f'peak memory after {lessons} lessons':<38} {ours / 1024:6.0f} MiB  "
        f"x{ours / floor:5.2f} vs {FLOOR_NAME} showing the same ({floor / 1024:.0f} MiB)"
    )


def bench_bundle(folder: Path, bundle: Path, runs: int) -> None:
    """The PyInstaller bundle's size, and how long it takes to start, draw the library into a
    picture and exit (``--screenshot``), against the same command run from source."""
    executable = bundle / (
        "caregiver-companion.exe" if sys.platform == "win32" else "caregiver-companion"
    )
    if not executable.is_file():
        print(
            f"{'bundle':<38} not measured: no {executable} "
            "(build it with `pyinstaller build.spec`, or pass --bundle DIR)"
        )
        return
    # PyInstaller links some libraries from one place to another; count each file once.
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    print(f"{'bundle size':<38} {size / 2**20:6.0f} MiB in {len(files):,} files ({bundle})")
    env = child_env(folder / "bundle-home")

    def screenshot(program: list[str], name: str) -> list[str]:
        out = folder / f"{name}.png"
        return [*program, "--data-dir", str(folder / f"{name}-data"), "--screenshot", str(out)]

    bundled = screenshot([str(executable)], "bundle")
    from_source = screenshot([sys.executable, "-m", "caregiver_app"], "source")
    until_exit(bundled, env)  # first runs make the profile and warm the disk cache
    until_exit(from_source, env)
    ours, floor = [], []
    for _ in range(runs):
        ours.append(until_exit(bundled, env))
        floor.append(until_exit(from_source, env))
    report(
        "bundle: start, draw library, exit", ours, floor, "the same from source", frame_budget=False
    )
