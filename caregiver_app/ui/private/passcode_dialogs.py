"""Passcode dialogs: set one (and see the recovery code once, to copy or print), unlock, and
change it.

Key derivation is slow on purpose, so it runs off the UI thread (``LatestOnly``) while the
dialog shows that it is working.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtGui import QClipboard, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import (
    DatabaseFaultError,
    LockedError,
    Profile,
    Store,
    Vault,
    WrongSecretError,
    passcode_rules,
    passcodes,
)
from caregiver_app.store import vault as vaults
from caregiver_app.ui.private.unlock_form import UnlockForm
from caregiver_app.ui.widgets.dialogs import button_row
from caregiver_app.ui.widgets.operations import LatestOnly
from caregiver_app.ui.widgets.printing import print_html
from caregiver_app.ui.widgets.saving import describe_failure
from caregiver_app.ui.widgets.text import tr


def _passcode_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


def _wrapping(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def rule_text(problem: str) -> str:
    """The store's reason for refusing a passcode, in the user's language."""
    texts = {
        passcode_rules.TOO_SHORT: tr(
            "A passcode needs at least 6 characters, not counting spaces at the start or end."
        ),
        passcode_rules.REPEATED: tr(
            "A passcode that repeats one character or a short pattern is easy to guess."
        ),
        passcode_rules.SEQUENCE: tr(
            "A run like 123456 or abcdef is one of the first things anyone tries."
        ),
        passcode_rules.COMMON: tr(
            "This is one of the passcodes people use most, so it is among the first guesses."
        ),
    }
    return texts.get(problem, problem)


def passcode_hint(passcode: str) -> str:
    """What the hint under a new passcode says while it is typed: why it is refused, or how
    hard it is to guess, in plain words."""
    if not passcode:
        return ""
    problem = passcode_rules.passcode_problem(passcode)
    if problem:
        return rule_text(problem)
    strength = passcode_rules.passcode_strength(passcode)
    if strength == "strong":
        return tr("Strength: strong.")
    if strength == "okay":
        return tr("Strength: okay. A few more characters, or another word, make it stronger.")
    return tr("Strength: weak. Longer is better: try three or four words you will remember.")


def _new_passcode_hint(field: QLineEdit) -> QLabel:
    hint = _wrapping("", "passcodeHint")
    hint.setAccessibleName(tr("How good the new passcode is"))
    field.setAccessibleDescription(passcode_rule_text())
    return hint


def passcode_rule_text() -> str:
    """The rule for new passcodes, as the dialogs state it."""
    return tr(
        "At least 6 characters, not one character repeated and not a run like 123456. "
        "A few words you will remember work well."
    )


def _why_not(ok: QPushButton, reason: str) -> None:
    """Enable OK when there is no reason not to; otherwise say the reason on the button."""
    ok.setEnabled(not reason)
    ok.setToolTip(reason)
    ok.setAccessibleDescription(reason)


class SetPasscodeDialog(QDialog):
    """Choose a passcode; the private entries are then encrypted and a recovery code is shown."""

    def __init__(self, store: Store, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.profile = store, profile
        self.vault: Vault | None = None
        self.recovery_code = ""
        self._worker = LatestOnly(self)
        self.setWindowTitle(self.tr("Set a passcode"))
        self.setMinimumWidth(500)
        self.passcode = _passcode_field("newPasscode", self.tr("New passcode"))
        self.repeat = _passcode_field("repeatPasscode", self.tr("New passcode again"))
        self.hint = _new_passcode_hint(self.passcode)
        self.understood = QCheckBox(
            self.tr(
                "I understand: if I forget my passcode and lose my recovery code, my private "
                "entries are gone for good."
            )
        )
        self.understood.setObjectName("understoodCheck")
        self.message = _wrapping("", "feedbackWrong")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set passcode"))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapping(
                self.tr(
                    "A passcode encrypts the stress log, reflections and warning-signs plan of the "
                    "profile “%s”, so "
                    "no one else using this computer can read them. Choose something others at "
                    "home could not guess."
                )
                % profile.name
                + " "
                + passcode_rule_text()
            )
        )
        layout.addWidget(QLabel(self.tr("Passcode:")))
        layout.addWidget(self.passcode)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("The same passcode again:")))
        layout.addWidget(self.repeat)
        layout.addWidget(self.understood)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for widget in (self.passcode, self.repeat):
            widget.textChanged.connect(self._check)
        self.understood.toggled.connect(self._check)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self._check()

    def _check(self) -> None:
        passcode = self.passcode.text()
        same = passcode == self.repeat.text()
        self.hint.setText(passcode_hint(passcode))
        self.message.setText(
            "" if same or not self.repeat.text() else self.tr("The two passcodes are not the same.")
        )
        problem = passcode_rules.passcode_problem(passcode)
        if problem:
            reason = rule_text(problem)
        elif not same:
            reason = self.tr("Type the same passcode again in the second box.")
        elif not self.understood.isChecked():
            reason = self.tr("Tick the box to say you understand what a lost passcode means.")
        else:
            reason = ""
        _why_not(self.ok, reason)

    def apply(self) -> None:
        """Make the keys off the UI thread (about a second), then encrypt and show the code."""
        passcode = self.passcode.text()
        self.setEnabled(False)
        self.message.setObjectName("")
        self.message.setText(self.tr("Making your keys and encrypting your private entries…"))
        self._worker.start(
            lambda: vaults.create(passcode),
            lambda created: self._finish(passcode, created),
            self._failed,
        )

    def reject(self) -> None:
        """Not while the keys are made and the entries sealed: closing then would leave the
        passcode set with its recovery code never shown."""
        if not self._worker.busy:
            super().reject()

    def _failed(self, error: BaseException) -> None:
        """Nothing was changed: say why, and give the dialog back."""
        self.setEnabled(True)
        self.message.setObjectName("feedbackWrong")
        self.message.setText(self.tr("The passcode was not set: %s") % _reason(error))

    def _finish(self, passcode: str, created: tuple) -> None:
        """The keys are made: seal the entries and every copy of them, off the UI thread too
        where the store has a file."""
        work = self.store.set_passcode_work(self.profile.id, passcode, created)
        if work is not None:
            self._worker.start(work, lambda unsealed: self._sealed(created, unsealed), self._failed)
            return
        try:
            self.store.set_passcode(self.profile.id, passcode, created)
        except (ValueError, LockedError, OSError, sqlite3.Error, DatabaseFaultError) as error:
            self._failed(error)
            return
        self._sealed(created, self.store.unsealed_copies)

    def _sealed(self, created: tuple, unsealed: list) -> None:
        self.store.unsealed_copies = unsealed
        self.vault, _material, self.recovery_code = created
        self.setEnabled(True)
        self.show_recovery_code(self.recovery_code)
        self.accept()

    def forget(self) -> None:
        self.passcode.clear()
        self.repeat.clear()
        self.vault, self.recovery_code = None, ""

    def show_recovery_code(self, code: str) -> None:
        """Shows the code once (a method, so tests can read the code instead of a dialog)."""
        RecoveryCodeDialog(code, self, profile_name=self.profile.name).exec()


def recovery_code_print_html(code: str, profile_name: str = "") -> str:
    """The page "Print…" sends: the code, and one line saying what it opens. Nothing else of
    the profile's is on it."""
    e = html.escape
    what = (
        tr("Recovery code for the private entries of the profile “%s” in Caregiver Companion.")
        % e(profile_name)
        if profile_name
        else tr("Recovery code for your private entries in Caregiver Companion.")
    )
    use = tr(
        "If the passcode is forgotten, this code opens them. Keep this paper somewhere safe, "
        "away from the computer."
    )
    return (
        f"<p>{what}</p>"
        f'<p style="font-family: monospace; font-size: xx-large;"><b>{e(code)}</b></p>'
        f"<p>{use}</p>"
    )


