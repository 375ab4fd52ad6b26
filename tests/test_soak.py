"""A soak: the real app in a real X server (Xvfb), driven by random keyboard input as a restless
user would (shortcuts, typing, search, lessons opened and left, menus, themes, quick-hide), then
quit normally. Every run must end by itself with exit status 0 and print nothing on stderr.

``SOAK_RUNS`` and ``SOAK_ACTIONS`` set the size (CI runs a few; ``scripts/repeat-tests --soak``
runs 20 of 100). Needs Debian's ``xvfb`` and ``xdotool``; skipped without them.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

RUNS = int(os.environ.get("SOAK_RUNS", "3"))
ACTIONS = int(os.environ.get("SOAK_ACTIONS", "100"))
QUIT_WITHIN_SECONDS = 20

# What a person presses: the app's shortcuts, moving about, answering, menus and typing.
KEYS = [
    "alt+Home", "alt+p", "alt+s", "alt+w", "F1", "alt+Left", "ctrl+plus", "ctrl+minus",
    "ctrl+0", "ctrl+l", "ctrl+f", "ctrl+s", "Tab", "shift+Tab", "Return", "space", "Down",
    "Up", "Next", "Prior", "Home", "End", "Escape", "Left", "Right", "alt+v", "alt+h",
]  # fmt: skip
WORDS = ["sleep", "stress", "warning signs", "help", "relapse", "zzz", "é", "1"]


def _tools_missing() -> bool:
    return not (shutil.which("Xvfb") and shutil.which("xdotool"))


class Display:
    """A private X server for one run, on a display number the server picks itself (-displayfd):
    a fixed number can be taken by another server, or by a socket one left behind."""

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x900x24",
                "-nolisten",
                "tcp",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_end,),
        )
        os.close(write_end)
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()  # written once the server accepts clients
        if not number.isdigit():
            self.process.kill()
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"
        # Announced is not always answering yet (a run once met "could not connect"): ask it.
        deadline = time.monotonic() + 10
        while not self.xdotool("getdisplaygeometry").strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError(f"Xvfb {self.name} does not answer")
            time.sleep(0.1)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.name},
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return result.stdout

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _windows(display: Display, pid: int) -> list[str]:
    """The app's visible windows, oldest first (the newest is a dialog, when one is open)."""
    return display.xdotool("search", "--onlyvisible", "--pid", str(pid), "").split()


def _focus_newest(display: Display, pid: int) -> None:
    windows = _windows(display, pid)
    if windows:
        display.xdotool("windowfocus", windows[-1])


def _random_action(display: Display, randomness: random.Random) -> None:
    roll = randomness.random()
    if roll < 0.12:
        display.xdotool("type", "--delay", "5", randomness.choice(WORDS))
    elif roll < 0.22:  # search, then open the first result
        display.xdotool("key", "ctrl+k")
        display.xdotool("type", "--delay", "5", randomness.choice(WORDS))
        display.xdotool("key", "Return", "Down", "Return")
    elif roll < 0.26:
        display.xdotool("key", "Escape", "Escape")  # quick-hide
    else:
        display.xdotool("key", randomness.choice(KEYS))


def _quit(display: Display, app: subprocess.Popen) -> bool:
    """Close any dialog or menu, then quit as a user does; False if the app did not end."""
    for _ in range(6):
        if len(_windows(display, app.pid)) <= 1:
            break
        _focus_newest(display, app.pid)
        display.xdotool("key", "Escape")
        time.sleep(0.2)
    _focus_newest(display, app.pid)
    display.xdotool("key", "ctrl+q")
    try:
        app.wait(QUIT_WITHIN_SECONDS)
    except subprocess.TimeoutExpired:
        app.kill()
        return False
    return True


def _soak_with_a_display(tmp_path: Path, seed: int) -> tuple[int, str, bool]:
    """One run; again on a new X server if the app could not even reach this one (that is the
    X server's failure, not the app's: Qt aborts when it has no display)."""
    outcome = _soak_once(tmp_path, seed)
    if outcome[0] and "could not connect to display" in outcome[1]:
        shutil.rmtree(tmp_path / f"data-{seed}", ignore_errors=True)
        outcome = _soak_once(tmp_path, seed)
    return outcome


def _soak_once(tmp_path: Path, seed: int) -> tuple[int, str, bool]:
    randomness = random.Random(seed)
    display = Display()
    try:
        env = {**os.environ, "DISPLAY": display.name, "PYTHONFAULTHANDLER": "1"}
        env.pop("QT_QPA_PLATFORM", None)  # a real window this time
        app = subprocess.Popen(
            [sys.executable, "-m", "caregiver_app", "--data-dir", str(tmp_path / f"data-{seed}")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while not _windows(display, app.pid):
            if time.monotonic() > deadline or app.poll() is not None:
                break
            time.sleep(0.1)
        for _ in range(ACTIONS):
            if app.poll() is not None:
                break
            _focus_newest(display, app.pid)
            _random_action(display, randomness)
            time.sleep(randomness.uniform(0.01, 0.12))
        hung = app.poll() is None and not _quit(display, app)
        _, stderr = app.communicate(timeout=30)
        stderr = "\n".join(
            line for line in stderr.splitlines() if not line.startswith("Defaulting to search")
        )
        return app.returncode, stderr, hung
    finally:
        display.close()


@pytest.mark.slow
@pytest.mark.skipif(_tools_missing(), reason="needs Debian's xvfb and xdotool")
def test_random_keyboard_soak_never_crashes_hangs_or_complains(tmp_path: Path) -> None:
    outcomes = [_soak_with_a_display(tmp_path, seed) for seed in range(RUNS)]
    crashes = [(seed, code) for seed, (code, _, hung) in enumerate(outcomes) if code and not hung]
    hangs = [seed for seed, (_, _, hung) in enumerate(outcomes) if hung]
    noise = {seed: err for seed, (_, err, _) in enumerate(outcomes) if err.strip()}
    print(
        f"soak: {RUNS} runs of {ACTIONS} actions: {len(crashes)} crashes, {len(hangs)} hangs, "
        f"{len(noise)} with stderr output"
    )
    assert not crashes, f"runs that exited badly (seed, status): {crashes}; stderr: " + "\n".join(
        outcomes[seed][1][-4000:] for seed, _code in crashes
    )
    assert not hangs, f"runs that did not quit within {QUIT_WITHIN_SECONDS} s: {hangs}"
    assert not noise, f"stderr: {noise}"
    # The keys really reached the app: lessons were opened along the way.
    opened = 0
    for seed in range(RUNS):
        database = sqlite3.connect(tmp_path / f"data-{seed}" / "caregiver.db")
        opened += database.execute("SELECT count(*) FROM lesson_progress").fetchone()[0]
        database.close()
    assert opened > 0
