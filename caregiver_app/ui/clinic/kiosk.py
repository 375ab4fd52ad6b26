"""Kiosk mode for clinic waiting rooms: full screen, anonymous, in memory, reset when idle.

A visit lives in one window over a memory store. It ends when the visitor presses "End my visit"
(always at the top of the screen) or Escape twice, or when nobody has touched the screen for a
while and "Are you still there?" has counted down: then the window and its store are thrown away
and a new one is built, so no view, shortcut, history or Back button can reach the previous
visitor's answers. Leaving kiosk mode needs the admin PIN from the site config
(Ctrl+Alt+Shift+Q opens the prompt). A kiosk whose config has problems, or no working PIN, never
serves visitors and never closes: it shows a locked screen that tells staff what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenuBar,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from caregiver_app.adminpin import is_pin_hash
from caregiver_app.config import Settings, kiosk_faults
from caregiver_app.ui.clinic.kiosk_dialogs import (
    AdminPinDialog,
    PinGate,
    PinPrompt,
    StillThereDialog,
)
from caregiver_app.ui.clinic.kiosk_locked import ADMIN_SHORTCUT, KioskLockedScreen
from caregiver_app.ui.clinic.screen_cover import ScreenCover
from caregiver_app.ui.session import Session

__all__ = ["ADMIN_SHORTCUT", "KioskLockedScreen", "KioskSession", "start_kiosk"]

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class KioskActions(Protocol):
    """The window's commands the kiosk hides, or offers (the take-home card)."""

    toolbar: QToolBar
    profile: QAction
    data: QAction
    passcode: QAction
    remove_passcode: QAction
    lock: QAction
    delete_private: QAction
    problems: QAction
    quit: QAction
    print_lesson: QAction
    take_home: QAction


class KioskWindow(Protocol):
    """What the kiosk needs of the app's main window (``shell.MainWindow`` is one)."""

    allow_close: bool  # False until the visit ends or staff leave kiosk mode

    @property
    def session(self) -> Session: ...
    @property
    def app_actions(self) -> KioskActions: ...
    def window(self) -> QWidget: ...  # the window itself, as the parent of the kiosk's dialogs
    def refresh_fonts(self) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addToolBar(self, area: Qt.ToolBarArea, toolbar: QToolBar) -> None: ...
    def addToolBarBreak(self, area: Qt.ToolBarArea = ...) -> None: ...
    def setWindowFlag(self, flag: Qt.WindowType, on: bool = ...) -> None: ...
    def show(self) -> None: ...
    def showFullScreen(self) -> None: ...
    def isFullScreen(self) -> bool: ...
    def close(self) -> bool: ...
    def deleteLater(self) -> None: ...


def start_kiosk(
    settings: Settings, make_window: Callable[[], KioskWindow], full_screen: bool = True
) -> KioskSession | KioskLockedScreen:
    """The kiosk for ``settings``: a session for visitors when its config is clean and it has a
    working admin PIN; otherwise the locked screen, with the problems for staff."""
    faults = kiosk_faults(settings)
    if faults:
        screen = KioskLockedScreen(faults, settings.admin_pin_hash)
        screen.showFullScreen() if full_screen else screen.show()
        return screen
    session = KioskSession(settings, make_window)
    session.start(full_screen)
    return session


