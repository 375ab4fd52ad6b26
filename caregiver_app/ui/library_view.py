"""The library: every module as a card listing its lessons, in course order."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Lesson, Library, Module
from caregiver_app.store import LessonProgress
from caregiver_app.ui.page import centred_page
from caregiver_app.ui.theme import scaled_font

LIBRARY_WIDTH = 900
# A lesson's button costs about a millisecond to build and lay out, so a library of a thousand
# lessons would keep the window from appearing for seconds. The first lessons are built before
# the first paint; the rest follow in small batches between events, so the window appears and
# answers at once. (Our own course of 42 lessons is built whole.)
FIRST_LESSONS = 60
LESSONS_PER_BATCH = 30


class LibraryView(QWidget):
    """Lists modules and lessons; emits ``lesson_chosen`` with a lesson ID when one is clicked."""

    lesson_chosen = Signal(str)
    problems_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.lesson_buttons: dict[str, QCommandLinkButton] = {}
        self._titles: list[QLabel] = []
        self._states: dict[str, LessonProgress] = {}
        self._base_font: QFont | None = None
        self._modules_to_build: list[Module] = []
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout()
        column.setSpacing(16)

        self.title = QLabel(self.tr("Lessons for families"))
        self.title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Short lessons you can read in any order and come back to. If you are new, "
                "begin with the first module. Help is one click away: the red Get support "
                "button at the top of every screen."
            )
        )
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(intro)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setAccessibleName(self.tr("Continue where you left off"))
        self.continue_button.hide()
        self.continue_button.clicked.connect(self._continue)
        self._continue_id: str | None = None
        column.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)

        if self.library.problems:
            count = len(self.library.problems)
            notice = QLabel(
                (
                    self.tr("1 problem was found in the lesson files. A lesson may be missing.")
                    if count == 1
                    else self.tr(
                        "%1 problems were found in the lesson files. Some lessons may be missing."
                    )
                ).replace("%1", str(count))
                + ' <a href="#problems">'
                + self.tr("Show content problems")
                + "</a>"
            )
            notice.setObjectName("problemBanner")
            notice.setWordWrap(True)
            notice.linkActivated.connect(lambda _link: self.problems_requested.emit())
            column.addWidget(notice)

        if not self.library.modules:
            empty = QLabel(self.tr("No lessons were found in the content folder."))
            empty.setObjectName("pageIntro")
            column.addWidget(empty)
        self._cards = QVBoxLayout()  # module cards, added to as batches are built
        self._cards.setSpacing(column.spacing())
        column.addLayout(self._cards)
        self._modules_to_build = list(self.library.modules)
        self._build_modules(FIRST_LESSONS)
        column.addStretch(1)

        centred_page(self, column, LIBRARY_WIDTH, "libraryScroll")
        self.refresh_fonts(self.font())
        if self._modules_to_build:
            QTimer.singleShot(0, self, self._build_next_batch)  # dropped if the view goes

    @property
    def fully_built(self) -> bool:
        """Whether every lesson has its button (large libraries are built in batches)."""
        return not self._modules_to_build

    def _build_modules(self, lessons: int) -> None:
        """Add the next modules' cards, whole modules at a time, until about ``lessons`` more
        lessons have buttons."""
        built = 0
        while self._modules_to_build and built < lessons:
            module = self._modules_to_build.pop(0)
            self._cards.addWidget(self._module_card(module))
            built += len(module.lessons)

    def _build_next_batch(self) -> None:
        previous = next(reversed(self.lesson_buttons.values()), None)
        already = len(self.lesson_buttons)
        self._build_modules(LESSONS_PER_BATCH)
        # Widgets made after the window would come last in the Tab order, after the toolbar;
        # keep the lessons in reading order instead.
        for button in list(self.lesson_buttons.values())[already:]:
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        if self._modules_to_build:
            QTimer.singleShot(0, self, self._build_next_batch)  # dropped if the view goes

    def _module_card(self, module: Module) -> QFrame:
        card = QFrame()
        card.setObjectName("moduleCard")
        card.setAccessibleName(module.title)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 14, 18, 14)
        title = QLabel(module.title)
        title.setObjectName("moduleTitle")
        title.setWordWrap(True)
        if self._base_font is not None:
            title.setFont(scaled_font(self._base_font, 1.35, bold=True))
        self._titles.append(title)
        layout.addWidget(title)
        if module.summary:
            summary = QLabel(module.summary)
            summary.setObjectName("moduleSummary")
            summary.setWordWrap(True)
            layout.addWidget(summary)
        for lesson in module.lessons:
            layout.addWidget(self._lesson_button(lesson))
        return card

    def _lesson_button(self, lesson: Lesson) -> QCommandLinkButton:
        button = QCommandLinkButton(lesson.title)
        button.setObjectName(f"lesson:{lesson.id}")
        button.setAccessibleName(lesson.title)
        button.clicked.connect(lambda: self.lesson_chosen.emit(lesson.id))
        self.lesson_buttons[lesson.id] = button
        if self._base_font is not None:
            button.setFont(scaled_font(self._base_font, 1.1))
        self._describe(button, lesson, self._states.get(lesson.id))
        return button

    def _describe(
        self, button: QCommandLinkButton, lesson: Lesson, state: LessonProgress | None
    ) -> None:
        parts = [self.tr("%n min", "", lesson.minutes)]
        if state is not None:
            parts.insert(0, self.tr("✓ Completed") if state.completed else self.tr("In progress"))
        if lesson.summary:
            parts.append(lesson.summary)
        description = "  ·  ".join(parts)
        button.setDescription(description)
        button.setAccessibleDescription(description)

    def set_progress(self, states: dict[str, LessonProgress], continue_id: str | None) -> None:
        """Show which lessons this profile has started or completed, and where to continue."""
        self._states = states  # lessons whose buttons are still to be built use these too
        for lesson in self.library.lessons:
            button = self.lesson_buttons.get(lesson.id)
            if button is not None:
                self._describe(button, lesson, states.get(lesson.id))
        lesson = self.library.lesson(continue_id) if continue_id else None
        self._continue_id = lesson.id if lesson else None
        self.continue_button.setVisible(lesson is not None)
        if lesson is not None:
            self.continue_button.setText(self.tr("Continue where you left off: %s") % lesson.title)

    def _continue(self) -> None:
        if self._continue_id:
            self.lesson_chosen.emit(self._continue_id)

    def refresh_fonts(self, base: QFont) -> None:
        self._base_font = base
        self.title.setFont(scaled_font(base, 1.8, bold=True))
        for title in self._titles:
            title.setFont(scaled_font(base, 1.35, bold=True))
        for button in self.lesson_buttons.values():
            button.setFont(scaled_font(base, 1.1))
