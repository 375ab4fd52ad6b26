"""Finding a lesson: the library, the progress page, search, and the content problems page.

Each page is built when first shown. Progress is read from the store whenever it or the
profile changes, and shown on every page of this feature that is built.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.ui.library.library_view import LibraryView
from caregiver_app.ui.library.search import Search
from caregiver_app.ui.session import Location, Session, View
from caregiver_app.ui.widgets.text import tr

if TYPE_CHECKING:  # these pages (and the content checker) are loaded when first shown
    from caregiver_app.store import LessonProgress
    from caregiver_app.ui.library.problems_view import ProblemsView
    from caregiver_app.ui.library.progress_view import ProgressSnapshot, ProgressView


class LibraryPages(QObject):
    views = (View.LIBRARY, View.PROGRESS, View.PROBLEMS, View.SEARCH)

    def __init__(self, session: Session):
        super().__init__(session)
        self.session = session
        self.library_view = LibraryView(session.library)
        self.library_view.lesson_chosen.connect(session.open_lesson)
        self.library_view.problems_requested.connect(lambda: session.go(View.PROBLEMS))
        self._progress: ProgressView | None = None
        self._problems: ProblemsView | None = None
        self.search = Search(session)
        session.progress_changed.connect(self.refresh_progress)
        session.profile_changed.connect(self.refresh_progress)
        session.text_size_changed.connect(self._refresh_fonts)
        session.theme_changed.connect(self._refresh_fonts)
        self.refresh_progress()

    @property
    def progress_view(self) -> ProgressView:
        if self._progress is None:
            from caregiver_app.ui.library.progress_view import ProgressView  # noqa: PLC0415

            self._progress = ProgressView(self.session.library)
            self._progress.lesson_chosen.connect(self.session.open_lesson)
            self._progress.completion_toggled.connect(self.set_completed)
        return self._progress

    @property
    def problems_view(self) -> ProblemsView:
        if self._problems is None:
            from caregiver_app.ui.library.problems_view import ProblemsView  # noqa: PLC0415

            self._problems = ProblemsView(self.session.library.root)
        return self._problems

    def page(self, location: Location) -> QWidget:
        if location.view == View.PROGRESS:
            view = self.progress_view
            self.refresh_progress()
            return view
        if location.view == View.PROBLEMS:
            problems = self.problems_view
            if problems.report is None:
                problems.start_check()
            return problems
        if location.view == View.SEARCH:
            return self.search.results_page(location.find or self.search.query)
        return self.library_view

    def leave(self) -> None:
        """Nothing on these pages waits to be saved."""

    def set_completed(self, lesson_id: str, completed: bool) -> None:
        progress = self.session.store.progress(self.session.profile.id)
        self.session.progress_writer.attempt(lambda: progress.set_completed(lesson_id, completed))
        self.session.progress_changed.emit()

    def snapshot(self) -> ProgressSnapshot:
        """What the progress page shows, read from the store in one go."""
        from caregiver_app.ui.library.progress_view import ProgressSnapshot  # noqa: PLC0415

        states, continue_id = self._library_progress()
        progress = self.session.store.progress(self.session.profile.id)
        right, answered = progress.quiz_results()
        return ProgressSnapshot(
            profile_name=self.session.profile.name,
            states=states,
            continue_id=continue_id,
            completed_this_week=progress.completed_since(7),
            quiz_right=right,
            quiz_answered=answered,
        )

    def _library_progress(self) -> tuple[dict[str, LessonProgress], str | None]:
        """What the library shows: each lesson's progress, and the lesson to continue."""
        progress = self.session.store.progress(self.session.profile.id)
        current = progress.continue_reading()
        return progress.all_lessons(), current.lesson_id if current else None

    def refresh_progress(self) -> None:
        # The library only needs each lesson's state; the progress page, once built, the rest.
        try:
            if self._progress is None:
                states, continue_id = self._library_progress()
                snapshot = None
            else:
                snapshot = self.snapshot()
                states, continue_id = snapshot.states, snapshot.continue_id
        except sqlite3.Error as error:
            self.session.show_notice(tr("Your progress could not be read (%s).") % error, "reading")
            if not self.library_view.has_progress:  # the lessons' lines, without progress
                self.library_view.set_progress({}, None)
            return
        self.session.clear_notice("reading")
        self.library_view.set_progress(states, continue_id)
        if self._progress is not None and snapshot is not None:  # (always both, or neither)
            self._progress.show_snapshot(snapshot)

    def _refresh_fonts(self) -> None:
        self.library_view.refresh_fonts(QApplication.font())
