"""Searching as a user does: type, read the results, open one at the match; find in a page."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from caregiver_app.ui.library.result_delegate import HTML_ROLE
from tests.ui.conftest import open_lesson_and_wait


def test_type_a_word_and_open_the_lesson_at_the_match(qtbot, make_window) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.index is not None, timeout=5000)
    qtbot.keyClicks(window.lessons.search.box, "waking")
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.lessons.search.view, timeout=3000
    )
    view = window.lessons.search.view
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=3000)  # found off the UI thread
    assert "Common signs" in view.hits[0].title
    # Each result shows its title over a snippet, the match in bold, with room for both lines.
    item = view.results.item(0)
    assert "<b>waking</b>" in item.data(HTML_ROLE).lower()
    lines = view.results.fontMetrics().lineSpacing()
    assert view.results.visualItemRect(item).height() >= 2 * lines
    assert view.results.visualItemRect(item).right() < view.results.viewport().width()
    # A screen reader hears the title, then the words around the match.
    description = item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "waking" in description.lower() and "<" not in description
    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        view.results.itemClicked.emit(view.results.item(0))
    qtbot.waitUntil(window.reading.reader.find_bar.isVisible, timeout=3000)
    selected = [part.textCursor().selectedText() for part in window.reading.reader.text_parts]
    assert "waking" in [text.lower() for text in selected]


def test_nothing_found_says_so(qtbot, make_window) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.index is not None, timeout=5000)
    with qtbot.waitSignal(window.lessons.search.view.results_shown, timeout=3000):
        window.show_search("zebra")
    assert "No lessons mention" in window.lessons.search.view.heading.text()


def test_ctrl_f_finds_in_the_page(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "long/long-read")
    qtbot.keyClick(
        window.reading.reader.text_parts[0], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert window.reading.reader.find_bar.isVisible()
    qtbot.keyClicks(window.reading.reader.find_bar.field, "Paragraph 90")
    bar = window.reading.reader.reading_area.verticalScrollBar()
    assert bar.value() > bar.maximum() * 0.5  # scrolled down to the match
    qtbot.keyClicks(window.reading.reader.find_bar.field, "x")
    assert window.reading.reader.find_bar.status.text() == "Not found"


def test_only_the_newest_query_is_shown_when_typing_outruns_the_search(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.index is not None, timeout=5000)
    index = window.lessons.search.index
    quick = index.search

    def slow_for_waking(query: str, limit: int = 30) -> list:
        if query == "waking":  # still searching when the newer query's answer is back
            time.sleep(0.3)
        return quick(query, limit)

    monkeypatch.setattr(index, "search", slow_for_waking)
    window.show_search("waking")
    view = window.lessons.search.view
    view.show_results("zebra")  # typed on before the first search came back
    qtbot.waitUntil(lambda: "zebra" in view.heading.text(), timeout=3000)
    qtbot.wait(500)  # the stale "waking" answer arrives meanwhile, and must be dropped
    assert "No lessons mention “zebra”" in view.heading.text()
    assert view.results.count() == 0 and view.hits == []


def test_down_from_the_search_box_reaches_the_results_and_enter_opens_one(
    qtbot, make_window
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.index is not None, timeout=5000)
    box = window.lessons.search.box
    box.setFocus()
    qtbot.keyClicks(box, "waking")
    view = window.lessons.search.view
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert window.reading.reader.rendered.lesson.title == "Common signs"


def test_a_search_index_that_cannot_be_built_says_so(qtbot, make_window, monkeypatch) -> None:
    from caregiver_app.lessons.search import SearchIndex

    def no_memory(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(SearchIndex, "build", no_memory)
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.unavailable, timeout=5000)
    window.show_search("sleep")
    assert "not available right now" in window.lessons.search.view.heading.text()
    window.show_library()  # the lessons are all still there
    assert window.stack.currentWidget() is window.lessons.library_view


def test_a_query_that_fails_says_so_and_the_next_one_works(qtbot, make_window) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.index is not None, timeout=5000)
    index = window.lessons.search.index
    working = index.search

    def broken(_query: str, limit: int = 30):
        raise RuntimeError("the index went away")

    index.search = broken
    with qtbot.waitSignal(window.lessons.search.view.results_shown, timeout=3000):
        window.show_search("sleep")
    assert "did not work" in window.lessons.search.view.heading.text()
    index.search = working
    with qtbot.waitSignal(window.lessons.search.view.results_shown, timeout=3000):
        window.show_search("waking")
    assert window.lessons.search.view.results.count() == 1
