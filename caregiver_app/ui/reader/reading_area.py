"""The scrolling page of the reader: a centred reading column, then the lesson's footer."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from caregiver_app.ui.reader.lesson_footer import LessonFooter
from caregiver_app.ui.reader.lesson_text import LessonText
from caregiver_app.ui.widgets.first_paint import after_first_paint
from caregiver_app.ui.widgets.page import TextColumn

READING_WIDTH = 820
LEAVING_DELETED_WITHIN_MS = 1_000


class ReadingArea(QScrollArea):
    """Holds the lesson's parts in one column no wider than a comfortable line, and knows
    where the reader is in it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readerScroll")
        self._text_parts: list[LessonText] = []  # the lesson's text, in order (not its blocks)
        self._leaving: list[QWidget] = []  # the last lesson's parts, deleted once the next shows
        # Builds the parts of the lesson still waiting (see ``lesson_parts``): set by the reader.
        self.complete_parts: Callable[[], None] = lambda: None
        # The lesson's module and reading time, at the top of the page: it scrolls away with
        # the text rather than taking a row of the screen all the time.
        self.meta = QLabel()
        self.meta.setObjectName("lessonMeta")
        self.meta.setWordWrap(True)
        self.meta_column = TextColumn(READING_WIDTH)
        meta_layout = QVBoxLayout(self.meta_column)
        meta_layout.setContentsMargins(4, 0, 4, 0)
        meta_layout.addWidget(self.meta)
        self.column = TextColumn(READING_WIDTH)
        self.column.setObjectName("readerColumn")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(28, 20, 28, 20)
        self.column_layout.setSpacing(10)
        self.footer = LessonFooter()
        footer_column = TextColumn(READING_WIDTH)
        footer_layout = QVBoxLayout(footer_column)
        footer_layout.setContentsMargins(0, 0, 0, 0)
        footer_layout.addWidget(self.footer)
        # The lesson's sources come after the way on: a reader at the end of the lesson finds
        # "Mark as complete" and "Next" there, not under a list of references.
        self.sources_column = TextColumn(READING_WIDTH)
        self.sources_column.setObjectName("readerColumn")
        self.sources_layout = QVBoxLayout(self.sources_column)
        self.sources_layout.setContentsMargins(28, 12, 28, 12)
        self.sources_column.hide()

        page = QWidget()
        page.setObjectName("page")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(16, 8, 16, 24)
        for widget in (self.meta_column, self.column, footer_column, self.sources_column):
            centred = QHBoxLayout()
            centred.addStretch(1)
            centred.addWidget(widget, 100)
            centred.addStretch(1)
            page_layout.addLayout(centred)
        page_layout.addStretch(1)
        self._page_layout = page_layout

        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        self.setAccessibleName(self.tr("Lesson"))

    @property
    def text_parts(self) -> list[LessonText]:
        """The lesson's text parts built so far (the first screen's, until the rest is)."""
        return self._text_parts

    def whole_text(self) -> list[LessonText]:
        """Every text part of the lesson, building those still waiting first: for what reads
        or searches the whole lesson."""
        self.complete_parts()
        return self._text_parts

    def add_part(self, widget: QWidget) -> None:
        if isinstance(widget, LessonText):
            self._text_parts.append(widget)
        self.column_layout.addWidget(widget)
        widget.show()  # now, not on the next pass of the event loop: "shown" means shown

    def set_sources(self, text: LessonText) -> None:
        """The lesson's Sources section, below the footer."""
        self._text_parts.append(text)
        self.sources_layout.addWidget(text)
        self.sources_column.show()
        text.show()

    def clear(self) -> None:
        self._text_parts.clear()
        for layout in (self.column_layout, self.sources_layout):
            while (item := layout.takeAt(0)) is not None:
                widget = item.widget()
                if widget is not None:
                    widget.hide()  # off the page now
                    self._leaving.append(widget)
        self.sources_column.hide()
        # Deleted once the next lesson is painted (or soon, if it never is): deleting a long
        # lesson's widgets takes milliseconds, which the next lesson's text would wait for.
        if self._leaving:
            page = self.widget()
            if page is not None:
                after_first_paint(page, self._delete_leaving)
            QTimer.singleShot(LEAVING_DELETED_WITHIN_MS, self, self._delete_leaving)

    def _delete_leaving(self) -> None:
        leaving, self._leaving = self._leaving, []
        for widget in leaving:
            widget.deleteLater()

    def settle_layout(self) -> None:
        """Finish laying out the lesson now, so its height (and the scroll range) are final.

        Each text part's height follows from its width, which is known only once the layout has
        run; that changes the layout again. Only layout requests are delivered here, never
        input, so nothing the user does is handled out of turn.
        """
        for _ in range(4):
            self.column_layout.activate()
            self.sources_layout.activate()
            self._page_layout.activate()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def scroll_to_anchor(self, anchor: str) -> bool:
        """Bring the heading or target ``anchor`` to the top; False if no part has it."""
        for text in self.whole_text():
            y = text.anchor_y(anchor)
            if y is not None:
                self.verticalScrollBar().setValue(self._top_of(text) + y)
                return True
        return False

    def show_cursor(self, part: LessonText, cursor: QTextCursor) -> None:
        """Scroll just enough that ``cursor`` in ``part`` (a match, a sentence) is in view."""
        self.ensureVisible(0, self._top_of(part) + part.cursorRect(cursor).top(), 0, 120)

    def _top_of(self, part: QWidget) -> int:
        page = self.widget()
        assert page is not None  # set in __init__, never taken
        return part.mapTo(page, part.rect().topLeft()).y()

    def reached_footer(self) -> bool:
        """The reader has scrolled down until the end of the lesson is in view."""
        bar = self.verticalScrollBar()
        if bar.maximum() == 0 or bar.value() == 0:  # nothing to scroll, or not scrolled yet
            return False
        top = self._top_of(self.footer)
        return top <= bar.value() + self.viewport().height()

    def reading_position(self) -> float:
        """How far down the lesson the reader has scrolled, from 0.0 to 1.0."""
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_reading_position(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def put_footer_after_lesson(self) -> None:
        """Tab reaches previous / complete / next after the lesson's own controls, as read.

        The lesson's parts are made after the footer buttons, so without this Tab would jump
        to the bottom of the page before the quiz in the middle of it.
        """
        last: QWidget = self
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if self.column.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        for first, second in pairwise((last, *self.footer.buttons())):
            QWidget.setTabOrder(first, second)
