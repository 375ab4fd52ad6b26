"""The lesson reader: the lesson's text, knowledge checks and reflections in one readable column."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import HtmlPart, Lesson, Quiz, Reflection, RenderedLesson
from caregiver_app.ui.reader.blocks import QuizWidget, ReflectionWidget, set_reading_font
from caregiver_app.ui.reader.find_bar import FindBar
from caregiver_app.ui.reader.lesson_text import LessonText
from caregiver_app.ui.reader.read_aloud import ReadAloudBar
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import READER_FONT_FACTOR, scaled_font

EXTERNAL_SCHEMES = ("http", "https", "mailto")
READING_WIDTH = 820


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
    private_view_requested = Signal(str)  # "plan" or "stress-log", from a link in a lesson
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
        self._read_asset = read_asset
        self._allow_external = allow_external_links
        self.open_external: Callable[[QWidget, QUrl], bool] = confirm_and_open_external
        self.reflection_note = self.tr(
            "Your answer stays on this computer while the lesson is open."
        )
        self.rendered: RenderedLesson | None = None
        self.text_parts: list[LessonText] = []
        self.quiz_widgets: list[QuizWidget] = []
        self.reflection_widgets: list[ReflectionWidget] = []
        self._previous: Lesson | None = None
        self._next: Lesson | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("readerBackButton")
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.meta = QLabel()
        self.meta.setObjectName("lessonMeta")
        self.meta.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.meta, 1)

        self.problem_banner = QLabel()
        self.problem_banner.setObjectName("problemBanner")
        self.problem_banner.setWordWrap(True)
        self.problem_banner.hide()

        self.read_aloud = ReadAloudBar(self)
        # A screen reader sees no heading objects in a QTextBrowser, so the headings are also
        # offered as a list: structure to move through, by keyboard or by ear.
        self.contents = QComboBox()
        self.contents.setObjectName("lessonContents")
        self.contents.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.contents.setMaximumWidth(360)
        self.contents.setAccessibleName(self.tr("Contents: go to a heading"))
        self.contents.setAccessibleDescription(self.tr("The headings of this lesson"))
        self.contents.activated.connect(self._go_to_heading)
        self.find_bar = FindBar(self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.find_bar.open)
        # Made after the tools above it, because Tab follows the order widgets join the window.
        self.scroll = self._build_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addLayout(header)
        tools = QHBoxLayout()
        tools.addWidget(self.read_aloud, 1)
        go_to = QLabel(self.tr("&Go to:"))
        go_to.setBuddy(self.contents)  # Alt+G, and the name a screen reader gives the list
        tools.addWidget(go_to)
        tools.addWidget(self.contents)
        layout.addLayout(tools)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.scroll, 1)

        bar = self.read_aloud
        top_row = (self.back_button, bar.play_button, bar.stop_button, bar.speed, self.contents)
        for first, second in pairwise(top_row):
            QWidget.setTabOrder(first, second)

        self.back_button.clicked.connect(self.back_requested)
        self.complete_button.toggled.connect(self._on_complete_toggled)
        self.previous_button.clicked.connect(lambda: self._go(self._previous))
        self.next_button.clicked.connect(lambda: self._go(self._next))

    def _build_page(self) -> QScrollArea:
        """The scrolling page: a centred reading column, then previous / next buttons."""
        self.column = QFrame()
        self.column.setObjectName("readerColumn")
        self.column.setMaximumWidth(READING_WIDTH)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(28, 20, 28, 20)
        self.column_layout.setSpacing(10)

        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousLessonButton")
        self.previous_button.setToolTip(self.tr("Opens the lesson before this one"))
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextLessonButton")
        self.next_button.setToolTip(self.tr("Opens the lesson after this one"))
        self.complete_button = QPushButton(self.tr("Mark as complete"))
        self.complete_button.setObjectName("completeButton")
        self.complete_button.setCheckable(True)
        self.complete_button.setAccessibleName(self.tr("Mark this lesson as complete"))
        self.complete_button.setToolTip(self.tr("Shows this lesson as done on your progress page"))
        self.complete_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addStretch(1)
        footer.addWidget(self.complete_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)

        page = QWidget()
        page.setObjectName("page")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(16, 8, 16, 24)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.column, 100)
        centred.addStretch(1)
        page_layout.addLayout(centred)
        footer_row = QHBoxLayout()
        footer_row.addStretch(1)
        footer_box = QWidget()
        footer_box.setMaximumWidth(READING_WIDTH)
        footer_box.setLayout(footer)
        footer_row.addWidget(footer_box, 100)
        footer_row.addStretch(1)
        page_layout.addLayout(footer_row)
        page_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("readerScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(self.tr("Lesson"))
        return scroll

    def show_loading(self, title: str) -> None:
        """A visible "opening" state while the lesson renders in the background."""
        self.read_aloud.stop()
        self._clear()
        self.rendered = None
        self.meta.setText(self.tr("Opening “%s”…") % title)
        self.previous_button.hide()
        self.next_button.hide()
        self.complete_button.hide()

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
        self._previous, self._next = previous, following
        self._set_nav_button(self.previous_button, previous, self.tr("← Previous: %s"))
        self._set_nav_button(self.next_button, following, self.tr("Next: %s →"))
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
        self.meta.setText(self.tr("%s  ·  about %d min read") % (module_title, lesson.minutes))
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
        for part in rendered.parts:
            widget = self._widget_for(part, lesson.id)
            self.column_layout.addWidget(widget)
            widget.show()  # now, not on the next pass of the event loop: lesson_shown means shown
        self._previous, self._next = previous, following
        self._set_nav_button(self.previous_button, previous, self.tr("← Previous: %s"))
        self._set_nav_button(self.next_button, following, self.tr("Next: %s →"))
        self._put_footer_after_lesson()
        self.set_text_font(self.font())
        self.settle_layout()
        self.scroll.verticalScrollBar().setValue(0)
        self.lesson_shown.emit(lesson.id)

    def _put_footer_after_lesson(self) -> None:
        """Tab reaches previous / complete / next after the lesson's own controls, as read.

        The lesson's parts are made after the footer buttons, so without this Tab would jump
        to the bottom of the page before the quiz in the middle of it.
        """
        last = self.scroll
        widget = self.scroll.nextInFocusChain()
        while widget is not self.scroll:
            if self.column.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        footer = (self.previous_button, self.complete_button, self.next_button)
        for first, second in pairwise((last, *footer)):
            QWidget.setTabOrder(first, second)

    def settle_layout(self) -> None:
        """Finish laying out the lesson now, so its height (and the scroll range) are final.

        Each text part's height follows from its width, which is known only once the layout has
        run; that changes the layout again. Only layout requests are delivered here, never
        input, so nothing the user does is handled out of turn.
        """
        for _ in range(4):
            self.column_layout.activate()
            self.scroll.widget().layout().activate()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _widget_for(self, part: HtmlPart | Quiz | Reflection, lesson_id: str) -> QWidget:
        if isinstance(part, HtmlPart):
            text = LessonText(part.html, self._read_asset)
            text.anchorClicked.connect(self.follow_link)
            self.text_parts.append(text)
            return text
        if isinstance(part, Quiz):
            quiz = QuizWidget(part)
            quiz.answered.connect(
                lambda quiz_id, chosen, right: self.quiz_answered.emit(
                    lesson_id, quiz_id, chosen, right
                )
            )
            self.quiz_widgets.append(quiz)
            return quiz
        reflection = ReflectionWidget(part, self.reflection_note)
        reflection.editor.setReadOnly(self.reflections_read_only)
        reflection.text_changed.connect(
            lambda reflection_id, text: self.reflection_changed.emit(lesson_id, reflection_id, text)
        )
        self.reflection_widgets.append(reflection)
        return reflection

    def set_reflection_state(self, note: str, read_only: bool) -> None:
        """What the reflection boxes say about saving, and whether they can be written in."""
        self.reflection_note, self.reflections_read_only = note, read_only
        for widget in self.reflection_widgets:
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
        self.complete_button.blockSignals(True)
        self.complete_button.setChecked(completed)
        self.complete_button.blockSignals(False)
        self._label_complete_button(completed)
        self.complete_button.show()

    def _on_complete_toggled(self, completed: bool) -> None:
        self._label_complete_button(completed)
        if self.rendered is not None:
            self.completion_toggled.emit(self.rendered.lesson.id, completed)

    def _label_complete_button(self, completed: bool) -> None:
        self.complete_button.setText(
            self.tr("✓ Completed (click to undo)") if completed else self.tr("Mark as complete")
        )

    def restore(
        self, position: float, reflections: dict[str, str], answers: dict[str, set[int]]
    ) -> None:
        """Put back what this reader left: their place, their words and their last answers."""
        for widget in self.reflection_widgets:
            if widget.reflection.id in reflections:
                widget.set_text(reflections[widget.reflection.id])
        for widget in self.quiz_widgets:
            if widget.quiz.id in answers:
                widget.show_previous_answer(answers[widget.quiz.id])
        self.settle_layout()
        self.set_reading_position(position)

    def _set_nav_button(self, button: QPushButton, lesson: Lesson | None, template: str) -> None:
        button.setVisible(lesson is not None)
        if lesson is not None:
            button.setText(template % lesson.title)
            button.setAccessibleName(template % lesson.title)

    def _go(self, lesson: Lesson | None) -> None:
        if lesson is not None:
            self.lesson_requested.emit(lesson.id)

    def _clear(self) -> None:
        while self.column_layout.count():
            item = self.column_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.text_parts.clear()
        self.quiz_widgets.clear()
        self.reflection_widgets.clear()
        self.problem_banner.hide()

    def set_text_font(self, font: QFont) -> None:
        """Lesson text a little larger than the controls; follows the app's text size."""
        reading = scaled_font(font, READER_FONT_FACTOR)
        for text in self.text_parts:
            text.set_text_font(reading)
        for block in (*self.quiz_widgets, *self.reflection_widgets):
            set_reading_font(block, reading)

    def follow_link(self, url: QUrl) -> None:
        """Lessons and the support page open inside the app; web addresses only after asking."""
        scheme = url.scheme().lower()
        if scheme == "lesson":
            self.lesson_requested.emit(url.path().strip("/"))
        elif scheme == "support":
            self.support_requested.emit()
        elif scheme in ("plan", "stress-log"):
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
            self.scroll.verticalScrollBar().setValue(0)

    def scroll_to_anchor(self, anchor: str) -> bool:
        for text in self.text_parts:
            y = text.anchor_y(anchor)
            if y is not None:
                top = text.mapTo(self.scroll.widget(), text.rect().topLeft()).y()
                self.scroll.verticalScrollBar().setValue(top + y)
                return True
        return False

    def reading_position(self) -> float:
        """How far down the lesson the reader has scrolled, from 0.0 to 1.0."""
        bar = self.scroll.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_reading_position(self, fraction: float) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))
