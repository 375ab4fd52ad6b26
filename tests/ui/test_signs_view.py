"""The signs tracker as a family meets it: an empty page says how to start, signs come from the
plan or the common list, a tick is saved as it is made, a threshold met shows the plan's own
steps once, and nothing of it appears in a kiosk."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import Plan, StagePlan
from caregiver_app.store.signs import SignDay
from caregiver_app.ui.session import View
from caregiver_app.ui.widgets.theme import THEMES

PLAN = Plan(
    "Sam",
    {
        "well": StagePlan("sleeps 11 to 7"),
        "early": StagePlan(
            "- up past 2 am\n- stops answering the phone\n\n- up past 2 AM", "Ask gently"
        ),
        "worse": StagePlan("1. says the neighbours watch", "Call the care team", "Team 0199"),
        "crisis": StagePlan("talks of ending their life", "Stay with them", "112"),
    },
)


def tick(qtbot, box) -> None:
    """Click the box where a user does: on its square (a wide box is not all clickable)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def signs_page(qtbot, make_window):
    window = make_window()
    window.show_private_view("signs")
    view = window.private_area.signs_view
    assert window.stack.currentWidget() is view
    return window, view


def test_an_empty_tracker_says_how_to_start_and_the_common_signs_fill_it(
    qtbot, make_window
) -> None:
    window, view = signs_page(qtbot, make_window)
    assert view.start.isVisible() and "No signs yet" in view.start.text()
    assert not view.day_card.isVisible() and not view.editor.from_plan.isVisible()
    qtbot.mouseClick(view.editor.common, Qt.MouseButton.LeftButton)
    signs = window.session.private_data().signs()
    assert len(signs) == 10 and {s.stage for s in signs} == {"early", "worse", "crisis"}
    assert view.day_card.isVisible() and not view.start.isVisible()
    assert set(view.ticks.boxes) == {s.id for s in signs}


def test_signs_come_from_the_plan_and_a_tick_is_saved_as_it_is_made(qtbot, make_window) -> None:
    window, view = signs_page(qtbot, make_window)
    private = window.session.private_data()
    private.save_plan(PLAN)
    window.show_library()
    window.show_private_view("signs")
    assert view.editor.from_plan.isVisible()
    qtbot.mouseClick(view.editor.from_plan, Qt.MouseButton.LeftButton)
    assert [(s.stage, s.wording) for s in private.signs()] == [
        ("early", "up past 2 am"),
        ("early", "stops answering the phone"),
        ("worse", "says the neighbours watch"),
        ("crisis", "talks of ending their life"),
    ]
    first = private.signs()[0]
    tick(qtbot, view.ticks.boxes[first.id])
    assert private.sign_day(date.today()).seen == {first.id}  # no Save button to forget
    today = date.today()
    assert view.ticks.day.maximumDate() == QDate(today.year, today.month, today.day)
    described = view.timeline.accessibleDescription()
    assert "Early signs: 1 sign seen on 1 of the last 7 days." in described


def test_the_same_sign_twice_is_refused_with_a_message(qtbot, make_window) -> None:
    _window, view = signs_page(qtbot, make_window)
    for _ in range(2):
        qtbot.keyClicks(view.editor.wording, "Up past 2 am")
        qtbot.keyClick(view.editor.wording, Qt.Key.Key_Return)
    assert (
        view.editor.message.isVisible() and "already one of the signs" in view.editor.message.text()
    )
    assert view.editor.wording.text() == "Up past 2 am"  # what was typed stays to be changed
    assert view.editor.list.count() == 1


def test_a_threshold_met_shows_the_plans_steps_once(qtbot, make_window) -> None:
    window, view = signs_page(qtbot, make_window)
    private = window.session.private_data()
    private.save_plan(PLAN)
    view.take_signs_from_plan()
    early = [s.id for s in private.signs() if s.stage == "early"]
    today = date.today()
    for back in (0, 2, 4):
        private.save_sign_day(SignDay(today - timedelta(days=back), frozenset(early)), today)
    window.show_library()
    window.show_private_view("signs")
    assert view.prompt.isVisible()
    assert (
        "Early signs" in view.prompt_text.text()
        and "What to do: Ask gently" in view.prompt_text.text()
    )
    assert not view.prompt_support.isVisible()  # Get support leads for the crisis stage
    window.show_library()
    window.show_private_view("signs")
    assert not view.prompt.isVisible()  # once per episode, not every time the page opens