def _print_with_dialog(page_html: str, parent: QWidget) -> bool:
    return print_html(page_html, parent, ask=True)


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once; it can be copied or printed, and "Done" closes it once the
    user says it is kept somewhere safe.

    ``print_page`` prints a page of HTML and says whether it did (the print dialog, then the
    printer); tests give one that prints to a file."""

    def __init__(
        self,
        code: str,
        parent: QWidget | None = None,
        *,
        profile_name: str = "",
        print_page: Callable[[str, QWidget], bool] = _print_with_dialog,
    ):
        super().__init__(parent)
        self.code = code
        self._profile_name = profile_name
        self._print_page = print_page
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setMinimumWidth(520)
        self.written = QCheckBox(
            self.tr("I have written it down or printed it, and put it somewhere safe.")
        )
        self.written.setObjectName("writtenDownCheck")
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primaryButton")
        # Why Done does nothing yet, where the eye goes when it does nothing (issue 20).
        self.done_reason = _wrapping(
            self.tr("Done works once the box above is ticked: the code is not shown again."),
            "doneReason",
        )
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyRecoveryCode")
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.copy_button.setToolTip(
            self.tr("Puts the code on the clipboard until this window closes")
        )
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printRecoveryCode")
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.setToolTip(self.tr("Prints the code and what it is for, nothing else"))
        self.feedback = _wrapping("", "feedbackRight")
        self.feedback.hide()
        self._lay_out(self._code_label(code))
        self.written.toggled.connect(self._written_toggled)
        self.done_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_code)
        self.print_button.clicked.connect(self.print_code)
        self._written_toggled(False)

    def _code_label(self, code: str) -> QLabel:
        label = QLabel(code)
        label.setObjectName("recoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.8)
        font.setBold(True)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Recovery code: %s") % " ".join(code))
        return label

    def _lay_out(self, code_label: QLabel) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapping(
                self.tr(
                    "If you ever forget your passcode, this code unlocks your private entries. "
                    "Write it on paper now and keep it away from the computer. It is shown only "
                    "this once: the app does not keep it."
                )
            )
        )
        layout.addWidget(code_label)
        layout.addLayout(button_row(start=(self.copy_button, self.print_button)))
        layout.addWidget(self.feedback)
        layout.addWidget(self.written)
        layout.addLayout(button_row(self.done_button, start=(self.done_reason,)))

    def _written_toggled(self, written: bool) -> None:
        reason = "" if written else self.done_reason.text()
        _why_not(self.done_button, reason)
        self.done_reason.setVisible(not written)

    def copy_code(self) -> None:
        """Put the code on the clipboard, marked as a secret for clipboard managers that heed
        it (KDE's Klipper keeps no history of it; macOS hides it from clipboard tools). It is
        taken off again when this window closes."""
        data = QMimeData()
        data.setText(self.code)
        data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        data.setData("application/x-nspasteboard-concealed-type", QByteArray(b""))
        QApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
        self._say(
            self.tr(
                "Copied. Paste it into a password manager if you use one; it leaves the "
                "clipboard when this window closes."
            )
        )

    def print_code(self) -> None:
        """Print the code and what it is for (the print dialog first)."""
        page = recovery_code_print_html(self.code, self._profile_name)
        if self._print_page(page, self):
            self._say(self.tr("Sent to the printer. Check the page shows the whole code."))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.show()

    def reject(self) -> None:
        """Escape or the window's close button would lose the code: only "Done" closes."""
        if self.done_button.isEnabled():
            super().reject()

    def done(self, result: int) -> None:
        """Closing takes the code (or any part of it) off the clipboard and the selection; it
        is a secret, and the next paste anywhere must not be it."""
        clipboard = QApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)  # text selected in the code's label
        for mode in modes:
            held = clipboard.text(mode).strip()
            if held and held in self.code:
                clipboard.clear(mode)
        super().done(result)


