"""A long course and large text on a laptop screen: every module is one click from the top of
the library, and at 200 % text the lesson gets the room (issue 20, item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from caregiver_app.config import Settings
from tests.conftest import ContentBuilder
from tests.ui.conftest import open_lesson_and_wait
from tests.ui.test_library_view import LESSONS_EACH, big_library


@pytest.fixture
def text_scale():
    """Sets the app's text size for one test, and always puts it back."""
    sessions = []

    def set_scale(window, percent: int) -> None:
        sessions.append(window.session)
        window.session.set_text_scale(percent, remember=False)
        for _ in range(3):
            QApplication.processEvents()

    yield set_scale
    for session in sessions[-1:]:
        session.set_text_scale(100, remember=False)


def _top_in(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def test_every_module_is_named_at_the_top_and_one_click_brings_it_up(qtbot, make_window) -> None:
    window = make_window(size=(1366, 768))
    view = window.lessons.library_view
    links = view.module_links
    assert links.isVisible() and _top_in(links, window) < 768 // 2
    for module in window.session.library.modules:
        assert module.title.replace(" ", "&nbsp;") in links.text()
    last = window.session.library.modules[-1]
    links.linkActivated.emit(last.id)  # what a click on the module's name does
    button = view.lesson_buttons[last.lessons[0].id]
    assert button.hasFocus()
    scroll = view.findChild(QScrollArea, "libraryScroll")
    visible = scroll.viewport().rect().translated(0, scroll.verticalScrollBar().value())
    assert visible.contains(button.mapTo(scroll.widget(), QPoint(0, 0)))


def test_a_module_far_down_a_big_library_can_be_reached_before_it_is_built(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    from caregiver_app.ui.app import _application, build_window

    ids = big_library(content)
    _application()
    window = build_window(Settings(content.root, tmp_path / "data", "en", False))
    qtbot.addWidget(window)
    view = window.lessons.library_view
    assert ids[-1] not in view.lesson_buttons  # not built yet
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.go_to_module("m10")
    first_of_last = ids[-LESSONS_EACH]
    assert first_of_last in view.lesson_buttons and view.lesson_buttons[first_of_last].hasFocus()
    qtbot.waitUntil(lambda: view.fully_built, timeout=10_000)
    assert list(view.lesson_buttons) == ids  # still in course order


def test_at_200_percent_the_lesson_column_grows_and_the_tools_stay_small(
    qtbot, make_window, text_scale
) -> None:
    window = make_window(size=(1366, 768))
    open_lesson_and_wait(qtbot, window, "signs/common")
    area = window.reading.reader.reading_area
    normal_width = area.column.width()
    text_scale(window, 200)
    # Lines hold about as many words as at 100 %, instead of a narrow strip beside empty space.
    assert area.column.width() >= 1.4 * normal_width
    assert area.column.width() <= area.viewport().width()
    # Menus, toolbar and the reader's tools leave at least four fifths of the screen to the lesson.
    assert _top_in(area, window) <= 768 // 5
    text_scale(window, 100)
    assert area.column.width() == normal_width


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("width", [640, 800])
def test_get_support_stays_on_the_toolbar_of_a_narrow_window(
    qtbot, make_window, text_scale, width: int, percent: int
) -> None:
    window = make_window(size=(width, 600))
    text_scale(window, percent)
    toolbar = window.app_actions.toolbar
    support = toolbar.widgetForAction(window.app_actions.support)
    # Not moved into the toolbar's » menu: on screen, whole, one click away.
    assert support.isVisible()
    assert toolbar.rect().contains(support.geometry())
    assert support.mapTo(window, QPoint(support.width(), 0)).x() <= window.width()