class KioskSession(QObject):
    """Owns the kiosk window, its idle countdown, the end of each visit and the way out."""

    wiped = Signal()
    exiting = Signal()

    def __init__(
        self,
        settings: Settings,
        make_window: Callable[[], KioskWindow],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self._make_window = make_window
        self.window: KioskWindow | None = None
        self.end_visit_button: QPushButton | None = None
        self.still_there: StillThereDialog | None = None
        self.cover: ScreenCover | None = None  # over the window while the question shows
        self.prompt = PinPrompt(settings.admin_pin_hash, self)
        self.prompt.right.connect(self._leave)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(settings.kiosk_idle_seconds * 1000)
        self.idle.timeout.connect(self.ask_still_there)
        app = QCoreApplication.instance()
        assert app is not None, "the kiosk runs inside the application"
        app.installEventFilter(self)

    def start(self, full_screen: bool = True) -> KioskWindow:
        self.window = self._make_window()
        self._fit(self.window)
        if full_screen:
            self.window.showFullScreen()
        else:
            self.window.show()
        self.idle.start()
        return self.window

    def _fit(self, window: KioskWindow) -> None:
        """What a visitor may not do: files, profiles, passcodes, settings, quitting; and what
        they always can: end their visit."""
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.refresh_fonts()  # re-creating the window without a frame reset them
        window.menuBar().hide()
        actions = window.app_actions
        hidden = [actions.profile, actions.data, actions.passcode, actions.remove_passcode]
        hidden += [actions.lock, actions.delete_private, actions.problems, actions.quit]
        for action in hidden:
            action.setVisible(False)
            action.setEnabled(False)
        actions.print_lesson.setEnabled(self.settings.allow_printing)
        actions.take_home.setVisible(True)
        self.end_visit_button = self._add_visit_bar(window)
        # Escape twice hides the screen in the family app; in a kiosk it ends the visit. Queued:
        # the window is replaced only after the key press has been handled.
        window.session.quick_hidden.connect(self.end_visit, Qt.ConnectionType.QueuedConnection)
        shortcut = QShortcut(QKeySequence(ADMIN_SHORTCUT), window.window())
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.request_exit)

    def _add_visit_bar(self, window: KioskWindow) -> QPushButton:
        """A second toolbar row for the visit: a welcome that says a shared computer keeps
        nothing, the take-home card, and "End my visit". On its own row, so that the red Get
        support button keeps its place on the first, at any text size."""
        bar = QToolBar(self.tr("Your visit"))
        bar.setObjectName("visitBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)  # no context menu to hide it
        note = QLabel(self._welcome())
        note.setObjectName("visitNote")
        note.setTextFormat(Qt.TextFormat.PlainText)  # the clinic's name is the config's text
        note.setToolTip(note.text())  # in full, when a large text size cuts it short
        # Shrinks (and clips) before it can push the buttons out of sight.
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        window.app_actions.toolbar.removeAction(window.app_actions.take_home)
        take_home = QToolButton()
        take_home.setObjectName("takeHomeButton")
        take_home.setDefaultAction(window.app_actions.take_home)
        take_home.setAccessibleName(window.app_actions.take_home.text())
        take_home.setAccessibleDescription(window.app_actions.take_home.toolTip())
        # One click, no confirmation: a visitor leaving in a hurry must be able to clear what
        # they wrote, and losing a half-written answer costs less than the next visitor
        # reading it. The label says exactly what it does.
        button = QPushButton(self.tr("End my visit"))
        button.setObjectName("primaryButton")
        button.setAccessibleName(self.tr("End my visit"))
        button.setAccessibleDescription(
            self.tr("Clears everything you read and wrote here, for the next person")
        )
        button.setToolTip(self.tr("Clear everything you read and wrote here (or press Esc twice)"))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(self.end_visit)
        row = QWidget()
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(note, 1)
        layout.addWidget(take_home)
        layout.addWidget(button)
        bar.addWidget(row)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return button

    def _welcome(self) -> str:
        """The visitor's first line: where they are, and that a public computer keeps nothing
        (so nothing here claims that "only you" can read what they write)."""
        name = self.settings.clinic_name.strip()
        if name:
            return self.tr("Welcome to %s. Read anything here; nothing is kept.") % name
        return self.tr("Welcome. Read anything here; nothing is kept.")

    # --- idle, the end of a visit, and the wipe -------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.still_there is None and self.window is not None:
            self.idle.start()
        return False

    def ask_still_there(self) -> None:
        if self.window is None or self.still_there is not None:
            return
        self.cover = ScreenCover(self.window.window())
        self.still_there = StillThereDialog(
            self.settings.kiosk_warning_seconds, self.window.window()
        )
        self.still_there.finished.connect(self._answered)
        self.still_there.start()

    def _answered(self, result: int) -> None:
        dialog, self.still_there = self.still_there, None
        if dialog is not None:
            dialog.deleteLater()
        cover, self.cover = self.cover, None
        if cover is not None:
            cover.deleteLater()
            cover.hide()
        if result == QDialog.DialogCode.Accepted:
            self.idle.start()
            if self.window is not None:
                # The visitor's keys (Escape twice, the PIN shortcut) need the window active
                # again, and Qt does not always hand it back when the question closes.
                self.window.window().activateWindow()
        else:
            self.wipe()

    def end_visit(self) -> None:
        """The visitor is done ("End my visit", or Escape twice): clear everything now, and say
        so on the fresh screen."""
        if self.window is None:
            return
        self.wipe()
        self.window.statusBar().showMessage(
            self.tr("Your visit has ended. Everything you read and wrote here was cleared."),
            8000,
        )

    def wipe(self) -> None:
        """End the visit: a new window over a new, empty store; the old one is destroyed."""
        self.prompt.dismiss()
        QApplication.clipboard().clear()  # a copied answer must not be the next visitor's paste
        old = self.window
        self.window = self._make_window()
        self._fit(self.window)
        self.window.showFullScreen() if old is None or old.isFullScreen() else self.window.show()
        if old is not None:
            old.allow_close = True
            old.close()
            old.deleteLater()
        self.idle.start()
        self.wiped.emit()

    # --- leaving -------------------------------------------------------------------------

    @property
    def pins(self) -> PinGate:
        """The tries and waits of every PIN dialog of this kiosk, whichever window it was on."""
        return self.prompt.gate

    @property
    def pin_dialog(self) -> AdminPinDialog | None:
        return self.prompt.dialog

    def pin_wait_seconds(self) -> int:
        return self.pins.wait_seconds()

    def request_exit(self) -> None:
        """Ask staff for the admin PIN (again, with the wait that is left, however the last
        dialog was closed); the right one leaves kiosk mode. Without a working PIN hash nothing
        leaves (start_kiosk shows the locked screen for such a kiosk instead)."""
        if self.window is None or not is_pin_hash(self.settings.admin_pin_hash):
            return
        self.prompt.ask(self.window.window())

    def _leave(self) -> None:
        self.idle.stop()
        self.exiting.emit()
        if self.window is not None:
            self.window.allow_close = True
            self.window.close()
