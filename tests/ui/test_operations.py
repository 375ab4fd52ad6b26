"""The operations layer: background work reports on the UI thread, fails visibly, stops when its
owner goes, and leaves nothing running."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.ui.widgets import operations
from caregiver_app.ui.widgets.operations import LatestOnly, Operation


def test_success_runs_on_the_ui_thread_with_the_result(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    threads: list[bool] = []
    seen: list[int] = []

    def work() -> int:
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return 42

    def done(value: int) -> None:
        seen.append(value)
        threads.append(QThread.currentThread() is QApplication.instance().thread())

    Operation(owner, work).success(done).run()
    qtbot.waitUntil(lambda: seen == [42], timeout=5000)
    assert threads == [False, True]  # work off the UI thread, the result on it


def test_a_failure_reaches_the_failure_callback_and_always_runs(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    events: list[str] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    (
        Operation(owner, work)
        .success(lambda _result: events.append("success"))
        .failure(lambda error: events.append(f"failure: {error.strerror}"))
        .always(lambda: events.append("always"))
        .run()
    )
    qtbot.waitUntil(lambda: len(events) == 2, timeout=5000)
    assert events == ["failure: No space left on device", "always"]


def test_progress_is_reported_and_cancel_stops_the_work(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reports: list[tuple[int, int]] = []
    started, stopped_at = threading.Event(), []

    def work(progress: operations.Progress) -> str:
        for done in range(1, 10_000):
            started.set()
            progress.report(done, 10_000)
            progress.check()
            stopped_at.append(done)
            time.sleep(0.001)
        return "finished"

    results: list[str] = []
    operation = (
        Operation(owner, work)
        .with_progress(lambda done, total: reports.append((done, total)))
        .success(results.append)
        .run()
    )
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    operation.cancel()
    assert operations.wait_for_all(5000)
    assert results == []
    assert len(stopped_at) < 9_999
    assert all(total == 10_000 for _done, total in reports)


def test_nothing_is_delivered_to_an_owner_that_was_destroyed(qtbot) -> None:
    owner = QObject()
    release = threading.Event()
    delivered: list[object] = []
    operation = Operation(owner, lambda: release.wait(5)).success(delivered.append)
    operation.run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: operation.cancelled, timeout=5000)
    release.set()
    assert operations.wait_for_all(5000)
    assert delivered == []


def test_latest_only_delivers_only_the_newest_result(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = LatestOnly(owner)
    shown: list[str] = []
    slow_started = threading.Event()

    def slow() -> str:
        slow_started.set()
        time.sleep(0.3)
        return "old"

    latest.start(slow, shown.append)
    slow_started.wait(5)
    latest.start(lambda: "new", shown.append)
    assert operations.wait_for_all(5000)
    assert shown == ["new"]
    assert not latest.busy


def test_an_unhandled_failure_is_raised_on_the_ui_thread_not_dropped(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def broken() -> None:
        raise ValueError("a bug")

    with qtbot.captureExceptions() as caught:
        Operation(owner, broken).run()
        assert operations.wait_for_all(5000)
    assert [str(error[1]) for error in caught] == ["a bug"]


def test_shutdown_waits_for_workers_and_drops_their_results(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    delivered: list[object] = []
    Operation(owner, lambda: time.sleep(0.2) or "late").success(delivered.append).run()
    assert operations.shutdown(5000)
    assert operations.active_count() == 0
    QApplication.processEvents()
    assert delivered == []


def _screenshot(view: str, tmp_path, content_root) -> subprocess.CompletedProcess:
    """``caregiver-app --screenshot`` in a process of its own, as a user would run it."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "caregiver_app",
            "--content",
            str(content_root),
            "--data-dir",
            str(tmp_path / "data"),
            "--screenshot",
            str(tmp_path / "out.png"),
            "--view",
            view,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("view", ["lesson:no-such-lesson", "no-such-view"])
def test_screenshot_of_an_unknown_view_prints_only_the_explanation(
    view: str, tmp_path, sample_content
) -> None:
    result = _screenshot(view, tmp_path, sample_content.root)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "RuntimeError" not in result.stderr
    assert result.stderr.strip().splitlines()[0].startswith(("There is no lesson", "Unknown view"))


def test_a_lesson_that_cannot_be_rendered_says_so_and_the_reader_recovers(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()

    def unreadable(_library, _lesson):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(type(window.session.library), "render", unreadable)
    with qtbot.waitSignal(window.reading.reader.lesson_failed, timeout=5000):
        assert window.open_lesson("basics/welcome")
    reader = window.reading.reader
    assert "Opening" not in reader.meta.text()
    assert reader.problem_banner.isVisible()
    assert "could not be opened" in reader.problem_banner.text()
    assert reader.footer.next_button.isVisible()  # the way on is still there
    monkeypatch.undo()
    with qtbot.waitSignal(reader.lesson_shown, timeout=5000):
        qtbot.mouseClick(reader.footer.next_button, Qt.MouseButton.LeftButton)


def test_a_content_check_that_fails_says_so_and_can_be_run_again(
    qtbot, make_window, monkeypatch
) -> None:
    from caregiver_app.ui.library import problems_view

    window = make_window()

    def broken(*_args, **_kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(problems_view, "check_content", broken)
    window.show_problems()
    view = window.lessons.problems_view
    qtbot.waitUntil(lambda: "could not be checked" in view.summary.text(), timeout=5000)
    assert "Permission denied" in view.summary.text()
    assert view.recheck_button.isVisible() and view.recheck_button.isEnabled()
    assert not view.progress.isVisible()


@pytest.mark.parametrize(
    "view",
    [
        "library",
        "lesson:basics/welcome",
        "progress",
        "profiles",
        "stress-log",
        "plan",
        "support",
        "problems",
    ],
)
def test_a_screenshot_of_any_view_prints_nothing_on_stderr(
    view: str, tmp_path, sample_content
) -> None:
    """No warning, no traceback, no note from the platform: a clean run is silent."""
    result = _screenshot(view, tmp_path, sample_content.root)
    assert result.returncode == 0
    assert result.stderr == ""
