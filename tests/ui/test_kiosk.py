"""Kiosk mode: a visit leaves no trace, resets itself when idle, and only staff can leave it."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from caregiver_app.adminpin import hash_pin
from caregiver_app.config import Settings
from caregiver_app.store import StressEntry
from caregiver_app.ui.kiosk import KioskSession
from tests.ui.conftest import open_lesson_and_wait


def kiosk_settings(content: Path, data: Path, **changes: object) -> Settings:
    base = Settings(content, data, "en", True, kiosk_idle_seconds=30, kiosk_warning_seconds=5)
    return replace(base, allow_printing=False, **changes)


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
    quiz = window.reader.quiz_widgets[0]
    quiz.choice_buttons[1].click()
    quiz.check()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    qtbot.keyClicks(window.reader.reflection_widgets[0].editor, "my son stopped sleeping")
    window.show_private_view("stress-log")
    window.private_area.stress_view.stress.setValue(8)
    window.private_area.stress_view.save_check_in()


def test_a_kiosk_visit_writes_nothing_anywhere(qtbot, sample_content, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = tmp_path / "data"
    data.mkdir()
    session = start_session(qtbot, kiosk_settings(sample_content.root, data))
    window = session.window
    visit(qtbot, window)
    assert window.private_data().entries()[0].stress == 8  # the visit works, in memory
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
    command += [
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
    assert second.history == [] and second.viewed == []
    assert second.private_data().entries() == []
    assert second.store.progress(second.profile.id).all_lessons() == {}
    second.go_back()  # Back reaches nothing of the previous visit
    assert second.stack.currentWidget() is second.library_view


def test_leaving_needs_the_admin_pin_and_wrong_pins_wait(
    qtbot, sample_content, tmp_path: Path, monkeypatch
) -> None:
    settings = kiosk_settings(
        sample_content.root, tmp_path / "data", admin_pin_hash=hash_pin("2468")
    )
    session = start_session(qtbot, settings)
    monkeypatch.setattr(session, "ask_pin", lambda: "1111")
    assert not session.request_exit()
    assert session.window.isVisible() and session.pin_wait_seconds() >= 1
    monkeypatch.setattr(session, "ask_pin", lambda: "2468")
    assert not session.request_exit()  # still waiting after the wrong PIN, even with the right one
    session._pin_wait_ms = 0
    with qtbot.waitSignal(session.exiting):
        assert session.request_exit()
    assert not session.window.isVisible()


def test_kiosk_hides_files_profiles_and_passcodes(qtbot, sample_content, tmp_path: Path) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    actions = window.actions
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
    from caregiver_app.ui.take_home import TakeHomeDialog

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
    lessons = [window.library.lesson(lesson_id) for lesson_id in window.viewed]
    card = TakeHomeDialog(
        lessons,
        clinic="Riverside Clinic",
        web=settings.clinic_web,
        services=window.services,
        allow_printing=False,
        parent=window,
    )
    qtbot.addWidget(card)
    text = card.browser.toPlainText()
    assert "Riverside Clinic" in text and "Common signs" in text and "riverside.example" in text
    assert "Riverside crisis desk" in text  # the clinic's own service comes first
    assert not card.images["qr"].isNull() and card.print_button.isHidden()
    assert "Riverside crisis desk" in window.support_view.browser.toPlainText()


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
    view = session.window.library_view
    body = QApplication.font().pointSizeF()
    assert view.title.fontInfo().pointSizeF() > 1.5 * body
    assert view.lesson_buttons["signs/common"].fontInfo().pointSizeF() > body
