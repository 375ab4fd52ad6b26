"""The private area on its own: a Session over a temporary store, a plain widget as the window,
no MainWindow. What it needs of the app is the Session, and it says what it does there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget

from caregiver_app.ui.private.feature import private_feature
from caregiver_app.ui.session import Location, View


def test_the_stress_log_saves_a_check_in_through_the_session(qtbot, session_over):
    session = session_over()
    host = QStackedWidget()
    qtbot.addWidget(host)
    area, _commands, _files = private_feature(session, host)
    said: list[str] = []
    session.status.connect(lambda message, _ms: said.append(message))
    page = area.page(Location(View.STRESS_LOG))
    host.addWidget(page)
    host.show()
    qtbot.waitExposed(host)
    page.form.stress.setValue(7)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert [entry.stress for entry in session.private_data().entries()] == [7]
    assert said  # the status bar is told, through the session


def test_switching_profile_clears_what_is_on_screen(qtbot, session_over):
    session = session_over()
    host = QStackedWidget()
    qtbot.addWidget(host)
    area, _commands, _files = private_feature(session, host)
    page = area.page(Location(View.PLAN))
    page.person.setText("Sam")
    page.save()
    session.set_profile(session.store.profiles.create("Ravi"))
    assert page.person.text() == "" and page.private is None
