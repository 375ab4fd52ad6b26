"""Start-up as a user meets it: a second copy is refused; a broken database offers its backup."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app.config import Settings
from caregiver_app.store import open_store
from caregiver_app.store.backups import rolling_backup
from caregiver_app.ui import app as app_module
from tests.ui.conftest import open_lesson_and_wait


def test_a_second_copy_is_told_and_stops(
    qtbot, sample_content, tmp_path: Path, monkeypatch
) -> None:
    first = open_store(tmp_path / "data").store
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, _text: told.append(title)
    )
    status = app_module.run_gui(Settings(sample_content.root, tmp_path / "data", "en"))
    assert status == 1 and "already open" in told[0]
    first.close()


def test_a_damaged_database_offers_the_newest_backup(qtbot, tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "data"
    store = open_store(data).store
    store.profiles.create("Ana")
    rolling_backup(store.connection, data, datetime.now() + timedelta(days=1))
    store.close()
    (data / "caregiver.db").write_bytes(b"scrambled by a failing disk" * 50)

    opened = open_store(data)
    shown: list[QMessageBox] = []

    def pick_restore(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", pick_restore)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if "Restore" in b.text()),
    )
    app_module._offer_backup(opened)

    assert "kept, unchanged" in shown[0].text() and "A backup from" in shown[0].informativeText()
    assert [profile.name for profile in opened.store.profiles.all()] == ["Ana"]
    opened.store.close()


def test_the_app_names_its_desktop_entry_so_docks_pair_window_and_launcher(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    app_module._application()
    assert QGuiApplication.desktopFileName() == app_module.DESKTOP_ID


def test_window_icon_comes_in_the_sizes_drawn_for_it(qtbot) -> None:
    # Title bars use 16 and 24 pixels, taskbars 32 to 256; each has its own drawing.
    sizes = {size.width() for size in app_module.app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes


def test_an_unreachable_lesson_folder_shows_our_lessons_and_says_why(qtbot, tmp_path: Path) -> None:
    from caregiver_app.lessons import load_library
    from caregiver_app.paths import shipped_content_dir

    shipped = len(load_library(shipped_content_dir()).lessons)
    app_module._application()
    offline = tmp_path / "clinic-share-offline"
    empty_mount_point = tmp_path / "mnt-lessons"  # a share not mounted leaves an empty folder
    empty_mount_point.mkdir()
    cases = ((offline, False), (empty_mount_point, False), (offline, True))
    for number, (folder, kiosk) in enumerate(cases):
        data = tmp_path / f"data-{number}"  # each window holds its data folder's lock
        window = app_module.build_window(Settings(folder, data, "en", kiosk))
        qtbot.addWidget(window)
        assert len(window.session.library.lessons) == shipped > 0
        # Said in kiosks too: visitors cannot fix it, but it is how staff find out.
        assert not window.banner.isHidden() and str(folder) in window.banner.text()


def test_the_offline_folder_notice_speaks_the_users_language(qtbot, tmp_path: Path) -> None:
    app_module._application("es")
    try:
        offline = tmp_path / "clinic-share-offline"
        window = app_module.build_window(Settings(offline, tmp_path / "data", "es", False))
        qtbot.addWidget(window)
        assert "No se pudo leer ninguna lección de la carpeta" in window.banner.text()
    finally:
        app_module._application("en")


def test_a_failed_save_is_shown_once_and_cleared_when_saving_works_again(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    window.show_banner("The settings file has problems.", "settings")  # another topic stays
    progress = window.reading.tracker.progress
    working = progress.save_reading
    for error in ("disk I/O error", "database is locked"):
        monkeypatch.setattr(progress, "save_reading", _failing(error))
        window.reading.tracker.save_position()
    text = window.banner.text()
    assert text.count("could not be saved") == 1 and "database is locked" in text
    assert "settings file" in text

    monkeypatch.setattr(progress, "save_reading", working)
    window.reading.tracker.save_position()
    assert "could not be saved" not in window.banner.text()
    assert "settings file" in window.banner.text() and not window.banner.isHidden()


def _failing(message: str) -> Callable[..., None]:
    def save(*_args: object) -> None:
        raise sqlite3.OperationalError(message)

    return save


def test_a_lesson_still_opens_when_its_progress_cannot_be_saved(
    qtbot, make_window, monkeypatch
) -> None:
    """The write on opening failed, and opening the lesson crashed with AttributeError."""
    window = make_window()
    assert (
        window.reading.reader is not None
    )  # the reader and its tracker exist before the write fails
    monkeypatch.setattr(window.reading.tracker.progress, "opened", _failing("disk I/O error"))
    with qtbot.captureExceptions() as raised:
        open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert raised == []
    assert (
        window.reading.reader.rendered is not None
        and window.reading.reader.rendered.lesson.id == ("basics/welcome")
    )
    assert "Your progress could not be saved" in window.banner.text()


def test_marking_a_lesson_done_on_the_progress_page_reports_a_full_disk_in_words(
    qtbot, make_window, monkeypatch
) -> None:
    import sqlite3

    from caregiver_app.store.progress import Progress

    window = make_window()
    window.show_progress()

    def full(*_args: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    monkeypatch.setattr(Progress, "set_completed", full)
    window.lessons.set_completed("basics/welcome", True)
    assert "the disk is full" in window.banner.text()
    monkeypatch.undo()
    window.lessons.set_completed("basics/welcome", True)
    assert "could not be saved" not in window.banner.text()


def started_with_a_passcode(qtbot, sample_content, tmp_path: Path):
    opened = open_store(tmp_path / "data")
    profile = opened.store.profiles.create("Ana")
    opened.store.set_passcode(profile.id, "blue kettle 42")
    profile = opened.store.profiles.get(profile.id)
    app_module._application()
    window = app_module.show_window(
        Settings(sample_content.root, tmp_path / "data", "en"), opened, profile
    )
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_with_a_passcode_the_window_opens_with_the_passcode_box_in_it(
    qtbot, sample_content, tmp_path: Path
) -> None:
    window = started_with_a_passcode(qtbot, sample_content, tmp_path)
    bar = window.private_area.unlock_bar()
    assert bar.isVisible() and bar.window() is window  # in the window, not a box before it
    assert "“Ana”" in bar.form.explanation.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.form.secret, timeout=3000)
    assert window.stack.currentWidget() is window.lessons.library_view  # lessons readable
    assert bar.geometry().bottom() < window.stack.geometry().top()  # above the page, not over it

    qtbot.keyClicks(QApplication.focusWidget(), "blue kettle 42")
    with qtbot.waitSignal(window.session.private_access_changed, timeout=10000):
        qtbot.keyClick(bar.form.secret, Qt.Key.Key_Return)
    assert not window.private_area.locked and not bar.isVisible()
    assert bar.form.secret.text() == ""
    window.show_private_view("stress-log")
    assert window.stack.currentWidget() is window.private_area.stress_view


def test_not_now_puts_the_passcode_box_away_and_the_stress_log_asks_on_its_page(
    qtbot, sample_content, tmp_path: Path
) -> None:
    window = started_with_a_passcode(qtbot, sample_content, tmp_path)
    bar = window.private_area.unlock_bar()
    qtbot.keyClicks(bar.form.secret, "half typed")
    qtbot.mouseClick(bar.not_now, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and bar.form.secret.text() == ""
    assert window.private_area.locked
    window.show_private_view("stress-log")
    locked = window.private_area.locked_view
    assert window.stack.currentWidget() is locked and locked.form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is locked.form.secret, timeout=3000)


LOADED_LATER = (
    "markdown",
    "nh3",
    "caregiver_app.lessons.render",
    "caregiver_app.lessons.check",
    "caregiver_app.ui.library.problems_view",
    "caregiver_app.ui.private.stress_log_view",
    "cryptography.hazmat.primitives.ciphers",
    "caregiver_app.ui.reader.reader",
    # Pages, dialogs and files a start does not show or write.
    "caregiver_app.ui.library.progress_view",
    "caregiver_app.ui.library.search_view",
    "caregiver_app.lessons.search",
    "caregiver_app.ui.shell.data_dialog",
    "caregiver_app.ui.shell.shortcuts_dialog",
    "caregiver_app.store.csvfiles",
    "caregiver_app.store.private",
    "caregiver_app.store.signs",
    "caregiver_app.lessons.weekly",
    "tomllib",  # read only when there is a settings file
    "_strptime",
)


def modules_loaded_by_a_start(content: Path, data: Path, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a new process has imported once the main window is built and shown."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from pathlib import Path; from caregiver_app.config import Settings;"
        "from caregiver_app.ui.app import _application, build_window;"
        "_application();"
        "window = build_window(Settings(Path(sys.argv[1]), Path(sys.argv[2]), 'en'));"
        "window.show();"
        "print(' '.join(name for name in sys.argv[3:] if name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(content), str(data), *names],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split()


def test_the_window_is_built_without_what_the_library_does_not_show(
    sample_content, tmp_path: Path
) -> None:
    # Start-up time goes on what the first screen shows: the renderer with Python-Markdown,
    # the content checker, the private area's pages, the vault's cryptography and the lesson
    # page load later: when first used, or just after the first paint.
    data = tmp_path / "data"
    assert modules_loaded_by_a_start(sample_content.root, data, LOADED_LATER) == []
    # And once the loader remembers the lessons, a start reads no YAML at all.
    assert modules_loaded_by_a_start(sample_content.root, data, ("yaml",)) == []


def test_a_new_application_uses_fusion_whatever_the_desktop_asks_for(tmp_path: Path) -> None:
    # Fusion is asked for on the application's command line (cheaper at start than setStyle);
    # a desktop's QT_STYLE_OVERRIDE must not change the look our style sheet builds on.
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from caregiver_app.ui.app import _application;"
        "app = _application(); app.setStyleSheet('');"  # the sheet wraps the style: unwrap it
        "print(app.style().name())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_STYLE_OVERRIDE": "Windows", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["fusion"]
