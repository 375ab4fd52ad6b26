"""The row under a lesson: the lesson before, "Mark as complete", and the lesson after."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from caregiver_app.lessons import Lesson


class LessonFooter(QWidget):
    """Previous / complete / next. Says what the reader asked for; the reader view acts."""

    lesson_requested = Signal(str)  # the ID of the lesson before or after
    completion_toggled = Signal(bool)  # the reader marked the lesson done, or undid it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._previous: Lesson | None = None
        self._next: Lesson | None = None
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
        self._labels: dict[QPushButton, str] = {}  # each way on's whole label, before shortening
        layout = QHBoxLayout(self)
        layout.addWidget(self.previous_button)
        layout.addStretch(1)
        layout.addWidget(self.complete_button)
        layout.addStretch(1)
        layout.addWidget(self.next_button)
        self.complete_button.toggled.connect(self._on_complete_toggled)
        self.previous_button.clicked.connect(lambda: self._go(self._previous))
        self.next_button.clicked.connect(lambda: self._go(self._next))

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """In reading order, for the Tab order after the lesson."""
        return (self.previous_button, self.complete_button, self.next_button)

    def hide_all(self) -> None:
        for button in self.buttons():
            button.hide()

    def show_neighbours(self, previous: Lesson | None, following: Lesson | None) -> None:
        """Offer the lessons before and after (each button hidden where there is none)."""
        self._previous, self._next = previous, following
        self._set_nav_button(self.previous_button, previous, self.tr("← Previous: %s"))
        self._set_nav_button(self.next_button, following, self.tr("Next: %s →"))

    def set_completed(self, completed: bool) -> None:
        """Show the lesson's saved state without reporting it as a change."""
        self.complete_button.blockSignals(True)
        self.complete_button.setChecked(completed)
        self.complete_button.blockSignals(False)
        self._label_complete_button(completed)
        self.complete_button.show()
        self._fit_labels()  # the row's middle is taken now: previous / next have less room

    def _on_complete_toggled(self, completed: bool) -> None:
        self._label_complete_button(completed)
        self._fit_labels()  # "✓ Completed (click to undo)" is wider than "Mark as complete"
        self.completion_toggled.emit(completed)

    def _label_complete_button(self, completed: bool) -> None:
        self.complete_button.setText(
            self.tr("✓ Completed (click to undo)") if completed else self.tr("Mark as complete")
        )

    def _set_nav_button(self, button: QPushButton, lesson: Lesson | None, template: str) -> None:
        button.setVisible(lesson is not None)
        if lesson is not None:
            self._labels[button] = template % lesson.title
            button.setAccessibleName(template % lesson.title)
            button.setToolTip(template % lesson.title)
            self._fit_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Each of previous / next gets an even share of the row beside "Mark as complete": a
        long title is shortened with "…" (whole in its tooltip and for a screen reader), where
        a button would otherwise be cut off mid-word."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        complete = (
            self.complete_button.sizeHint().width() if self.complete_button.isVisibleTo(self) else 0
        )
        room = (
            self.width() - margins.left() - margins.right() - complete
        ) // 2 - 4 * layout.spacing()
        for button, label in self._labels.items():
            padding = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(
                button.text()
            )
            width = max(40, room - padding)
            button.setText(
                button.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, width)
            )
            button.setMinimumWidth(
                min(room, button.fontMetrics().horizontalAdvance(label) + padding)
            )

    def _go(self, lesson: Lesson | None) -> None:
        if lesson is not None:
            self.lesson_requested.emit(lesson.id)
