"""Kiosk mode: a visit leaves no trace, resets itself when idle, and only staff can leave it."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from caregiver_app.adminpin import hash_pin
from caregiver_app.config import Settings
from caregiver_app.store import StressEntry
from caregiver_app.ui.clinic.kiosk import KioskSession
from tests.test_config import BROKEN_KIOSK_CONFIGS
from tests.ui.conftest import open_lesson_and_wait

PIN = "24681357"
PIN_HASH = hash_pin(PIN)


def kiosk_settings(content: Path, data: Path, **changes: object) -> Settings:
    base = Settings(content, data, "en", True, kiosk_idle_seconds=30, kiosk_warning_seconds=5)
    return replace(base, **{"allow_printing": False, "admin_pin_hash": PIN_HASH, **changes})


_SESSIONS: list[KioskSession] = []


@pytest.fixture(autouse=True)
def close_sessions():
    """Kiosk windows replace themselves; close whichever is current when a test ends."""
    yield
    while _SESSIONS:
        session = _SESSIONS.pop()
        session.idle.stop()
        if session.window is not None:
            session.window.allow_close = True
            session.window.close()
            session.window.deleteLater()


def start_session(qtbot, settings: Settings) -> KioskSession:
    from caregiver_app.ui.app import _application, build_window

    _application()
    session = KioskSession(settings, lambda: build_window(settings))
    session.start(full_screen=False)
    _SESSIONS.append(session)
    return session


def visit(qtbot, window) -> None:
    """What a visitor does: reads, answers a quiz, writes a reflection, tries the check-in."""
    open_lesson_and_wait(qtbot, window, "signs/common")
    quiz = window.reading.reader.quiz_widgets[0]
    quiz.choice_buttons[1].click()
    quiz.check()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    qtbot.keyClicks(window.reading.reader.reflection_widgets[0].editor, "my son stopped sleeping")
    window.show_private_view("stress-log")
    window.private_area.stress_view.form.stress.setValue(8)
    window.private_area.stress_view.save_check_in()


def test_a_kiosk_visit_writes_nothing_anywhere(qtbot, sample_content, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = tmp_path / "data"
    data.mkdir()
    session = start_session(qtbot, kiosk_settings(sample_content.root, data))
    window = session.window
    visit(qtbot, window)
    assert window.session.private_data().entries()[0].stress == 8  # the visit works, in memory
    window.close()  # ignored: a kiosk closes only through the admin PIN
    assert window.isVisible()
    session.wipe()
    assert list(data.iterdir()) == [] and list(home.iterdir()) == []


def test_screenshot_in_kiosk_mode_writes_nothing(sample_content, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    command = [
        sys.executable,
        "-m",
        "caregiver_app",
        "--kiosk",
        "--content",
        str(sample_content.root),
    ]
    site = tmp_path / "config.toml"
    site.write_text(f'[kiosk]\nadmin_pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    command += [
        "--config",
        str(site),
        "--data-dir",
        str(data),
        "--screenshot",
        str(tmp_path / "kiosk.png"),
        "--view",
        "library",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert list(data.iterdir()) == [] and list((tmp_path / "home").iterdir()) == []
    # The picture is of the kiosk as a visitor sees it (no menu bar, "Take this home"), not of
    # the family window: compare with the same view outside kiosk mode.
    family = [part for part in command if part != "--kiosk"]
    family[family.index(str(data))] = str(tmp_path / "family-data")
    family[family.index(str(tmp_path / "kiosk.png"))] = str(tmp_path / "family.png")
    assert subprocess.run(family, capture_output=True, check=False, timeout=120).returncode == 0
    kiosk_picture, family_picture = (
        QImage(str(tmp_path / "kiosk.png")),
        QImage(str(tmp_path / "family.png")),
    )
    assert kiosk_picture.size() == family_picture.size() and kiosk_picture != family_picture


def test_idle_asks_are_you_still_there_then_wipes(qtbot, sample_content, tmp_path: Path) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    first = session.window
    visit(qtbot, first)
    session.idle.setInterval(100)
    session.idle.start()
    qtbot.waitUntil(lambda: session.still_there is not None, timeout=3000)
    assert "Are you still there?" in session.still_there.message.text()
    session.still_there.accept()  # "I'm still here"
    assert session.window is first
    session.still_there = None
    session.ask_still_there()
    session.still_there.remaining = 1
    with qtbot.waitSignal(session.wiped, timeout=5000):
        pass  # the countdown runs out
    second = session.window
    assert second is not first
    assert second.history == [] and second.session.viewed == []
    assert second.session.private_data().entries() == []
    assert second.session.store.progress(second.session.profile.id).all_lessons() == {}
    second.go_back()  # Back reaches nothing of the previous visit
    assert second.stack.currentWidget() is second.lessons.library_view


def test_the_idle_question_hides_what_the_last_visitor_wrote(
    qtbot, sample_content, tmp_path: Path
) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    window.resize(1366, 768)
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    editor = window.reading.reader.reflection_widgets[0].editor
    qtbot.keyClicks(editor, "Fight with my son about his pills")
    session.ask_still_there()
    cover = session.cover
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == window.rect()
    # What the screen shows is the cover and nothing else: not a pixel of the page beneath,
    # toolbars included.
    assert window.grab().toImage() == cover.grab().toImage()
    answer_at = editor.mapTo(window, editor.rect().center())
    assert window.childAt(answer_at) in (cover, *cover.findChildren(QLabel))
    window.resize(1000, 700)  # it follows the window
    assert cover.geometry() == window.rect()
    session.still_there.accept()  # "I'm still here": the visitor's page comes back
    assert session.cover is None and not cover.isVisible()
    assert editor.toPlainText() == "Fight with my son about his pills"
    assert window.childAt(answer_at) is not cover


def test_leaving_needs_the_admin_pin_and_wrong_pins_show_their_wait(
    qtbot, sample_content, tmp_path: Path
) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    exits: list[bool] = []
    session.exiting.connect(lambda: exits.append(True))
    session.request_exit()  # what Ctrl+Alt+Shift+Q does
    dialog = session.pin_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.pin, "111111")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Checking" in dialog.wait_message.text()  # the key derivation runs off the UI thread
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    # Staff see that it was wrong and how long until the next try; the field waits too.
    assert dialog.isVisible() and not exits and dialog.pin.text() == ""
    assert dialog.wait_message.text() == "Wrong PIN — try again in 1 s."
    assert dialog.wait_message.isVisible()
    assert not dialog.pin.isEnabled() and not dialog.ok.isEnabled()
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=3000)  # the countdown ends by itself
    assert "try again in" not in dialog.wait_message.text()
    qtbot.keyClicks(dialog.pin, "222222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    # Each wrong PIN doubles the wait.
    assert dialog.wait_message.text() == "Wrong PIN — try again in 2 s."
    session.pins.clear_wait()
    dialog._show_wait()
    with qtbot.waitSignal(session.exiting):
        qtbot.keyClicks(dialog.pin, PIN)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not session.window.isVisible()


def test_a_session_without_a_working_pin_never_leaves(qtbot, sample_content, tmp_path) -> None:
    # The old way out: no admin_pin_hash, and Ctrl+Alt+Shift+Q quit without asking.
    exits: list[bool] = []
    for stored in ("", "scrypt$32768$8$1$REPLACE$ME"):
        settings = kiosk_settings(sample_content.root, tmp_path / "data", admin_pin_hash=stored)
        session = start_session(qtbot, settings)
        session.exiting.connect(lambda: exits.append(True))
        session.request_exit()
        assert not exits and session.window.isVisible() and session.pin_dialog is None


@pytest.mark.parametrize("case", list(BROKEN_KIOSK_CONFIGS))
def test_a_kiosk_with_a_broken_config_starts_locked_and_stays_so(
    qtbot, sample_content, tmp_path: Path, case: str
) -> None:
    from caregiver_app import config
    from caregiver_app.ui.app import _application, build_window
    from caregiver_app.ui.clinic.kiosk import ADMIN_SHORTCUT, KioskLockedScreen, start_kiosk

    raw, line, _words = BROKEN_KIOSK_CONFIGS[case]
    site = tmp_path / "config.toml"
    site.write_bytes(raw)
    settings = config.resolve(
        content_dir=sample_content.root, data_dir=tmp_path / "data", config_file=site
    )
    _application()
    screen = start_kiosk(settings, lambda: build_window(settings), full_screen=False)
    qtbot.addWidget(screen)
    assert isinstance(screen, KioskLockedScreen)
    visible = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    assert visible == [screen]  # no family window: no profiles, files, export or Quit
    assert "This kiosk is not ready" in screen.findChild(QLabel, "pageTitle").text()
    assert f"{site}:{line}:" in screen.problems.text()  # what staff tell IT
    staff = screen.findChild(QLabel, "kioskStaffMessage").text()
    if "PIN" in case:
        assert "Ask IT to set kiosk.admin_pin_hash" in staff and "hash-pin" in staff
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=2000)
    qtbot.keySequence(screen, QKeySequence(ADMIN_SHORTCUT))
    screen.close()
    assert screen.isVisible() and screen.shortcut_note.isVisible()  # nothing leaves it
    screen.allow_close = True


def test_staff_with_a_working_pin_can_close_a_kiosk_locked_by_its_config(
    qtbot, sample_content, tmp_path: Path
) -> None:
    from caregiver_app import config
    from caregiver_app.ui.app import _application, build_window
    from caregiver_app.ui.clinic.kiosk import KioskLockedScreen, start_kiosk

    site = tmp_path / "config.toml"
    site.write_text(
        f'[kiosk]\nenabled = true\nadmin_pin_hash = "{PIN_HASH}"\nidle_second = 90\n',
        encoding="utf-8",
    )
    settings = config.resolve(content_dir=sample_content.root, config_file=site)
    _application()
    screen = start_kiosk(settings, lambda: build_window(settings), full_screen=False)
    qtbot.addWidget(screen)
    assert isinstance(screen, KioskLockedScreen)
    assert f"{site}:4: unknown key 'idle_second'" in screen.problems.text()
    screen.request_exit()  # Ctrl+Alt+Shift+Q
    dialog = screen.pin_dialog
    qtbot.keyClicks(dialog.pin, "111111")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    assert screen.isVisible() and "try again in 1 s." in dialog.wait_message.text()
    screen.pins.clear_wait()
    dialog._show_wait()
    with qtbot.waitSignal(screen.exiting):
        qtbot.keyClicks(dialog.pin, PIN)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()


def test_kiosk_flag_without_a_pin_renders_the_locked_screen(sample_content, tmp_path) -> None:
    out = tmp_path / "locked.png"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "caregiver_app", "--kiosk"),
            *("--content", str(sample_content.root), "--data-dir", str(tmp_path / "data")),
            *("--screenshot", str(out)),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "This kiosk starts locked" in result.stderr and "no admin_pin_hash" in result.stderr
    assert QImage(str(out)).width() >= 800


# --- the end of a visit -------------------------------------------------------------------------


def write_everything(qtbot, window) -> None:
    """A visitor's private words: a reflection, a stress check-in and a plan."""
    visit(qtbot, window)
    window.show_private_view("plan")
    plan = window.private_area.plan_view
    qtbot.keyClicks(plan.person, "Sam")
    plan.save()
    assert window.session.private_data().plan().person == "Sam"


