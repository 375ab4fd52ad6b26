"""A main window over a small content folder written for each test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caregiver_app.config import Settings
from tests.conftest import ContentBuilder

QUIZ = """
```quiz
question: When can early warning signs start?
choices:
  - text: Only on the day an episode begins
    why: Most families notice changes days or weeks before.
  - text: Days or weeks before an episode
    correct: true
    why: Early changes often start well ahead, which leaves time to act.
```
"""


@pytest.fixture
def sample_content(content: ContentBuilder) -> ContentBuilder:
    content.module("01-basics", "The basics", "Where to begin")
    content.lesson(
        "01-basics/01-welcome.md",
        title="Welcome",
        body="Read [the signs lesson](lesson:signs/common) or [get help](support:).\n\n"
        "[outside](https://www.nami.org)\n\n"
        '<a href="file:///etc/passwd">a file link</a>\n\n'
        "```reflect\nprompt: What brings you here?\nhint: A few words are enough\n```\n",
    )
    content.module("02-signs", "Warning signs")
    content.lesson(
        "02-signs/01-common.md", title="Common signs", body="- sleep\n  - waking early\n" + QUIZ
    )
    content.lesson(
        "03-long/01-long-read.md",
        title="A long read",
        body="\n\n".join(f"Paragraph {number} of a long lesson. " * 6 for number in range(120))
        + "\n\n```reflect\nprompt: Anything to add?\n```\n",
    )
    content.raw(
        "resources.yaml",
        "services:\n  - name: Test Crisis Line\n    kind: crisis\n    phone: '0800 000'\n"
        "    web: https://crisis.example\n",
    )
    return content


@pytest.fixture(autouse=True)
def clicks_only_what_a_user_can_see(monkeypatch: pytest.MonkeyPatch) -> None:
    """A click on a button no user could see proves nothing (the doctor's report button was
    tested that way while it was in no layout): every click checks it first."""
    from pytestqt.qtbot import QtBot

    def guarded(original):
        def click(widget, *args, **kwargs):
            name = widget.objectName() or type(widget).__name__
            assert widget.isVisible(), f"the test clicks {name}, which is not on screen"
            assert widget.isEnabled(), f"the test clicks {name}, which is disabled"
            return original(widget, *args, **kwargs)

        return staticmethod(click)

    for name in ("mouseClick", "mouseDClick"):
        monkeypatch.setattr(QtBot, name, guarded(getattr(QtBot, name)))


@pytest.fixture(autouse=True)
def no_background_work_left_behind(qtbot):
    """Work still running in the background when a test ends fails it (as napari's
    ``dangling_qthread_pool`` does): its result would land in the next test, or in nothing."""
    from caregiver_app.ui.widgets import operations

    yield
    finished = operations.wait_for_all(wait_ms=10_000)
    operations.shutdown()
    assert finished, "background work was still running 10 s after the test ended"


@pytest.fixture
def make_window(qtbot, sample_content: ContentBuilder, tmp_path: Path) -> Callable[..., object]:
    from caregiver_app.ui.app import _application, build_window

    def make(
        kiosk: bool = False,
        content_dir: Path | None = None,
        size: tuple[int, int] | None = (1100, 800),
    ):
        """``size``: a laptop's window, wider than the offscreen screen (800 x 600); None
        keeps the size the window chose for that screen."""
        _application()
        settings = Settings(content_dir or sample_content.root, tmp_path / "data", "en", kiosk)
        window = build_window(settings)
        qtbot.addWidget(window)
        if size is not None and not kiosk:
            window.resize(*size)
        window.show()
        window.activateWindow()  # keyboard shortcuts go to the active window
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make


def click_lesson(qtbot, window, lesson_id: str) -> None:
    """Click a lesson in the library as a user would: scrolled to, then clicked."""
    view = window.lessons.library_view
    row = view.bring_into_view(lesson_id)
    assert not row.isEmpty(), f"{lesson_id} is not in the library"
    qtbot.mouseClick(view.lesson_list.viewport(), Qt.MouseButton.LeftButton, pos=row.center())


def open_lesson_and_wait(qtbot, window, lesson_id: str) -> None:
    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        assert window.open_lesson(lesson_id)


@pytest.fixture
def session_over(qtbot, sample_content: ContentBuilder, tmp_path: Path) -> Callable[..., object]:
    """A feature's test bed without the main window: ``session_over(store)`` is a Session for a
    new profile "Ana" over ``store`` (an in-memory store when None) and the sample lessons."""
    from caregiver_app.lessons import load_library
    from caregiver_app.store import Store, memory_store
    from caregiver_app.ui.app import _application
    from caregiver_app.ui.preferences import Preferences
    from caregiver_app.ui.session import Session

    def make(store: Store | None = None) -> Session:
        _application()
        store = store or memory_store()
        return Session(
            Settings(sample_content.root, tmp_path / "data", "en", False),
            load_library(sample_content.root, "en"),
            services=[],
            preferences=Preferences(None),
            store=store,
            profile=store.profiles.create("Ana"),
        )

    return make


@pytest.fixture
def parent(qtbot):
    """A plain widget for a dialog to open over, as it would over the window."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget
