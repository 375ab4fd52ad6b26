"""Every heading grows with the text size: at 200% the stress log's and search's headings are
twice what they were (they once kept the size they were built with)."""

from __future__ import annotations

from caregiver_app.ui.session import View


def test_headings_follow_the_text_size(qtbot, make_window) -> None:
    window = make_window()
    window.show_view(View.STRESS_LOG)
    window.show_search("sleep")
    stress_title = window.private_area.stress_view.title
    search_title = window.lessons.search.view.heading
    library_title = window.lessons.library_view.title
    before = [label.font().pointSizeF() for label in (stress_title, search_title, library_title)]
    window.session.set_text_scale(200)
    after = [label.font().pointSizeF() for label in (stress_title, search_title, library_title)]
    assert all(big >= small * 1.9 for small, big in zip(before, after, strict=True)), (
        before,
        after,
    )
    assert all(size > window.font().pointSizeF() for size in after)  # still headings


def test_a_heading_anchor_never_splits_its_first_letter_from_the_word(qtbot) -> None:
    # Qt puts an id's anchor on the heading's first character, shaped apart from the rest:
    # "नींद" showed a dotted circle where its vowel sign should join.
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextBrowser

    from caregiver_app.ui.widgets.theme import qt_html

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(qt_html('<h2 id="sleep">नींद में बदलाव</h2><p>Text.</p>'))
    document = browser.document()
    cursor = QTextCursor(document)
    cursor.setPosition(document.find("नींद").selectionStart() + 1)
    assert not cursor.charFormat().isAnchor()  # the format of the word's first letter
    assert "sleep" in _anchor_names(document)  # the heading can still be reached


def _anchor_names(document) -> list[str]:
    from PySide6.QtGui import QTextCursor

    names = []
    cursor = QTextCursor(document)
    while not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        names += cursor.charFormat().anchorNames()
    return names


def test_boxes_in_boxes_past_three_are_drawn_as_text_not_nested_tables() -> None:
    # Qt lays out nested tables in time growing with each level: 20 took 100 s.
    from caregiver_app.ui.widgets.theme import MAX_DRAWN_BOXES, qt_html

    deep = '<div class="admonition note"><p>x</p>' * 20 + "</div>" * 20
    assert qt_html(deep).count("<table") == MAX_DRAWN_BOXES