def assert_nothing_of_the_last_visit(qtbot, window) -> None:
    """Every shortcut and view of the new window shows nothing the previous visitor wrote."""
    assert window.history == [] and window.session.viewed == []
    window.go_back()
    assert window.stack.currentWidget() is window.lessons.library_view
    for action in (
        window.app_actions.stress_log,
        window.app_actions.plan,
        window.app_actions.progress,
    ):
        action.trigger()
    assert (
        window.session.private_data().entries() == []
        and window.session.private_data().plan().person == ""
    )
    assert window.private_area.stress_view.table.rowCount() == 0
    assert window.private_area.plan_view.person.text() == ""
    assert window.session.store.progress(window.session.profile.id).all_lessons() == {}
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert window.reading.reader.reflection_widgets[0].text() == ""


def test_end_my_visit_is_on_every_page_and_clears_everything(
    qtbot, sample_content, tmp_path: Path
) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    write_everything(qtbot, window)
    QApplication.clipboard().setText("my son stopped sleeping")  # copied from a reflection
    pages = {
        "library": window.show_library,
        "lesson": lambda: open_lesson_and_wait(qtbot, window, "signs/common"),
        "support": window.show_support,
        "progress": window.show_progress,
        "stress log": lambda: window.show_private_view("stress-log"),
        "plan": lambda: window.show_private_view("plan"),
        "search": lambda: window.show_search("sleep"),
    }
    for page, show in pages.items():
        show()
        assert session.end_visit_button.isVisible(), page
    button = session.end_visit_button
    assert button.accessibleName() == "End my visit" and button.accessibleDescription()
    with qtbot.waitSignal(session.wiped):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # one click: no question asked
    assert session.window is not window
    assert "Your visit has ended" in session.window.statusBar().currentMessage()
    assert session.end_visit_button.isVisible()
    assert QApplication.clipboard().text() == ""
    assert_nothing_of_the_last_visit(qtbot, session.window)


