"""What a visitor to a clinic's kiosk sees (issue 20, item 13): a welcome with the clinic's name,
no promise that "only you" can read what is written on a public computer, the clinic's own
services first on Get support, and a take-home card that says what to do when it cannot print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextBrowser, QWidget

from caregiver_app.lessons import Service
from caregiver_app.ui.reader.support_view import SupportView, clinic_services
from tests.ui.conftest import open_lesson_and_wait
from tests.ui.test_kiosk import (  # noqa: F401  (close_sessions: the kiosk's own clean-up)
    close_sessions,
    kiosk_settings,
    start_session,
)

FAMILY_GROUP = {"name": "Riverside family group", "kind": "support", "phone": "555 0101"}
CRISIS_DESK = {"name": "Riverside crisis desk", "kind": "crisis", "phone": "555 0100"}


def visit_bar_note(window) -> QLabel:
    note = window.findChild(QLabel, "visitNote")
    assert note is not None and note.isVisible()
    return note


def test_the_kiosk_welcomes_visitors_by_the_clinics_name(qtbot, sample_content, tmp_path) -> None:
    settings = kiosk_settings(
        sample_content.root, tmp_path / "data", clinic_name="Riverside Clinic"
    )
    session = start_session(qtbot, settings)
    note = visit_bar_note(session.window)
    assert note.text() == "Welcome to Riverside Clinic. Read anything here; nothing is kept."
    session.end_visit()  # every new visit is welcomed the same way
    assert visit_bar_note(session.window).text().startswith("Welcome to Riverside Clinic.")


def test_without_a_clinic_name_the_welcome_still_says_nothing_is_kept(
    qtbot, sample_content, tmp_path
) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    assert visit_bar_note(session.window).text() == (
        "Welcome. Read anything here; nothing is kept."
    )


def test_the_clinics_name_is_shown_as_written_not_as_markup(
    qtbot, sample_content, tmp_path
) -> None:
    settings = kiosk_settings(sample_content.root, tmp_path / "data", clinic_name="<b>St Ann</b>")
    session = start_session(qtbot, settings)
    note = visit_bar_note(session.window)
    assert note.text().startswith("Welcome to <b>St Ann</b>.") and note.textFormat().name == (
        "PlainText"
    )


def words_on_screen(window) -> str:
    """Everything a visitor can read on the visible page: labels, text, placeholders, tips."""
    parts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        parts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            parts.append(widget.placeholderText())
    return "\n".join(parts).lower()


def test_no_page_of_a_kiosk_says_only_you_can_read_it(qtbot, sample_content, tmp_path) -> None:
    session = start_session(qtbot, kiosk_settings(sample_content.root, tmp_path / "data"))
    window = session.window
    pages = {
        "library": window.show_library,
        "lesson": lambda: open_lesson_and_wait(qtbot, window, "basics/welcome"),
        "support": window.show_support,
        "stress log": lambda: window.show_private_view("stress-log"),
        "plan": lambda: window.show_private_view("plan"),
    }
    for page, show in pages.items():
        show()
        assert "only you" not in words_on_screen(window), page


def test_the_clinics_own_services_come_first_on_get_support(qtbot) -> None:
    ours = clinic_services([FAMILY_GROUP, CRISIS_DESK])
    shipped = [
        Service("National crisis line", "crisis", phone="0800 111"),
        Service("Emergency services", "emergency", phone="112"),
    ]
    view = SupportView(
        [*ours, *shipped], None, clinic_services=ours, clinic_name="Riverside Clinic"
    )
    qtbot.addWidget(view)
    view.show()
    text = view.browser.toPlainText()
    order = [
        "If someone is in danger right now",  # what to do first, whoever runs the computer
        "At Riverside Clinic",
        "Riverside family group",  # in the order the clinic's config lists them
        "Riverside crisis desk",
        "In an emergency",
        "Emergency services",
        "National crisis line",
    ]
    positions = [text.index(line) for line in order]
    assert positions == sorted(positions), text
    assert text.count("Riverside crisis desk") == 1  # not again under "Crisis lines"
    view.restyle()  # a theme change keeps the order
    assert view.browser.toPlainText() == text


def test_a_clinic_without_a_name_lists_its_services_under_your_clinic(qtbot) -> None:
    ours = clinic_services([FAMILY_GROUP, {"kind": "crisis", "phone": "1"}])  # no name: not shown
    assert [service.name for service in ours] == ["Riverside family group"]
    view = SupportView(ours, None, clinic_services=ours)
    qtbot.addWidget(view)
    assert "At your clinic" in view.browser.toPlainText()


def test_the_kiosks_get_support_page_starts_with_the_clinics_services(
    qtbot, sample_content, tmp_path: Path
) -> None:
    settings = kiosk_settings(
        sample_content.root,
        tmp_path / "data",
        clinic_name="Riverside Clinic",
        clinic_services=(FAMILY_GROUP,),
    )
    session = start_session(qtbot, settings)
    session.window.show_support()
    text = session.window.reading.support_view.browser.toPlainText()
    assert text.index("Riverside family group") < text.index("Test Crisis Line"), text


def card_for(qtbot, window, settings):
    from caregiver_app.ui.clinic.take_home import TakeHomeDialog

    open_lesson_and_wait(qtbot, window, "signs/common")
    lessons = [window.session.library.lesson(lesson_id) for lesson_id in window.session.viewed]
    card = TakeHomeDialog(
        lessons,
        clinic=settings.clinic_name,
        web=settings.clinic_web,
        services=window.session.services,
        allow_printing=settings.allow_printing,
        parent=window,
    )
    qtbot.addWidget(card)
    card.show()
    return card


@pytest.mark.parametrize("printing", [False, True])
def test_the_take_home_card_says_to_scan_the_code_where_it_cannot_print(
    qtbot, sample_content, tmp_path: Path, printing: bool
) -> None:
    settings = kiosk_settings(
        sample_content.root,
        tmp_path / "data",
        clinic_name="Riverside Clinic",
        clinic_web="https://riverside.example/families",
        allow_printing=printing,
    )
    session = start_session(qtbot, settings)
    card = card_for(qtbot, session.window, settings)
    text = card.browser.toPlainText()
    scan = "point your phone's camera at the code below"
    assert card.print_button.isVisible() == printing
    assert (scan in text) == (not printing)
    if not printing:
        # First thing on the card, before the code it points to and the list it keeps.
        assert text.index(scan) < text.index("riverside.example") < text.index("Common signs")
        assert "take a photo" in text
    assert not card.images["qr"].isNull()


def test_a_card_with_no_code_to_scan_says_to_take_a_photo(
    qtbot, sample_content, tmp_path: Path
) -> None:
    settings = kiosk_settings(sample_content.root, tmp_path / "data")  # no web address, no print
    session = start_session(qtbot, settings)
    card = card_for(qtbot, session.window, settings)
    text = card.browser.toPlainText()
    assert "To keep this list, take a photo of it with your phone." in text
    assert "camera at the code" not in text and card.images == {}
