"""The warning-signs plan view on its own, over a Session and a store in a temporary folder (no
main window): typing saves after a pause, a new view shows what was saved and when,
observations are added and removed, and another profile or a lock empties the view."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QStackedWidget

from caregiver_app.store import Plan, PrivateData, StagePlan, open_store
from caregiver_app.ui.private.area import PrivateArea
from caregiver_app.ui.private.feature import private_feature
from caregiver_app.ui.private.plan_view import PlanView
from caregiver_app.ui.session import Location, Session, View

PASSCODE = "blue kettle 42"


@pytest.fixture
def session(tmp_path: Path, session_over) -> Iterator[Session]:
    """A Session for "Ana" over a store in a temporary data folder."""
    store = open_store(tmp_path / "data").store
    yield session_over(store)
    store.close()


def shown_view(qtbot, session: Session) -> PlanView:
    """A plan view on screen, showing the profile's plan."""
    view = PlanView()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_private(session.private_data())
    return view


def shown_area_page(qtbot, session: Session) -> tuple[PrivateArea, PlanView]:
    """The plan as the private area gives it for the session's profile, on screen."""
    host = QStackedWidget()
    qtbot.addWidget(host)
    area, _commands, _files = private_feature(session, host)
    page = area.page(Location(View.PLAN))
    host.addWidget(page)
    host.show()
    qtbot.waitExposed(host)
    return area, area.plan_view


def with_passcode(session: Session) -> None:
    """Give the profile a passcode; the session keeps the key, as just after unlocking."""
    vault, _code = session.store.set_passcode(session.profile.id, PASSCODE)
    session.reload_profile()
    session.set_vault(vault)


def test_typing_in_a_stage_saves_it_after_a_short_pause(qtbot, session) -> None:
    view = shown_view(qtbot, session)
    assert "Not encrypted" in view.privacy.text()  # who can read it, said where one writes
    qtbot.keyClicks(view.fields[("early", "signs")], "up at night")
    assert view.status.text() == "Saving…"
    qtbot.waitUntil(lambda: view.status.text() == "✓ Saved", timeout=5000)
    assert session.private_data().plan().stages["early"].signs == "up at night"


def test_a_new_view_shows_the_saved_plan_and_the_day_it_was_saved(qtbot, session) -> None:
    view = shown_view(qtbot, session)
    view.person.setText("  Sam ")
    view.fields[("crisis", "contacts")].setPlainText("Dr Lee 555 0101\nCrisis line 988")
    view.save()  # as when leaving the page
    assert view.status.text() == "✓ Saved"

    again = shown_view(qtbot, session)
    assert again.person.text() == "Sam"  # stored without the stray spaces
    assert again.fields[("crisis", "contacts")].toPlainText() == "Dr Lee 555 0101\nCrisis line 988"
    assert again.fields[("well", "signs")].toPlainText() == ""
    assert again.status.text().startswith("Last saved ")


def test_observations_are_listed_oldest_first_and_can_be_removed(qtbot, session) -> None:
    view = shown_view(qtbot, session)
    add = view.findChild(QPushButton, "addObservationButton")
    remove = next(b for b in view.findChildren(QPushButton) if b.text() == "Remove selected")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # nothing typed: nothing added
    assert view.timeline.count() == 0
    for day, stage, note in ((date(2026, 3, 9), 2, "not eating"), (date(2026, 3, 2), 1, "tired")):
        view.observation_day.setDate(QDate(day.year, day.month, day.day))
        view.observation_stage.setCurrentIndex(stage)
        view.observation_note.setText(note)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        assert view.observation_note.text() == ""  # kept, so the box is ready for the next
    texts = [view.timeline.item(row).text() for row in range(view.timeline.count())]
    assert texts == [
        "2 March 2026  ·  Early signs  ·  tired",
        "9 March 2026  ·  Getting worse  ·  not eating",
    ]

    view.timeline.setCurrentRow(0)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [o.note for o in session.private_data().observations()] == ["not eating"]
    assert view.timeline.count() == 1


def add_observations(qtbot, view: PlanView, *notes: tuple[date, int, str]) -> None:
    """Type and add each (day, stage index, note) as the user would."""
    add = view.findChild(QPushButton, "addObservationButton")
    for day, stage, note in notes:
        view.observation_day.setDate(QDate(day.year, day.month, day.day))
        view.observation_stage.setCurrentIndex(stage)
        view.observation_note.setText(note)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)


def timeline_texts(view: PlanView) -> list[str]:
    return [view.timeline.item(row).text() for row in range(view.timeline.count())]


def test_a_removed_observation_can_be_put_back_with_undo(qtbot, session) -> None:
    view = shown_view(qtbot, session)
    add_observations(
        qtbot, view, (date(2026, 3, 2), 1, "tired"), (date(2026, 3, 9), 2, "not eating")
    )
    before = timeline_texts(view)
    undo = view.findChild(QPushButton, "undoRemoveObservationButton")
    assert not undo.isVisible()  # nothing to undo yet

    view.timeline.setCurrentRow(0)
    qtbot.mouseClick(
        view.findChild(QPushButton, "removeObservationButton"), Qt.MouseButton.LeftButton
    )
    assert [o.note for o in session.private_data().observations()] == ["not eating"]
    assert undo.isVisible()
    assert view.removed_note.text() == "Removed “tired” (2 March 2026)."

    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert timeline_texts(view) == before
    assert not undo.isVisible() and not view.removed_note.isVisible()
    back = [(o.day, o.stage, o.note) for o in session.private_data().observations()]
    assert back == [(date(2026, 3, 2), "early", "tired"), (date(2026, 3, 9), "worse", "not eating")]
    assert timeline_texts(shown_view(qtbot, session)) == before  # saved, not only shown


