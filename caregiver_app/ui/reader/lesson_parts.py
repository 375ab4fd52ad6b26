"""A rendered lesson's parts as widgets in the reading area: the first screen's at once, the rest
just after that screen is painted.

Building a long lesson's text, knowledge checks and reflections takes tens of milliseconds, and
only the first screen of it is seen at first. Parts below it are built in the first turn of the
event loop after the paint; they join below what is on screen, so nothing the reader sees moves.
Anything that needs the whole lesson (a saved place to return to, saved answers, Find, read
aloud, a heading in the contents) has the rest built first, at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from caregiver_app.lessons import HtmlPart, Quiz, RenderedLesson
from caregiver_app.lessons.model import Part
from caregiver_app.ui.reader.blocks import QuizWidget, ReflectionWidget, set_reading_font
from caregiver_app.ui.reader.lesson_text import LessonText
from caregiver_app.ui.reader.reading_area import ReadingArea
from caregiver_app.ui.widgets.first_paint import after_first_paint
from caregiver_app.ui.widgets.theme import READER_FONT_FACTOR, scaled_font


class PartsHost(Protocol):
    """What the parts need of the reader they are built for."""

    reading_area: ReadingArea
    reflection_note: str
    reflections_read_only: bool
    read_asset: Callable[[str], bytes | None]

    @property
    def quiz_answered(self) -> SignalInstance: ...  # lesson id, quiz id, chosen, right
    @property
    def reflection_changed(self) -> SignalInstance: ...  # lesson id, reflection id, text

    def follow_link(self, url: QUrl) -> None: ...
    def font(self) -> QFont: ...


# About a screen of text at 100 % (HTML, tags and all): built before the first paint. A block is
# counted as this many characters of text.
FIRST_SCREEN_CHARS = 6_000
BLOCK_CHARS = 800
FINISH_WITHIN_MS = 250  # the rest is built by then even if the page is never painted


class LessonParts(QObject):
    """Builds ``rendered``'s parts into ``reader``'s reading area (see the module docstring)."""

    completed = Signal()  # every part of the lesson is built

    def __init__(self, reader: PartsHost, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = reader
        self.quizzes: list[QuizWidget] = []
        self.reflections: list[ReflectionWidget] = []
        self._pending: deque[Part] = deque()
        self._lesson_id = ""
        self._sources = ""
        self._generation = 0  # a new lesson (or none): work scheduled for the last one is void
        reader.reading_area.complete_parts = self.finish

    @property
    def whole(self) -> bool:
        return not self._pending

    def clear(self) -> None:
        self._generation += 1
        self._pending.clear()
        self.quizzes.clear()
        self.reflections.clear()

    def start(self, rendered: RenderedLesson) -> None:
        """Build the first screen of ``rendered`` now, and the rest once it is painted."""
        self.clear()
        self._lesson_id, self._sources = rendered.lesson.id, rendered.sources
        self._pending.extend(rendered.parts)
        built = 0
        while self._pending and built < FIRST_SCREEN_CHARS:
            part = self._pending.popleft()
            self._add(part)
            built += len(part.html) if isinstance(part, HtmlPart) else BLOCK_CHARS
        if not self._pending:
            self._complete()
            return
        generation = self._generation

        def finish_if_current() -> None:
            if generation == self._generation:
                self.finish()

        after_first_paint(self.reader.reading_area.viewport(), finish_if_current)
        QTimer.singleShot(FINISH_WITHIN_MS, self, finish_if_current)

    def finish(self) -> None:
        """Build every part still waiting, now."""
        if not self._pending:
            return
        while self._pending:
            self._add(self._pending.popleft())
        self._complete()
        self.reader.reading_area.settle_layout()

    def _complete(self) -> None:
        if self._sources:
            sources = self._text(self._sources)
            sources.set_text_font(self.reading_font())
            self.reader.reading_area.set_sources(sources)
        self.reader.reading_area.put_footer_after_lesson()
        self.completed.emit()

    # --- making each part ----------------------------------------------------------------

    def reading_font(self) -> QFont:
        return scaled_font(self.reader.font(), READER_FONT_FACTOR)

    def _add(self, part: Part) -> None:
        widget = self._widget(part)
        if isinstance(widget, LessonText):
            widget.set_text_font(self.reading_font())
        else:
            set_reading_font(widget, self.reading_font())
        self.reader.reading_area.add_part(widget)

    def _widget(self, part: Part) -> QWidget:
        reader, lesson_id = self.reader, self._lesson_id
        if isinstance(part, HtmlPart):
            return self._text(part.html)
        if isinstance(part, Quiz):
            quiz = QuizWidget(part)
            quiz.answered.connect(
                lambda quiz_id, chosen, right: reader.quiz_answered.emit(
                    lesson_id, quiz_id, chosen, right
                )
            )
            self.quizzes.append(quiz)
            return quiz
        reflection = ReflectionWidget(part, reader.reflection_note)
        reflection.editor.setReadOnly(reader.reflections_read_only)
        reflection.text_changed.connect(
            lambda reflection_id, text: reader.reflection_changed.emit(
                lesson_id, reflection_id, text
            )
        )
        self.reflections.append(reflection)
        return reflection

    def _text(self, html: str) -> LessonText:
        text = LessonText(html, self.reader.read_asset)
        text.anchorClicked.connect(self.reader.follow_link)
        return text
