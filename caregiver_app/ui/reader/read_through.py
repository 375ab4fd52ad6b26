"""Marking a lesson complete because it was read through, so nobody has to hunt for a button."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QObject

from caregiver_app.ui.reader.blocks import QuizWidget
from caregiver_app.ui.reader.reading_area import ReadingArea


class ReadThrough(QObject):
    """Ticks "Mark as complete" once the reader has scrolled to the end of the lesson, or has
    answered every knowledge check in it.

    At most once a visit: a reader who undoes the tick meant it, and scrolling on must not put
    it back. Going back to one's saved place is not reading to the end, so it never counts.
    """

    def __init__(self, area: ReadingArea, parent: QObject | None = None):
        super().__init__(parent)
        self._area = area
        self._quizzes: Sequence[QuizWidget] | None = None  # None: no lesson is open
        self._offered = False
        self._restoring = False
        area.verticalScrollBar().valueChanged.connect(self._scrolled)

    def start_visit(self, quizzes: Sequence[QuizWidget]) -> None:
        """A lesson has just been shown, with these knowledge checks in it."""
        self._quizzes = quizzes
        self._offered = False

    def stop(self) -> None:
        """No lesson is open (it is loading, or failed to open)."""
        self._quizzes = None

    @contextmanager
    def restoring_place(self) -> Iterator[None]:
        """Scrolling done inside this is the app putting the reader back, not reading."""
        self._restoring = True
        try:
            yield
        finally:
            self._restoring = False

    def check_answered(self) -> None:
        if self._quizzes is not None and all(quiz.has_answer for quiz in self._quizzes):
            self._offer()

    def _scrolled(self, _value: int) -> None:
        if not self._restoring and self._area.reached_footer():
            self._offer()

    def _offer(self) -> None:
        button = self._area.footer.complete_button
        if self._quizzes is None or self._offered or button.isChecked() or button.isHidden():
            return
        self._offered = True
        button.setChecked(True)  # reported as the reader's own click; its label says undo
