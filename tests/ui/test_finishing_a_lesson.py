"""A lesson read to its end counts as done: the way on (complete, next) comes before the
sources, reading to the end or answering every check marks it complete, and undo stays undone
(issue 20, item 3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import ContentBuilder
from tests.ui.conftest import QUIZ, open_lesson_and_wait

LONG = "\n\n".join(f"Paragraph {n} about early signs. " * 8 for n in range(60))
SOURCES = "\n\n## Sources\n\n- Birchwood M et al. (1989). Predicting relapse.\n"


def lessons(content: ContentBuilder) -> None:
    content.module("01-signs", "Warning signs")
    content.lesson("01-signs/01-long.md", title="Long", body=LONG + SOURCES)
    content.lesson("01-signs/02-checks.md", title="Checks", body="Short.\n" + QUIZ + SOURCES)


def completed(window, lesson_id: str) -> bool:
    state = window.session.store.progress(window.session.profile.id).lesson(lesson_id)
    return state is not None and state.completed


def test_the_way_on_comes_before_the_sources(qtbot, make_window, content) -> None:
    lessons(content)
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/long")
    area = window.reading.reader.reading_area
    footer_top = area.footer.mapTo(area.widget(), area.footer.rect().topLeft()).y()
    sources = area.sources_column
    assert sources.isVisible() and "Birchwood" in area.text_parts[-1].toPlainText()
    assert footer_top < sources.mapTo(area.widget(), sources.rect().topLeft()).y()
    # In the lesson's reading size, like its text (they are built at different times).
    lesson_text, source_text = area.text_parts[0], area.text_parts[-1]
    size = lesson_text.document().defaultFont().pointSizeF()
    assert source_text.document().defaultFont().pointSizeF() == size > 0


def test_reading_to_the_end_marks_the_lesson_complete_once(qtbot, make_window, content) -> None:
    lessons(content)
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/long")
    reader = window.reading.reader
    bar = reader.reading_area.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    assert not completed(window, "signs/long")  # half way is not the end
    bar.setValue(bar.maximum())
    assert completed(window, "signs/long")
    button = reader.footer.complete_button
    assert "undo" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the reader undoes it
    bar.setValue(0)
    bar.setValue(bar.maximum())
    assert not completed(window, "signs/long")  # and it stays undone


def test_answering_every_check_marks_it_complete(qtbot, make_window, content) -> None:
    lessons(content)
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/checks")
    quiz = window.reading.reader.quiz_widgets[0]
    qtbot.mouseClick(quiz.choice_buttons[1], Qt.MouseButton.LeftButton)
    assert not completed(window, "signs/checks")
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert completed(window, "signs/checks")


def test_going_back_to_ones_place_is_not_reading_to_the_end(qtbot, make_window, content) -> None:
    lessons(content)
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/long")
    window.go_back()  # leaving saves the place it was left at
    window.session.store.progress(window.session.profile.id).save_reading(
        "signs/long", 1.0, 30
    )  # left at the very end, undone
    open_lesson_and_wait(qtbot, window, "signs/long")
    qtbot.wait(50)
    bar = window.reading.reader.reading_area.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0  # back at the end
    assert not completed(window, "signs/long")


def test_a_long_title_on_previous_or_next_is_shortened_never_cut(qtbot) -> None:
    from caregiver_app.lessons import Lesson
    from caregiver_app.ui.reader.lesson_footer import LessonFooter

    footer = LessonFooter()
    qtbot.addWidget(footer)
    long_title = "What relapse and early warning signs are, and why they matter so much"

    def lesson(lesson_id: str, title: str) -> Lesson:
        return Lesson(lesson_id, "m", title, "", 5, (), Path("x.md"), "x.md", "", 1)

    before, after = lesson("m/a", long_title), lesson("m/b", "Early signs of mania")
    footer.set_completed(False)
    footer.show_neighbours(before, after)
    footer.resize(700, 60)
    footer.show()
    qtbot.waitExposed(footer)
    previous = footer.previous_button
    assert previous.text().endswith("…") and previous.text().startswith("← Previous: What")
    assert previous.toolTip() == previous.accessibleName() == f"← Previous: {long_title}"
    # Once laid out, the whole row fits, and each label fits inside its button.
    qtbot.waitUntil(lambda: footer.next_button.geometry().right() <= footer.width(), timeout=2000)
    for button in footer.buttons():
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()


def test_previous_and_next_make_room_when_the_lesson_is_marked_complete(qtbot) -> None:
    # The page shows the way on first and the saved "Completed" after: the longer middle
    # button must not cover the previous lesson's title.
    from caregiver_app.lessons import Lesson
    from caregiver_app.ui.reader.lesson_footer import LessonFooter

    footer = LessonFooter()
    qtbot.addWidget(footer)
    footer.resize(800, 60)
    footer.show()
    qtbot.waitExposed(footer)

    def lesson(lesson_id: str, title: str) -> Lesson:
        return Lesson(lesson_id, "m", title, "", 5, (), Path("x.md"), "x.md", "", 1)

    footer.show_neighbours(
        lesson("m/a", "What relapse and early warning signs are"),
        lesson("m/b", "Early signs of mania"),
    )
    footer.set_completed(True)

    def apart() -> bool:
        previous, complete = footer.previous_button.geometry(), footer.complete_button.geometry()
        return previous.right() < complete.left() and complete.right() < (
            footer.next_button.geometry().left()
        )

    qtbot.waitUntil(apart, timeout=2000)
    assert footer.previous_button.text().endswith("…")
