"""The private area as a caregiver uses it: a quick check-in, a passcode, locking and hiding."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app.store import StressEntry, csvfiles
from caregiver_app.store.signs import SignDay
from caregiver_app.ui.private import import_dialog
from caregiver_app.ui.private.import_dialog import ImportDialog
from caregiver_app.ui.private.passcode_dialogs import SetPasscodeDialog, UnlockDialog
from tests.ui.conftest import open_lesson_and_wait

PASSCODE = "blue kettle 42"


def give_passcode(qtbot, window, monkeypatch) -> str:
    """Set a passcode through the real dialog; returns the recovery code it showed."""
    shown: list[str] = []
    monkeypatch.setattr(
        SetPasscodeDialog, "show_recovery_code", lambda _self, code: shown.append(code)
    )
    dialog = SetPasscodeDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    qtbot.keyClicks(dialog.passcode, PASSCODE)
    qtbot.keyClicks(dialog.repeat, PASSCODE)
    assert not dialog.ok.isEnabled()  # not before "I understand"
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=10000)
    window.session.reload_profile()
    window.session.vault = dialog.vault
    window.private_area.opened()
    window.activateWindow()  # the dialog had the keyboard; shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return shown[0]


def test_a_check_in_in_a_few_clicks(qtbot, make_window) -> None:
    window = make_window()
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    assert "Not encrypted" in view.privacy.text()
    view.form.stress.setValue(7)
    view.form.sleep.setValue(5.5)
    qtbot.keyClicks(view.form.note, "Rough night")
    qtbot.keyClicks(view.form.caused.other, "money, his sleep")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)

    (entry,) = window.session.private_data().entries()
    assert (entry.stress, entry.sleep_hours, entry.note, entry.caused) == (
        7,
        5.5,
        "Rough night",
        ("money", "his sleep"),
    )
    assert "Saved" in view.form.feedback.text()
    assert view.table.rowCount() == 1 and view.chart.stress.count() == 1
    assert {button.property("tag") for button in view.form.caused.buttons} == {
        "money",
        "his sleep",
    }  # remembered


def test_edit_delete_and_undo_an_entry(qtbot, make_window) -> None:
    window = make_window()
    window.session.private_data().save_entry(StressEntry(date.today(), 3, note="first"))
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    view.table.setCurrentCell(0, 0)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert (
        view.form.note.toPlainText() == "first"
        and view.form.save_button.text() == "Update check-in"
    )
    view.form.stress.setValue(8)
    view.save_check_in()
    assert window.session.private_data().entries()[0].stress == 8

    view.table.setCurrentCell(0, 0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert window.session.private_data().entries() == [] and view.undo_button.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert window.session.private_data().entries()[0].stress == 8


def test_setting_a_passcode_encrypts_and_shows_the_recovery_code_once(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    window.session.private_data().save_entry(
        StressEntry(date.today(), 4, note="before the passcode")
    )
    code = give_passcode(qtbot, window, monkeypatch)
    assert len(code.replace("-", "")) == 25
    assert window.session.profile.has_passcode
    window.show_private_view("stress-log")
    assert "Encrypted" in window.private_area.stress_view.privacy.text()
    assert window.session.private_data().entries()[0].note == "before the passcode"


def test_locking_hides_private_entries_and_makes_reflections_read_only(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    reflection = window.reading.reader.reflection_widgets[0]
    qtbot.keyClicks(reflection.editor, "private thought")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.private_area.locked
    assert reflection.editor.isReadOnly() and "Locked" in reflection.note.text()
    monkeypatch.setattr(UnlockDialog, "exec", lambda _self: UnlockDialog.DialogCode.Rejected)
    window.show_private_view("stress-log")
    assert window.stack.currentWidget() is window.private_area.locked_view
    saved = window.session.store.connection.execute("SELECT encrypted FROM reflections").fetchall()
    assert saved == [(1,)]  # what was typed before locking was saved, encrypted


def test_escape_twice_covers_the_screen_and_locks(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    view.form.note.setFocus()
    qtbot.keyClicks(view.form.note, "a thought")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # once: nothing happens
    assert window.stack.currentWidget() is view and not window.private_area.locked
    qtbot.wait(900)  # two presses must come close together
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.lessons.library_view
    assert window.private_area.locked
    assert (
        view.form.note.toPlainText() == "" and view.private is None
    )  # nothing private left behind


def test_the_private_area_locks_itself_when_idle(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.private_area.idle_timer.setInterval(150)
    window.show_private_view("plan")
    qtbot.waitUntil(lambda: window.private_area.locked, timeout=3000)
    assert window.stack.currentWidget() is window.private_area.locked_view


def test_wrong_passcode_reveals_nothing_and_the_right_one_unlocks(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.private_area.lock()
    dialog = UnlockDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    qtbot.keyClicks(dialog.secret, "wrong guess")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not open" in dialog.message.text(), timeout=10000)
    assert dialog.vault is None
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSCODE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=10000)


def test_plan_saves_as_typed_and_exports_one_page(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    window.show_private_view("plan")
    view = window.private_area.plan_view
    qtbot.keyClicks(view.person, "Sam")
    qtbot.keyClicks(view.fields[("early", "signs")], "Up at 3am")
    qtbot.waitUntil(
        lambda: window.session.private_data().plan().stages["early"].signs == "Up at 3am",
        timeout=3000,
    )
    qtbot.keyClicks(view.observation_note, "skipped dinner")
    qtbot.keyClick(view.observation_note, Qt.Key.Key_Return)
    assert view.timeline.count() == 1

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: target)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_csv_export_and_import(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    window.session.private_data().save_entry(
        StressEntry(date(2026, 11, 1), 6, 7.0, 2, ("work",), ("walk",), "ok")
    )
    window.show_private_view("stress-log")
    csv_file = tmp_path / "log.csv"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: csv_file)
    qtbot.mouseClick(window.private_area.stress_view.export_button, Qt.MouseButton.LeftButton)
    assert "2026-11-01,6,7.0,okay,work,walk,ok" in csv_file.read_text()

    csv_file.write_text(csv_file.read_text() + "2026-11-02,4,,,,,\nnot-a-date,4,,,,,\n")
    shown: list[str] = []

    def answer_and_wait(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.keep_button.isVisible() or dialog.finished_import)
        if dialog.keep_button.isVisible():  # day 1 is already logged: keep it
            qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.finished_import, timeout=10000)
        shown.append(dialog.message.text() + "\n" + dialog.skipped.toPlainText())
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", answer_and_wait)
    monkeypatch.setattr(window.private_files, "ask_open_path", lambda *args: csv_file)
    qtbot.mouseClick(window.private_area.stress_view.import_button, Qt.MouseButton.LeftButton)
    assert [entry.day.day for entry in window.session.private_data().entries()] == [1, 2]
    assert shown[0].startswith("Imported 1 check-in. 1 day you had already logged")
    assert "line 4: the date 'not-a-date'" in shown[0]


def test_delete_all_private_data_asks_first(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    private = window.session.private_data()
    private.save_entry(StressEntry(date.today(), 5))
    sign = private.add_sign("early", "up past 2 am")
    private.save_sign_day(SignDay(date.today(), frozenset({sign.id})), date.today())
    window.show_private_view("signs")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args: asked.append(args[2]) or next(answers)
    )
    window.private_commands.delete_all()
    assert len(private.entries()) == 1 and len(private.signs()) == 1
    assert "signs watched" in asked[0]
    window.private_commands.delete_all()
    assert private.entries() == [] and private.signs() == [] and private.sign_days() == []
    assert window.private_area.signs_view.editor.list.count() == 0  # the page shows it too


def test_report_for_the_doctor_is_a_pdf_with_the_figures(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    from caregiver_app.ui.private.reports import stress_report_html

    window = make_window()
    for day in range(1, 20):
        window.session.private_data().save_entry(
            StressEntry(date.today().replace(day=day), day % 10, 6.0, helped=("walk",))
        )
    window.show_private_view("stress-log")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: target)
    report_button = window.private_area.stress_view.report_button
    assert report_button.isVisible()  # it was once made but never put on the page
    qtbot.mouseClick(report_button, Qt.MouseButton.LeftButton)
    assert (
        target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000
    )  # chart included
    page = stress_report_html(window.session.private_data().entries(), "Ana")
    assert "Days with a check-in" in page and "not a medical assessment" in page


def test_weekly_check_in_compares_and_points_to_help(qtbot, make_window, monkeypatch) -> None:
    from caregiver_app.lessons.weekly import Tier, WeeklyCheckin
    from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog

    window = make_window()
    window.session.private_data().save_weekly(date.today() - timedelta(days=7), {"a": 0, "b": 1})
    checkin = WeeklyCheckin(
        "Check-in",
        "Two questions",
        ("No", "Some", "Most", "All"),
        (("a", "Tired?"), ("b", "Alone?")),
        (
            Tier(2, "Coping.", ("basics/welcome",), False),
            Tier(6, "A lot.", ("signs/common",), True),
        ),
    )
    dialog = WeeklyCheckinDialog(
        checkin, window.session.private_data(), window.session.library, window
    )
    qtbot.addWidget(dialog)
    dialog.show()  # a user sees what the test clicks
    assert not dialog.submit.isEnabled()
    dialog.groups["a"].button(3).click()
    dialog.groups["b"].button(2).click()
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)

    assert (
        "5 out of 6" in dialog.outcome.text()
        and "higher than your last check-in" in dialog.outcome.text()
    )
    assert "A lot." in dialog.outcome.text()

    def shown_buttons() -> list[str]:  # Qt shows buttons added to an open dialog next pass
        return [b.text() for b in dialog.findChildren(type(dialog.submit)) if b.isVisible()]

    qtbot.waitUntil(lambda: "Get support" in shown_buttons(), timeout=2000)
    assert "Read: Common signs" in shown_buttons()
    with qtbot.waitSignal(dialog.support_requested):
        next(
            b for b in dialog.findChildren(type(dialog.submit)) if b.text() == "Get support"
        ).click()


def test_lock_time_is_chosen_from_the_menu_and_remembered(qtbot, make_window) -> None:
    window = make_window()
    window.app_actions.lock_times[15].trigger()
    assert window.private_area.idle_timer.interval() == 15 * 60_000
    window.close()
    again = make_window()
    assert again.private_area.idle_timer.interval() == 15 * 60_000
    assert again.app_actions.lock_times[15].isChecked()


def test_the_sleep_axis_labels_whole_hours_and_fit_beside_the_chart(qtbot) -> None:
    from caregiver_app.ui.private.stress_chart import StressChart

    chart = StressChart()
    qtbot.addWidget(chart)
    chart.show()  # a user sees what the test clicks
    today = date.today()
    chart.show_entries([StressEntry(today - timedelta(days=1), 6, 14.5, 2, (), ())], 30, today)
    axis = chart.sleep_axis
    # "%d h" at each tick: a tick between whole hours would be labelled with the wrong number.
    assert axis.max() >= 14.5
    assert (axis.max() / (axis.tickCount() - 1)).is_integer()
    # QtCharts shows "…" instead of labels that do not fit the height; at a larger text size
    # the chart grows with it.
    small = chart.minimumHeight()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    assert chart.minimumHeight() > small


def test_locking_during_an_import_stops_it_and_imports_nothing(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.show_private_view("stress-log")
    rows = "".join(f"2026-{month:02d}-{day:02d},5\n" for month in (9, 10) for day in range(1, 29))
    csv_file = tmp_path / "log.csv"
    csv_file.write_text("date,stress\n" + rows, encoding="utf-8")
    saving, locked = threading.Event(), threading.Event()

    def save_until_locked(*args, progress, should_stop):
        def stop() -> bool:
            saving.set()
            locked.wait(10)  # the first row waits until the area has locked
            return should_stop()

        return csvfiles.save_imported(*args, progress=progress, should_stop=stop)

    def lock_while_saving(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.waitUntil(saving.is_set, timeout=10000)
        window.private_area.lock()  # the idle timer, or Escape twice
        locked.set()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)  # it closes itself
        return ImportDialog.DialogCode.Rejected

    monkeypatch.setattr(import_dialog, "save_imported", save_until_locked)
    monkeypatch.setattr(ImportDialog, "exec", lock_while_saving)
    monkeypatch.setattr(window.private_files, "ask_open_path", lambda *args: csv_file)
    qtbot.mouseClick(window.private_area.stress_view.import_button, Qt.MouseButton.LeftButton)
    assert window.private_area.locked
    count = window.session.store.connection.execute(
        "SELECT count(*) FROM stress_entries"
    ).fetchone()[0]
    assert count == 0


def test_a_percent_sign_in_the_users_own_tag_stays_in_the_report(qtbot) -> None:
    from caregiver_app.ui.private.reports import stress_report_html

    today = date.today()
    entries = [
        StressEntry(today - timedelta(days=back), 3 if back % 2 else 7, 6.0, helped=("walk %3",))
        if back % 2
        else StressEntry(today - timedelta(days=back), 7, 6.0)
        for back in range(1, 15)
    ]
    page = stress_report_html(entries, "Ana")
    assert "walk %3 (stress" in page  # not "walk 4.0 (stress"
