"""The kiosk's two dialogs: "Are you still there?" for visitors, and the admin PIN for staff,
with the waits that make guessing the PIN slow and the prompt that always shows them."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.adminpin import verify_pin
from caregiver_app.ui.widgets.operations import LatestOnly, Operation
from caregiver_app.ui.widgets.text import Emphasis, emphasise


class StillThereDialog(QDialog):
    """Counts down; "I'm still here" keeps the visit, silence ends it."""

    def __init__(self, seconds: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.remaining = seconds
        self.message = QLabel()
        self.message.setObjectName("stillThereMessage")
        self.message.setWordWrap(True)
        emphasise(self.message, Emphasis.LARGE)
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
    """Staff type the PIN; a wrong one clears the field and counts down to the next try.

    ``verify`` runs off the UI thread (a key derivation, up to about a second). ``gate`` keeps
    the tries and their waits for every dialog it is given to, so closing this one and asking
    again shows the same countdown instead of skipping it."""

    def __init__(
        self,
        verify: Callable[[str], bool],
        gate: PinGate,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._verify = verify
        self._gate = gate
        self._worker = LatestOnly(self)
        self._check: Operation | None = None
        self.checking = False
        self.failed = False
        self.setWindowTitle(self.tr("Staff only"))
        self.pin = QLineEdit()
        self.pin.setObjectName("adminPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        self.pin.setAccessibleDescription(self.tr("The PIN that leaves kiosk mode"))
        self.message = QLabel(self.tr("Type the admin PIN to leave kiosk mode."))
        self.message.setWordWrap(True)
        self.wait_message = QLabel()
        self.wait_message.setObjectName("pinWait")
        self.wait_message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Leave kiosk mode"))
        self.ok.setAccessibleName(self.tr("Leave kiosk mode"))
        self.ok.setAccessibleDescription(self.tr("Checks the PIN"))
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.setAccessibleDescription(self.tr("Stay in kiosk mode"))
        # Enter never means Cancel here. While the field is disabled (checking, waiting) Qt
        # moves the focus to Cancel, and a second Enter then closed the dialog without a word.
        self.cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(440)
        layout.addWidget(self.message)
        layout.addWidget(self.pin)
        layout.addWidget(self.wait_message)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        # Checked a few times a second: a one-second timer can fire a little early, and the
        # count then stood still for two seconds.
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._show_wait)
        self._show_wait()

    def accept(self) -> None:
        if self.checking or self._gate.wait_seconds():
            return
        pin = self.pin.text()
        if not pin:  # an empty Enter is a slip, not a guess: it costs no wait
            self._show_note(self.tr("Type the PIN first."))
            return
        self.pin.clear()  # the PIN is not kept on screen, right or wrong
        self.checking = True
        self._set_usable(False)
        self._show_note(self.tr("Checking…"))
        verify = self._verify
        self._check = self._worker.start(lambda: verify(pin), self._checked, self._check_failed)

    def _set_usable(self, usable: bool, cancel: bool | None = None) -> None:
        """Field and OK on or off; Cancel too, unless ``cancel`` says otherwise. Before the
        focus is taken from the field it goes to the message (which a screen reader then
        reads), not to Cancel, where Qt would put it and the next key press would close this."""
        if not usable and self.focusWidget() in (self.pin, self.ok, None):
            self.wait_message.setFocus()
        self.pin.setEnabled(usable)
        self.ok.setEnabled(usable)
        self.cancel.setEnabled(usable if cancel is None else cancel)
        if usable:
            self.pin.setFocus()

    def _check_failed(self, _error: BaseException) -> None:
        """The check itself failed (not enough memory): the kiosk stays a kiosk, and the try
        is not counted as a wrong PIN."""
        self.checking = False
        self._set_usable(True)
        self._show_note(self.tr("The PIN could not be checked just now. Try again."))

    def _checked(self, right: bool) -> None:
        self.checking = False
        self._gate.record(right)
        if right:
            super().accept()
            return
        self.failed = True
        self._show_wait()

    def reject(self) -> None:
        """Cancel, Escape or the close button: not while a PIN is being checked (a second at
        most), so that no try goes uncounted and no answer arrives to a closed dialog."""
        if self.checking:
            return
        self.pin.clear()
        self.timer.stop()
        super().reject()

    def dismiss(self) -> None:
        """Close now, whatever it is doing: the kiosk is clearing the visit. A try still being
        checked counts as a wrong one, so that closing can never skip a wait."""
        if self.checking:
            self.checking = False
            if self._check is not None:
                self._check.cancel()
            self._gate.record(False)
        self.reject()

    def _show_wait(self) -> None:
        if self.checking:
            return
        wait = self._gate.wait_seconds()
        if wait:
            # A wait follows only a wrong PIN: say so in a dialog opened again during it too.
            self.failed = True
            self._set_usable(False, cancel=True)  # staff may give up and hand the kiosk back
            text = self.tr("Wrong PIN — try again in %n s.", "", wait)
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
            self._set_usable(True)
            text = self.tr("Wrong PIN — try again.") if self.failed else ""
        self._show_note(text)

    def _show_note(self, text: str) -> None:
        """The line under the field; the dialog grows for it only when it changes."""
        if text == self.wait_message.text() and self.wait_message.isHidden() != bool(text):
            return
        self.wait_message.setText(text)
        self.wait_message.setVisible(bool(text))
        self.adjustSize()  # room for the note, which may wrap over lines


class PinGate:
    """The waits between admin PIN tries: each wrong PIN doubles the next wait, up to a minute."""

    def __init__(self) -> None:
        self._failed = 0
        self._since = QElapsedTimer()
        self._wait_ms = 0

    def wait_seconds(self) -> int:
        if not self._since.isValid():
            return 0
        return max(0, (self._wait_ms - self._since.elapsed() + 999) // 1000)

    def record(self, right: bool) -> None:
        if right:
            self._failed = 0
            return
        self._failed += 1
        self._wait_ms = min(60_000, 1000 * 2 ** (self._failed - 1))
        self._since.start()

    def clear_wait(self) -> None:
        """For tests: the next try need not wait."""
        self._wait_ms = 0


class PinPrompt(QObject):
    """Staff's way out of a kiosk (Ctrl+Alt+Shift+Q): the admin PIN dialog over a window, and
    the one gate behind every dialog it opens. Asking again while the dialog is open brings it
    to the front; asking again after it was closed opens it with the wait that is left. So the
    shortcut always shows something, and never a way around the wait. ``right`` is emitted
    once the right PIN is typed."""

    right = Signal()

    def __init__(self, stored: str, parent: QObject | None = None):
        super().__init__(parent)
        self.gate = PinGate()
        self.dialog: AdminPinDialog | None = None
        self._stored = stored

    def ask(self, window: QWidget) -> AdminPinDialog:
        """Show the PIN dialog over ``window`` (the one open already, if any)."""
        dialog = self.dialog
        if dialog is None:
            dialog = open_pin_dialog(self._stored, self.gate, self.right.emit, window)
            # A method, not a lambda holding the dialog: PySide crashed deleting a dialog whose
            # own signal kept a reference to it.
            dialog.finished.connect(self._closed)
            self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def dismiss(self) -> None:
        """Close the dialog, if open, whatever it is doing (see ``AdminPinDialog.dismiss``)."""
        if self.dialog is not None:
            self.dialog.dismiss()

    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        window = dialog.parentWidget()
        dialog.deleteLater()
        # Without an active window the shortcut that opens this again does nothing: Qt does not
        # always give the focus back to a frameless full-screen window when its dialog closes.
        if window is not None and shiboken6.isValid(window) and window.isVisible():
            window.activateWindow()


def open_pin_dialog(
    stored: str, gate: PinGate, on_right: Callable[[], None], parent: QWidget
) -> AdminPinDialog:
    """Open (not exec) the PIN prompt for the hash ``stored``; ``on_right`` runs once the right
    PIN is typed."""
    dialog = AdminPinDialog(lambda pin: verify_pin(pin, stored), gate, parent)
    dialog.accepted.connect(on_right)
    dialog.open()
    return dialog
