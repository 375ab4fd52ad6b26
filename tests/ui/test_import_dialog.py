"""Importing a stress log as a user sees it: progress while it works, Cancel that leaves nothing,
every skipped row listed, a question before days already logged are replaced."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store import Store, StressEntry, csvfiles, memory_store, open_store
from caregiver_app.ui.private import import_dialog
from caregiver_app.ui.private.import_dialog import ImportDialog
from tests.ui.test_accessibility import unlabelled_controls

HEADER = "date,stress,sleep_hours,mood,caused,helped,note\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "data").store
    yield store
    store.close()


def days_file(tmp_path: Path, count: int, extra: str = "") -> Path:
    start = date(2000, 1, 1)
    rows = "".join(
        f"{(start + timedelta(days=n)).isoformat()},{n % 11},7,okay,work,walk,n{n}\n"
        for n in range(count)
    )
    path = tmp_path / "log.csv"
    path.write_text(HEADER + rows + extra, encoding="utf-8")
    return path


def open_dialog(qtbot, store: Store, source: Path, profile_id: int) -> ImportDialog:
    dialog = ImportDialog(source, store, profile_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start()
    return dialog


def test_progress_then_a_summary_that_lists_every_skipped_row(qtbot, store, tmp_path) -> None:
    profile = store.profiles.create("Ana")
    bad = "".join(f"2001-02-{day:02d},inf\n" for day in range(1, 21))
    source = days_file(tmp_path, 300, extra=bad + "not-a-date,3\n")
    dialog = open_dialog(qtbot, store, source, profile.id)
    assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()  # working
    assert not dialog.close_button.isVisible()
    assert unlabelled_controls(dialog) == []
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)

    assert dialog.message.text() == "Imported 300 check-ins. 21 rows were skipped:"
    lines = dialog.skipped.toPlainText().splitlines()
    assert lines[0] == "line 302: stress 'inf' is not a number"
    assert len(lines) == 21 and lines[-1].startswith("line 322: the date 'not-a-date'")
    assert dialog.skipped.isVisible() and dialog.skipped.isReadOnly()  # scrolls when long
    assert not dialog.progress.isVisible() and dialog.close_button.isEnabled()
    assert len(store.private(profile.id).entries()) == 300
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_cancel_while_reading_imports_nothing_and_closes(qtbot, store, tmp_path) -> None:
    profile = store.profiles.create("Ana")
    dialog = open_dialog(qtbot, store, days_file(tmp_path, 2000), profile.id)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.imported == 0 and store.private(profile.id).entries() == []


def test_cancel_while_saving_rolls_back_what_was_written(
    qtbot, store, tmp_path, monkeypatch
) -> None:
    profile = store.profiles.create("Ana")
    store.private(profile.id).save_entry(StressEntry(date(1999, 1, 1), 3, note="mine"))
    halfway, clicked = threading.Event(), threading.Event()
    written: list[int] = []

    def save_slowly(*args, progress, should_stop):
        def stop_when_told() -> bool:
            if len(written) == 50:  # 50 rows are in the transaction: now the user cancels
                halfway.set()
                clicked.wait(10)
            return should_stop()

        def count(done: int, total: int) -> None:
            written.append(done)
            progress(done, total)

        return csvfiles.save_imported(*args, progress=count, should_stop=stop_when_told)

    monkeypatch.setattr(import_dialog, "save_imported", save_slowly)
    dialog = open_dialog(qtbot, store, days_file(tmp_path, 500), profile.id)
    qtbot.waitUntil(halfway.is_set, timeout=10000)
    assert dialog.progress.isVisible() and dialog.message.text() == "Saving 500 check-ins…"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.imported == 0
    assert [entry.note for entry in store.private(profile.id).entries()] == ["mine"]


def test_a_failure_says_nothing_was_imported_and_gives_the_buttons_back(
    qtbot, store, tmp_path, monkeypatch
) -> None:
    profile = store.profiles.create("Ana")

    def busy(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(import_dialog, "save_imported", busy)
    dialog = open_dialog(qtbot, store, days_file(tmp_path, 10), profile.id)
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
    assert dialog.message.text() == (
        "The import stopped and nothing was imported: the data was in use. "
        "Please try again in a moment."
    )
    for button in (dialog.close_button, dialog.retry_button):
        assert button.isVisible() and button.isEnabled()
    assert not dialog.cancel_button.isVisible()

    monkeypatch.setattr(import_dialog, "save_imported", csvfiles.save_imported)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
    assert dialog.message.text() == "Imported 10 check-ins."
    assert not dialog.skipped.isVisible()


@pytest.mark.parametrize(("button", "notes"), [("replace", ["n0", "n1"]), ("keep", ["mine", "n1"])])
def test_days_already_logged_are_replaced_only_when_the_user_says_so(
    qtbot, store, tmp_path, button: str, notes: list[str]
) -> None:
    profile = store.profiles.create("Ana")
    store.private(profile.id).save_entry(StressEntry(date(2000, 1, 1), 3, note="mine"))
    dialog = open_dialog(qtbot, store, days_file(tmp_path, 2), profile.id)
    qtbot.waitUntil(dialog.replace_button.isVisible, timeout=10000)
    assert dialog.message.text().startswith(
        "1 day already has a check-in; the file's will replace it."
    )
    assert store.private(profile.id).entries()[0].note == "mine"  # nothing yet, until asked
    target = dialog.replace_button if button == "replace" else dialog.keep_button
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
    assert [entry.note for entry in store.private(profile.id).entries()] == notes
    if button == "keep":
        assert dialog.message.text() == (
            "Imported 1 check-in. 1 day you had already logged was left as it was."
        )


def test_a_store_in_memory_imports_too(qtbot, tmp_path) -> None:
    store = memory_store()
    try:
        profile = store.profiles.create("Guest")
        dialog = open_dialog(qtbot, store, days_file(tmp_path, 5), profile.id)
        qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
        assert dialog.message.text() == "Imported 5 check-ins."
        assert len(store.private(profile.id).entries()) == 5
    finally:
        store.close()


def test_a_file_that_is_not_a_stress_log_says_why(qtbot, store, tmp_path) -> None:
    profile = store.profiles.create("Ana")
    source = tmp_path / "other.csv"
    source.write_text("name,phone\nAna,555\n", encoding="utf-8")
    dialog = open_dialog(qtbot, store, source, profile.id)
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
    assert dialog.message.text() == (
        "Imported 0 check-ins. The file could not be used: the first line must name the "
        "columns, with at least date and stress."
    )


def test_the_log_as_it_was_is_backed_up_before_an_import_writes(qtbot, store, tmp_path) -> None:
    from caregiver_app.store.backups import list_backups

    profile = store.profiles.create("Ana")
    store.private(profile.id).save_entry(StressEntry(date(2026, 1, 5), 3, note="mine"))
    dialog = open_dialog(qtbot, store, days_file(tmp_path, 5), profile.id)
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
    before = [backup for backup in list_backups(tmp_path / "data") if backup.reason]
    assert [backup.reason for backup in before] == ["before-import"]
    kept = sqlite3.connect(before[0].path)
    assert kept.execute("SELECT count(*) FROM stress_entries").fetchone()[0] == 1
    kept.close()
