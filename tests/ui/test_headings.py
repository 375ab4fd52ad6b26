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
