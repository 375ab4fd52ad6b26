"""The kiosk's two dialogs: "Are you still there?" for visitors, and the admin PIN for staff,
with the waits that make guessing the PIN slow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer
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
from caregiver_app.ui.widgets.operations import LatestOnly
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
    """Staff type the PIN; a wrong one clears the field and shows how long until the next try.

    ``verify`` runs off the UI thread (a key derivation, up to about a second); ``record`` gets
    its answer on the UI thread; ``wait_seconds`` says how long the next try must wait."""

    def __init__(
        self,
        verify: Callable[[str], bool],
        record: Callable[[bool], None],
        wait_seconds: Callable[[], int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._verify = verify
        self._record = record
        self._wait_seconds = wait_seconds
        self._worker = LatestOnly(self)
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
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Stay in kiosk mode"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(440)
        layout.addWidget(self.message)
        layout.addWidget(self.pin)
        layout.addWidget(self.wait_message)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._show_wait)
        self._show_wait()

    def accept(self) -> None:
        if self.checking or self._wait_seconds():
            return
        pin = self.pin.text()
        self.pin.clear()  # the PIN is not kept on screen, right or wrong
        self.checking = True
        self.pin.setEnabled(False)
        self.ok.setEnabled(False)
        self.wait_message.setText(self.tr("Checking…"))
        self.wait_message.show()
        verify = self._verify
        self._worker.start(lambda: verify(pin), self._checked, self._check_failed)

    def _check_failed(self, _error: BaseException) -> None:
        """The check itself failed (not enough memory): the kiosk stays a kiosk, and the try
        is not counted as a wrong PIN."""
        self.checking = False
        self.pin.setEnabled(True)
        self.ok.setEnabled(True)
        self.pin.setFocus()
        self.wait_message.setText(self.tr("The PIN could not be checked just now. Try again."))

    def _checked(self, right: bool) -> None:
        self.checking = False
        self._record(right)
        if right:
            super().accept()
            return
        self.failed = True
        self._show_wait()

    def reject(self) -> None:
        self.pin.clear()
        self.timer.stop()
        super().reject()

    def _show_wait(self) -> None:
        if self.checking:
            return
        wait = self._wait_seconds()
        self.pin.setEnabled(not wait)
        self.ok.setEnabled(not wait)
        wrong = self.tr("That PIN is not right.") + " " if self.failed else ""
        if wait:
            left = (
                self.tr("You can try again in 1 second.")
                if wait == 1
                else self.tr("You can try again in %d seconds.") % wait
            )
            self.wait_message.setText(wrong + left)
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
            self.wait_message.setText(wrong + self.tr("Try again.") if wrong else "")
            self.pin.setFocus()
        self.wait_message.setVisible(bool(self.wait_message.text()))
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


def open_pin_dialog(
    stored: str, gate: PinGate, on_right: Callable[[], None], parent: QWidget
) -> AdminPinDialog:
    """Open (not exec) the PIN prompt for the hash ``stored``; ``on_right`` runs once the right
    PIN is typed."""
    dialog = AdminPinDialog(
        lambda pin: verify_pin(pin, stored), gate.record, gate.wait_seconds, parent
    )
    dialog.accepted.connect(on_right)
    dialog.open()
    return dialog
