"""The double-click program: build.spec makes a bundle that starts, draws and finds its lessons.

Slow (PyInstaller takes half a minute or more), and run in CI all the same: a bundle that cannot
find its content or translations is the failure families would meet first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from caregiver_app.lessons import check_content
from caregiver_app.paths import shipped_content_dir

ROOT = Path(__file__).resolve().parent.parent
EXECUTABLE = "caregiver-companion.exe" if sys.platform == "win32" else "caregiver-companion"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle, built once for this module's tests."""
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "CaregiverCompanion"


def run_bundle(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # A home of its own, so that the built program never reads or writes the real user's files.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    return subprocess.run(
        [str(bundle / EXECUTABLE), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def screenshot(bundle: Path, tmp_path: Path, view: str, language: str = "en") -> QImage:
    out = tmp_path / f"{view.replace(':', '_').replace('/', '_')}-{language}.png"
    result = run_bundle(
        bundle,
        "--data-dir",
        str(tmp_path / "data"),
        "--lang",
        language,
        "--screenshot",
        str(out),
        "--view",
        view,
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    return QImage(str(out))


@pytest.mark.slow
def test_built_program_draws_a_lesson(bundle: Path, tmp_path: Path) -> None:
    english = screenshot(bundle, tmp_path, "lesson:early-warning-signs/common-early-signs")
    assert (english.width(), english.height()) == (1100, 820)
    colours = {
        english.pixel(x, y)
        for x in range(0, english.width(), 5)
        for y in range(0, english.height(), 5)
    }
    assert len(colours) > 20  # a lesson was drawn, not an empty window or an error page


@pytest.mark.slow
def test_built_program_draws_the_stress_chart_and_progress(bundle: Path, tmp_path: Path) -> None:
    # QtCharts (and the OpenGL libraries it links) and the progress page: the parts most at
    # risk when build.spec leaves Qt files out.
    for view in ("stress-log", "progress"):
        image = screenshot(bundle, tmp_path / view, view)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 5)
        }
        assert image.width() == 1100 and len(colours) > 20, view


@pytest.mark.slow
def test_built_program_speaks_spanish(bundle: Path, tmp_path: Path) -> None:
    # The support page's text comes from the English content either way, so only the interface
    # can differ: without its compiled translations the bundle would quietly draw English.
    english = screenshot(bundle, tmp_path / "en", "support", "en")
    assert screenshot(bundle, tmp_path / "es", "support", "es") != english


@pytest.mark.slow
def test_built_program_checks_its_own_content(bundle: Path, tmp_path: Path) -> None:
    own_content = next(bundle.rglob("content/en")).parent
    result = run_bundle(bundle, "check-content", str(own_content), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    shipped = check_content(shipped_content_dir()).lesson_count  # every language's lessons
    assert f"No problems found in {shipped} lessons" in result.stdout
    assert "warning:" not in result.stdout  # every translation there and up to date


@pytest.mark.slow
def test_built_program_carries_its_window_icon_in_every_size(bundle: Path) -> None:
    drawn = {path.name for path in (ROOT / "resources" / "icons" / "png").glob("*.png")}
    assert drawn and {path.name for path in bundle.rglob("icons/png/*.png")} == drawn
