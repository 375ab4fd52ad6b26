"""A large library: the window appears before every lesson has its button, and the rest arrive
in order, with the reader's progress, text size and Tab order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.config import Settings
from caregiver_app.store import open_store
from caregiver_app.ui.library.lesson_button import LessonButton
from caregiver_app.ui.library.library_view import FIRST_LESSONS
from tests.conftest import ContentBuilder

MODULES, LESSONS_EACH = 10, 20


def big_library(content: ContentBuilder) -> list[str]:
    ids = []
    for module in range(1, MODULES + 1):
        content.module(f"{module:02d}-m{module}", f"Module {module}")
        for lesson in range(1, LESSONS_EACH + 1):
            content.lesson(
                f"{module:02d}-m{module}/{lesson:02d}-l{lesson}.md", f"L {module}.{lesson}"
            )
            ids.append(f"m{module}/l{lesson}")
    return ids


def test_a_big_library_opens_first_then_fills_in_course_order(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    from caregiver_app.ui.app import _application, build_window

    ids = big_library(content)
    last_lesson = ids[-1]
    opened = open_store(tmp_path / "data")
    profile = opened.store.profiles.create("Ana")
    opened.store.profiles.mark_used(profile.id)
    opened.store.progress(profile.id).set_completed(last_lesson, True)
    opened.store.close()

    _application()
    window = build_window(Settings(content.root, tmp_path / "data", "en", False))
    qtbot.addWidget(window)
    window.session.set_text_scale(150, remember=False)
    view = window.lessons.library_view
    # Only the first modules are built before the window first shows.
    assert FIRST_LESSONS <= len(view.lesson_buttons) < len(ids)
    assert not view.fully_built
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    qtbot.waitUntil(lambda: view.fully_built, timeout=10_000)
    assert list(view.lesson_buttons) == ids
    # Built after the progress was shown, the last lesson still says it is completed, and its
    # text is as large as the first lesson's.
    last, first = view.lesson_buttons[last_lesson], view.lesson_buttons[ids[0]]
    assert last.description().startswith("✓ Completed")
    assert last.font().pointSizeF() == first.font().pointSizeF() > QApplication.font().pointSizeF()
    # Tab goes from lesson to lesson in course order, on into the lessons built later.
    view.lesson_buttons[ids[FIRST_LESSONS - 2]].setFocus()
    for lesson_id in ids[FIRST_LESSONS - 1 : FIRST_LESSONS + 45]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view.lesson_buttons[lesson_id]
    window.session.set_text_scale(100, remember=False)


def test_a_lesson_button_grows_when_its_text_or_font_does(qtbot) -> None:
    # Heights are remembered for speed; a remembered height must never clip new text.
    button = LessonButton("Common early warning signs")
    qtbot.addWidget(button)
    button.setDescription("6 min")
    short = button.heightForWidth(300)
    button.setDescription("✓ Completed  ·  6 min  ·  " + "What to look out for, and why. " * 6)
    longer = button.heightForWidth(300)
    assert longer > short
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    button.setFont(font)
    assert button.heightForWidth(300) > longer
    assert button.sizeHint().height() > short


def test_every_lesson_button_shares_one_arrow(qtbot) -> None:
    # Each button's own copy of the style's arrow kept its own pixmaps: about 70 KB a lesson,
    # 70 MiB for a clinic's thousand lessons.
    buttons = [LessonButton(f"Lesson {number}") for number in range(3)]
    for button in buttons:
        qtbot.addWidget(button)
    assert not buttons[0].icon().isNull()  # the arrow is still there
    assert len({button.icon().cacheKey() for button in buttons}) == 1