def test_end_my_visit_works_from_the_keyboard(qtbot, sample_content, tmp_path: Path) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    write_everything(qtbot, session.window)
    button = session.end_visit_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow, timeout=2000)
    button.setFocus()
    with qtbot.waitSignal(session.wiped):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert_nothing_of_the_last_visit(qtbot, session.window)


def test_escape_twice_ends_the_visit(qtbot, sample_content, tmp_path: Path) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    write_everything(qtbot, window)
    window.show_private_view("stress-log")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view = window.private_area.stress_view
    view.form.note.setFocus()
    qtbot.keyClicks(view.form.note, "a thought")
    with qtbot.waitSignal(session.wiped):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert session.window is not window
    assert_nothing_of_the_last_visit(qtbot, session.window)


def test_idle_times_come_from_the_site_config(qtbot, sample_content, tmp_path: Path) -> None:
    from caregiver_app import config

    site = tmp_path / "config.toml"
    site.write_text(f'[kiosk]\nenabled = true\nadmin_pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    settings = config.resolve(content_dir=sample_content.root, config_file=site)
    session = start_session(qtbot, settings)
    assert session.idle.interval() == 120_000  # two minutes by default
    session.ask_still_there()
    assert (
        session.still_there.remaining == 30 and "30 seconds" in session.still_there.message.text()
    )
    session.still_there.accept()


def test_kiosk_hides_files_profiles_and_passcodes(qtbot, sample_content, tmp_path: Path) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    actions = window.app_actions
    for action in (
        actions.profile,
        actions.data,
        actions.passcode,
        actions.quit,
        actions.delete_private,
    ):
        assert not action.isVisible()
    assert window.menuBar().isHidden() and actions.take_home.isVisible()
    assert window.windowTitle() == "Caregiver Companion"  # no profile's name: there is none
    assert not actions.print_lesson.isEnabled()  # printing is off unless the config allows it
    window.show_private_view("stress-log")
    view = window.private_area.stress_view
    assert (
        view.export_button.isHidden()
        and view.import_button.isHidden()
        and view.report_button.isHidden()
    )
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_take_home_card_lists_what_was_read_and_the_clinic_qr(
    qtbot, sample_content, tmp_path: Path
) -> None:
    from caregiver_app.ui.clinic.take_home import TakeHomeDialog

    settings = kiosk_settings(
        sample_content.root,
        tmp_path / "data",
        clinic_name="Riverside Clinic",
        clinic_web="https://riverside.example/families",
        clinic_services=({"name": "Riverside crisis desk", "kind": "crisis", "phone": "555 0100"},),
    )
    session = start_session(qtbot, settings)
    window = session.window
    open_lesson_and_wait(qtbot, window, "signs/common")
    lessons = [window.session.library.lesson(lesson_id) for lesson_id in window.session.viewed]
    card = TakeHomeDialog(
        lessons,
        clinic="Riverside Clinic",
        web=settings.clinic_web,
        services=window.session.services,
        allow_printing=False,
        parent=window,
    )
    qtbot.addWidget(card)
    text = card.browser.toPlainText()
    assert "Riverside Clinic" in text and "Common signs" in text and "riverside.example" in text
    assert "Riverside crisis desk" in text  # the clinic's own service comes first
    assert not card.images["qr"].isNull() and card.print_button.isHidden()
    assert "Riverside crisis desk" in window.reading.support_view.browser.toPlainText()


def test_clinic_services_can_replace_the_shipped_ones(
    qtbot, sample_content, tmp_path: Path
) -> None:
    from caregiver_app.lessons import load_library
    from caregiver_app.ui.app import support_services

    library = load_library(sample_content.root)
    clinic = ({"name": "Only ours", "kind": "crisis", "phone": "1"},)
    settings = kiosk_settings(
        sample_content.root, tmp_path, clinic_services=clinic, replace_services=True
    )
    assert [service.name for service in support_services(settings, library)] == ["Only ours"]
    settings = replace(settings, replace_services=False)
    assert [service.name for service in support_services(settings, library)] == [
        "Only ours",
        "Test Crisis Line",
    ]
    assert StressEntry(date.today(), 1).stress == 1


def test_kiosk_says_nothing_is_kept_instead_of_offering_a_passcode(
    qtbot, sample_content, tmp_path: Path
) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    session.window.show_private_view("stress-log")
    banner = session.window.private_area.stress_view.privacy.text()
    assert "Nothing you write here is kept" in banner and "passcode" not in banner


def test_kiosk_headings_and_lessons_keep_their_size(qtbot, sample_content, tmp_path: Path) -> None:
    # Dropping the window frame re-creates the window, and Qt re-applies the style sheet; the
    # page title and lesson titles must not fall back to body-text size when it does.
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "kiosk"))
    qtbot.waitExposed(session.window)
    view = session.window.lessons.library_view
    body = QApplication.font().pointSizeF()
    assert view.title.fontInfo().pointSizeF() > 1.5 * body
    assert view.lesson_list.lesson_delegate.lesson_font.pointSizeF() > body


