"""Profiles and progress as a family uses them: everything is remembered, per person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from caregiver_app.config import Settings
from caregiver_app.store import open_store
from caregiver_app.ui.shell.data_dialog import DataDialog
from caregiver_app.ui.shell.profile_picker import ProfilePicker, choose_profile
from tests.ui.conftest import open_lesson_and_wait


def reopen(qtbot, make_window, window, lesson_id: str):
    """Close the app, start it again on the same data, and open ``lesson_id``."""
    window.close()
    again = make_window()
    open_lesson_and_wait(qtbot, again, lesson_id)
    return again


def test_a_fresh_data_folder_starts_with_a_default_profile(make_window) -> None:
    window = make_window()
    assert window.session.profile.name == "Me"
    assert window.app_actions.profile.iconText().startswith("Me")


def test_reading_position_is_restored_after_restart(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "long/long-read")
    bar = window.reading.reader.reading_area.verticalScrollBar()
    assert bar.maximum() > 1000
    bar.setValue(bar.maximum() // 2)

    again = reopen(qtbot, make_window, window, "long/long-read")

    assert abs(again.reading.reader.reading_position() - 0.5) < 0.02


def test_reflection_is_saved_as_typed_and_survives_closing(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    (reflection,) = window.reading.reader.reflection_widgets
    assert "Saved as you type" in reflection.note.text()
    qtbot.keyClicks(reflection.editor, "Worried about his sleep")
    # closing straight away must not lose what was typed within the last half second
    again = reopen(qtbot, make_window, window, "basics/welcome")
    assert again.reading.reader.reflection_widgets[0].text() == "Worried about his sleep"


def test_quiz_answer_is_remembered_with_its_feedback(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    quiz = window.reading.reader.quiz_widgets[0]
    qtbot.mouseClick(quiz.choice_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)

    again = reopen(qtbot, make_window, window, "signs/common")

    quiz = again.reading.reader.quiz_widgets[0]
    assert quiz.selected() == {1}
    assert "That's right" in quiz.result.text()
    assert again.session.store.progress(again.session.profile.id).quiz_results() == (
        1,
        1,
    )  # not recorded twice


def test_mark_complete_shows_in_library_and_progress_page(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    qtbot.mouseClick(window.reading.reader.footer.complete_button, Qt.MouseButton.LeftButton)
    assert "Completed" in window.reading.reader.footer.complete_button.text()

    window.show_library()
    assert window.lessons.library_view.description("basics/welcome").startswith("✓ Completed")

    window.show_progress()
    page = window.lessons.progress_view
    assert page.checkboxes["basics/welcome"].isChecked()
    assert "1 of 3 lessons completed, 1 this week" in page.summary.text()
    page.checkboxes["basics/welcome"].click()  # undo it from the progress page
    assert (
        not window.session.store.progress(window.session.profile.id)
        .lesson("basics/welcome")
        .completed
    )


def test_continue_where_you_left_off(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    window.show_progress()
    button = window.lessons.progress_view.continue_button
    assert button.isVisible() and "Common signs" in button.text()
    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.reading.reader.rendered.lesson.id == "signs/common"


def test_each_family_member_has_their_own_progress(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    qtbot.mouseClick(window.reading.reader.footer.complete_button, Qt.MouseButton.LeftButton)
    ben = window.session.store.profiles.create("Ben")

    window.set_profile(ben)

    assert window.windowTitle().endswith("Ben")
    assert "✓" not in window.lessons.library_view.description("basics/welcome")
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert not window.reading.reader.footer.complete_button.isChecked()


def test_picker_creates_renames_and_deletes_with_confirmation(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    store = open_store(tmp_path / "data").store
    ana = store.profiles.create("Ana")
    store.progress(ana.id).opened("m/a")
    picker = ProfilePicker(store)
    qtbot.addWidget(picker)
    picker.show()  # a user sees what the test clicks

    monkeypatch.setattr(picker, "ask_name", lambda *args: "Ben")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert picker.selected().name == "Ben"

    monkeypatch.setattr(picker, "ask_name", lambda *args: "Benjamin")
    qtbot.mouseClick(picker.rename_button, Qt.MouseButton.LeftButton)
    assert [profile.name for profile in store.profiles.all()] == ["Ana", "Benjamin"]

    asked: list[str] = []

    def answer(answer_with):
        def fake(_parent, _title, text, *_args):
            asked.append(text)
            return answer_with

        return fake

    picker.list.setCurrentRow(0)  # Ana, who has a lesson started
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(picker.delete_button, Qt.MouseButton.LeftButton)
    assert "1 lessons started" in asked[-1] and len(store.profiles.all()) == 2  # cancelled

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(picker.delete_button, Qt.MouseButton.LeftButton)
    assert [profile.name for profile in store.profiles.all()] == ["Benjamin"]
    store.close()


def test_one_profile_is_not_asked_every_time_but_two_are(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    store = open_store(tmp_path / "data").store
    shown: list[ProfilePicker] = []

    def fake_exec(picker: ProfilePicker) -> int:
        shown.append(picker)
        picker.list.setCurrentRow(1)
        picker.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfilePicker, "exec", fake_exec)
    first = choose_profile(store)
    assert first.name == "Me" and shown == []  # the first start makes a profile, asks nothing
    assert choose_profile(store).id == first.id and shown == []
    store.profiles.create("Ben")
    assert shown == [] and choose_profile(store) is not None and len(shown) == 1
    assert shown[0].list.item(0).text() == "Me"  # the last one used is offered first
    store.close()


def test_back_up_and_restore_through_the_data_dialog(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    window.reading.reader.footer.complete_button.click()
    backup = tmp_path / "usb" / "family.ccbackup"
    backup.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    dialog = DataDialog(window.session.store, window.session.settings.data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    monkeypatch.setattr(dialog, "ask_save_path", lambda: backup)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert backup.is_file()

    window.reading.reader.footer.complete_button.click()  # a change after the backup...
    monkeypatch.setattr(dialog, "ask_open_path", lambda: backup)
    monkeypatch.setattr(dialog, "confirm_replace", lambda _source: True)
    dialog.data_replaced.connect(window._after_restore)
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    assert (
        window.session.store.progress(window.session.profile.id).lesson("basics/welcome").completed
    )  # ...undone

    garbage = tmp_path / "holiday-photo.jpg"
    garbage.write_bytes(b"\xff\xd8\xff not a backup")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    dialog = DataDialog(
        window.session.store, window.session.settings.data_dir, window
    )  # opened again
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(dialog, "confirm_replace", lambda _source: True)
    monkeypatch.setattr(dialog, "ask_open_path", lambda: garbage)
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    assert "Nothing was changed" in warnings[-1]


def test_unusable_data_folder_says_so_and_keeps_working(
    qtbot, make_window, sample_content, tmp_path: Path
) -> None:
    from caregiver_app.ui.app import build_window

    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    window = build_window(Settings(sample_content.root, blocker / "data", "en"))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "cannot save anything" in window.banner.text()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert "not saved" in window.reading.reader.reflection_widgets[0].note.text()
