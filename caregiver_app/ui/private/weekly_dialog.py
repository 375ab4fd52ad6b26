"""The weekly check-in: a few questions, then a gentle message and where to go next."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Library
from caregiver_app.lessons.weekly import WeeklyCheckin
from caregiver_app.store import DatabaseFaultError, LockedError, PrivateData
from caregiver_app.ui.widgets.saving import describe_failure
from caregiver_app.ui.widgets.text import Level, heading


class WeeklyCheckinDialog(QDialog):
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
        title = heading(checkin.title, Level.PAGE)
        intro = QLabel(checkin.intro)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, answer in enumerate(checkin.answers, start=1):
            grid.addWidget(QLabel(answer), 0, column)
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
                grid.addWidget(button, row, column)
            group.idClicked.connect(lambda _id: self._update())
            self.groups[question_id] = group
        grid.setColumnStretch(0, 1)
        self.submit = QPushButton(self.tr("See how I am doing"))
        self.submit.setObjectName("primaryButton")
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self.finish)
        self.outcome = QLabel()
        self.outcome.setObjectName("weeklyResult")
        self.outcome.setWordWrap(True)
        self.next_steps = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.submit)
        layout.addWidget(self.outcome)
        layout.addLayout(self.next_steps)

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
            ).replace("%2", week.strftime("%d %B")).replace("%3", str(previous))
        tier = self.checkin.tier_for(total)
        self.outcome.setText(f"{text}\n\n{tier.message}")
        for choice in self.findChildren(QRadioButton):
            choice.setEnabled(False)
        self.submit.hide()
        for lesson_id in tier.lessons:
            lesson = self.library.lesson(lesson_id)
            if lesson is not None:
                button = QPushButton(self.tr("Read: %s") % lesson.title)
                button.clicked.connect(lambda _=False, target=lesson_id: self._go_lesson(target))
                self.next_steps.addWidget(button)
        if tier.support:
            support = QPushButton(self.tr("Get support"))
            support.setObjectName("getSupportButton")
            support.setStyleSheet("background: #a8231b; color: white; font-weight: bold;")
            support.clicked.connect(self._go_support)
            self.next_steps.addWidget(support)
        self.next_steps.addStretch(1)

    def _go_lesson(self, lesson_id: str) -> None:
        self.accept()
        self.lesson_requested.emit(lesson_id)

    def _go_support(self) -> None:
        self.accept()
        self.support_requested.emit()


def _monday(day: date) -> date:
    return date.fromordinal(day.toordinal() - day.weekday())
