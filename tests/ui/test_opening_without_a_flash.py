"""Opening a lesson: the window keeps its last frame while the lesson renders, for a moment at
most, instead of flashing an empty "Opening…" page; the last lesson's widgets are deleted once
the next is on screen."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QApplication

from caregiver_app.lessons import Library
from caregiver_app.ui.reader.feature import OPENING_SHOWN_AFTER_MS
from tests.ui.conftest import open_lesson_and_wait


def slow_rendering(monkeypatch) -> threading.Event:
    """Every lesson renders only once the returned event is set (a hostile or huge lesson:
    seconds)."""
    release = threading.Event()
    real_render = Library.render

    def slow_render(library, lesson):
        release.wait(5)
        return real_render(library, lesson)

    monkeypatch.setattr(Library, "render", slow_render)
    return release


def shown_window(qtbot, make_window):
    """The window once it has been painted, as a user first sees it."""
    window = make_window()
    hold = window.reading._screen_hold
    qtbot.waitUntil(lambda: hold.window_painted, timeout=2000)
    return window


def test_the_window_is_not_repainted_until_the_lesson_is_there(qtbot, make_window) -> None:
    window = shown_window(qtbot, make_window)
    # As in the app a moment after start: the renderer loaded (the first rendering of a
    # process imports Python-Markdown, which can take longer than the hold lasts).
    open_lesson_and_wait(qtbot, window, "long/long-read")
    window.show_library()
    repainted_while_opening = []
    reader = window.reading.reader
    reader.lesson_shown.connect(lambda *_: repainted_while_opening.append(window.updatesEnabled()))
    with qtbot.waitSignal(reader.lesson_shown, timeout=5000):
        window.open_lesson("signs/common")
        assert not window.updatesEnabled()  # the library's frame stays; no empty page flashes
    assert repainted_while_opening == [False]  # held until the lesson was in the page
    qtbot.waitUntil(window.updatesEnabled, timeout=1000)  # and then painted
    assert reader.rendered is not None and reader.rendered.lesson.id == "signs/common"


def test_a_slow_lesson_shows_opening_once_the_moment_has_passed(
    qtbot, make_window, monkeypatch
) -> None:
    window = shown_window(qtbot, make_window)
    release = slow_rendering(monkeypatch)
    reader = window.reading.reader
    window.open_lesson("signs/common")
    assert not window.updatesEnabled()
    qtbot.wait(OPENING_SHOWN_AFTER_MS + 100)
    assert window.updatesEnabled()  # the page shows, saying what it is doing
    assert "Opening" in reader.meta.text()
    with qtbot.waitSignal(reader.lesson_shown, timeout=5000):
        release.set()


def test_leaving_for_another_page_while_a_lesson_opens_shows_that_page(
    qtbot, make_window, monkeypatch
) -> None:
    window = shown_window(qtbot, make_window)
    release = slow_rendering(monkeypatch)
    window.open_lesson("signs/common")
    assert not window.updatesEnabled()
    window.show_library()
    assert window.updatesEnabled()
    release.set()
    qtbot.waitUntil(lambda: not window.reading._renderer.busy, timeout=5000)


def test_the_last_lessons_widgets_are_deleted_once_the_next_is_shown(qtbot, make_window) -> None:
    window = shown_window(qtbot, make_window)
    open_lesson_and_wait(qtbot, window, "signs/common")
    reader = window.reading.reader
    reader.parts.finish()
    old = [*reader.text_parts, *reader.quiz_widgets]
    assert old
    open_lesson_and_wait(qtbot, window, "long/long-read")
    assert all(shiboken6.isValid(widget) and not widget.isVisible() for widget in old)
    window.grab()  # the new lesson is painted: the old widgets go in the next turns
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(widget) for widget in old), timeout=2000)
