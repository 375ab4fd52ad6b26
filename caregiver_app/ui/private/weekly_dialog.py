"""The weekly check-in: a few questions, then a gentle message and where to go next."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Library
from caregiver_app.lessons.weekly import WeeklyCheckin
from caregiver_app.store import DatabaseFaultError, LockedError, PrivateData
from caregiver_app.ui.widgets.dates import day_text
from caregiver_app.ui.widgets.dialogs import button_row
from caregiver_app.ui.widgets.saving import describe_failure
from caregiver_app.ui.widgets.text import Level, heading

# Pixels the window manager adds above a window (as the main window allows for).
TITLE_BAR_ALLOWANCE = 40
QUESTION_CHARACTERS = 24  # the narrowest the questions' column may be, in characters


class WeeklyCheckinDialog(QDialog):
    """The questions, then the result under them. Everything but the Close button scrolls, so
    the result can always be read, however small the screen or large the text."""

    lesson_requested = Signal(str)
    support_requested = Signal()

    def __init__(
        self,
        checkin: WeeklyCheckin,
        private: PrivateData,
        library: Library,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.checkin, self.private, self.library = checkin, private, library
        self.setWindowTitle(checkin.title)
        self.setMinimumWidth(640)
        self.groups: dict[str, QButtonGroup] = {}
        self.answered = False  # the answers are saved and the result is on screen
        self.body = QWidget()
        self.body.setObjectName("page")  # the dialog's background behind the scrolled part
        self._column = column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        title = heading(checkin.title, Level.PAGE)
        intro = QLabel(checkin.intro)
        intro.setWordWrap(True)
        self.submit = QPushButton(self.tr("See how I am doing"))
        self.submit.setObjectName("primaryButton")
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self.finish)
        self.outcome = QLabel()
        self.outcome.setObjectName("weeklyResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One under another: side by side, long lesson titles at a large text size made the
        # dialog wider than the screen.
        self.next_steps = QVBoxLayout()
        for part in (title, intro, self._questions(), self.submit, self.outcome, self.next_steps):
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("weeklyScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setToolTip(self.tr("Close the weekly check-in"))
        self.close_button.clicked.connect(self._close)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(button_row(self.close_button))

    def _questions(self) -> QGridLayout:
        grid = QGridLayout()
        checkin = self.checkin
        for column, answer in enumerate(checkin.answers, start=1):
            # Wrapped, so large text widens the questions rather than the answer columns.
            header = QLabel(answer)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        for row, (question_id, text) in enumerate(checkin.questions, start=1):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, answer in enumerate(checkin.answers, start=1):
                button = QRadioButton()
                button.setObjectName(f"{question_id}-{column - 1}")
                button.setAccessibleName(f"{text} {answer}")
                group.addButton(button, column - 1)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            group.idClicked.connect(lambda _id: self._update())
            self.groups[question_id] = group
        grid.setColumnStretch(0, 1)
        # Room for a question to read as a line of words: at a large text size the answer
        # columns took the width and left a word on each line.
        grid.setColumnMinimumWidth(0, QUESTION_CHARACTERS * self.fontMetrics().averageCharWidth())
        return grid

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As tall as the questions and the result need, within the screen; past that the
        middle scrolls. Qt sizes a dialog once, before the result's text is known, which is
        how the result came to be cut off."""
        available = self.screen().availableGeometry()
        margins = self._layout.contentsMargins()
        sides = margins.left() + margins.right()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        wanted = self.body.sizeHint().width() + sides + scroll_bar
        width = min(max(self.width(), wanted), available.width())
        inner = width - sides
        if self.body.hasHeightForWidth():
            needed = self.body.heightForWidth(inner)
        else:
            needed = self.body.sizeHint().height()
        height = (
            needed
            + margins.top()
            + margins.bottom()
            + self._layout.spacing()
            + self.close_button.sizeHint().height()
        )
        height = min(height, available.height() - TITLE_BAR_ALLOWANCE)
        self.resize(width, height)
        # Grown taller, it may now run past the bottom of the screen: move it up into view.
        x = max(available.left(), min(self.x(), available.right() + 1 - width))
        y = max(
            available.top(), min(self.y(), available.bottom() + 1 - TITLE_BAR_ALLOWANCE - height)
        )
        self.move(x, y)

    def _close(self) -> None:
        if self.answered:
            self.accept()
        else:
            self.reject()  # as Escape: nothing was saved

    def _update(self) -> None:
        self.submit.setEnabled(all(group.checkedId() >= 0 for group in self.groups.values()))

    def answers(self) -> dict[str, int]:
        return {question_id: group.checkedId() for question_id, group in self.groups.items()}

    def finish(self) -> None:
        """Save this week's answers, compare with last time, and show the tier's message."""
        answers = self.answers()
        earlier = [
            result for result in self.private.weekly_results() if result[0] < _monday(date.today())
        ]
        try:
            self.private.save_weekly(date.today(), answers)
        except (OSError, LockedError, sqlite3.Error, DatabaseFaultError) as error:
            # The answers stay ticked, so the user can try again.
            self.outcome.setText(
                self.tr("Your answers could not be saved: %s.") % describe_failure(error)
            )
            self._fit_to_screen()
            return
        total = sum(answers.values())
        text = (
            self.tr("Your total this week: %1 out of %2.")
            .replace("%1", str(total))
            .replace("%2", str(self.checkin.highest))
        )
        if earlier:
            week, previous_answers = earlier[-1]
            previous = sum(previous_answers.values())
            change = (
                self.tr("higher than")
                if total > previous
                else self.tr("lower than")
                if total < previous
                else self.tr("the same as")
            )
            text += " " + self.tr("That is %1 your last check-in, in the week of %2 (%3).").replace(
                "%1", change
            ).replace("%2", day_text(week)).replace("%3", str(previous))
        self._show_result(f"{text}\n\n{self.checkin.tier_for(total).message}", total)

    def _show_result(self, text: str, total: int) -> None:
        """The result and where to go from it, read from the top; Enter then closes."""
        tier = self.checkin.tier_for(total)
        self.outcome.setText(text)
        for choice in self.findChildren(QRadioButton):
            choice.setEnabled(False)
        self.submit.hide()
        for lesson_id in tier.lessons:
            lesson = self.library.lesson(lesson_id)
            if lesson is not None:
                button = QPushButton(self.tr("Read: %s") % lesson.title)
                button.clicked.connect(lambda _=False, target=lesson_id: self._go_lesson(target))
                self.next_steps.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                button.show()  # now, not on Qt's next pass: the dialog is sized just below
        if tier.support:
            support = QPushButton(self.tr("Get support"))
            support.setObjectName("getSupportButton")
            support.setStyleSheet("background: #a8231b; color: white; font-weight: bold;")
            support.clicked.connect(self._go_support)
            self.next_steps.addWidget(support, 0, Qt.AlignmentFlag.AlignLeft)
            support.show()
        self.answered = True
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._column.activate()
        self._fit_to_screen()
        # The questions above are answered; what is new is the result. Once the new size is
        # laid out, on Qt's next pass: the scroll range is not known before.
        QTimer.singleShot(0, self, self._scroll_to_result)

    def _scroll_to_result(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(self.outcome.y())

    def _go_lesson(self, lesson_id: str) -> None:
        self.accept()
        self.lesson_requested.emit(lesson_id)

    def _go_support(self) -> None:
        self.accept()
        self.support_requested.emit()


def _monday(day: date) -> date:
    return date.fromordinal(day.toordinal() - day.weekday())
