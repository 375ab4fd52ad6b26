"""The main window: a toolbar with "Get support" always in reach, and one view at a time.

It is the controller: views emit what the user asked for, and the window decides what to show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import __version__
from caregiver_app.config import TEXT_SCALES, Settings
from caregiver_app.lessons import Library, RenderedLesson, Service
from caregiver_app.store import PrivateData, Profile, Store
from caregiver_app.ui.clinic.take_home import TakeHomeDialog, lesson_print_html, print_html
from caregiver_app.ui.library.library_view import LibraryView
from caregiver_app.ui.library.problems_view import ProblemsView
from caregiver_app.ui.library.progress_view import ProgressSnapshot, ProgressView
from caregiver_app.ui.library.search_control import SearchControl
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.private.private_area import PrivateArea
from caregiver_app.ui.reader.progress_tracker import ProgressTracker
from caregiver_app.ui.reader.reader import ReaderView, confirm_and_open_external
from caregiver_app.ui.reader.support_view import SupportView
from caregiver_app.ui.shell.backup_schedule import BackupSchedule
from caregiver_app.ui.shell.data_dialog import DataDialog
from caregiver_app.ui.shell.profile_picker import choose_profile
from caregiver_app.ui.shell.window_actions import WindowActions
from caregiver_app.ui.widgets.operations import LatestOnly
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.theme import apply_text_scale, apply_theme

VIEW_NAMES = ("library", "support", "problems")


@dataclass(frozen=True)
class Location:
    view: str  # "library", "lesson", "support" or "problems"
    lesson_id: str = ""


class MainWindow(QMainWindow):
    text_scale_changed = Signal(int)

    def __init__(
        self,
        settings: Settings,
        library: Library,
        *,
        services: Sequence[Service],
        preferences: Preferences,
        store: Store,
        profile: Profile,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.library = library
        self.services = list(services)
        self.preferences = preferences
        self.store = store
        self.profile = profile
        self.history: list[Location] = []
        self.viewed: list[str] = []  # lesson IDs opened in this session, for the take-home card
        self.allow_close = not settings.kiosk  # a kiosk closes only through the admin PIN
        self.location = Location("library")
        self.setWindowTitle(self.tr("Caregiver Companion"))
        self.setMinimumSize(640, 480)
        self.resize(1100, 800)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, preferences.theme)  # before any view is built with its colours
        self._build_frame()
        self.library_view = LibraryView(library)
        self.stack.addWidget(self.library_view)
        self._reader: ReaderView | None = None
        self._support: SupportView | None = None
        self._problems: ProblemsView | None = None
        self._progress_view: ProgressView | None = None
        self._tracker: ProgressTracker | None = None
        self._renderer = LatestOnly(self)
        # Progress is saved from the reader and the progress page: one warning for both.
        self._progress_writer = StoreWriter(self.tr("Your progress"), self)
        self._progress_writer.failed.connect(lambda message: self.show_banner(message, "saving"))
        self._progress_writer.recovered.connect(lambda: self.clear_banner("saving"))
        self.private_area = PrivateArea(self, preferences.lock_minutes)
        self.actions = WindowActions(self)
        self.search = SearchControl(self)
        self.library_view.lesson_chosen.connect(self.open_lesson)
        self.library_view.problems_requested.connect(self.show_problems)
        self.set_text_scale(preferences.text_scale, remember=False)
        self.backup_schedule = BackupSchedule(store, self)
        self.backup_schedule.failed.connect(lambda message: self.show_banner(message, "backup"))
        self.backup_schedule.made.connect(lambda _backup: self.clear_banner("backup"))
        self._show_profile()

    def _build_frame(self) -> None:
        """The banner over the page stack: what every view is shown in."""
        self.banner = QLabel()
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_messages: dict[str, str] = {}  # topic -> newest message
        self.stack = QStackedWidget()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    # --- views, created when first needed ---------------------------------------------------

    @property
    def reader(self) -> ReaderView:
        if self._reader is None:
            self._reader = ReaderView(
                self.library.read_asset, allow_external_links=not self.settings.kiosk
            )
            self._reader.language = self.settings.language
            self._reader.lesson_requested.connect(self.open_lesson)
            self._reader.support_requested.connect(self.show_support)
            self._reader.private_view_requested.connect(self.show_private_view)
            self._reader.back_requested.connect(self.go_back)
            self._reader.set_reflection_state(self._reflection_note(), self.private_area.locked)
            self.stack.addWidget(self._reader)
            self._tracker = ProgressTracker(
                self._reader,
                self.store.progress(self.profile.id),
                self.private_data(),
                self,
                self._progress_writer,
            )
            self._tracker.changed.connect(self.refresh_progress)
        return self._reader

    @property
    def progress_view(self) -> ProgressView:
        if self._progress_view is None:
            self._progress_view = ProgressView(self.library)
            self._progress_view.lesson_chosen.connect(self.open_lesson)
            self._progress_view.completion_toggled.connect(self._set_completed)
            self.stack.addWidget(self._progress_view)
        return self._progress_view

    @property
    def support_view(self) -> SupportView:
        if self._support is None:
            opener = None if self.settings.kiosk else confirm_and_open_external
            self._support = SupportView(self.services, opener)
            self._support.refresh_fonts(self.font())
            self.stack.addWidget(self._support)
        return self._support

    @property
    def problems_view(self) -> ProblemsView:
        if self._problems is None:
            self._problems = ProblemsView(self.library.root)
            self.stack.addWidget(self._problems)
        return self._problems

    # --- navigation ----------------------------------------------------------------------

    def _leave_lesson(self) -> None:
        if self._tracker is not None:
            self._tracker.leave_lesson()

    def _go(self, location: Location, widget: QWidget, remember: bool = True) -> None:
        if widget is not self._reader:
            self._leave_lesson()
        if self.location.view in ("stress-log", "plan") and location != self.location:
            self.private_area.leaving()
        if remember and location != self.location:
            self.history.append(self.location)
            del self.history[:-50]
        self.location = location
        self.stack.setCurrentWidget(widget)
        self.actions.back.setEnabled(bool(self.history))

    def show_library(self) -> None:
        self._go(Location("library"), self.library_view)

    def show_support(self) -> None:
        self._go(Location("support"), self.support_view)

    def show_search(self, query: str) -> None:
        view = self.search.view
        view.show_results(query)
        self._go(Location("search"), view)

    def show_progress(self) -> None:
        self._leave_lesson()
        view = self.progress_view
        self.refresh_progress()
        self._go(Location("progress"), view)

    def show_problems(self) -> None:
        view = self.problems_view
        self._go(Location("problems"), view)
        if view.report is None:
            view.start_check()

    def open_lesson(self, lesson_id: str, remember: bool = True) -> bool:
        """Show a lesson; an unknown ID (a link to a lesson that was left out) says so."""
        lesson_id, _, anchor = lesson_id.partition("#")
        lesson = self.library.lesson(lesson_id)
        if lesson is None:
            QMessageBox.information(
                self,
                self.tr("Lesson not found"),
                self.tr(
                    "The lesson “%s” is not in this library. It may have been moved or left out "
                    "because of a problem in its file."
                )
                % lesson_id,
            )
            return False
        module = self.library.module(lesson.module_id)
        previous, following = self.library.neighbours(lesson)
        reader = self.reader
        reader.show_loading(lesson.title)
        if lesson.id not in self.viewed:
            self.viewed.append(lesson.id)
        self._go(Location("lesson", lesson.id), reader, remember)

        def show(rendered: RenderedLesson) -> None:
            reader.show_lesson(rendered, module.title if module else "", previous, following)
            if anchor:
                reader.scroll_to_anchor(anchor)

        def failed(_error: BaseException) -> None:
            reader.show_failure(lesson.title, previous, following)

        # Rendering takes tens of milliseconds for a normal lesson and seconds for a hostile one.
        self._renderer.start(lambda: self.library.render(lesson), show, failed)
        return True

    def go_back(self) -> None:
        if not self.history:
            return
        location = self.history.pop()
        if location.view == "lesson":
            self.open_lesson(location.lesson_id, remember=False)
        elif location.view in ("stress-log", "plan"):
            self._go(location, self.private_area.widget_for(location.view), remember=False)
        else:
            if location.view == "search":
                self._go(location, self.search.view, remember=False)
                return
            widget = {
                "library": self.library_view,
                "support": self.support_view,
                "problems": self.problems_view,
                "progress": self.progress_view,
            }[location.view]
            self._go(location, widget, remember=False)
        self.actions.back.setEnabled(bool(self.history))

    # --- text size -----------------------------------------------------------------------

    def step_text_scale(self, steps: int) -> None:
        current = self.preferences.text_scale
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
        self.set_text_scale(TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + steps))])

    def set_text_scale(self, percent: int, remember: bool = True) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, percent)
        if remember:
            self.preferences.text_scale = percent
        self.refresh_fonts()
        self.actions.smaller.setEnabled(percent > TEXT_SCALES[0])
        self.actions.bigger.setEnabled(percent < TEXT_SCALES[-1])
        self.statusBar().showMessage(
            self.tr("Text size %d%%") % percent, 2000
        ) if remember else None
        self.text_scale_changed.emit(percent)

    def refresh_fonts(self) -> None:
        """Give headings and lesson text their sizes again, from the app's font. Needed after
        the text size changes, and whenever Qt re-applies the style sheet (a new theme, a
        window re-created without its frame), which resets fonts set on widgets."""
        font = QApplication.font()
        self.library_view.refresh_fonts(font)
        if self._reader is not None:
            self._reader.set_text_font(font)
        if self._support is not None:
            self._support.refresh_fonts(font)
        if self._progress_view is not None:
            self._progress_view.refresh_fonts(font)

    # --- profiles and progress -------------------------------------------------------------

    def private_data(self) -> PrivateData:
        return self.private_area.data()

    def _reflection_note(self) -> str:
        if self.store.in_memory:
            return self.tr("Your answer is not saved: nothing from this session is kept.")
        if self.store.read_only:
            return self.tr("Your answer cannot be saved: your saved data can only be read now.")
        if self.private_area.locked:
            return self.tr("Locked. Unlock your private entries (App menu) to see and write here.")
        if self.profile.has_passcode:
            return self.tr("Saved as you type, encrypted with your passcode.")
        return (
            self.tr(
                "Saved as you type, in the profile of %s. Not encrypted: set a passcode (App menu) "
                "to keep it private."
            )
            % self.profile.name
        )

    def private_access_changed(self) -> None:
        """The private area was locked or unlocked: reflections follow."""
        if self._tracker is not None:
            self._tracker.set_private(self.private_data())
        if self._reader is not None:
            self._reader.set_reflection_state(self._reflection_note(), self.private_area.locked)
            if self._reader.rendered is not None and not self.private_area.locked:
                answers = self.private_data().reflections(self._reader.rendered.lesson.id)
                for widget in self._reader.reflection_widgets:
                    if widget.reflection.id in answers and not widget.text():
                        widget.set_text(answers[widget.reflection.id])

    def set_theme(self, choice: str) -> None:
        """Light, dark, high contrast, or whatever the system uses; every view follows."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        self.preferences.theme = choice
        self.refresh_fonts()  # the new style sheet gave headings back the body text's size
        for view in (self._support, self.private_area._plan, self.private_area._stress):
            if view is not None:
                view.restyle()
        if self.location.view == "lesson":
            self.open_lesson(self.location.lesson_id, remember=False)

    def set_lock_minutes(self, minutes: int) -> None:
        self.preferences.lock_minutes = minutes
        self.private_area.set_idle_minutes(minutes)

    def reload_profile(self) -> None:
        """Read the profile again (after its passcode was set or removed)."""
        self.profile = self.store.profiles.get(self.profile.id) or self.profile
        self._show_profile()
        self.show_unsealed_copies()

    def show_unsealed_copies(self) -> None:
        """Copies of the data a new passcode could not encrypt (damaged, or from a newer
        version) are kept, as they may be the only copy of something: the user is told where,
        and decides."""
        copies = self.store.unsealed_copies
        if not copies:
            self.clear_banner("unsealed")
            return
        self.show_banner(
            self.tr(
                "%d older copies of your data could not be encrypted with the new passcode, "
                "because they are damaged or were made by a newer version. They may still hold "
                "private entries unencrypted. They were kept in %s: %s. Delete them once you "
                "are sure you do not need them."
            )
            % (len(copies), copies[0].parent, ", ".join(path.name for path in copies)),
            "unsealed",
        )

    def show_private_view(self, view: str) -> None:
        """The "stress-log" or "plan" view, or the locked page if the user does not unlock."""
        self._go(Location(view), self.private_area.widget_for(view))

    def _show_profile(self) -> None:
        self.actions.profile.setIconText(f"{self.profile.name} \u25be")  # a small down triangle
        self.actions.profile.setToolTip(
            self.tr("%s is using the app. Click to switch.") % self.profile.name
        )
        if not self.settings.kiosk:  # a kiosk visit has no profile to name
            self.setWindowTitle(self.tr("Caregiver Companion — %s") % self.profile.name)
        if self._reader is not None:
            self._reader.set_reflection_state(self._reflection_note(), self.private_area.locked)
        self.refresh_progress()

    def set_profile(self, profile: Profile) -> None:
        """Switch to ``profile``: their progress, their answers, back at the library."""
        self._leave_lesson()
        self.profile = profile
        self.private_area.forget()
        if self._tracker is not None:
            self._tracker.switch_profile(self.store.progress(profile.id), self.private_data())
        self.history.clear()
        self._go(Location("library"), self.library_view, remember=False)
        self._show_profile()

    def switch_profile(self) -> None:
        self._leave_lesson()
        profile = choose_profile(self.store, self, always_ask=True)
        if profile is not None:
            self.set_profile(profile)
        elif self.store.profiles.get(self.profile.id) is None:  # the current one was deleted
            self.set_profile(choose_profile(self.store, self) or self.store.profiles.create("Me"))

    def show_data(self) -> None:
        self._leave_lesson()
        dialog = DataDialog(self.store, self.settings.data_dir, self)
        dialog.data_replaced.connect(self._after_restore)
        dialog.exec()

    def _after_restore(self) -> None:
        self.private_area.forget(save=False)
        profile = self.store.profiles.get(self.profile.id)
        if profile is None or len(self.store.profiles.all()) > 1:
            profile = choose_profile(self.store, self) or self.store.profiles.all()[0]
        self.set_profile(profile)

    def _set_completed(self, lesson_id: str, completed: bool) -> None:
        progress = self.store.progress(self.profile.id)
        self._progress_writer.attempt(lambda: progress.set_completed(lesson_id, completed))
        self.refresh_progress()

    def snapshot(self) -> ProgressSnapshot:
        progress = self.store.progress(self.profile.id)
        right, answered = progress.quiz_results()
        current = progress.continue_reading()
        return ProgressSnapshot(
            profile_name=self.profile.name,
            states=progress.all_lessons(),
            continue_id=current.lesson_id if current else None,
            completed_this_week=progress.completed_since(7),
            quiz_right=right,
            quiz_answered=answered,
        )

    def refresh_progress(self) -> None:
        try:
            snapshot = self.snapshot()
        except sqlite3.Error as error:
            self.show_banner(self.tr("Your progress could not be read (%s).") % error, "reading")
            return
        self.clear_banner("reading")
        self.library_view.set_progress(snapshot.states, snapshot.continue_id)
        if self._progress_view is not None:
            self._progress_view.show_snapshot(snapshot)
        if self._reader is not None and self._reader.rendered is not None:
            state = snapshot.states.get(self._reader.rendered.lesson.id)
            self._reader.set_completed(bool(state and state.completed))

    def show_banner(self, message: str, topic: str = "notice") -> None:
        """A message that stays in view (for example: nothing can be saved in this folder).
        Each topic keeps its newest message, so a second problem does not hide the first and
        the same problem does not pile up."""
        self._banner_messages[topic] = message
        self._update_banner()

    def clear_banner(self, topic: str) -> None:
        """The problem behind ``topic`` has gone (a save worked again): stop showing it."""
        if self._banner_messages.pop(topic, None) is not None:
            self._update_banner()

    def _update_banner(self) -> None:
        self.banner.setText("\n\n".join(self._banner_messages.values()))
        self.banner.setVisible(bool(self._banner_messages))

    # --- misc ----------------------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Caregiver Companion"),
            self.tr(
                "Caregiver Companion %s\n\nLessons for families caring for someone with a mental "
                "illness. It works offline and sends nothing anywhere.\n\nIt is education, not "
                "diagnosis or treatment. In an emergency, call your local emergency number."
            )
            % __version__,
        )

    def print_lesson(self) -> None:
        """Print the open lesson (kiosks only when the site config allows it, without a dialog)."""
        if self._reader is None or self._reader.rendered is None:
            return
        if self.settings.kiosk and not self.settings.allow_printing:
            return
        print_html(lesson_print_html(self._reader.rendered), self, ask=not self.settings.kiosk)

    def take_home(self) -> None:
        lessons = [lesson for lesson in map(self.library.lesson, self.viewed) if lesson is not None]
        TakeHomeDialog(
            lessons,
            clinic=self.settings.clinic_name,
            web=self.settings.clinic_web,
            services=self.services,
            allow_printing=self.settings.allow_printing,
            parent=self,
        ).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()
            return
        self._leave_lesson()  # the last position and any words typed since the last save
        self.private_area.leaving()
        self.backup_schedule.stop()
        self.store.close()
        event.accept()
