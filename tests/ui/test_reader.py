"""The reader driven as a user would: click, follow links, zoom, answer a quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import click_lesson, open_lesson_and_wait


def visible_text(window) -> str:
    return "\n".join(part.toPlainText() for part in window.reading.reader.text_parts)


def test_clicking_a_lesson_in_the_library_opens_it(qtbot, make_window) -> None:
    window = make_window()
    assert "Warning signs" in [module.title for module in window.session.library.modules]

    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        click_lesson(qtbot, window, "signs/common")

    assert window.stack.currentWidget() is window.reading.reader
    assert "Common signs" in visible_text(window)
    assert "Warning signs" in window.reading.reader.meta.text()


def test_internal_link_navigates_and_back_returns(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")

    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        window.reading.reader.text_parts[0].anchorClicked.emit(QUrl("lesson:signs/common"))
    assert window.reading.reader.rendered.lesson.id == "signs/common"

    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        qtbot.mouseClick(window.reading.reader.back_button, Qt.MouseButton.LeftButton)
    assert window.reading.reader.rendered.lesson.id == "basics/welcome"


def test_next_button_goes_to_the_following_lesson(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    assert window.reading.reader.footer.next_button.text() == "Next: Common signs →"
    assert not window.reading.reader.footer.previous_button.isVisible()
    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        qtbot.mouseClick(window.reading.reader.footer.next_button, Qt.MouseButton.LeftButton)
    assert window.reading.reader.rendered.lesson.id == "signs/common"


def test_support_link_and_button_open_the_support_page(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    window.reading.reader.text_parts[0].anchorClicked.emit(QUrl("support:"))
    assert window.stack.currentWidget() is window.reading.support_view
    assert "Test Crisis Line" in window.reading.support_view.browser.toPlainText()
    assert "0800 000" in window.reading.support_view.browser.toPlainText()


def test_file_links_are_neither_shown_as_links_nor_opened(qtbot, make_window, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")

    html = window.reading.reader.text_parts[0].toHtml()
    assert "a file link" in visible_text(window)
    assert "file:///etc/passwd" not in html and "passwd" not in html
    assert (
        window.reading.reader.problem_banner.isVisible()
    )  # the author is told something was removed

    window.reading.reader.follow_link(QUrl("file:///etc/passwd"))
    window.reading.reader.follow_link(QUrl("javascript:alert(1)"))
    assert opened == []
    assert window.reading.reader.rendered.lesson.id == "basics/welcome"


def test_web_links_open_only_after_the_user_confirms(qtbot, make_window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")

    window.reading.reader.text_parts[0].anchorClicked.emit(QUrl("https://www.nami.org"))
    assert opened == []  # cancelled
    window.reading.reader.text_parts[0].anchorClicked.emit(QUrl("https://www.nami.org"))
    assert opened == ["https://www.nami.org"]


def test_kiosk_never_opens_web_links(qtbot, make_window, monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args))
    window = make_window(kiosk=True)
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    window.reading.reader.follow_link(QUrl("https://www.nami.org"))
    assert asked == []
    assert "https://crisis.example" in window.reading.support_view.browser.toPlainText()
    assert (
        "href" not in window.reading.support_view.browser.toHtml().split("crisis.example")[0][-40:]
    )


def test_zoom_shortcuts_change_text_size_and_it_is_remembered(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    text = window.reading.reader.text_parts[0]
    before = text.document().defaultFont().pointSizeF()

    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = text.document().defaultFont().pointSizeF()
    assert bigger > before * 1.2
    assert window.session.preferences.text_scale == 125

    window.close()
    second = make_window()
    assert (
        second.session.preferences.text_scale == 125
    )  # a new window starts at the remembered size
    assert QApplication.font().pointSizeF() > 11.0 * 1.2

    qtbot.keyClick(second, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert second.session.preferences.text_scale == 100
    qtbot.keyClick(second, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert second.session.preferences.text_scale == 90


def test_quiz_explains_a_wrong_answer_then_accepts_the_right_one(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    (quiz,) = window.reading.reader.quiz_widgets
    assert not quiz.check_button.isEnabled()

    qtbot.mouseClick(quiz.choice_buttons[0], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.reading.reader.quiz_answered) as answered:
        qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert answered.args == ["signs/common", "quiz-1", [0], False]
    assert "Not quite" in quiz.result.text()
    assert "Most families notice changes" in quiz.explanations[0].text()
    assert "leaves time to act" in quiz.explanations[1].text()  # the right answer is explained too

    qtbot.mouseClick(quiz.retry_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.choice_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert "That's right" in quiz.result.text()


def test_reflection_is_a_text_box_with_its_prompt(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    (reflection,) = window.reading.reader.reflection_widgets
    assert reflection.editor.placeholderText() == "A few words are enough"
    changes: list[list[str]] = []
    window.reading.reader.reflection_changed.connect(lambda *args: changes.append(list(args)))
    qtbot.keyClicks(reflection.editor, "Worried")
    assert changes[-1] == ["basics/welcome", "reflect-1", "Worried"]
    assert reflection.text() == "Worried"


def test_nested_list_renders_nested_in_the_reader(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    lists = [
        block.textList()
        for block in _blocks(window.reading.reader.text_parts[0].document())
        if block.textList()
    ]
    indents = {text_list.format().indent() for text_list in lists}
    assert indents == {1, 2}


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_get_support_is_one_click_from_every_view(qtbot, make_window) -> None:
    window = make_window()
    button = window.app_actions.toolbar.widgetForAction(window.app_actions.support)
    for show in (
        window.show_library,
        lambda: open_lesson_and_wait(qtbot, window, "basics/welcome"),
        window.show_problems,
    ):
        show()
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.reading.support_view


def test_unknown_lesson_link_tells_the_user(qtbot, make_window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    window = make_window()
    assert not window.open_lesson("no/such")
    assert "no/such" in shown[0]


def test_lesson_links_open_the_plan_the_stress_log_and_the_signs(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "basics/welcome")
    window.reading.reader.follow_link(QUrl("plan:"))
    assert window.stack.currentWidget() is window.private_area.plan_view
    window.go_back()
    window.reading.reader.follow_link(QUrl("stress-log:"))
    assert window.stack.currentWidget() is window.private_area.stress_view
    window.go_back()
    window.reading.reader.follow_link(QUrl("signs:"))
    assert window.stack.currentWidget() is window.private_area.signs_view


def _shown_quiz(qtbot, *choices: tuple[str, bool]):
    from caregiver_app.lessons.model import Choice, Quiz
    from caregiver_app.ui.app import _application
    from caregiver_app.ui.reader.blocks import QuizWidget

    _application()
    quiz = QuizWidget(
        Quiz("q", "Which are early signs?", tuple(Choice(t, c, "Because.") for t, c in choices))
    )
    qtbot.addWidget(quiz)
    quiz.show()
    qtbot.waitExposed(quiz)
    return quiz


def test_each_choice_is_judged_against_what_the_reader_did(qtbot) -> None:
    quiz = _shown_quiz(
        qtbot, ("Sleeping less", True), ("Moving house", False), ("Pulling away", True)
    )
    qtbot.mouseClick(quiz.choice_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    said = [label.text() for label in quiz.explanations]
    assert said[0].startswith("✓ Right.")
    assert said[1].startswith("Right to leave this out.")  # not "✗ Not right" beside success
    assert said[2].startswith("You missed this one")
    assert "Not quite" in quiz.result.text()


def test_a_right_single_answer_calls_nothing_wrong(qtbot) -> None:
    quiz = _shown_quiz(qtbot, ("Days before", True), ("Only on the day", False))
    qtbot.mouseClick(quiz.choice_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    said = " ".join(label.text() for label in quiz.explanations) + quiz.result.text()
    assert "✗" not in said and "That's right" in said
