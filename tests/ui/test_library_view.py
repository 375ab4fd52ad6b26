"""The library's list: every lesson in course order at once, however many, with the reader's
progress; the keyboard goes from lesson to lesson; rows grow with their text."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea

from caregiver_app.config import Settings
from caregiver_app.store import open_store
from caregiver_app.ui.library.lesson_rows import LESSON_ID_ROLE
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


def test_rows_placed_before_the_window_showed_take_their_real_heights_once_it_does(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    # While the window is built the list is given estimates (no text measured); shown, every
    # row must sit at its measured height, or a long title would be clipped or overlap.
    content.module("01-m", "A module")
    long_title = "A lesson whose title is long enough to wrap onto a second line " * 3
    content.lesson("01-m/01-a.md", long_title)
    content.lesson("01-m/02-b.md", "Short")
    window = big_window(qtbot, content, tmp_path)
    lessons = window.lessons.library_view.lesson_list
    width = lessons.viewport().width()
    delegate = lessons.lesson_delegate

    def placed_as_measured() -> bool:
        rows = range(len(lessons.list_model.rows))
        return all(
            lessons.visualRect(lessons.list_model.index(row)).height()
            == delegate.row_height(row, width)
            for row in rows
        )

    qtbot.waitUntil(placed_as_measured, timeout=3000)
    wrapped = lessons.index_of("m/a").row()
    assert delegate.row_height(wrapped, width) > delegate.unwrapped_row_height(wrapped)


def test_once_on_screen_the_list_is_as_tall_as_every_row_measured(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    # Rows far down a long course are estimated for the first paint; right after it, the page
    # must know the list's real height, or the last lessons could not be scrolled to.
    from caregiver_app.ui.app import _application, build_window

    ids = []
    for module in range(1, 6):
        content.module(f"{module:02d}-m{module}", f"Module {module}")
        for lesson in range(1, 21):
            long_summary = "What to look out for, and what to do about it, day by day. " * 3
            relpath = f"{module:02d}-m{module}/{lesson:02d}-l{lesson}.md"
            content.lesson(relpath, f"L {module}.{lesson}", summary=long_summary)
            ids.append(f"m{module}/l{lesson}")
    _application()
    window = build_window(Settings(content.root, tmp_path / "data", "en", False))
    qtbot.addWidget(window)
    window.show()  # as the app starts: nothing else asks the page to measure again
    lessons = window.lessons.library_view.lesson_list
    qtbot.waitUntil(lambda: lessons.viewport().width() == lessons.row_width > 0)
    qtbot.wait(200)
    width = lessons.row_width
    assert lessons.height() == lessons.lesson_delegate.total_height(width)
    assert lessons.height() > lessons.lesson_delegate.unwrapped_height()  # summaries wrap here
    last = window.lessons.library_view.bring_into_view(ids[-1])
    assert lessons.rect().contains(last)


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


def click_as_a_hand_does(qtbot, lessons, lesson_id: str, offset_y: int) -> None:
    """Press on a lesson and release without moving the pointer on the screen (a test's click
    releases at the same point of the widget, which would hide the page moving under it)."""
    row = lessons.visualRect(lessons.index_of(lesson_id))
    at = QPoint(row.center().x(), row.top() + offset_y)
    on_screen = lessons.viewport().mapToGlobal(at)
    qtbot.mousePress(lessons.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(
        lessons.viewport(),
        Qt.MouseButton.LeftButton,
        pos=lessons.viewport().mapFromGlobal(on_screen),
    )


def test_a_click_after_scrolling_opens_the_lesson_under_the_pointer(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    ids = big_library(content)
    window = big_window(qtbot, content, tmp_path)
    view = window.lessons.library_view
    lessons = view.lesson_list
    scroll = view.findChild(QScrollArea, "libraryScroll")
    page = scroll.widget()
    row = lessons.visualRect(lessons.index_of("m5/l3"))
    scroll.verticalScrollBar().setValue(lessons.viewport().mapTo(page, row.topLeft()).y() - 200)
    before = scroll.verticalScrollBar().value()

    with qtbot.waitSignal(lessons.lesson_chosen, timeout=2000) as chosen:
        click_as_a_hand_does(qtbot, lessons, "m5/l3", 20)  # the first click into the list

    assert chosen.args == ["m5/l3"]
    assert scroll.verticalScrollBar().value() == before  # the page did not move under it
    # A row only partly on screen at the bottom edge: the page does not jump either.
    bottom = before + scroll.viewport().height()
    edge = next(
        lesson_id
        for lesson_id in ids
        if 0 < bottom - lessons.viewport().mapTo(page, lessons.visualRect(
            lessons.index_of(lesson_id)).topLeft()).y() < 30
    )  # fmt: skip
    with qtbot.waitSignal(lessons.lesson_chosen, timeout=2000) as chosen:
        click_as_a_hand_does(qtbot, lessons, edge, 5)
    assert chosen.args == [edge]


def test_page_down_and_up_go_a_screen_of_lessons(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    ids = big_library(content)
    window = big_window(qtbot, content, tmp_path)
    view = window.lessons.library_view
    lessons = view.lesson_list
    lessons.setFocus(Qt.FocusReason.TabFocusReason)
    screen = view.findChild(QScrollArea, "libraryScroll").viewport().height()

    qtbot.keyClick(lessons, Qt.Key.Key_PageDown)
    moved = ids.index(lessons.currentIndex().data(LESSON_ID_ROLE))
    row_height = lessons.visualRect(lessons.index_of(ids[1])).height()
    assert 0 < moved < ids.index(ids[-1])  # not to the end of the course
    assert abs(moved * row_height - screen) < 3 * row_height
    assert visible_on_page(view, lessons.visualRect(lessons.currentIndex()))
    qtbot.keyClick(lessons, Qt.Key.Key_PageUp)
    assert lessons.currentIndex() == lessons.index_of(ids[0])


def test_a_modules_title_never_takes_the_keyboard(qtbot, make_window) -> None:
    window = make_window()
    lessons = window.lessons.library_view.lesson_list
    lessons.setFocus(Qt.FocusReason.TabFocusReason)
    current = lessons.currentIndex()
    header = lessons.visualRect(lessons.module_index("signs"))
    qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    assert lessons.currentIndex() == current
    qtbot.keyClicks(lessons, "Warn")  # type-ahead on the module "Warning signs"
    assert lessons.currentIndex() == lessons.index_of("signs/common")  # its first lesson


def test_the_text_drawn_in_a_row_fits_the_height_measured_at_every_width(
    qtbot, content: ContentBuilder, tmp_path: Path, monkeypatch
) -> None:
    from caregiver_app.ui.library import lesson_rows

    words = (
        "early", "warning", "signs", "sleep", "changes", "talking", "with", "your",
        "relative", "when", "to", "call",
    )  # fmt: skip
    pick = random.Random(7)  # titles and lines that wrap at many different widths
    content.module("01-m", "A module")
    for number in range(40):
        title = " ".join(pick.choice(words) for _ in range(pick.randint(4, 14)))
        summary = " ".join(pick.choice(words) for _ in range(pick.randint(4, 20)))
        content.lesson(f"01-m/{number:02d}-l{number}.md", title.capitalize(), summary=summary)
    window = big_window(qtbot, content, tmp_path)
    lessons = window.lessons.library_view.lesson_list
    drawn: list[tuple[int, int]] = []  # (bottom of the text drawn, bottom of its row)
    real = lesson_rows.LessonDelegate._paint_lesson

    def watch(self, painter, option, *rest):
        real_draw = painter.drawText
        bottoms = []

        def draw(rect, *args):
            bottoms.append(rect.bottom())
            return real_draw(rect, *args)

        painter.drawText = draw
        real(self, painter, option, *rest)
        drawn.append((max(bottoms), option.rect.bottom()))

    monkeypatch.setattr(lesson_rows.LessonDelegate, "_paint_lesson", watch)
    for width in range(1000, 560, -3):
        window.resize(width, 800)
        QApplication.processEvents()
        QApplication.processEvents()  # the list is measured at its new width, then laid out
        lessons.viewport().grab()
    assert len(drawn) > 40 * 140  # every row, at every width
    assert all(text <= row for text, row in drawn)


def test_a_lesson_is_not_left_lit_when_the_page_scrolls_from_under_the_pointer(
    qtbot, content: ContentBuilder, tmp_path: Path
) -> None:
    big_library(content)
    window = big_window(qtbot, content, tmp_path)
    view = window.lessons.library_view
    lessons = view.lesson_list
    row = view.bring_into_view("m2/l3")
    hover = QColor(palette().hover)

    def lit() -> bool:
        image = lessons.viewport().grab(row).toImage()
        return image.pixelColor(row.width() // 2, 4) == hover  # the box's fill, above its text

    qtbot.mouseMove(lessons.viewport(), row.center())
    qtbot.waitUntil(lit, timeout=2000)  # the lesson under the pointer lights up, as before
    scroll = view.findChild(QScrollArea, "libraryScroll")
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.value() + 3 * row.height())  # the wheel turned, the pointer still
    assert bar.value() > 0
    assert not lit()


def test_the_lessons_lines_show_even_when_progress_cannot_be_read(
    qtbot, make_window, monkeypatch
) -> None:
    import sqlite3

    from caregiver_app.ui.library.feature import LibraryPages

    def unreadable(_pages):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(LibraryPages, "_library_progress", unreadable)
    window = make_window()
    lessons = window.lessons.library_view.lesson_list
    assert "min" in lessons.detail("signs/common")  # its reading time and summary, as ever
    assert "could not be read" in window.banner.text()
