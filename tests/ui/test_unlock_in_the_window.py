"""The passcode is asked inside the window: in the strip at start and on the locked page.
Whatever is typed there goes when the screen is hidden or the area locks, and a check still
running when that happens opens nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.ui.widgets import operations
from tests.ui.test_private_area import PASSCODE, give_passcode


def locked_window(qtbot, make_window, monkeypatch):
    window = make_window()
    give_passcode(qtbot, window, monkeypatch)
    window.private_area.lock()
    return window


def test_escape_twice_puts_the_start_strip_away_with_what_was_typed(
    qtbot, make_window, monkeypatch
) -> None:
    window = locked_window(qtbot, make_window, monkeypatch)
    window.offer_unlock()
    bar = window.private_area.unlock_bar()
    bar.form.secret.setFocus()
    qtbot.keyClicks(bar.form.secret, "half a passc")
    qtbot.keyClick(bar.form.secret, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not bar.isVisible() and bar.form.secret.text() == ""


def test_the_locked_page_forgets_a_half_typed_passcode_when_the_area_locks_again(
    qtbot, make_window, monkeypatch
) -> None:
    window = locked_window(qtbot, make_window, monkeypatch)
    window.show_private_view("plan")
    form = window.private_area.locked_view.form
    assert window.stack.currentWidget() is window.private_area.locked_view
    qtbot.keyClicks(form.secret, "half a passc")
    window.show_library()
    window.private_area.clear_views()  # what locking and switching profile do
    window.show_private_view("plan")
    assert form.secret.text() == "" and not form.message.isVisible()


def test_a_check_still_running_when_the_form_is_forgotten_opens_nothing(
    qtbot, make_window, monkeypatch
) -> None:
    window = locked_window(qtbot, make_window, monkeypatch)
    window.show_private_view("stress-log")
    form = window.private_area.locked_view.form
    opened: list[object] = []
    form.unlocked.connect(lambda vault, _code: opened.append(vault))
    qtbot.keyClicks(form.secret, PASSCODE)
    qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    assert form.message.text() == "Checking…" and not form.ok.isEnabled()
    form.forget()  # Escape twice, or the idle lock, while the key is being derived
    operations.wait_for_all()
    qtbot.wait(50)
    assert opened == [] and window.private_area.locked
    assert form.ok.isEnabled() and form.secret.text() == ""


def test_the_right_passcode_on_the_locked_page_opens_the_page_asked_for(
    qtbot, make_window, monkeypatch
) -> None:
    window = locked_window(qtbot, make_window, monkeypatch)
    window.show_private_view("plan")
    form = window.private_area.locked_view.form
    with qtbot.waitSignal(window.session.private_access_changed, timeout=10000):
        qtbot.keyClicks(form.secret, PASSCODE)
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.private_area.plan_view