def test_a_crisis_sign_prompts_with_get_support(qtbot, make_window) -> None:
    window, view = signs_page(qtbot, make_window)
    private = window.session.private_data()
    private.save_plan(PLAN)
    view.take_signs_from_plan()
    crisis = next(s for s in private.signs() if s.stage == "crisis")
    tick(qtbot, view.ticks.boxes[crisis.id])
    assert view.prompt.isVisible() and view.prompt_support.isVisible()
    assert "Who to contact: 112" in view.prompt_text.text()
    qtbot.mouseClick(view.prompt_support, Qt.MouseButton.LeftButton)
    assert window.session.location.view == View.SUPPORT


def test_a_kiosk_has_no_signs(qtbot, make_window) -> None:
    window = make_window(kiosk=True)
    assert not window.app_actions.signs.isVisible()
    before = window.stack.currentWidget()
    window.show_private_view("signs")
    assert window.stack.currentWidget() is before


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_timeline_is_drawn_at_200_percent_in_every_theme(qtbot, make_window, theme) -> None:
    window, view = signs_page(qtbot, make_window)
    private = window.session.private_data()
    view.editor.common.click()
    first = private.signs()[0]
    today = date.today()
    private.save_sign_day(SignDay(today, frozenset({first.id})), today)
    window.session.set_theme(theme)
    window.session.set_text_scale(200)
    window.show_library()
    window.show_private_view("signs")
    timeline = view.timeline
    rows = len(private.signs()) + 1
    assert timeline.height() >= rows * timeline.fontMetrics().height()  # grows with the text
    picture: QImage = timeline.grab().toImage()
    colours = {
        picture.pixelColor(x, y).name()
        for x in range(0, picture.width(), 7)
        for y in range(0, picture.height(), 5)
    }
    assert len(colours) > 3  # text, cells and the background: something was drawn


def test_the_plans_page_gains_the_timeline_and_the_ticks_export_as_csv(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtPdf import QPdfDocument

    window, view = signs_page(qtbot, make_window)
    private = window.session.private_data()
    private.save_plan(PLAN)
    view.take_signs_from_plan()
    first = private.signs()[0]
    today = date.today()
    for back in range(0, 80, 3):
        private.save_sign_day(
            SignDay(today - timedelta(days=back), frozenset({first.id}), "=calm"), today
        )

    targets = iter([tmp_path / "plain.pdf", tmp_path / "signs.pdf", tmp_path / "signs.csv"])
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: next(targets))
    monkeypatch.setattr(window.private_files, "warn_unencrypted", lambda: True)  # no passcode
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: failures.append(text))
    window.app_actions.export_plan.trigger()
    window.private_area.plan_view.include_signs.setCurrentIndex(3)  # the last 52 weeks
    window.app_actions.export_plan.trigger()
    window.app_actions.export_signs.trigger()

    assert failures == []
    plain, with_signs = (tmp_path / "plain.pdf").read_bytes(), (tmp_path / "signs.pdf").read_bytes()
    assert b"/Subtype /Image" not in plain and b"/Subtype /Image" in with_signs
    document = QPdfDocument()
    document.load(str(tmp_path / "signs.pdf"))
    assert document.pageCount() == 1  # still one page, the timeline shrunk to fit with the rest
    document.close()
    rows = (tmp_path / "signs.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "date,stage,sign,note"
    assert rows[1] == f"{(today - timedelta(days=78)).isoformat()},early,up past 2 am,'=calm"
    assert len(rows) == 1 + 27


def test_the_stress_log_can_be_shown_beside_the_signs(qtbot, make_window) -> None:
    from caregiver_app.store import StressEntry

    window, view = signs_page(qtbot, make_window)
    private = window.session.private_data()
    view.editor.common.click()
    today = date.today()
    private.save_entry(StressEntry(today, 8))
    private.save_entry(StressEntry(today - timedelta(days=7), 2))
    rows_before = view.timeline.sizeHint().height()
    view.with_stress.setChecked(True)
    assert view.timeline.stress[-2:] == (2.0, 8.0)  # last week, this week
    assert None in view.timeline.stress  # weeks with no check-in are gaps
    assert view.timeline.sizeHint().height() > rows_before  # a row more
