"""The library's list: every lesson in course order at once, however many, with the reader's
progress; the keyboard goes from lesson to lesson; rows grow with their text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea

from caregiver_app.config import Settings
from caregiver_app.store import open_store
from caregiver_app.ui.widgets.theme import palette
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


def big_window(qtbot, content: ContentBuilder, tmp_path: Path, completed: str = ""):
    from caregiver_app.ui.app import _application, build_window

    opened = open_store(tmp_path / "data")
    profile = opened.store.profiles.create("Ana")
    opened.store.profiles.mark_used(profile.id)
    if completed:
        opened.store.progress(profile.id).set_completed(completed, True)
    opened.store.close()
    _application()
    window = build_window(Settings(content.root, tmp_path / "data", "en", False))
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def visible_on_page(view, row) -> bool:
    scroll = view.findChild(QScrollArea, "libraryScroll")
    shown = scroll.viewport().rect().translated(0, scroll.verticalScrollBar().value())
    top_left = view.lesson_list.viewport().mapTo(scroll.widget(), row.topLeft())
    return shown.contains(top_left) and shown.contains(top_left + QPoint(0, row.height() - 1))


def test_a_big_library_lists_every_lesson_at_once_in_course_order(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    ids = big_library(content)
    window = big_window(qtbot, content, tmp_path, completed=ids[-1])
    lessons = window.lessons.library_view.lesson_list

    listed = [row.lesson.id for row in lessons.list_model.rows if row.lesson is not None]
    assert listed == ids
    assert window.lessons.library_view.description(ids[-1]).startswith("✓ Completed")
    # The list is as tall as all its rows: the page scrolls, never the list inside it.
    last = lessons.visualRect(lessons.index_of(ids[-1]))
    assert last.bottom() < lessons.height()
    assert lessons.verticalScrollBar().maximum() == 0


def test_the_arrows_go_from_lesson_to_lesson_and_the_page_follows(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    ids = big_library(content)
    window = big_window(qtbot, content, tmp_path)
    view = window.lessons.library_view
    lessons = view.lesson_list
    lessons.setFocus(Qt.FocusReason.TabFocusReason)
    assert lessons.currentIndex() == lessons.index_of(ids[0])  # the first lesson, not a header

    for lesson_id in ids[1 : LESSONS_EACH + 3]:  # over the second module's header
        qtbot.keyClick(lessons, Qt.Key.Key_Down)
        assert lessons.currentIndex() == lessons.index_of(lesson_id)
        assert visible_on_page(view, lessons.visualRect(lessons.currentIndex()))
    qtbot.keyClick(lessons, Qt.Key.Key_End)
    assert lessons.currentIndex() == lessons.index_of(ids[-1])
    assert visible_on_page(view, lessons.visualRect(lessons.currentIndex()))
    qtbot.keyClick(lessons, Qt.Key.Key_Home)
    assert lessons.currentIndex() == lessons.index_of(ids[0])

    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        qtbot.keyClick(lessons, Qt.Key.Key_Return)
    assert window.reading.reader.rendered.lesson.id == ids[0]


def test_tab_enters_the_list_once_and_leaves_it(qtbot, content: ContentBuilder, tmp_path) -> None:
    # A thousand lessons must not be a thousand Tab presses between the page and the toolbar.
    big_library(content)
    window = big_window(qtbot, content, tmp_path)
    lessons = window.lessons.library_view.lesson_list
    lessons.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(lessons, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not lessons
    assert not lessons.isAncestorOf(QApplication.focusWidget())


def test_a_row_grows_when_its_line_or_the_text_size_does(qtbot, make_window) -> None:
    # Heights are remembered for speed; a remembered height must never clip new text.
    window = make_window()
    view = window.lessons.library_view
    lessons = view.lesson_list
    row = lessons.index_of("signs/common").row()
    width = lessons.viewport().width()
    short = lessons.lesson_delegate.row_height(row, width)
    lessons.set_details({"signs/common": "✓ Completed  ·  " + "What to look out for. " * 12})
    longer = lessons.lesson_delegate.row_height(row, width)
    assert longer > short
    before = lessons.heightForWidth(width)
    window.session.set_text_scale(200, remember=False)
    try:
        assert lessons.lesson_delegate.row_height(row, width) > longer
        assert lessons.heightForWidth(width) > before
    finally:
        window.session.set_text_scale(100, remember=False)


def test_the_lesson_with_the_keyboard_is_outlined_and_a_click_opens_a_lesson(
    qtbot, make_window
) -> None:
    window = make_window()
    view = window.lessons.library_view
    lessons = view.lesson_list
    row = view.bring_into_view("signs/common")
    accent = QColor(palette().accent)

    def outlined() -> bool:
        image = lessons.viewport().grab(row).toImage()
        edge = [image.pixelColor(x, image.height() // 2) for x in range(40)]
        return any(abs(colour.green() - accent.green()) < 8
                   and abs(colour.red() - accent.red()) < 8 for colour in edge)  # fmt: skip

    assert not outlined()
    lessons.setFocus(Qt.FocusReason.TabFocusReason)
    lessons.setCurrentIndex(lessons.index_of("signs/common"))
    assert outlined()

    with qtbot.waitSignal(window.reading.reader.lesson_shown, timeout=5000):
        qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert window.reading.reader.rendered.lesson.id == "signs/common"


def test_a_modules_title_is_not_a_lesson(qtbot, make_window) -> None:
    window = make_window()
    lessons = window.lessons.library_view.lesson_list
    header = lessons.module_index("signs")
    assert header.data() == "Warning signs"
    with qtbot.assertNotEmitted(lessons.lesson_chosen):
        qtbot.mouseClick(
            lessons.viewport(), Qt.MouseButton.LeftButton, pos=lessons.visualRect(header).center()
        )
