"""The menus people look for: Edit for the text they write, the exports in the App menu, and
Help → Keyboard shortcuts listing every key (issue 20, item 11)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from caregiver_app.store import StressEntry
from tests.ui.test_private_area import give_passcode


def _menu(window, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def _item(menu: QMenu, text: str):
    for action in menu.actions():
        if action.text().replace("&", "").split("\t")[0] == text:
            return action
    raise AssertionError(f"no {text!r} in {menu.title()}")


def test_edit_undoes_copies_and_pastes_in_the_text_being_written(qtbot, make_window) -> None:
    window = make_window()
    window.show_private_view("stress-log")
    note = window.private_area.stress_view.form.note
    note.setFocus()
    qtbot.keyClicks(note, "slept badly")
    edit = _menu(window, "Edit")
    edit.aboutToShow.emit()  # what opening the menu does
    undo, copy, paste = _item(edit, "Undo"), _item(edit, "Copy"), _item(edit, "Paste")
    assert undo.isEnabled() and paste.isEnabled()
    assert not copy.isEnabled()  # nothing selected yet
    assert "\t" in undo.text()  # the key is shown beside the item
    _item(edit, "Select all").trigger()
    edit.aboutToShow.emit()
    assert copy.isEnabled()
    copy.trigger()
    assert QApplication.clipboard().text() == "slept badly"
    undo.trigger()
    assert note.toPlainText() != "slept badly"
    QApplication.clipboard().clear()


def test_edit_offers_nothing_when_no_text_has_the_keyboard(qtbot, make_window) -> None:
    window = make_window()
    window.lessons.library_view.continue_button.setFocus()
    window.app_actions.library.trigger()
    window.setFocus()
    edit = _menu(window, "Edit")
    edit.aboutToShow.emit()
    assert not any(action.isEnabled() for action in edit.actions() if not action.isSeparator())


def test_keyboard_shortcuts_lists_every_key_including_escape_twice(qtbot, make_window) -> None:
    window = make_window()
    _item(_menu(window, "Help"), "Keyboard shortcuts").trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    listed = {
        table.item(row, 1).text(): table.item(row, 0).text() for row in range(table.rowCount())
    }
    for action in (
        window.app_actions.support,
        window.app_actions.lock,
        window.app_actions.stress_log,
        window.app_actions.plan,
        window.app_actions.bigger,
        window.app_actions.print_lesson,
    ):
        meaning = action.text().replace("&", "").removesuffix("…")
        assert meaning in listed, meaning
        assert action.shortcuts()[0].toString() in listed[meaning]
    assert any(keys == "Escape, twice" for keys in listed.values())
    assert "Ctrl+K" in listed["Search the lessons"]
    dialog.accept()


def test_the_app_menu_saves_the_stress_log_as_a_spreadsheet(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    window.session.private_data().save_entry(
        StressEntry(date(2026, 11, 1), 6, 7.0, 2, ("work",), ("walk",), "ok")
    )
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: target)
    save_a_copy = _item(_menu(window, "App"), "Save a copy").menu()
    _item(save_a_copy, "Stress log as a spreadsheet (CSV)…").trigger()
    assert "2026-11-01,6" in target.read_text()
    assert window.saved_bar.isVisible()  # it says where the file went


def test_a_locked_stress_log_is_not_saved_from_the_menu_without_unlocking(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.session.private_data().save_entry(StressEntry(date(2026, 11, 1), 6, None, None))
    window.private_area.lock()
    asked: list[bool] = []
    monkeypatch.setattr(
        type(window.private_area), "unlock", lambda _area: asked.append(True) or False
    )
    target = tmp_path / "log.csv"
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: target)
    window.app_actions.export_csv.trigger()
    assert asked and not target.exists()
    assert window.stack.currentWidget() is window.private_area.locked_view
