"""The passcode box that opens a profile's private entries, wherever it is shown: on the locked
page, in the strip at the top of the window at start, and in the unlock dialog.

Key derivation is slow on purpose, so the check runs off the UI thread (``LatestOnly``) while
the form says it is working. Every try is counted before the check, so closing the form, or
starting another try, skips no wait.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import Profile, Store, Vault, WrongSecretError, passcodes
from caregiver_app.store import vault as vaults
from caregiver_app.ui.widgets.operations import LatestOnly
from caregiver_app.ui.widgets.saving import describe_failure

RECOVERY_CODE_PATTERN = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"


class UnlockForm(QWidget):
    """Asks for the passcode (or the recovery code); wrong tries make the next one wait.

    ``unlocked`` carries the key and whether the recovery code was used; ``checking`` is True
    while a try is being checked, so that whatever holds the form can wait with it."""

    unlocked = Signal(object, bool)  # the Vault, used the recovery code
    checking = Signal(bool)

    def __init__(self, store: Store, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.profile = store, profile
        self._worker = LatestOnly(self)
        self._busy = False
        self._tries = 0  # a result for an older try (before ``forget``) opens nothing
        self.explanation = QLabel(self._explanation_text())
        self.explanation.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setObjectName("unlockPasscode")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passcode"))
        self.secret.setPlaceholderText(self.tr("Passcode"))
        self.secret.returnPressed.connect(self.try_unlock)
        self.ok = QPushButton(self.tr("Unlock"))
        self.ok.setObjectName("primaryButton")
        self.ok.clicked.connect(self.try_unlock)
        self.use_recovery = QCheckBox(self.tr("I forgot my passcode: use my recovery code instead"))
        self.use_recovery.setObjectName("useRecoveryCheck")
        self.use_recovery.toggled.connect(self._recovery_toggled)
        self.message = QLabel()
        self.message.setObjectName("feedbackWrong")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock result"))
        self.message.hide()  # until there is something to say: the strip stays low
        self._lay_out()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._tick()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.secret, 1)
        row.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.message)

    def _explanation_text(self) -> str:
        return (
            self.tr(
                "The private entries of the profile “%s” are locked. "
                "Type the passcode to open them."
            )
            % self.profile.name
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def start(self, profile: Profile | None = None) -> None:
        """Ready for typing (for ``profile``, when another is in use now): the box empty and
        focused, the wait (if any) shown."""
        if profile is not None and profile is not self.profile:
            self.forget()
            self.profile = profile
            self.explanation.setText(self._explanation_text())
        self.secret.clear()
        self.secret.setFocus()
        self._tick()

    def _recovery_toggled(self, on: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(RECOVERY_CODE_PATTERN if on else self.tr("Passcode"))
        self.secret.setAccessibleName(self.tr("Recovery code") if on else self.tr("Passcode"))
        self.secret.setFocus()

    def _tick(self) -> None:
        wait = passcodes.seconds_to_wait(self.store.connection, self.profile.id)
        self.ok.setEnabled(wait == 0 and not self._busy)
        if wait:
            self._say(self.tr("Too many wrong tries. You can try again in %n second(s).", "", wait))
            self._countdown.start()
        else:
            self._countdown.stop()
            if self.message.text().startswith(self.tr("Too many")):
                self._say("")

    def try_unlock(self) -> None:
        material = passcodes.lock_material(self.store.connection, self.profile.id)
        if material is None or not self.ok.isEnabled():
            return  # no passcode any more, or a try is being checked or must wait
        secret, with_code = self.secret.text(), self.use_recovery.isChecked()
        passcodes.record_attempt(self.store.connection, self.profile.id)
        self._set_busy(True)
        self._say(self.tr("Checking…"))
        this_try = self._tries

        def work() -> Vault | None:
            try:
                return vaults.unlock(material, secret, with_recovery_code=with_code)
            except (WrongSecretError, ValueError, TypeError, KeyError):
                return None  # a wrong passcode, or stored material that opens nothing

        # Anything else (not enough memory for the key derivation) is not a wrong passcode,
        # and must not be told as one.
        self._worker.start(
            work,
            lambda vault: self._finish(vault, with_code, this_try),
            lambda error: self._failed(error, this_try),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)
        self.checking.emit(busy)

    def _failed(self, error: BaseException, this_try: int) -> None:
        self._set_busy(False)
        if this_try != self._tries:
            self._tick()
            return
        reason = (
            self.tr("this computer does not have enough free memory right now")
            if isinstance(error, MemoryError)
            else describe_failure(error)
        )
        self._say(
            self.tr("Your entries could not be opened just now: %s. Try again in a moment.")
            % reason
        )
        self._tick()

    def _finish(self, vault: Vault | None, with_code: bool, this_try: int) -> None:
        self._set_busy(False)
        if this_try != self._tries:
            self._tick()
            return  # forgotten meanwhile (the area locked again): this key is not wanted
        if vault is None:
            self.secret.selectAll()
            self.secret.setFocus()
            self._say(
                self.tr("That recovery code did not open this profile.")
                if with_code
                else self.tr("That passcode did not open this profile.")
            )
            self._tick()
            return
        passcodes.record_unlock(self.store.connection, self.profile.id, success=True)
        self.secret.clear()
        self._say("")
        self.unlocked.emit(vault, with_code)

    def forget(self) -> None:
        """Nothing typed stays behind (the form is hidden, or the area locked)."""
        self._tries += 1
        self.secret.clear()
        self.use_recovery.setChecked(False)
        self._say("")
        self._tick()
