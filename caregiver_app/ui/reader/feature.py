"""Reading: a lesson rendered in the background and shown with its quizzes and reflections,
the profile's progress kept in step with it, and the Get support page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caregiver_app.lessons import RenderedLesson
from caregiver_app.ui.session import Location, Session, View
from caregiver_app.ui.widgets.operations import LatestOnly, Operation
from caregiver_app.ui.widgets.screen_hold import ScreenHold
from caregiver_app.ui.widgets.text import tr

# The reader's pages, and their modules, are made when first shown (or just after the window's
# first paint, see ``ui/app.py``): the library is what a start shows.
if TYPE_CHECKING:
    from caregiver_app.ui.reader.progress_tracker import ProgressTracker
    from caregiver_app.ui.reader.reader import ReaderView
    from caregiver_app.ui.reader.support_view import SupportView


# How long the window keeps its last frame while a lesson renders (see ``ScreenHold``): past
# it, the page shows "Opening…".
OPENING_SHOWN_AFTER_MS = 120


class ReaderPages(QObject):
    views = (View.LESSON, View.SUPPORT)

    def __init__(self, session: Session, host: QWidget | None = None):
        """``host``: the window the pages are shown in, kept as it is while a lesson opens."""
        super().__init__(session)
        self.session = session
        self._screen_hold = None if host is None else ScreenHold(host, OPENING_SHOWN_AFTER_MS, self)
        self._reader: ReaderView | None = None
        self._support: SupportView | None = None
        self.tracker: ProgressTracker | None = None
        self._renderer = LatestOnly(self)
        session.profile_changed.connect(self._profile_changed)
        session.private_access_changed.connect(self._private_access_changed)
        session.progress_changed.connect(self._show_completed)
        session.text_size_changed.connect(self._refresh_fonts)
        session.theme_changed.connect(self._restyle)

    @property
    def reader(self) -> ReaderView:
        if self._reader is None:
            from caregiver_app.ui.reader.progress_tracker import ProgressTracker  # noqa: PLC0415
            from caregiver_app.ui.reader.reader import ReaderView  # noqa: PLC0415

            session = self.session
            self._reader = ReaderView(
                session.library.read_asset, allow_external_links=not session.kiosk
            )
            self._reader.language = session.settings.language
            self._reader.lesson_requested.connect(session.open_lesson)
            self._reader.support_requested.connect(lambda: session.go(View.SUPPORT))
            self._reader.private_view_requested.connect(lambda view: session.go(View(view)))
            self._reader.back_requested.connect(session.back_requested)
            self._reader.set_reflection_state(self.reflection_note(), session.locked)
            self.tracker = ProgressTracker(
                self._reader,
                session.store.progress(session.profile.id),
                session.private_data(),
                self,
                session.progress_writer,
            )
            self.tracker.changed.connect(session.progress_changed)
        return self._reader

    @property
    def support_view(self) -> SupportView:
        if self._support is None:
            from caregiver_app.ui.reader.reader import confirm_and_open_external  # noqa: PLC0415
            from caregiver_app.ui.reader.support_view import (  # noqa: PLC0415
                SupportView,
                clinic_services,
            )

            opener = None if self.session.kiosk else confirm_and_open_external
            settings = self.session.settings
            self._support = SupportView(
                self.session.services,
                opener,
                clinic_services=clinic_services(settings.clinic_services),
                clinic_name=settings.clinic_name,
                country=self.session.country,
            )
            self.session.country_changed.connect(self._follow_country)
            self._support.refresh_fonts(QApplication.font())
        return self._support

    def _follow_country(self) -> None:
        if self._support is not None:
            self._support.set_country(self.session.country)

    def page(self, location: Location) -> QWidget | None:
        if location.view == View.SUPPORT:
            return self.support_view
        return self._open(location)

    def _open(self, location: Location) -> QWidget | None:
        """Show a lesson; an unknown ID (a link to a lesson that was left out) says so and
        stays where it was (None)."""
        library = self.session.library
        lesson_id, _, anchor = location.lesson_id.partition("#")
        lesson = library.lesson(lesson_id)
        if lesson is None:
            QMessageBox.information(
                QApplication.activeWindow(),
                tr("Lesson not found"),
                tr(
                    "The lesson “%s” is not in this library. It may have been moved or left out "
                    "because of a problem in its file."
                )
                % lesson_id,
            )
            return None
        module = library.module(lesson.module_id)
        previous, following = library.neighbours(lesson)
        reader = self.reader

        def go_to_place() -> None:
            if anchor:
                reader.scroll_to_anchor(anchor)
            if location.find:
                reader.find_bar.open(location.find)
                reader.find_bar.find_next(restart=True)

        kept = library.rendered_lately(lesson)
        if kept is not None and reader.holds(kept):  # back to the lesson just read
            self.leave()  # its place saved before the page goes back to the top
            self.session.lesson_opened(lesson.id)
            reader.show_again(previous, following)
            go_to_place()
            return reader
        if self._screen_hold is not None:
            self._screen_hold.hold()
        reader.show_loading(lesson.title)
        self.session.lesson_opened(lesson.id)

        def show(rendered: RenderedLesson) -> None:
            reader.show_lesson(rendered, module.title if module else "", previous, following)
            go_to_place()
            self._release_screen()

        def failed(_error: BaseException) -> None:
            reader.show_failure(lesson.title, previous, following)
            self._release_screen()

        # Rendering takes tens of milliseconds for a normal lesson and seconds for a hostile one.
        self._renderer.start(lambda: library.render(lesson), show, failed)
        return reader

    def render_ahead(self, lesson_id: str | None) -> None:
        """Render in the background, before it is asked for, the lesson most likely opened
        first (where the reader left off, else the course's first): that opening then skips
        the renderer, and Python-Markdown is loaded by the time any lesson is opened."""
        library = self.session.library
        lesson = (library.lesson(lesson_id) if lesson_id else None) or next(
            iter(library.lessons), None
        )
        if lesson is not None:  # a failure is reported when the lesson is really opened
            Operation(self, lambda: library.render(lesson)).failure(lambda _error: None).run()

    def _release_screen(self) -> None:
        if self._screen_hold is not None:
            self._screen_hold.release()

    def leave(self) -> None:
        """Save the reading position and any words typed since the last save."""
        self._release_screen()  # another page is wanted: show it, not the last frame
        if self.tracker is not None:
            self.tracker.leave_lesson()

    def print_lesson(self, parent: QWidget) -> None:
        """Print the open lesson (kiosks only when the site config allows it, without a dialog)."""
        settings = self.session.settings
        if self._reader is None or self._reader.rendered is None:
            return
        if settings.kiosk and not settings.allow_printing:
            return
        from caregiver_app.ui.reader.printing import lesson_print_html  # noqa: PLC0415
        from caregiver_app.ui.widgets.printing import print_html  # noqa: PLC0415

        print_html(lesson_print_html(self._reader.rendered), parent, ask=not settings.kiosk)

    # --- following the session ---------------------------------------------------------

    def reflection_note(self) -> str:
        """Under each reflection: whether, where and how what is typed is kept."""
        session = self.session
        if session.store.in_memory:
            return tr("Your answer is not saved: nothing from this session is kept.")
        if session.store.read_only:
            return tr("Your answer cannot be saved: your saved data can only be read now.")
        if session.locked:
            return tr("Locked. Unlock your private entries (App menu) to see and write here.")
        if session.profile.has_passcode:
            return tr("Saved as you type, encrypted with your passcode.")
        return (
            tr(
                "Saved as you type, in the profile “%s”. Not encrypted: set a passcode (App menu) "
                "to keep it private."
            )
            % session.profile.name
        )

    def _profile_changed(self) -> None:
        if self.tracker is not None:
            session = self.session
            self.tracker.switch_profile(
                session.store.progress(session.profile.id), session.private_data()
            )
        if self._reader is not None:
            self._reader.set_reflection_state(self.reflection_note(), self.session.locked)
        self._show_completed()

    def _private_access_changed(self) -> None:
        """The private area was locked or unlocked: reflections follow."""
        if self.tracker is not None:
            self.tracker.set_private(self.session.private_data())
        if self._reader is None:
            return
        self._reader.set_reflection_state(self.reflection_note(), self.session.locked)
        if self._reader.rendered is not None and not self.session.locked:
            self._reader.fill_reflections(
                self.session.private_data().reflections(self._reader.rendered.lesson.id)
            )

    def _show_completed(self) -> None:
        if self._reader is None or self._reader.rendered is None:
            return
        session = self.session
        try:
            state = session.store.progress(session.profile.id).lesson(
                self._reader.rendered.lesson.id
            )
        except Exception:
            return
        self._reader.set_completed(bool(state and state.completed))

    def _refresh_fonts(self) -> None:
        font = QApplication.font()
        if self._reader is not None:
            self._reader.set_text_font(font)
        if self._support is not None:
            self._support.refresh_fonts(font)

    def _restyle(self) -> None:
        self._refresh_fonts()  # the new style sheet gave the text back the body's size
        if self._support is not None:
            self._support.restyle()
        location = self.session.location
        if self._reader is not None:
            self._reader.forget_page()
        if location.view == View.LESSON and self._reader is not None:
            self._open(Location(View.LESSON, location.lesson_id))  # colours are in the HTML