def test_get_support_and_end_my_visit_both_fit_at_any_text_size(
    qtbot, sample_content, tmp_path: Path
) -> None:
    from tests.ui.test_accessibility import unlabelled_controls

    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    window.resize(1100, 800)
    for percent in (100, 200):
        window.session.set_text_scale(percent)
        qtbot.wait(50)
        support = window.app_actions.toolbar.widgetForAction(window.app_actions.support)
        for button in (support, session.end_visit_button):
            assert button.isVisible(), percent
            assert button.mapTo(window, button.rect().topRight()).x() <= window.width()
    window.session.set_text_scale(100)
    assert unlabelled_controls(window) == []


def test_a_pin_check_that_fails_keeps_the_kiosk_and_asks_again(qtbot) -> None:
    """Not enough memory for the PIN's key derivation: no exit, no wrong try counted, and the
    dialog is usable again (it stayed on "Checking…" for good)."""
    from caregiver_app.ui.clinic.kiosk_dialogs import AdminPinDialog, PinGate

    gate = PinGate()

    def no_memory(_pin: str) -> bool:
        raise MemoryError

    dialog = AdminPinDialog(no_memory, gate)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText("24681357")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert gate.wait_seconds() == 0 and dialog.pin.isEnabled()
    assert "could not be checked" in dialog.wait_message.text()
