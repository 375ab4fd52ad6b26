"""Kiosk mode for clinic waiting rooms: full screen, anonymous, in memory, reset when idle.

A visit lives in one window over a memory store. When nobody has touched the screen for a while,
"Are you still there?" counts down; then the window and its store are thrown away and a new one
is built, so no view, history or Back button can reach the previous visitor's answers. Leaving
kiosk mode needs the admin PIN from the site config (Ctrl+Alt+Shift+Q opens the prompt).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.adminpin import verify_pin
from caregiver_app.config import Settings

ADMIN_SHORTCUT = "Ctrl+Alt+Shift+Q"
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class StillThereDialog(QDialog):
    """Counts down; "I'm still here" keeps the visit, silence ends it."""

    def __init__(self, seconds: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.remaining = seconds
        self.message = QLabel()
        self.message.setObjectName("stillThereMessage")
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.message.setFont(font)
        stay = QPushButton(self.tr("I'm still here"))
        stay.setObjectName("primaryButton")
        stay.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(stay)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._show_remaining()

    def start(self) -> None:
        self.timer.start()
        self.open()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.timer.stop()
            self.reject()
            return
        self._show_remaining()

    def _show_remaining(self) -> None:
        self.message.setText(
            self.tr(
                "Are you still there? To keep this visit private, everything will be cleared "
                "in %d seconds."
            )
            % self.remaining
        )


class AdminPinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff only"))
        self.pin = QLineEdit()
        self.pin.setObjectName("adminPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        self.message = QLabel(self.tr("Type the admin PIN to leave kiosk mode."))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pin)
        layout.addWidget(buttons)


class KioskSession(QObject):
    """Owns the kiosk window, its idle countdown, the wipe and the way out."""

    wiped = Signal()
    exiting = Signal()

    def __init__(
        self, settings: Settings, make_window: Callable[[], QWidget], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.settings = settings
        self._make_window = make_window
        self.window: QWidget | None = None
        self.still_there: StillThereDialog | None = None
        self._failed_pins = 0
        self._pin_blocked = QElapsedTimer()
        self._pin_wait_ms = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(settings.kiosk_idle_seconds * 1000)
        self.idle.timeout.connect(self.ask_still_there)
        QApplication.instance().installEventFilter(self)

    def start(self, full_screen: bool = True) -> QWidget:
        self.window = self._make_window()
        self._fit(self.window)
        if full_screen:
            self.window.showFullScreen()
        else:
            self.window.show()
        self.idle.start()
        return self.window

    def _fit(self, window: QWidget) -> None:
        """What a visitor may not do: files, profiles, passcodes, settings, quitting."""
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.refresh_fonts()  # re-creating the window without a frame reset them
        window.menuBar().hide()
        actions = window.actions
        hidden = (actions.profile, actions.data, actions.passcode, actions.remove_passcode)
        hidden += (actions.lock, actions.delete_private, actions.problems, actions.quit)
        for action in hidden:
            action.setVisible(False)
            action.setEnabled(False)
        actions.print_lesson.setEnabled(self.settings.allow_printing)
        actions.take_home.setVisible(True)
        shortcut = QShortcut(QKeySequence(ADMIN_SHORTCUT), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.request_exit)

    # --- idle and wipe -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.still_there is None and self.window is not None:
            self.idle.start()
        return False

    def ask_still_there(self) -> None:
        if self.window is None or self.still_there is not None:
            return
        self.still_there = StillThereDialog(self.settings.kiosk_warning_seconds, self.window)
        self.still_there.finished.connect(self._answered)
        self.still_there.start()

    def _answered(self, result: int) -> None:
        dialog, self.still_there = self.still_there, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.idle.start()
        else:
            self.wipe()

    def wipe(self) -> None:
        """End the visit: a new window over a new, empty store; the old one is destroyed."""
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

    def ask_pin(self) -> str | None:
        """The PIN typed by staff (a method, so tests can type it)."""
        dialog = AdminPinDialog(self.window)
        return dialog.pin.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def pin_wait_seconds(self) -> int:
        if not self._pin_blocked.isValid():
            return 0
        return max(0, (self._pin_wait_ms - self._pin_blocked.elapsed() + 999) // 1000)

    def request_exit(self) -> bool:
        """Leave kiosk mode if the admin PIN is right; wrong PINs make the next try wait."""
        if self.pin_wait_seconds():
            return False
        if self.settings.admin_pin_hash:
            pin = self.ask_pin()
            if pin is None:
                return False
            if not verify_pin(pin, self.settings.admin_pin_hash):
                self._failed_pins += 1
                self._pin_wait_ms = min(60_000, 1000 * 2 ** (self._failed_pins - 1))
                self._pin_blocked.start()
                return False
        self.idle.stop()
        self.exiting.emit()
        if self.window is not None:
            self.window.allow_close = True
            self.window.close()
        return True
