"""The library: every module as a card listing its lessons, in course order."""

from __future__ import annotations

import html
from collections import deque

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Lesson, Library, Module
from caregiver_app.store import LessonProgress
from caregiver_app.ui.library.lesson_button import LessonButton
from caregiver_app.ui.widgets.page import card, centred_page
from caregiver_app.ui.widgets.text import heading
from caregiver_app.ui.widgets.theme import scaled_font

LIBRARY_WIDTH = 900
# Building a lesson's button costs about a millisecond, so a library of a thousand lessons would
# keep the window from appearing for a second or more. The first lessons are built before the
# first paint; the rest follow in small batches between events, so the window appears at once
# and stays responsive while the list fills in. (Our own course of 42 lessons is built whole.)
FIRST_LESSONS = 60
LESSONS_PER_BATCH = 20


class LibraryView(QWidget):
    """Lists modules and lessons; emits ``lesson_chosen`` with a lesson ID when one is clicked."""

    lesson_chosen = Signal(str)
    problems_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.lesson_buttons: dict[str, LessonButton] = {}
        self._states: dict[str, LessonProgress] = {}
        self._base_font: QFont | None = None
        self._to_build: deque[tuple[Module, Lesson]] = deque()
        self._filling: tuple[QFrame, QVBoxLayout] | None = None  # a card still being filled
        self._last_on_page: LessonButton | None = None
        self._built_first = False  # the first lessons, made before the page is on screen
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout()
        column.setSpacing(16)

        self.title = heading(self.tr("Lessons for families"))
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
        if len(self.library.modules) > 1:
            column.addWidget(self._module_links())
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setAccessibleName(self.tr("Continue where you left off"))
        self.continue_button.hide()
        self.continue_button.clicked.connect(self._continue)
        self._continue_id: str | None = None
        column.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)

        if self.library.problems:
            column.addWidget(self._problems_notice(len(self.library.problems)))

        if not self.library.modules:
            empty = QLabel(self.tr("No lessons were found in the content folder."))
            empty.setObjectName("pageIntro")
            column.addWidget(empty)
        self._cards = QVBoxLayout()  # module cards, added to as batches are built
        self._module_cards: dict[str, QFrame] = {}
        self._cards.setSpacing(column.spacing())
        column.addLayout(self._cards)
        self._to_build.extend(
            (module, lesson) for module in self.library.modules for lesson in module.lessons
        )
        self._build_lessons(FIRST_LESSONS)
        self._built_first = True
        column.addStretch(1)

        self._scroll = centred_page(self, column, LIBRARY_WIDTH, "libraryScroll")
        self.refresh_fonts(self.font())
        if self._to_build:
            QTimer.singleShot(0, self, self._build_next_batch)  # dropped if the view goes

    def _module_links(self) -> QLabel:
        """Every module by name at the top, so that one far down the page (the warning signs,
        say) is one click away rather than three screens of scrolling."""
        # Non-breaking spaces: a module's name is never split over two lines.
        names = {
            module.id: html.escape(module.title).replace(" ", "&nbsp;")
            for module in self.library.modules
        }
        links = " · ".join(
            f'<a href="{html.escape(module_id)}">{name}</a>' for module_id, name in names.items()
        )
        label = QLabel(self.tr("Go to a module:") + " " + links)
        label.setObjectName("moduleLinks")
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(self.go_to_module)
        self.module_links = label
        return label

    def go_to_module(self, module_id: str) -> None:
        """Bring the module's card to the top of the page, its first lesson focused."""
        if not any(module.id == module_id for module in self.library.modules):
            return
        while module_id not in self._module_cards and self._to_build:
            self._build_lessons(LESSONS_PER_BATCH)  # a large library: build up to it now
        card = self._module_cards[module_id]
        page = self._scroll.widget()
        assert page is not None  # set by centred_page, never taken
        # A card just built has its place only after its layouts have run.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._scroll.verticalScrollBar().setValue(card.mapTo(page, card.rect().topLeft()).y())
        first = card.findChild(LessonButton)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problems_notice(self, count: int) -> QLabel:
        """Says lessons may be missing, with a link to what the content check found."""
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
        return notice

    @property
    def fully_built(self) -> bool:
        """Whether every lesson has its button (large libraries are built in batches)."""
        return not self._to_build

    def _build_lessons(self, lesson_count: int) -> None:
        """Make the next ``lesson_count`` lessons' buttons. A module's card goes on the page
        once all its lessons are in it: filling a card that is already on the page makes the
        page measure every button on it again, each time."""
        for _ in range(min(lesson_count, len(self._to_build))):
            module, lesson = self._to_build.popleft()
            if self._filling is None:
                self._filling = self._module_card(module)
            card, lessons = self._filling
            lessons.addWidget(self._lesson_button(lesson))
            if not self._to_build or self._to_build[0][0] is not module:
                self._filling = None
                self._put_on_page(card)
                self._module_cards[module.id] = card

    def _put_on_page(self, card: QFrame) -> None:
        previous = self._last_on_page
        self._cards.addWidget(card)
        # Cards added after the window exists would come last in the Tab order, after the
        # toolbar; keep the lessons in reading order instead.
        for button in card.findChildren(LessonButton):
            if previous is not None and self._built_first:  # before, creation order is right
                QWidget.setTabOrder(previous, button)
            previous = button
        self._last_on_page = previous

    def _build_next_batch(self) -> None:
        self._build_lessons(LESSONS_PER_BATCH)
        if self._to_build:
            QTimer.singleShot(0, self, self._build_next_batch)  # dropped if the view goes

    def _module_card(self, module: Module) -> tuple[QFrame, QVBoxLayout]:
        """A module's card with its title and summary, and the layout its lessons go in."""
        frame, layout = card(module.title, accessible_name=module.title)
        if module.summary:
            summary = QLabel(module.summary)
            summary.setObjectName("moduleSummary")
            summary.setWordWrap(True)
            layout.addWidget(summary)
        return frame, layout

    def _lesson_button(self, lesson: Lesson) -> LessonButton:
        button = LessonButton(lesson.title)
        button.setObjectName(f"lesson:{lesson.id}")
        button.setAccessibleName(lesson.title)
        button.clicked.connect(lambda: self.lesson_chosen.emit(lesson.id))
        self.lesson_buttons[lesson.id] = button
        if self._base_font is not None:
            button.setFont(scaled_font(self._base_font, 1.1))
        self._describe(button, lesson, self._states.get(lesson.id))
        return button

    def _describe(self, button: LessonButton, lesson: Lesson, state: LessonProgress | None) -> None:
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
        resume = self.library.lesson(continue_id) if continue_id else None
        self._continue_id = resume.id if resume else None
        self.continue_button.setVisible(resume is not None)
        if resume is not None:
            self.continue_button.setText(self.tr("Continue where you left off: %s") % resume.title)

    def _continue(self) -> None:
        if self._continue_id:
            self.lesson_chosen.emit(self._continue_id)

    def refresh_fonts(self, base: QFont) -> None:
        """Lesson buttons a little larger than the text (headings follow by themselves)."""
        self._base_font = base
        for button in self.lesson_buttons.values():
            button.setFont(scaled_font(base, 1.1))
