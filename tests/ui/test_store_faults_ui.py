"""The app meets a full disk, a read-only data folder, a foreign "backup": it starts, shows what
it can, and says plainly what cannot be saved or changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caregiver_app.config import Settings
from caregiver_app.store import list_backups, open_store
from caregiver_app.store.database import DB_FILE
from caregiver_app.store.lock import DataFolderLock
from caregiver_app.store.schema import LATEST_VERSION
from caregiver_app.ui.shell.data_dialog import DataDialog
from caregiver_app.ui.shell.profile_picker import choose_profile
from tests.ui.conftest import open_lesson_and_wait


def make_data(data_dir: Path) -> None:
    store = open_store(data_dir).store
    profile = store.profiles.create("Ana")
    store.progress(profile.id).set_completed("basics/welcome", True)
    store.profiles.mark_used(profile.id)
    store.close()


@pytest.fixture
def read_only_folder(monkeypatch) -> Callable[[], None]:
    """Call it to make the data folder unwritable (a locked-down clinic profile; root, as tests
    run, ignores file modes, so the refusal is injected where the folder is first written)."""

    def refuse(_lock) -> None:
        raise PermissionError(13, "Permission denied")

    return lambda: monkeypatch.setattr(DataFolderLock, "acquire", refuse)


def window_for(qtbot, sample_content, data_dir: Path):
    from caregiver_app.ui.app import _application, build_window

    _application()
    window = build_window(Settings(sample_content.root, data_dir, "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_read_only_folder_starts_shows_the_data_and_says_nothing_is_saved(
    qtbot, sample_content, tmp_path: Path, read_only_folder, monkeypatch
) -> None:
    data_dir = tmp_path / "data"
    make_data(data_dir)
    read_only_folder()

    window = window_for(qtbot, sample_content, data_dir)

    assert window.banner.isVisible() and "cannot be changed" in window.banner.text()
    assert window.session.profile.name == "Ana"
    assert (
        window.session.store.progress(window.session.profile.id).lesson("basics/welcome").completed
    )
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert "cannot be saved" in window.reading.reader.reflection_widgets[0].note.text()
    qtbot.mouseClick(
        window.reading.reader.footer.complete_button, Qt.MouseButton.LeftButton
    )  # a write
    assert "could not be saved" in window.banner.text()  # said, not a traceback
    assert "cannot be changed" in window.banner.text()  # and the reason stays in view
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)
    dialog = DataDialog(window.session.store, data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    assert not dialog.restore_file_button.isEnabled()
    assert dialog.backup_button.isEnabled()  # a copy elsewhere can still be saved


def test_the_profile_picker_starts_on_a_read_only_store(tmp_path: Path, read_only_folder) -> None:
    make_data(tmp_path)
    read_only_folder()
    store = open_store(tmp_path).store
    assert store.read_only
    assert choose_profile(store).name == "Ana"  # remembering it is skipped, not a crash
    store.close()


def test_a_full_disk_is_named_in_the_banner(
    qtbot, sample_content, tmp_path: Path, monkeypatch
) -> None:
    data_dir = tmp_path / "data"
    make_data(data_dir)
    real_connect = sqlite3.connect

    def full(database, *args, **kwargs):
        if DB_FILE in str(database) and "immutable=1" not in str(database):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode, error.sqlite_errorname = 13, "SQLITE_FULL"
            raise error
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", full)
    window = window_for(qtbot, sample_content, data_dir)
    assert "is full" in window.banner.text() and window.session.profile.name == "Ana"
    assert not any(".corrupt-" in path.name for path in data_dir.iterdir())


def test_backups_are_made_while_the_app_stays_open(qtbot, make_window) -> None:
    window = make_window()
    data_dir = window.session.settings.data_dir
    before = len(list_backups(data_dir))
    assert window.backup_schedule.timer.isActive()
    assert not window.backup_schedule.check()  # nothing changed since start-up
    window.session.store.progress(window.session.profile.id).opened("basics/welcome")
    later = datetime.now() + timedelta(minutes=31)
    with qtbot.waitSignal(window.backup_schedule.made, timeout=5000):
        assert window.backup_schedule.check(later)
    assert len(list_backups(data_dir)) == before + 1
    window.close()
    assert not window.backup_schedule.timer.isActive()


def test_a_foreign_database_is_refused_and_nothing_changes(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    foreign = tmp_path / "other-app.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    connection.commit()
    connection.close()
    before = list(window.session.store.connection.iterdump())
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    dialog = DataDialog(window.session.store, window.session.settings.data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    monkeypatch.setattr(dialog, "ask_open_path", lambda: foreign)
    monkeypatch.setattr(dialog, "confirm_replace", lambda _source: True)

    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)

    assert "Nothing was changed" in said[-1] and "not a backup" in said[-1]
    assert list(window.session.store.connection.iterdump()) == before


def test_a_restore_keeps_what_was_there_and_lists_it(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    export = tmp_path / "family.ccbackup"
    window.session.store.export_to(export)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    dialog = DataDialog(window.session.store, window.session.settings.data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    monkeypatch.setattr(dialog, "ask_open_path", lambda: export)
    monkeypatch.setattr(dialog, "confirm_replace", lambda _source: True)

    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)

    assert "What was here before is kept" in said[-1]
    again = DataDialog(window.session.store, window.session.settings.data_dir, window)
    qtbot.addWidget(again)
    again.show()  # a user sees what the test clicks
    texts = [again.backups.item(row).text() for row in range(again.backups.count())]
    assert any("before a restore" in text for text in texts)


def test_copies_a_new_passcode_could_not_seal_are_named(qtbot, make_window) -> None:
    window = make_window()
    damaged = window.session.settings.data_dir / "caregiver.db.corrupt-20260101-000000"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    window.session.store.set_passcode(window.session.profile.id, "blue kettle 42")
    window.session.reload_profile()
    assert damaged.exists() and damaged.name in window.banner.text()


def test_a_save_refused_on_read_only_data_says_so_in_words(qapp, tmp_path: Path) -> None:
    """The read-only copy's authorizer answers "not authorized"; the user hears why instead."""
    from caregiver_app.ui.widgets.saving import describe_failure

    store = open_store(tmp_path / "data").store
    store.connection.set_authorizer(lambda *_args: sqlite3.SQLITE_DENY)
    try:
        store.profiles.create("Ana")
    except sqlite3.DatabaseError as error:
        refused = error
    store.connection.set_authorizer(None)
    store.close()
    assert "read-only" in describe_failure(refused)
    assert "not authorized" not in describe_failure(refused)


def test_a_scheduled_backup_that_fails_says_so_and_the_next_clears_it(
    qtbot, make_window, monkeypatch
) -> None:
    from caregiver_app.store import store as store_module

    window = make_window()
    real = store_module.back_up_file

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "back_up_file", disk_full)
    window.session.store.progress(window.session.profile.id).opened("basics/welcome")
    later = datetime.now() + timedelta(minutes=31)
    with qtbot.waitSignal(window.backup_schedule.failed, timeout=5000):
        assert window.backup_schedule.check(later)
    assert "automatic backup could not be made" in window.banner.text()
    monkeypatch.setattr(store_module, "back_up_file", real)
    with qtbot.waitSignal(window.backup_schedule.made, timeout=5000):
        assert window.backup_schedule.check(later + timedelta(minutes=31))
    assert "automatic backup" not in window.banner.text()