class UnlockDialog(QDialog):
    """The unlock form in a dialog, for a command that needs the key from wherever it is
    started (an export, removing the passcode). The private pages ask on the page itself."""

    def __init__(self, store: Store, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.used_recovery_code = False
        self.setWindowTitle(self.tr("Unlock private entries"))
        self.setMinimumWidth(460)
        self.form = UnlockForm(store, profile)
        self.secret, self.ok = self.form.secret, self.form.ok
        self.use_recovery, self.message = self.form.use_recovery, self.form.message
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.form.checking.connect(lambda busy: cancel.setEnabled(not busy))
        self.form.unlocked.connect(self._unlocked)
        self.ok.setDefault(True)

    def try_unlock(self) -> None:
        self.form.try_unlock()

    def _unlocked(self, vault: Vault, used_recovery_code: bool) -> None:
        self.vault, self.used_recovery_code = vault, used_recovery_code
        self.accept()

    def forget(self) -> None:
        self.form.forget()
        self.vault = None


class ChangePasscodeDialog(QDialog):
    """A new passcode for an unlocked profile. The current one is asked for again, except right
    after an unlock with the recovery code (when the current one is what was forgotten)."""

    def __init__(
        self,
        store: Store,
        profile: Profile,
        vault: Vault,
        parent: QWidget | None = None,
        ask_current: bool = True,
    ):
        super().__init__(parent)
        self.store, self.profile = store, profile
        self.vault: Vault | None = vault  # None once the area locks while this is open
        self._worker = LatestOnly(self)
        self.setWindowTitle(self.tr("Change passcode"))
        self.current = _passcode_field("currentPasscode", self.tr("Current passcode"))
        self.current.setPlaceholderText(self.tr("Current passcode"))
        self.current.setVisible(ask_current)
        self.passcode = _passcode_field("changedPasscode", self.tr("New passcode"))
        self.repeat = _passcode_field("changedPasscodeAgain", self.tr("New passcode again"))
        self.hint = _new_passcode_hint(self.passcode)
        self.message = _wrapping("", "feedbackWrong")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapping(self.tr("Choose a new passcode. Your recovery code stays the same."))
        )
        layout.addWidget(_wrapping(passcode_rule_text()))
        layout.addWidget(self.current)
        layout.addWidget(self.passcode)
        layout.addWidget(self.hint)
        layout.addWidget(self.repeat)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.passcode, self.repeat):
            field.textChanged.connect(self._check)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        # Wrong current passcodes count as wrong unlocks: an unlocked session left alone must
        # not be a place to guess the passcode faster than the unlock dialog allows.
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._check)
        self._check()

    def _wait(self) -> int:
        """Seconds before the current passcode may be tried again (none without asking it)."""
        if self.current.isHidden():
            return 0
        return passcodes.seconds_to_wait(self.store.connection, self.profile.id)

    def _check(self) -> None:
        wait = self._wait()
        if wait:
            self._countdown.start()
            reason = self.tr("Too many wrong tries. You can try again in %n second(s).", "", wait)
            self.message.setText(reason)
            _why_not(self.ok, reason)
            return
        self._countdown.stop()
        passcode = self.passcode.text()
        same = passcode == self.repeat.text()
        self.hint.setText(passcode_hint(passcode))
        self.message.setText(
            "" if same or not self.repeat.text() else self.tr("The two passcodes are not the same.")
        )
        problem = passcode_rules.passcode_problem(passcode)
        if problem:
            reason = rule_text(problem)
        elif not same:
            reason = self.tr("Type the same passcode again in the second box.")
        else:
            reason = ""
        _why_not(self.ok, reason)

    def apply(self) -> None:
        if self.vault is None:  # the area locked while this was open
            self.reject()
            return
        if self.current.isHidden():  # just unlocked with the recovery code
            self._change()
            return
        if self._wait():
            return
        material = passcodes.lock_material(self.store.connection, self.profile.id)
        if material is None:  # the passcode was removed while this was open
            self.reject()
            return
        current = self.current.text()
        passcodes.record_attempt(self.store.connection, self.profile.id)
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Checking…"))

        def work() -> bool:
            try:
                vaults.unlock(material, current)
            except (WrongSecretError, MemoryError, ValueError, TypeError, KeyError):
                return False
            return True

        self._worker.start(work, self._checked)

    def _checked(self, right: bool) -> None:
        if not right:
            self._check()  # re-enables OK or says how long to wait; the message goes first
            wrong = self.tr("That is not the current passcode.")
            waiting = self.message.text() if self._wait() else ""
            self.message.setText(f"{wrong} {waiting}".strip())
            return
        passcodes.record_unlock(self.store.connection, self.profile.id, success=True)
        self._change()

    def _change(self) -> None:
        """Wrap the key under the new passcode off the UI thread (the key derivation takes about
        half a second, more on a busy machine), then store it."""
        vault, passcode = self.vault, self.passcode.text()
        if vault is None:  # the area locked meanwhile
            self.reject()
            return
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Changing your passcode…"))
        self._worker.start(
            lambda: vault.wrap_for(passcode),
            lambda wrap: self._store_change(vault, passcode, wrap),
            self._change_failed,
        )

    def _change_failed(self, error: BaseException) -> None:
        self._check()
        self.message.setText(self.tr("The passcode was not changed: %s") % _reason(error))

    def _store_change(self, vault: Vault, passcode: str, wrap: tuple[str, bytes, bytes]) -> None:
        try:
            self.store.change_passcode(self.profile.id, vault, passcode, wrap)
        except (ValueError, LockedError, OSError, sqlite3.Error, DatabaseFaultError) as error:
            self._change_failed(error)
            return
        self.accept()

    def forget(self) -> None:
        for field in (self.current, self.passcode, self.repeat):
            field.clear()
        self.vault = None


def _reason(error: BaseException) -> str:
    """Why a passcode could not be set or changed, in words (never a traceback)."""
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "PasscodeDialogs", "this computer does not have enough free memory right now"
        )
    if isinstance(error, ValueError):
        return str(error)  # the passcode rule, already in words
    return describe_failure(error)
