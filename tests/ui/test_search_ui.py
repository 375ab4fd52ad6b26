"""Searching as a user does: type, read the results, open one at the match; find in a page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_lesson_and_wait


def test_type_a_word_and_open_the_lesson_at_the_match(qtbot, make_window) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.search.index is not None, timeout=5000)
    qtbot.keyClicks(window.search.box, "waking")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.search.view, timeout=3000)
    view = window.search.view
    assert view.results.count() == 1 and "Common signs" in view.hits[0].title
    with qtbot.waitSignal(window.reader.lesson_shown, timeout=5000):
        view.results.itemClicked.emit(view.results.item(0))
    qtbot.waitUntil(window.reader.find_bar.isVisible, timeout=3000)
    selected = [part.textCursor().selectedText() for part in window.reader.text_parts]
    assert "waking" in [text.lower() for text in selected]


def test_nothing_found_says_so(qtbot, make_window) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.search.index is not None, timeout=5000)
    window.show_search("zebra")
    assert "No lessons mention" in window.search.view.heading.text()


def test_ctrl_f_finds_in_the_page(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "long/long-read")
    qtbot.keyClick(window.reader.text_parts[0], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.find_bar.isVisible()
    qtbot.keyClicks(window.reader.find_bar.field, "Paragraph 90")
    bar = window.reader.scroll.verticalScrollBar()
    assert bar.value() > bar.maximum() * 0.5  # scrolled down to the match
    qtbot.keyClicks(window.reader.find_bar.field, "x")
    assert window.reader.find_bar.status.text() == "Not found"
