"""The lesson reader: the lesson's text, knowledge checks and reflections in one readable column."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Lesson, RenderedLesson
from caregiver_app.ui.reader.blocks import QuizWidget, ReflectionWidget, set_reading_font
from caregiver_app.ui.reader.find_bar import FindBar
from caregiver_app.ui.reader.lesson_parts import LessonParts
from caregiver_app.ui.reader.lesson_text import LessonText
from caregiver_app.ui.reader.read_aloud import ReadAloudBar
from caregiver_app.ui.reader.read_through import ReadThrough
from caregiver_app.ui.reader.reading_area import ReadingArea
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import READER_FONT_FACTOR, scaled_font

EXTERNAL_SCHEMES = ("http", "https", "mailto")


def confirm_and_open_external(parent: QWidget, url: QUrl) -> bool:
    """Ask before leaving the app for the web browser; open the address only on "Open"."""
    answer = QMessageBox.question(
        parent,
        tr("Open in your web browser?"),
        tr("This link leads outside Caregiver Companion, to:\n\n%s\n\nOpen it in your web browser?")
        % url.toString(),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(url)


class ReaderView(QWidget):
    """Shows one rendered lesson. Emits what the user asked for; the main window acts on it."""

    lesson_requested = Signal(str)  # a lesson ID, from a link or the previous / next buttons
    support_requested = Signal()
    private_view_requested = Signal(str)  # "plan", "stress-log" or "signs", from a lesson link
    back_requested = Signal()
    quiz_answered = Signal(str, str, list, bool)  # lesson id, quiz id, chosen, right
    reflection_changed = Signal(str, str, str)  # lesson id, reflection id, text
    lesson_shown = Signal(str)  # lesson id, once its text is on screen
    lesson_failed = Signal(str)  # lesson title, when it could not be opened
    completion_toggled = Signal(str, bool)  # lesson id, completed

    def __init__(
        self,
        read_asset: Callable[[str], bytes | None],
        allow_external_links: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page")
        self.read_asset = read_asset
        self._allow_external = allow_external_links
        self.open_external: Callable[[QWidget, QUrl], bool] = confirm_and_open_external
        self.language = "en"  # the reader's language: a lesson in another one says so
        self.reflections_read_only = False
        self.reflection_note = self.tr(
            "Your answer stays on this computer while the lesson is open."
        )
        self.rendered: RenderedLesson | None = None
        self._page_whole = False  # the page holds all of ``rendered``, built in the current look
        self._build_ui()
        self.parts = LessonParts(self, self)
        self.parts.completed.connect(self._whole_lesson_built)

    def _build_ui(self) -> None:
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("readerBackButton")
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))

        self.problem_banner = QLabel()
        self.problem_banner.setObjectName("problemBanner")
        self.problem_banner.setWordWrap(True)
        self.problem_banner.hide()

        # Made first, parented last: Tab follows the order widgets join the window.
        self.reading_area = ReadingArea()
        self.footer = self.reading_area.footer
        self.meta = self.reading_area.meta
        self.read_aloud = ReadAloudBar(self.reading_area, self)
        # A screen reader sees no heading objects in a QTextBrowser, so the headings are also
        # offered as a list: structure to move through, by keyboard or by ear.
        self.contents = QComboBox()
        self.contents.setObjectName("lessonContents")
        self.contents.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.contents.setMaximumWidth(360)
        self.contents.setAccessibleName(self.tr("Contents: go to a heading"))
        self.contents.setAccessibleDescription(self.tr("The headings of this lesson"))
        self.contents.activated.connect(self._go_to_heading)
        self.find_bar = FindBar(self.reading_area, self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.find_bar.open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        # One row of tools above the lesson, so that the text keeps the screen at any size.
        tools = QHBoxLayout()
        tools.addWidget(self.back_button)
        tools.addWidget(self.read_aloud, 1)
        go_to = QLabel(self.tr("&Go to:"))
        go_to.setBuddy(self.contents)  # Alt+G, and the name a screen reader gives the list
        tools.addWidget(go_to)
        tools.addWidget(self.contents)
        layout.addLayout(tools)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.reading_area, 1)

        bar = self.read_aloud
        top_row = (self.back_button, bar.play_button, bar.stop_button, bar.speed, self.contents)
        for first, second in pairwise(top_row):
            QWidget.setTabOrder(first, second)

        self.back_button.clicked.connect(self.back_requested)
        self.footer.completion_toggled.connect(self._on_complete_toggled)
        self.read_through = ReadThrough(self.reading_area, self)
        self.quiz_answered.connect(lambda *_answer: self.read_through.check_answered())
        self.footer.lesson_requested.connect(self.lesson_requested)

    @property
    def text_parts(self) -> list[LessonText]:
        """The lesson's text parts, in order, every one (those still waiting are built first;
        its quizzes and reflections are not among them)."""
        return self.reading_area.whole_text()

    @property
    def quiz_widgets(self) -> list[QuizWidget]:
        """The lesson's knowledge checks, every one (those still waiting are built first)."""
        self.parts.finish()
        return self.parts.quizzes

    @property
    def reflection_widgets(self) -> list[ReflectionWidget]:
        self.parts.finish()
        return self.parts.reflections

    def show_loading(self, title: str) -> None:
        """A visible "opening" state while the lesson renders in the background."""
        self.read_aloud.stop()
        self._clear()
        self.rendered = None
        self.meta.setText(self.tr("Opening “%s”…") % title)
        self.footer.hide_all()

    def show_failure(self, title: str, previous: Lesson | None, following: Lesson | None) -> None:
        """The lesson could not be opened: say so where it would have been, and keep the way
        on (previous / next) so the reader is never left on "Opening…"."""
        self._clear()
        self.rendered = None
        self.meta.setText("")
        self.problem_banner.setText(
            self.tr(
                "“%s” could not be opened. Its file may have been changed or removed while the "
                "app was running. Try again, or choose another lesson."
            )
            % title
        )
        self.problem_banner.show()
        self.footer.show_neighbours(previous, following)
        self.lesson_failed.emit(title)

    def show_lesson(
        self,
        rendered: RenderedLesson,
        module_title: str,
        previous: Lesson | None,
        following: Lesson | None,
    ) -> None:
        """Replace what is shown with ``rendered``, scrolled to the top."""
        self._clear()
        self.rendered = rendered
        lesson = rendered.lesson
        meta = self.tr("%s  ·  about %d min read") % (module_title, lesson.minutes)
        if rendered.translation_behind:  # a quiet word, not a banner: the lesson is still good
            meta += "  ·  " + self.tr("translated from an earlier version of this lesson")
        self.meta.setText(meta)
        if lesson.language != self.language and self.language not in ("", "en"):
            self.problem_banner.setText(
                self.tr("This lesson has not been translated yet, so it is shown in English.")
            )
            self.problem_banner.show()
        elif rendered.problems:
            self.problem_banner.setText(
                self.tr(
                    "Some parts of this lesson could not be shown safely and were left out. "
                    "The lesson's author can see why under Content problems."
                )
            )
            self.problem_banner.show()
        self.contents.clear()
        self.contents.addItem(self.tr("Top of the lesson"), "")
        for level, text, anchor in rendered.headings:
            if level >= 2:
                self.contents.addItem(("    " if level > 2 else "") + text, anchor)
        self.footer.show_neighbours(previous, following)
        self.parts.start(rendered)  # the first screen now, the rest once it is painted
        self.reading_area.settle_layout()
        self.reading_area.scroll_to_top()
        self.lesson_shown.emit(lesson.id)

    def _whole_lesson_built(self) -> None:
        self.read_through.start_visit(self.parts.quizzes)
        self._page_whole = True

    def holds(self, rendered: RenderedLesson) -> bool:
        """Whether the page is already built from ``rendered`` (the lesson opened again)."""
        return self._page_whole and rendered is self.rendered

    def show_again(self, previous: Lesson | None, following: Lesson | None) -> None:
        """The lesson the page holds, shown as if opened afresh, without building it again:
        building a long lesson's text and quizzes takes tens of milliseconds, this a few.
        Every answer on it is cleared first; the reader's own are then put back
        (``lesson_shown``), so what another profile left on the page is never shown."""
        assert self.rendered is not None and self._page_whole
        self.read_aloud.stop()
        self.read_through.stop()
        for quiz in self.quiz_widgets:
            quiz.clear_answer()
        for reflection in self.reflection_widgets:
            reflection.set_text("")
        self.contents.setCurrentIndex(0)
        self.footer.hide_all()
        self.footer.show_neighbours(previous, following)
        self.read_through.start_visit(self.quiz_widgets)
        self.reading_area.scroll_to_top()
        self.lesson_shown.emit(self.rendered.lesson.id)

    def forget_page(self) -> None:
        """The look changed (colours are in the text): the next opening builds the page anew,
        and the parts of it still waiting are not built in the old look."""
        self.parts.clear()
        self._page_whole = False

    def set_reflection_state(self, note: str, read_only: bool) -> None:
        """What the reflection boxes say about saving, and whether they can be written in."""
        self.reflection_note, self.reflections_read_only = note, read_only
        for widget in self.parts.reflections:  # those still waiting are made in this state
            widget.note.setText(note)
            widget.editor.setReadOnly(read_only)
            if read_only:
                widget.set_text("")  # locked: nothing private stays on screen

    def fill_reflections(self, answers: dict[str, str]) -> None:
        """Put kept answers into reflections still empty (after unlocking, say)."""
        for widget in self.reflection_widgets:
            if widget.reflection.id in answers and not widget.text():
                widget.set_text(answers[widget.reflection.id])

    def set_completed(self, completed: bool) -> None:
        """Show the lesson's saved state without reporting it as a change."""
        self.footer.set_completed(completed)

    def _on_complete_toggled(self, completed: bool) -> None:
        if self.rendered is not None:
            self.completion_toggled.emit(self.rendered.lesson.id, completed)

    def restore(
        self, position: float, reflections: dict[str, str], answers: dict[str, set[int]]
    ) -> None:
        """Put back what this reader left: their place, their words and their last answers."""
        if position > 0 or reflections or answers:  # somewhere in the whole lesson
            self.parts.finish()
        for reflection in self.parts.reflections:
            if reflection.reflection.id in reflections:
                reflection.set_text(reflections[reflection.reflection.id])
        for quiz in self.parts.quizzes:
            if quiz.quiz.id in answers:
                quiz.show_previous_answer(answers[quiz.quiz.id])
        self.reading_area.settle_layout()
        with self.read_through.restoring_place():
            self.reading_area.set_reading_position(position)

    def _clear(self) -> None:
        self._page_whole = False
        self.read_through.stop()
        self.parts.clear()
        self.reading_area.clear()
        self.problem_banner.hide()

    def set_text_font(self, font: QFont) -> None:
        """Lesson text a little larger than the controls; follows the app's text size."""
        reading = scaled_font(font, READER_FONT_FACTOR)
        for text in self.reading_area.text_parts:  # those still waiting are made in it
            text.set_text_font(reading)
        for block in (*self.parts.quizzes, *self.parts.reflections):
            set_reading_font(block, reading)

    def follow_link(self, url: QUrl) -> None:
        """Lessons and the support page open inside the app; web addresses only after asking."""
        scheme = url.scheme().lower()
        if scheme == "lesson":
            self.lesson_requested.emit(url.path().strip("/"))
        elif scheme == "support":
            self.support_requested.emit()
        elif scheme in ("plan", "stress-log", "signs"):
            self.private_view_requested.emit(scheme)
        elif scheme in EXTERNAL_SCHEMES:
            if self._allow_external:
                self.open_external(self, url)
        elif not scheme and url.hasFragment():
            self.scroll_to_anchor(url.fragment())
        # Anything else (file:, javascript:, ...) never reaches here past the sanitizer, and is
        # ignored if it does.

    def _go_to_heading(self, index: int) -> None:
        anchor = self.contents.itemData(index)
        if anchor:
            self.scroll_to_anchor(anchor)
        else:
            self.reading_area.scroll_to_top()

    def scroll_to_anchor(self, anchor: str) -> bool:
        return self.reading_area.scroll_to_anchor(anchor)

    def reading_position(self) -> float:
        """How far down the lesson the reader has scrolled, from 0.0 to 1.0."""
        return self.reading_area.reading_position()