def test_undo_names_a_long_observation_by_its_start_and_shows_it_as_typed(qtbot, session) -> None:
    view = shown_view(qtbot, session)
    note = "<b>up</b> at 3am again and would not say why, then slept all afternoon"
    add_observations(qtbot, view, (date(2026, 3, 9), 0, note))
    view.timeline.setCurrentRow(0)
    view.remove_observation()
    assert (
        view.removed_note.text()
        == "Removed “<b>up</b> at 3am again and would not sa…” (9 March 2026)."
    )
    assert view.removed_note.textFormat() == Qt.TextFormat.PlainText  # not read as markup


def test_a_removal_or_an_undo_that_cannot_be_saved_changes_nothing(
    qtbot, session, monkeypatch
) -> None:
    view = shown_view(qtbot, session)
    add_observations(qtbot, view, (date(2026, 3, 2), 1, "tired"))
    failures: list[str] = []
    view.writer.failed.connect(failures.append)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    view.timeline.setCurrentRow(0)
    with monkeypatch.context() as broken:
        broken.setattr(PrivateData, "delete_observation", disk_full)
        view.remove_observation()
    assert view.timeline.count() == 1 and not view.undo_button.isVisible()  # nothing to undo

    view.remove_observation()
    with monkeypatch.context() as broken:
        broken.setattr(PrivateData, "add_observation", disk_full)
        view.undo_remove()
    assert len(failures) == 2 and "the disk is full" in failures[-1]
    assert view.timeline.count() == 0 and view.undo_button.isVisible()  # still offered

    view.undo_remove()  # once the disk has room again
    assert [o.note for o in session.private_data().observations()] == ["tired"]
    assert not view.undo_button.isVisible()


def test_an_undo_is_never_put_into_another_profile(qtbot, session) -> None:
    _area, view = shown_area_page(qtbot, session)
    add_observations(qtbot, view, (date(2026, 3, 2), 1, "tired"))
    view.timeline.setCurrentRow(0)
    view.remove_observation()
    assert view.undo_button.isVisible()

    ravi = session.store.profiles.create("Ravi")
    session.set_profile(ravi)
    assert not view.undo_button.isVisible()  # the switch forgot it
    view.show_private(session.private_data())
    view.undo_remove()
    assert session.private_data().observations() == []


def test_another_profile_empties_the_plan_and_shows_only_its_own(qtbot, session) -> None:
    session.private_data().save_plan(Plan("Sam", {"early": StagePlan(signs="pacing")}))
    area, view = shown_area_page(qtbot, session)
    assert view.fields[("early", "signs")].toPlainText() == "pacing"
    ana = session.profile

    session.set_profile(session.store.profiles.create("Ravi"))
    assert view.person.text() == "" and view.fields[("early", "signs")].toPlainText() == ""
    assert view.status.text() == "" and view.private is None
    area.page(Location(View.PLAN))
    assert view.person.text() == ""  # Ravi has no plan yet
    assert session.store.private(ana.id).plan().person == "Sam"  # Ana's is still kept


def test_locking_saves_what_was_typed_and_hides_it(qtbot, session) -> None:
    with_passcode(session)
    vault = session.vault
    area, view = shown_area_page(qtbot, session)
    assert view.privacy.text().startswith("Encrypted with your passcode")
    view.fields[("worse", "actions")].setPlainText("call the team")

    area.lock()  # before the pause that would have saved it
    assert view.fields[("worse", "actions")].toPlainText() == "" and view.private is None
    assert session.private_data().locked
    assert session.store.private(session.profile.id, vault).plan().stages["worse"].actions == (
        "call the team"
    )


def test_a_locked_profile_gets_the_locked_page_with_the_passcode_box_on_it(qtbot, session) -> None:
    with_passcode(session)
    session.private_data().save_plan(Plan("Sam"))
    area, view = shown_area_page(qtbot, session)
    area.lock()
    locked = area.page(Location(View.PLAN))
    assert locked is area.locked_view
    assert view.person.text() == "" and view.private is None
    area.host.addWidget(locked)
    area.host.setCurrentWidget(locked)
    form = locked.form
    assert form.isVisible() and "“Ana”" in form.explanation.text()

    qtbot.keyClicks(form.secret, "not the passcode")
    qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "did not open" in form.message.text(), timeout=10000)
    assert area.locked and area.page(Location(View.PLAN)) is locked  # nothing opened

    form.secret.clear()
    with qtbot.waitSignal(session.private_access_changed, timeout=10000):
        qtbot.keyClicks(form.secret, PASSCODE)
        qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    assert form.secret.text() == ""  # the passcode is not left in the box
    assert area.page(Location(View.PLAN)) is view
    assert view.person.text() == "Sam"


@pytest.fixture
def far_from_utc() -> Iterator[None]:
    """A time zone whose date is not the UTC date right now (UTC+14 or UTC-12)."""
    before = os.environ.get("TZ")
    # POSIX TZ strings count west as positive: "XXX-14" is 14 hours ahead of UTC.
    os.environ["TZ"] = "XXX-14" if datetime.now(UTC).hour >= 10 else "XXX+12"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("far_from_utc")
def test_last_saved_names_the_users_own_day(qtbot, session) -> None:
    assert date.today() != datetime.now(UTC).date()
    session.private_data().save_plan(Plan("Sam"))
    view = shown_view(qtbot, session)
    today = date.today()
    assert view.status.text() == f"Last saved {today.day} {today:%B %Y}"
