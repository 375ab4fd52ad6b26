"""The main window's commands: each a QAction with its shortcut, shown in menus and a toolbar.

The window supplies what each command does; this module only decides how they are offered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from caregiver_app.lessons.services import load_country_names
from caregiver_app.ui.preferences import LOCK_MINUTES
from caregiver_app.ui.private.area import PrivateArea
from caregiver_app.ui.private.commands import PrivateCommands
from caregiver_app.ui.private.files import PrivateFiles
from caregiver_app.ui.session import Session, View
from caregiver_app.ui.shell.edit_menu import EditMenu
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import THEME_CHOICES, theme_label

T = TypeVar("T")  # a menu choice's value: a theme's name, a number of minutes


class Commands(Protocol):
    """What the window must be able to do for its actions."""

    session: Session
    private_area: PrivateArea
    private_commands: PrivateCommands
    private_files: PrivateFiles

    def show_library(self) -> None: ...
    def show_progress(self) -> None: ...
    def show_support(self) -> None: ...
    def show_problems(self) -> None: ...
    def show_data(self) -> None: ...
    def show_about(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def switch_profile(self) -> None: ...
    def print_lesson(self) -> None: ...
    def take_home(self) -> None: ...
    def show_private_view(self, view: str) -> None: ...
    def go_back(self) -> None: ...
    def close(self) -> bool: ...


class WindowActions:
    """Builds the actions, the menu bar and the toolbar of ``window``."""

    def __init__(self, window: QMainWindow, commands: Commands):
        self._window = window
        self._commands = commands
        self._build_navigation(commands)
        self._build_text_size(commands)
        self._build_private(commands)
        self._build_app(commands)
        self._build_menus()
        self._build_toolbar()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: Sequence[str | QKeySequence.StandardKey] = (),
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_navigation(self, window: Commands) -> None:
        self.library = self._action(
            tr("Library"),
            window.show_library,
            ["Alt+Home"],
            tr("All lessons (Alt+Home)"),
        )
        self.back = self._action(tr("Back"), window.go_back, [QKeySequence.StandardKey.Back])
        self.support = self._action(
            tr("Get support"),
            window.show_support,
            ["F1"],
            tr("Crisis lines and support services (F1)"),
        )
        self.problems = self._action(tr("Content problems"), window.show_problems)
        self.progress = self._action(
            tr("Progress"),
            window.show_progress,
            ["Alt+P"],
            tr("Your progress (Alt+P)"),
        )

    def _build_text_size(self, window: Commands) -> None:
        self.bigger = self._action(
            tr("Larger text"),
            lambda: window.session.step_text_scale(+1),
            [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
            tr("Larger text (Ctrl+plus)"),
        )
        self.smaller = self._action(
            tr("Smaller text"),
            lambda: window.session.step_text_scale(-1),
            [QKeySequence.StandardKey.ZoomOut],
            tr("Smaller text (Ctrl+minus)"),
        )
        self.reset_text = self._action(
            tr("Normal text size"), lambda: window.session.set_text_scale(100), ["Ctrl+0"]
        )

    def _build_private(self, window: Commands) -> None:
        self.stress_log = self._action(
            tr("Stress log"),
            lambda: window.show_private_view(View.STRESS_LOG),
            ["Alt+S"],
            tr("Your private stress log (Alt+S)"),
        )
        self.plan = self._action(
            tr("Plan"),
            lambda: window.show_private_view(View.PLAN),
            ["Alt+W"],
            tr("The warning-signs plan (Alt+W)"),
        )
        self.signs = self._action(
            tr("Signs"),
            lambda: window.show_private_view(View.SIGNS),
            ["Alt+N"],
            tr("What did you notice today? Your family's signs, day by day (Alt+N)"),
        )
        self.signs.setVisible(not window.session.kiosk)  # a visit has no signs to watch
        self.passcode = self._action(
            tr("Set or change passcode…"), window.private_commands.set_passcode
        )
        self.remove_passcode = self._action(
            tr("Remove passcode…"), window.private_commands.remove_passcode
        )
        self.lock = self._action(
            tr("Lock private entries"),
            window.private_area.lock,
            ["Ctrl+L"],
            tr("Lock now (or press Escape twice to hide everything)"),
        )
        self.delete_private = self._action(
            tr("Delete all my private data…"), window.private_commands.delete_all
        )

    def _build_app(self, window: Commands) -> None:
        self.profile = self._action(
            tr("Switch profile…"),
            window.switch_profile,
            [],
            tr("Choose who is using the app"),
        )
        self.data = self._action(tr("Your data (backup and restore)…"), window.show_data)
        self.print_lesson = self._action(
            tr("Print lesson…"), window.print_lesson, [QKeySequence.StandardKey.Print]
        )
        self.take_home = self._action(
            tr("Take this home"), window.take_home, [], tr("A card of the lessons you read today")
        )
        self.take_home.setVisible(False)  # kiosks show it
        self.quit = self._action(tr("Quit"), window.close, [QKeySequence.StandardKey.Quit])
        self.about = self._action(tr("About Caregiver Companion"), window.show_about)
        self.shortcuts = self._action(tr("Keyboard shortcuts"), window.show_shortcuts)
        files = window.private_files
        self.export_report = self._action(
            tr("Stress log report for your doctor (PDF)…"),
            lambda: self._export(View.STRESS_LOG, files.export_report),
        )
        self.export_csv = self._action(
            tr("Stress log as a spreadsheet (CSV)…"),
            lambda: self._export(View.STRESS_LOG, files.export_csv),
        )
        self.export_plan = self._action(
            tr("Warning-signs plan (PDF)…"), lambda: self._export(View.PLAN, files.export_plan)
        )
        self.export_signs = self._action(
            tr("Signs seen, as a spreadsheet (CSV)…"),
            lambda: self._export(View.SIGNS, files.export_signs_csv),
        )

    def _export(self, view: View, export: Callable[[], None]) -> None:
        """Ask to unlock where a passcode is set, open the page the file is made from, then
        save it; left locked, the locked page shows and nothing is saved."""
        area = self._commands.private_area
        unlocked = not area.locked or area.unlock()
        self._commands.show_private_view(view)
        if unlocked and not area.locked:
            export()

    def commands(self) -> list[QAction]:
        """Every command of the window, in menu order (for the list of keyboard shortcuts)."""
        return [
            action
            for menu in self._window.menuBar().findChildren(QMenu)
            for action in menu.actions()
            if not action.isSeparator() and action.menu() is None
        ] + [self.bigger, self.smaller]

    def _build_menus(self) -> None:
        menus = self._window.menuBar()
        app_menu = menus.addMenu(tr("&App"))
        app_menu.addActions([self.profile, self.data])
        app_menu.addSeparator()
        app_menu.addActions([self.lock, self.passcode, self.remove_passcode, self.delete_private])
        self._add_lock_time_menu(app_menu.addMenu(tr("Lock private entries after")))
        app_menu.addSeparator()
        exports = app_menu.addMenu(tr("Save a copy"))
        exports.addActions(
            [self.export_report, self.export_csv, self.export_plan, self.export_signs]
        )
        app_menu.addAction(self.print_lesson)
        app_menu.addSeparator()
        app_menu.addAction(self.quit)
        self.edit_menu = EditMenu(menus.addMenu(tr("&Edit")), self._window)
        view_menu = menus.addMenu(tr("&View"))
        view_menu.addActions(
            [self.library, self.progress, self.stress_log, self.plan, self.signs, self.back]
        )
        view_menu.addSeparator()
        view_menu.addActions([self.bigger, self.smaller, self.reset_text])
        view_menu.addSeparator()
        view_menu.addAction(self.problems)
        self._add_theme_menu(view_menu.addMenu(tr("Theme")))
        help_menu = menus.addMenu(tr("&Help"))
        help_menu.addAction(self.support)
        self.country_menu = help_menu.addMenu(tr("Your country (for Get support)"))
        self.country_menu.setObjectName("countryMenu")
        # Filled when first opened: the names come from the lessons' resources.yaml.
        self.country_menu.aboutToShow.connect(self._fill_country_menu)
        self.countries: dict[str, QAction] = {}
        help_menu.addActions([self.shortcuts, self.about])

    def _add_theme_menu(self, menu: QMenu) -> None:
        session = self._commands.session
        names = {choice: theme_label(choice) for choice in THEME_CHOICES}
        self.themes = self._add_choices(menu, names, session.preferences.theme, session.set_theme)

    def _fill_country_menu(self) -> None:
        if self.countries:
            return
        session = self._commands.session
        library = session.library
        names = load_country_names(library.language_dir, library.root)
        choices = dict(sorted(names.items(), key=lambda item: item[1].casefold()))
        choices[""] = tr("Another country")
        self.countries = self._add_choices(
            self.country_menu, choices, session.country, session.set_country
        )

    def _add_lock_time_menu(self, menu: QMenu) -> None:
        window = self._commands
        names = {
            minutes: (
                tr("1 minute without use") if minutes == 1 else tr("%1 minutes without use")
            ).replace("%1", str(minutes))
            for minutes in LOCK_MINUTES
        }
        self.lock_times = self._add_choices(
            menu,
            names,
            window.session.preferences.lock_minutes,
            window.private_area.set_idle_minutes,
        )

    def _add_choices(
        self, menu: QMenu, names: dict[T, str], current: T, choose: Callable[[T], None]
    ) -> dict[T, QAction]:
        """One checkable action per choice, only one checked at a time: ``choose`` gets it."""
        group = QActionGroup(self._window)
        actions: dict[T, QAction] = {}
        for value, label in names.items():
            action = QAction(label, self._window)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, value=value: choose(value))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Get support comes first: a toolbar too narrow for everything (a small window, large
        # text) moves its last buttons into the » menu, and help must never be one of them.
        self.toolbar.addAction(self.support)
        self.toolbar.addSeparator()
        self.toolbar.addActions(
            [self.library, self.progress, self.stress_log, self.plan, self.signs]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.smaller, self.bigger])
        # Short labels on the toolbar; the menu keeps the full words. A true minus sign: it is
        # the same width as the plus, so the pair looks balanced.
        self.smaller.setIconText(tr("A\u2212"))
        self.bigger.setIconText(tr("A+"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.take_home)
        self.toolbar.addAction(self.profile)
        for action in (
            self.library,
            self.progress,
            self.stress_log,
            self.plan,
            self.signs,
            self.profile,
            self.smaller,
            self.bigger,
            self.support,
        ):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text())
                button.setAccessibleDescription(action.toolTip())
        self.toolbar.widgetForAction(self.support).setObjectName("getSupportButton")
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
