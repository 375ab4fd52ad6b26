"""Opening the lesson just read again (back to the library and in again, or its own link): the
page is shown as it was built, not built again, and shows only the current reader's answers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_lesson_and_wait


def answer_first_quiz(qtbot, window, choice: int) -> None:
    quiz = window.reading.reader.quiz_widgets[0]
    qtbot.mouseClick(quiz.choice_buttons[choice], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)


def test_the_lesson_just_read_opens_again_without_being_built_again(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "long/long-read")
    reader = window.reading.reader
    text = reader.text_parts[0]
    bar = reader.reading_area.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)

    window.show_library()
    open_lesson_and_wait(qtbot, window, "long/long-read")

    assert reader.text_parts[0] is text  # the same page, not a new one
    assert abs(reader.reading_position() - 0.5) < 0.02  # and the place kept when leaving
    assert window.stack.currentWidget() is reader


def test_a_page_shown_again_has_the_readers_own_answers_and_nothing_else(
    qtbot, make_window
) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    answer_first_quiz(qtbot, window, 1)
    window.show_library()
    ben = window.session.store.profiles.create("Ben")
    window.set_profile(ben)

    open_lesson_and_wait(qtbot, window, "signs/common")

    quiz = window.reading.reader.quiz_widgets[0]
    assert quiz.selected() == set()
    assert not quiz.has_answer
    assert not quiz.result.isVisible()
    assert quiz.check_button.isVisible() and all(b.isEnabled() for b in quiz.choice_buttons)

    window.set_profile(window.session.store.profiles.all()[0])  # back to the first reader
    open_lesson_and_wait(qtbot, window, "signs/common")
    quiz = window.reading.reader.quiz_widgets[0]
    assert quiz.selected() == {1} and "That's right" in quiz.result.text()


def test_a_reflection_typed_by_one_profile_is_gone_when_another_opens_the_page(
    qtbot, make_window
) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    qtbot.keyClicks(window.reading.reader.reflection_widgets[0].editor, "Only mine")
    window.show_library()
    window.set_profile(window.session.store.profiles.create("Ben"))

    open_lesson_and_wait(qtbot, window, "basics/welcome")

    assert window.reading.reader.reflection_widgets[0].text() == ""
    window.set_profile(window.session.store.profiles.all()[0])
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert window.reading.reader.reflection_widgets[0].text() == "Only mine"


def test_an_answer_from_this_visit_is_still_saved_and_shown_after_opening_again(
    qtbot, make_window
) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    answer_first_quiz(qtbot, window, 0)
    open_lesson_and_wait(qtbot, window, "signs/common")  # its own link, say

    quiz = window.reading.reader.quiz_widgets[0]
    assert quiz.selected() == {0} and "Not quite" in quiz.result.text()
    progress = window.session.store.progress(window.session.profile.id)
    assert progress.quiz_results() == (0, 1)  # recorded once


def test_a_new_theme_builds_the_page_again_in_its_colours(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    text = window.reading.reader.text_parts[0]

    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        window.session.set_theme("dark")

    assert window.reading.reader.text_parts[0] is not text


def test_a_lesson_opened_in_one_session_opens_without_rendering_in_the_next(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from caregiver_app.lessons import render

    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    window.close()
    assert list((tmp_path / "data" / "cache" / "rendered").glob("*.json"))

    def refuse(*_args):
        raise AssertionError("rendered again")

    monkeypatch.setattr(render, "render_lesson", refuse)
    again = make_window()
    open_lesson_and_wait(qtbot, again, "signs/common")
    assert again.reading.reader.quiz_widgets  # the whole lesson, quiz and all


def test_words_that_could_not_be_saved_are_never_given_to_the_next_profile(
    qtbot, make_window, monkeypatch
) -> None:
    import sqlite3

    from caregiver_app.store import private as private_module

    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    disk_full = {"now": True}
    real_save = private_module.PrivateData.save_reflection

    def save(self, *args):
        if disk_full["now"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real_save(self, *args)

    monkeypatch.setattr(private_module.PrivateData, "save_reflection", save)
    qtbot.keyClicks(window.reading.reader.reflection_widgets[0].editor, "Ana's own words")
    ana = window.session.profile
    ben = window.session.store.profiles.create("Ben")
    window.set_profile(ben)  # Ana's words could not be saved yet
    disk_full["now"] = False  # room again

    open_lesson_and_wait(qtbot, window, "basics/welcome")
    window.reading.leave()  # everything pending is saved now

    assert window.reading.reader.reflection_widgets[0].text() == ""
    store = window.session.store
    assert store.private(ben.id).reflections("basics/welcome") == {}
    assert store.private(ana.id).reflections("basics/welcome") == {"reflect-1": "Ana's own words"}


def test_a_new_theme_while_a_lesson_is_half_built_builds_it_anew(
    qtbot, make_window, sample_content
) -> None:
    from tests.ui.conftest import QUIZ
    from tests.ui.test_lesson_parts import FIRST, LATER

    sample_content.lesson(
        "03-long/02-parts.md", title="In parts", body=f"{FIRST}\n\n{QUIZ}\n\n{LATER}"
    )
    window = make_window()
    reader = window.reading.reader
    open_lesson_and_wait(qtbot, window, "long/parts")
    assert not reader.parts.whole
    first = reader.reading_area.text_parts[0]
    window.show_library()
    window.session.set_theme("dark")  # before the rest of the lesson was built
    qtbot.wait(300)  # past the time the rest would have been built by

    open_lesson_and_wait(qtbot, window, "long/parts")

    assert reader.reading_area.text_parts[0] is not first  # built again, in the new colours
    window.session.set_theme("light")
