"""The progress page: how far this profile has come, module by module, and where to continue."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Library, Module
from caregiver_app.store import LessonProgress
from caregiver_app.ui.widgets.page import centred_page
from caregiver_app.ui.widgets.text import Level, heading

PAGE_WIDTH = 900


@dataclass(frozen=True)
class ProgressSnapshot:
    """Everything the page shows, read from the store in one go."""

    profile_name: str
    states: dict[str, LessonProgress]
    continue_id: str | None
    completed_this_week: int
    quiz_right: int
    quiz_answered: int


class ProgressView(QWidget):
    lesson_chosen = Signal(str)
    completion_toggled = Signal(str, bool)

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.checkboxes: dict[str, QCheckBox] = {}
        self.status_labels: dict[str, QLabel] = {}
        self.module_bars: dict[str, QProgressBar] = {}
        self._continue_id: str | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.title = heading()
        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setToolTip(self.tr("Opens the lesson you read last, at your place"))
        self.continue_button.clicked.connect(self._continue)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        for module in self.library.modules:
            column.addWidget(self._module_card(module))
        column.addStretch(1)

        centred_page(self, column, PAGE_WIDTH)

    def _module_card(self, module: Module) -> QFrame:
        card = QFrame()
        card.setObjectName("moduleCard")
        card.setAccessibleName(module.title)
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setColumnStretch(0, 1)
        title = heading(module.title, Level.SECTION)
        bar = QProgressBar()
        bar.setRange(0, len(module.lessons))
        bar.setAccessibleName(self.tr("%s: lessons completed") % module.title)
        bar.setFormat(self.tr("%v of %m completed"))
        self.module_bars[module.id] = bar
        grid.addWidget(title, 0, 0)
        grid.addWidget(bar, 0, 1, 1, 2)
        for row, lesson in enumerate(module.lessons, start=1):
            checkbox = QCheckBox(lesson.title)
            checkbox.setObjectName(f"complete:{lesson.id}")
            checkbox.setAccessibleName(self.tr("Completed: %s") % lesson.title)
            checkbox.setToolTip(self.tr("Tick when you have finished this lesson"))
            checkbox.toggled.connect(
                lambda checked, lesson_id=lesson.id: self.completion_toggled.emit(
                    lesson_id, checked
                )
            )
            status = QLabel()
            status.setObjectName("lessonMeta")
            open_button = QPushButton(self.tr("Open"))
            open_button.setAccessibleName(self.tr("Open %s") % lesson.title)
            open_button.setToolTip(self.tr("Opens this lesson where you stopped"))
            open_button.clicked.connect(
                lambda _=False, lesson_id=lesson.id: self.lesson_chosen.emit(lesson_id)
            )
            self.checkboxes[lesson.id] = checkbox
            self.status_labels[lesson.id] = status
            grid.addWidget(checkbox, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(open_button, row, 2)
        return card

    def show_snapshot(self, snapshot: ProgressSnapshot) -> None:
        """Fill the page from ``snapshot`` (without echoing the check boxes back as changes)."""
        # The name stands alone, in quotes: "Your progress, Me" reads badly, and any name the
        # family chose ("Mum", "Me", "Ravi's dad") must read well.
        self.title.setText(self.tr("Your progress"))
        completed = sum(state.completed for state in snapshot.states.values())
        lines = [
            self.tr("Profile: “%s”.") % snapshot.profile_name,
            self.tr("%1 of %2 lessons completed, %3 this week.")
            .replace("%1", str(completed))
            .replace("%2", str(len(self.library.lessons)))
            .replace("%3", str(snapshot.completed_this_week)),
        ]
        if snapshot.quiz_answered:
            lines.append(
                self.tr("Knowledge checks: %1 of %2 answered right on your latest try.")
                .replace("%1", str(snapshot.quiz_right))
                .replace("%2", str(snapshot.quiz_answered))
            )
        self.summary.setText(" ".join(lines))
        lesson = self.library.lesson(snapshot.continue_id) if snapshot.continue_id else None
        self._continue_id = lesson.id if lesson else None
        self.continue_button.setVisible(lesson is not None)
        if lesson is not None:
            self.continue_button.setText(self.tr("Continue where you left off: %s") % lesson.title)
        for module in self.library.modules:
            done = 0
            for lesson in module.lessons:
                state = snapshot.states.get(lesson.id)
                done += bool(state and state.completed)
                checkbox = self.checkboxes[lesson.id]
                checkbox.blockSignals(True)
                checkbox.setChecked(bool(state and state.completed))
                checkbox.blockSignals(False)
                self.status_labels[lesson.id].setText(self._status_text(state))
            self.module_bars[module.id].setValue(done)

    def _status_text(self, state: LessonProgress | None) -> str:
        if state is None:
            return self.tr("Not started")
        minutes = round(state.seconds_read / 60)
        read = self.tr("%n min read", "", minutes) if minutes else ""
        if state.completed:
            return self.tr("Completed") + (f" · {read}" if read else "")
        return self.tr("In progress, %d%% read") % round(state.position * 100) + (
            f" · {read}" if read else ""
        )

    def _continue(self) -> None:
        if self._continue_id:
            self.lesson_chosen.emit(self._continue_id)
