"""The main window: a toolbar with "Get support" always in reach, and one view at a time.

It is the controller: views emit what the user asked for, and the window decides what to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from caregiver_app import __version__
from caregiver_app.config import TEXT_SCALES, Settings
from caregiver_app.lessons import Library, RenderedLesson, Service
from caregiver_app.ui.library_view import LibraryView
from caregiver_app.ui.operations import LatestOnly
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.problems_view import ProblemsView
from caregiver_app.ui.reader import ReaderView, confirm_and_open_external
from caregiver_app.ui.support_view import SupportView
from caregiver_app.ui.theme import apply_text_scale

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
        services: Sequence[Service],
        preferences: Preferences,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.library = library
        self.services = list(services)
        self.preferences = preferences
        self.history: list[Location] = []
        self.location = Location("library")
        self.setWindowTitle(self.tr("Caregiver Companion"))
        self.setMinimumSize(640, 480)
        self.resize(1100, 800)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.library_view = LibraryView(library)
        self.stack.addWidget(self.library_view)
        self._reader: ReaderView | None = None
        self._support: SupportView | None = None
        self._problems: ProblemsView | None = None
        self._renderer = LatestOnly(self)
        self._build_actions()
        self.library_view.lesson_chosen.connect(self.open_lesson)
        self.library_view.problems_requested.connect(self.show_problems)
        self.set_text_scale(preferences.text_scale, remember=False)

    # --- building -------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], None], shortcuts: Sequence[object] = (), tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.library_action = self._action(
            self.tr("Library"), self.show_library, ["Alt+Home"], self.tr("All lessons (Alt+Home)")
        )
        self.back_action = self._action(
            self.tr("Back"), self.go_back, [QKeySequence.StandardKey.Back]
        )
        self.bigger_action = self._action(
            self.tr("Larger text"),
            lambda: self.step_text_scale(+1),
            [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
            self.tr("Larger text (Ctrl+plus)"),
        )
        self.smaller_action = self._action(
            self.tr("Smaller text"),
            lambda: self.step_text_scale(-1),
            [QKeySequence.StandardKey.ZoomOut],
            self.tr("Smaller text (Ctrl+minus)"),
        )
        self.reset_text_action = self._action(
            self.tr("Normal text size"), lambda: self.set_text_scale(100), ["Ctrl+0"]
        )
        self.support_action = self._action(
            self.tr("Get support"),
            self.show_support,
            ["F1"],
            self.tr("Crisis lines and support services (F1)"),
        )
        self.problems_action = self._action(self.tr("Content problems"), self.show_problems)
        self.quit_action = self._action(
            self.tr("Quit"), self.close, [QKeySequence.StandardKey.Quit]
        )
        self.about_action = self._action(self.tr("About Caregiver Companion"), self._show_about)
        self._build_menus()
        self._build_toolbar()

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.addMenu(self.tr("&App")).addAction(self.quit_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([self.library_action, self.back_action])
        view_menu.addSeparator()
        view_menu.addActions([self.bigger_action, self.smaller_action, self.reset_text_action])
        view_menu.addSeparator()
        view_menu.addAction(self.problems_action)
        menus.addMenu(self.tr("&Help")).addActions([self.support_action, self.about_action])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.library_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.smaller_action, self.bigger_action])
        # Short labels on the toolbar; the menu keeps the full words. A true minus sign: it is
        # the same width as the plus, so the pair looks balanced.
        self.smaller_action.setIconText(self.tr("A\u2212"))
        self.bigger_action.setIconText(self.tr("A+"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.support_action)
        for action in (
            self.library_action,
            self.smaller_action,
            self.bigger_action,
            self.support_action,
        ):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text())
                button.setAccessibleDescription(action.toolTip())
        self.toolbar.widgetForAction(self.support_action).setObjectName("getSupportButton")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # --- views, created when first needed ---------------------------------------------------

    @property
    def reader(self) -> ReaderView:
        if self._reader is None:
            self._reader = ReaderView(
                self.library.read_asset, allow_external_links=not self.settings.kiosk
            )
            self._reader.lesson_requested.connect(self.open_lesson)
            self._reader.support_requested.connect(self.show_support)
            self._reader.back_requested.connect(self.go_back)
            self.stack.addWidget(self._reader)
        return self._reader

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

    def _go(self, location: Location, widget: QWidget, remember: bool = True) -> None:
        if remember and location != self.location:
            self.history.append(self.location)
            del self.history[:-50]
        self.location = location
        self.stack.setCurrentWidget(widget)
        self.back_action.setEnabled(bool(self.history))

    def show_library(self) -> None:
        self._go(Location("library"), self.library_view)

    def show_support(self) -> None:
        self._go(Location("support"), self.support_view)

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
        self._go(Location("lesson", lesson.id), reader, remember)

        def show(rendered: RenderedLesson) -> None:
            reader.show_lesson(rendered, module.title if module else "", previous, following)
            if anchor:
                reader.scroll_to_anchor(anchor)

        # Rendering takes tens of milliseconds for a normal lesson and seconds for a hostile one.
        self._renderer.start(lambda: self.library.render(lesson), show)
        return True

    def go_back(self) -> None:
        if not self.history:
            return
        location = self.history.pop()
        if location.view == "lesson":
            self.open_lesson(location.lesson_id, remember=False)
        else:
            widget = {
                "library": self.library_view,
                "support": self.support_view,
                "problems": self.problems_view,
            }[location.view]
            self._go(location, widget, remember=False)
        self.back_action.setEnabled(bool(self.history))

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
        font = QApplication.font()
        self.library_view.refresh_fonts(font)
        if self._reader is not None:
            self._reader.set_text_font(font)
        if self._support is not None:
            self._support.refresh_fonts(font)
        self.smaller_action.setEnabled(percent > TEXT_SCALES[0])
        self.bigger_action.setEnabled(percent < TEXT_SCALES[-1])
        self.statusBar().showMessage(
            self.tr("Text size %d%%") % percent, 2000
        ) if remember else None
        self.text_scale_changed.emit(percent)

    # --- misc ----------------------------------------------------------------------------

    def _show_about(self) -> None:
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
