"""The library: every module as a card listing its lessons, in course order."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.lessons import Lesson, Library
from caregiver_app.store import LessonProgress
from caregiver_app.ui.library.lesson_list import LessonList
from caregiver_app.ui.library.lesson_rows import CARD_GAP
from caregiver_app.ui.widgets.page import centred_page
from caregiver_app.ui.widgets.text import heading

LIBRARY_WIDTH = 900


class LibraryView(QWidget):
    """Lists modules and lessons; emits ``lesson_chosen`` with a lesson ID when one is clicked."""

    lesson_chosen = Signal(str)
    problems_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.has_progress = False  # whether the lessons' lines (minutes, progress) are set
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
        self.lesson_list = LessonList(self.library.modules)
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.lesson_list.lesson_chosen.connect(self.lesson_chosen)
        self.lesson_list.current_moved.connect(self._keep_in_view)
        column.addWidget(self.lesson_list)
        if not self.library.modules:
            self.lesson_list.hide()
        column.addStretch(1)

        self._scroll = centred_page(self, column, LIBRARY_WIDTH, "libraryScroll")
        self.lesson_list.scrolls_in(self._scroll)
        self.refresh_fonts(self.font())  # each lesson's line comes with set_progress

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
        lessons = self.lesson_list
        header = lessons.module_index(module_id)
        if not header.isValid():
            return
        self._place_rows()
        page = self._scroll.widget()
        assert page is not None  # set by centred_page, never taken
        row = lessons.visualRect(header)
        gap = CARD_GAP if header.row() > 0 else 0  # the space above a card is not its top
        self._scroll.verticalScrollBar().setValue(
            lessons.viewport().mapTo(page, row.topLeft()).y() + gap
        )
        lessons.focus_module(module_id)

    def bring_into_view(self, lesson_id: str) -> QRect:
        """Scroll the page until the lesson's row is on screen; where the row is, in the list's
        viewport (an empty rectangle for a lesson not listed)."""
        self._place_rows()
        index = self.lesson_list.index_of(lesson_id)
        if not index.isValid():
            return QRect()
        row = self.lesson_list.visualRect(index)
        self._keep_in_view(row)
        return row

    def _place_rows(self) -> None:
        """Every row where it will be drawn: the page may not have been laid out since the
        window changed size, and a long list places its rows in batches."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.lesson_list.lay_out_all()

    def _keep_in_view(self, row: QRect) -> None:
        """The lesson the keyboard moved to stays on screen (the page scrolls, not the list)."""
        page = self._scroll.widget()
        assert page is not None
        top_left = self.lesson_list.viewport().mapTo(page, row.topLeft())
        self._scroll.ensureVisible(top_left.x(), top_left.y() + row.height() // 2, 0,
                                   row.height() // 2 + 8)  # fmt: skip

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

    def set_progress(self, states: dict[str, LessonProgress], continue_id: str | None) -> None:
        """Show which lessons this profile has started or completed, and where to continue."""
        self.has_progress = True
        self.lesson_list.set_details(
            {
                lesson.id: self._describe(lesson, states.get(lesson.id))
                for lesson in self.library.lessons
            }
        )
        resume = self.library.lesson(continue_id) if continue_id else None
        self._continue_id = resume.id if resume else None
        self.continue_button.setVisible(resume is not None)
        if resume is not None:
            self.continue_button.setText(self.tr("Continue where you left off: %s") % resume.title)

    def _describe(self, lesson: Lesson, state: LessonProgress | None) -> str:
        parts = [self.tr("%n min", "", lesson.minutes)]
        if state is not None:
            parts.insert(0, self.tr("✓ Completed") if state.completed else self.tr("In progress"))
        if lesson.summary:
            parts.append(lesson.summary)
        return "  ·  ".join(parts)

    def description(self, lesson_id: str) -> str:
        """What the library says under a lesson's title (its minutes, progress and summary)."""
        return self.lesson_list.detail(lesson_id)

    @property
    def continue_id(self) -> str | None:
        """The lesson the library offers to continue, if any."""
        return self._continue_id

    def _continue(self) -> None:
        if self._continue_id:
            self.lesson_chosen.emit(self._continue_id)

    def refresh_fonts(self, base: QFont) -> None:
        """Lesson titles a little larger than the text (headings follow by themselves)."""
        self.lesson_list.set_base_font(base)
