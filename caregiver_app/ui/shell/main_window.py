"""The main window: a toolbar with "Get support" always in reach, and one page at a time.

It is only the window: the page stack and its history, the banner, the toolbar and menus.
What is shown comes from the features (``library``, ``reader``, ``private``), which know the
Session and not this window; they ask for a page through ``session.navigate``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.config import TEXT_SCALES
from caregiver_app.store import Profile
from caregiver_app.ui.library.feature import LibraryPages
from caregiver_app.ui.private.feature import private_feature
from caregiver_app.ui.reader.feature import ReaderPages
from caregiver_app.ui.session import Location, Session, View
from caregiver_app.ui.shell.backup_schedule import BackupSchedule
from caregiver_app.ui.shell.profile_picker import choose_profile
from caregiver_app.ui.shell.saved_bar import SavedBar
from caregiver_app.ui.shell.window_actions import WindowActions
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import apply_theme

HISTORY_LENGTH = 50
DEFAULT_SIZE = QSize(1100, 800)
MINIMUM_SIZE = QSize(640, 480)
TITLE_BAR_ALLOWANCE = 40  # pixels the window manager adds above the window's own area


class Feature(Protocol):
    """What the window needs of a feature: the views it shows, and the page for each."""

    @property
    def views(self) -> tuple[View, ...]: ...

    def page(self, location: Location) -> QWidget | None: ...  # None: stay where you are
    def leave(self) -> None: ...  # its page is about to be left: save what it holds


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        session.setParent(self)  # the session lives as long as its window
        self.history: list[Location] = []
        self.allow_close = not session.kiosk  # a kiosk closes only through the admin PIN
        self.setWindowTitle(tr("Caregiver Companion"))
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(fitted_size(self.screen().availableGeometry().size(), self._remembered_size()))
        apply_theme_now(session.preferences.theme)  # before any view is built with its colours
        self._build_frame()
        self.lessons = LibraryPages(session)
        # The first page joins the window before the toolbar: it has the keyboard at start.
        self.stack.addWidget(self.lessons.library_view)
        self.reading = ReaderPages(session, self)
        self.private_area, self.private_commands, self.private_files = private_feature(
            session, self
        )
        self._features: dict[View, Feature] = {}
        for feature in (self.lessons, self.reading, self.private_area):
            self._features.update(dict.fromkeys(feature.views, feature))
        self.app_actions = WindowActions(self, self)
        self._place_search_box()
        self._connect(session)
        session.set_text_scale(session.preferences.text_scale, remember=False)
        self.backup_schedule = BackupSchedule(session.store, self)
        self.backup_schedule.failed.connect(lambda message: self.show_banner(message, "backup"))
        self.backup_schedule.made.connect(lambda _backup: self.clear_banner("backup"))
        self._show_profile()

    def _build_frame(self) -> None:
        """The banner over the page stack: what every page is shown in."""
        self.banner = QLabel()
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_messages: dict[str, str] = {}  # topic -> newest message
        self.saved_bar = SavedBar()
        self.stack = QStackedWidget()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.saved_bar)
        central_layout.addWidget(self.stack, 1)
        self._central_layout = central_layout
        self.setCentralWidget(central)
        self.statusBar()  # made now, so that it does not appear (and move the page) later

    def offer_unlock(self) -> None:
        """At start, for a profile with a passcode: the passcode box in a strip over the page,
        ready for typing; the lessons stay readable under it."""
        bar = self.private_area.unlock_bar()
        if self._central_layout.indexOf(bar) < 0:
            self._central_layout.insertWidget(self._central_layout.indexOf(self.stack), bar)
        bar.ask(self.session.profile)

    def _place_search_box(self) -> None:
        box = self.lessons.search.box
        self.app_actions.toolbar.insertWidget(self.app_actions.take_home, box)
        focus = QShortcut(QKeySequence("Ctrl+K"), self)
        focus.activated.connect(box.setFocus)
        focus.activated.connect(box.selectAll)

    def _connect(self, session: Session) -> None:
        session.navigate.connect(self.show_location)
        session.back_requested.connect(self.go_back)
        session.notice_changed.connect(self._notice)
        for topic, message in session.notices.items():  # said before the window listened
            self._notice(topic, message)
        session.status.connect(lambda message, ms: self.statusBar().showMessage(message, ms))
        session.file_saved.connect(self.saved_bar.show_saved)
        session.profile_changed.connect(self._show_profile)
        session.text_size_changed.connect(self._text_size_changed)

    # --- pages ---------------------------------------------------------------------------

    def show_location(self, location: Location, remember: bool = True) -> bool:
        """Show ``location``'s page. False when its feature stayed where it was (a lesson
        that is not in the library)."""
        session = self.session
        current = self.stack.currentWidget()
        leaving = self._features[session.location.view]
        if location != session.location or location.view != View.LESSON:
            leaving.leave()  # the position read, the plan typed: saved before anything moves
        widget = self._features[location.view].page(location)
        if widget is None:
            return False
        if remember and location != session.location:
            self.history.append(session.location)
            del self.history[:-HISTORY_LENGTH]
        session.location = location
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        if widget is not current:
            self.stack.setCurrentWidget(widget)
        self.app_actions.back.setEnabled(bool(self.history))
        return True

    def show_view(self, view: View) -> None:
        self.show_location(Location(view))

    def show_library(self) -> None:
        self.show_view(View.LIBRARY)

    def show_support(self) -> None:
        self.show_view(View.SUPPORT)

    def show_progress(self) -> None:
        self.show_view(View.PROGRESS)

    def show_problems(self) -> None:
        self.show_view(View.PROBLEMS)

    def show_search(self, query: str) -> None:
        self.show_location(Location(View.SEARCH, find=query))

    def show_private_view(self, view: str) -> None:
        """The stress log or the plan, or the locked page if the user does not unlock."""
        self.show_view(View(view))

    def open_lesson(self, lesson_id: str, remember: bool = True) -> bool:
        return self.show_location(Location(View.LESSON, lesson_id), remember)

    def go_back(self) -> None:
        if self.history:
            self.show_location(self.history.pop(), remember=False)
        self.app_actions.back.setEnabled(bool(self.history))

    # --- the banner ------------------------------------------------------------------------

    def show_banner(self, message: str, topic: str = "notice") -> None:
        """A message that stays in view (for example: nothing can be saved in this folder).
        Each topic keeps its newest message, so a second problem does not hide the first and
        the same problem does not pile up."""
        self._notice(topic, message)

    def clear_banner(self, topic: str) -> None:
        """The problem behind ``topic`` has gone (a save worked again): stop showing it."""
        self._notice(topic, "")

    def _notice(self, topic: str, message: str) -> None:
        if message:
            self._banner_messages[topic] = message
        elif self._banner_messages.pop(topic, None) is None:
            return
        self.banner.setText("\n\n".join(self._banner_messages.values()))
        self.banner.setVisible(bool(self._banner_messages))

    # --- the look --------------------------------------------------------------------------

    def _text_size_changed(self) -> None:
        percent = self.session.preferences.text_scale
        self.app_actions.smaller.setEnabled(percent > TEXT_SCALES[0])
        self.app_actions.bigger.setEnabled(percent < TEXT_SCALES[-1])

    def refresh_fonts(self) -> None:
        """Fonts set by hand again (after Qt re-applied the style sheet, for example to a
        window re-created without its frame, which resets them)."""
        self.session.text_size_changed.emit()

    # --- profiles and data -----------------------------------------------------------------

    def _show_profile(self) -> None:
        profile = self.session.profile
        self.app_actions.profile.setIconText(f"{profile.name} \u25be")  # a small down triangle
        self.app_actions.profile.setToolTip(
            tr("Profile in use: “%s”. Click to switch.") % profile.name
        )
        if not self.session.kiosk:  # a kiosk visit has no profile to name
            self.setWindowTitle(tr("Caregiver Companion — %s") % profile.name)
        self.show_unsealed_copies()

    def show_unsealed_copies(self) -> None:
        """Copies of the data a new passcode could not encrypt (damaged, or from a newer
        version) are kept, as they may be the only copy of something: the user is told where,
        and decides."""
        copies = self.session.store.unsealed_copies
        if not copies:
            self.clear_banner("unsealed")
            return
        self.show_banner(
            tr(
                "%d older copies of your data could not be encrypted with the new passcode, "
                "because they are damaged or were made by a newer version. They may still hold "
                "private entries unencrypted. They were kept in %s: %s. Delete them once you "
                "are sure you do not need them."
            )
            % (len(copies), copies[0].parent, ", ".join(path.name for path in copies)),
            "unsealed",
        )

    def _remembered_size(self) -> QSize | None:
        preferences = self.session.preferences
        if self.session.kiosk or not preferences.window_width:
            return None
        return QSize(preferences.window_width, preferences.window_height)

    def set_profile(self, profile: Profile, save: bool = True) -> None:
        """Switch to ``profile``: their progress, their answers, back at the library. After a
        restore nothing of the page is saved (``save``): the screen is older than the data."""
        if save:
            self._features[self.session.location.view].leave()
        self.reading.leave()
        self.session.set_profile(profile)
        self.history.clear()
        self.show_location(Location(View.LIBRARY), remember=False)

    def switch_profile(self) -> None:
        self.reading.leave()
        store = self.session.store
        profile = choose_profile(store, self, always_ask=True)
        if profile is not None:
            self.set_profile(profile)
        elif store.profiles.get(self.session.profile.id) is None:  # the current one was deleted
            self.set_profile(choose_profile(store, self) or store.profiles.create("Me"))

    def show_data(self) -> None:
        from caregiver_app.ui.shell.data_dialog import DataDialog  # noqa: PLC0415  (when asked)

        self.reading.leave()
        dialog = DataDialog(self.session.store, self.session.settings.data_dir, self)
        dialog.data_replaced.connect(self._after_restore)
        dialog.exec()

    def _after_restore(self) -> None:
        store = self.session.store
        profile = store.profiles.get(self.session.profile.id)
        if profile is None or len(store.profiles.all()) > 1:
            profile = choose_profile(store, self) or store.profiles.all()[0]
        self.set_profile(profile, save=False)

    # --- the rest of the menus -------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from caregiver_app.ui.shell.shortcuts_dialog import (  # noqa: PLC0415  (when asked)
            ShortcutsDialog,
            shortcut_rows,
        )

        rows = shortcut_rows(self.app_actions.commands(), self.session.kiosk)
        dialog = ShortcutsDialog(rows, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.shortcuts_dialog = dialog

    def show_about(self) -> None:
        from caregiver_app.ui.shell.about import show_about  # noqa: PLC0415  (when asked)

        show_about(self)

    def print_lesson(self) -> None:
        self.reading.print_lesson(self)

    def take_home(self) -> None:
        session = self.session
        settings = session.settings
        lessons = [lesson for lesson in map(session.library.lesson, session.viewed) if lesson]
        from caregiver_app.ui.clinic.take_home import TakeHomeDialog  # noqa: PLC0415 (kiosks only)

        TakeHomeDialog(
            lessons,
            clinic=settings.clinic_name,
            web=settings.clinic_web,
            services=session.local_services(),
            allow_printing=settings.allow_printing,
            parent=self,
        ).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()
            return
        self.reading.leave()  # the last position and any words typed since the last save
        self.private_area.leave()
        if not self.session.kiosk and not self.isFullScreen() and not self.isMaximized():
            self.session.preferences.window_width = self.width()
            self.session.preferences.window_height = self.height()
        self.backup_schedule.stop()
        self.session.store.close()
        event.accept()


def fitted_size(available: QSize, wanted: QSize | None) -> QSize:
    """The window's size: the one the user left it at, or a comfortable default, never larger
    than the screen minus the title bar (on a 768-pixel laptop the status bar stays on it)."""
    size = wanted if wanted is not None and not wanted.isEmpty() else DEFAULT_SIZE
    return QSize(
        max(MINIMUM_SIZE.width(), min(size.width(), available.width())),
        max(MINIMUM_SIZE.height(), min(size.height(), available.height() - TITLE_BAR_ALLOWANCE)),
    )


def apply_theme_now(choice: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, choice)
