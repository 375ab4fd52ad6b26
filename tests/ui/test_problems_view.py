"""The Content problems view lists what check-content prints, checked off the UI thread."""

from __future__ import annotations

from tests.conftest import ContentBuilder


def test_problems_view_lists_each_problem_with_file_and_line(
    qtbot, make_window, sample_content: ContentBuilder
) -> None:
    sample_content.raw("02-signs/02-broken.md", "---\ntitle: [oops\n---\n# Broken")
    window = make_window()
    assert window.session.library.problems  # the library notices at once...
    with qtbot.waitSignal(window.lessons.problems_view.check_finished, timeout=10000):
        window.show_problems()  # ...and the view runs the full check in the background

    table = window.lessons.problems_view.table
    rows = [
        [table.topLevelItem(i).text(c) for c in range(3)] for i in range(table.topLevelItemCount())
    ]
    assert ["en/02-signs/02-broken.md", "2"] in [row[:2] for row in rows]
    assert any("file: address" in row[2] for row in rows)  # found only by rendering the lesson
    assert "problem" in window.lessons.problems_view.summary.text()


def test_library_shows_a_notice_that_leads_to_the_problems(
    qtbot, make_window, sample_content: ContentBuilder
) -> None:
    sample_content.raw("02-signs/02-empty.md", b"")
    window = make_window()
    window.lessons.library_view.problems_requested.emit()
    assert window.stack.currentWidget() is window.lessons.problems_view
