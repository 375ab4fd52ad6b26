"""The project's own promises: ruff clean, and CI runs exactly the README's test command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing() -> None:
    for command in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^(python3 -m venv .venv && .+)$", readme, flags=re.MULTILINE)
    test_command = next(command for command in commands if "pytest" in command)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_lessons_and_store_do_not_import_qt() -> None:
    for package in ("lessons", "store"):
        for path in (ROOT / "caregiver_app" / package).rglob("*.py"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), path


def test_appdirs_is_asked_only_by_paths_module() -> None:
    users = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "caregiver_app").rglob("*.py")
        if "import appdirs" in path.read_text(encoding="utf-8")
    ]
    assert users == ["caregiver_app/paths.py"]


@pytest.mark.slow
def test_benchmark_script_runs_and_reports_ratios(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--bundle",
            str(tmp_path / "no-bundle"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for figure in (
        "start to painted window, shipped lessons",
        "start to painted window, 100 lessons",
        "open a 2,",
        "progress write",
        "profile picker start",
        "stress chart",
        "unlock + read 3,653 check-ins",
        "search 100 lessons",
        "list ",
    ):
        line = next((line for line in lines if line.startswith(figure)), None)
        assert line is not None, f"no {figure!r} in:\n{result.stdout}"
        assert re.search(r"median +[\d.]+ ms .* x ?[\d.]+ vs ", line), line
    assert any(line.startswith("peak memory after 50 lessons") and " vs " in line for line in lines)
    assert any(line.startswith("bundle") and "not measured" in line for line in lines)
