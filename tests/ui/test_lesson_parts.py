"""A long lesson shows its first screen at once and builds the rest just after that screen is
painted, without moving anything the reader sees; whatever needs the whole lesson gets it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from caregiver_app.ui.reader.lesson_parts import FIRST_SCREEN_CHARS
from tests.ui.conftest import QUIZ, open_lesson_and_wait

FIRST = "\n\n".join(f"Opening paragraph {n}. " + "Some words to read here. " * 8 for n in range(40))
LATER = "\n\n".join(f"Later paragraph {n} about zebra crossings." for n in range(30))


@pytest.fixture
def long_lesson(sample_content):
    assert len(FIRST) > FIRST_SCREEN_CHARS
    sample_content.lesson(
        "03-long/02-parts.md",
        title="In parts",
        body=f"{FIRST}\n\n{QUIZ}\n\n{LATER}\n\n```reflect\nprompt: Your thoughts?\n```\n",
    )
    return sample_content


def test_the_first_screen_is_shown_first_and_the_rest_follows_without_a_jump(
    qtbot, make_window, long_lesson
) -> None:
    window = make_window()
    reader = window.reading.reader
    open_lesson_and_wait(qtbot, window, "long/parts")

    parts = reader.parts
    assert not parts.whole  # the quiz and what follows are not built yet
    first = reader.reading_area.text_parts[0]
    assert "Opening paragraph 0" in first.toPlainText()
    top_before = first.mapTo(reader.reading_area.widget(), QPoint(0, 0)).y()

    qtbot.waitUntil(lambda: parts.whole, timeout=3000)  # just after the first paint

    assert first.mapTo(reader.reading_area.widget(), QPoint(0, 0)).y() == top_before
    assert reader.reading_area.verticalScrollBar().value() == 0
    assert len(reader.quiz_widgets) == 1 and len(reader.reflection_widgets) == 1
    assert reader.holds(reader.rendered)  # whole now: opening it again reuses the page


def test_find_reaches_text_not_built_yet(qtbot, make_window, long_lesson) -> None:
    window = make_window()
    reader = window.reading.reader
    open_lesson_and_wait(qtbot, window, "long/parts")
    assert not reader.parts.whole
    reader.find_bar.open("zebra")
    reader.find_bar.find_next(restart=True)
    assert reader.parts.whole
    assert reader.reading_area.verticalScrollBar().value() > 0  # scrolled to the match


def test_a_saved_place_further_down_is_returned_to(qtbot, make_window, long_lesson) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "long/parts")
    reader = window.reading.reader
    qtbot.waitUntil(lambda: reader.parts.whole, timeout=3000)
    bar = reader.reading_area.verticalScrollBar()
    bar.setValue(int(bar.maximum() * 0.8))
    window.show_library()
    window.reading.reader.rendered = None  # as after a restart: built afresh, not reused
    window.session.library._rendered.clear()

    open_lesson_and_wait(qtbot, window, "long/parts")

    assert reader.parts.whole  # built whole at once to find the place
    assert abs(reader.reading_position() - 0.8) < 0.02


def test_a_lesson_opened_before_the_last_one_finished_gets_none_of_its_parts(
    qtbot, make_window, long_lesson, monkeypatch
) -> None:
    from caregiver_app.ui.reader import lesson_parts

    window = make_window()
    reader = window.reading.reader
    open_lesson_and_wait(qtbot, window, "long/parts")
    assert not reader.parts.whole
    built: list[str] = []
    real_quiz = lesson_parts.QuizWidget
    monkeypatch.setattr(
        lesson_parts, "QuizWidget", lambda quiz: built.append(quiz.id) or real_quiz(quiz)
    )
    open_lesson_and_wait(qtbot, window, "signs/common")  # before the rest was built
    qtbot.wait(300)  # past the time the rest would have been built by

    assert [quiz.quiz.question for quiz in reader.quiz_widgets] == [
        reader.rendered.quizzes[0].question
    ]
    text = "\n".join(part.toPlainText() for part in reader.text_parts)
    assert "zebra" not in text and "Opening paragraph" not in text
    assert built == [reader.rendered.quizzes[0].id]  # the last lesson's rest was never built
