"""A long course and large text on a laptop screen: every module is one click from the top of
the library, and at 200 % text the lesson gets the room (issue 20, item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from caregiver_app.ui.library.lesson_rows import CARD_GAP
from tests.conftest import ContentBuilder
from tests.ui.conftest import open_lesson_and_wait
from tests.ui.test_library_view import LESSONS_EACH, big_library, big_window, visible_on_page


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
    lessons = view.lesson_list
    assert lessons.hasFocus()
    assert lessons.currentIndex() == lessons.index_of(last.lessons[0].id)
    scroll = view.findChild(QScrollArea, "libraryScroll")
    visible = scroll.viewport().rect().translated(0, scroll.verticalScrollBar().value())
    header = lessons.visualRect(lessons.module_index(last.id))
    # The module's card is at the top of the page (or as near as the page's end allows).
    top = lessons.viewport().mapTo(scroll.widget(), header.topLeft()).y()
    at_end = scroll.verticalScrollBar().value() == scroll.verticalScrollBar().maximum()
    assert at_end or abs(top + CARD_GAP - visible.top()) <= 1
    first = lessons.visualRect(lessons.currentIndex())
    assert visible.contains(lessons.viewport().mapTo(scroll.widget(), first.center()))


def test_a_module_far_down_a_big_library_is_one_click_away(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    ids = big_library(content)
    window = big_window(qtbot, content, tmp_path)
    view = window.lessons.library_view
    view.go_to_module("m10")
    lessons = view.lesson_list
    assert lessons.hasFocus() and lessons.currentIndex() == lessons.index_of(ids[-LESSONS_EACH])
    assert visible_on_page(view, lessons.visualRect(lessons.currentIndex()))


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
