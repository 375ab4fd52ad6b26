"""The screen of a kiosk that must not serve visitors: its site config has problems, or it has no
working admin PIN. Fail closed: it is neither the family app nor a kiosk anyone can leave, though
staff who have a working PIN can close it to fix the config."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.adminpin import is_pin_hash
from caregiver_app.config import ConfigProblem
from caregiver_app.ui.clinic.kiosk_dialogs import AdminPinDialog, PinGate, PinPrompt
from caregiver_app.ui.widgets.text import Emphasis, Level, emphasise, heading

ADMIN_SHORTCUT = "Ctrl+Alt+Shift+Q"


class KioskLockedScreen(QWidget):
    """A kiosk that cannot serve visitors: its config has problems or no working admin PIN.
    It shows no lessons and nothing a visitor could type into, never becomes the family app,
    and cannot be closed from the app: only the operating system can end it."""

    exiting = Signal()

    def __init__(
        self,
        faults: Sequence[ConfigProblem],
        admin_pin_hash: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._admin_pin_hash = admin_pin_hash if is_pin_hash(admin_pin_hash) else ""
        self.prompt = PinPrompt(self._admin_pin_hash, self)
        self.prompt.right.connect(self._leave)
        self.setObjectName("page")
        self.setWindowTitle(self.tr("Caregiver Companion"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.allow_close = False  # tests close it; people cannot
        title = heading(self.tr("This kiosk is not ready"), Level.PAGE)
        visitors = QLabel(
            self.tr(
                "Sorry, this computer cannot be used right now. If you need help now, please ask "
                "at the reception desk, or call your local emergency number."
            )
        )
        visitors.setObjectName("kioskVisitorMessage")
        staff = QLabel(self.tr("For staff:") + " " + self._staff_text())
        staff.setObjectName("kioskStaffMessage")
        self.problems = QLabel("\n".join(str(fault) for fault in faults[:12]))
        self.problems.setObjectName("problemBanner")  # drawn as the family window's notices
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.shortcut_note = QLabel(
            self.tr("Leaving kiosk mode needs a working admin PIN; this kiosk has none yet.")
        )
        self.shortcut_note.setObjectName("kioskShortcutNote")
        self.shortcut_note.hide()
        for label in (visitors, staff, self.problems, self.shortcut_note):
            label.setWordWrap(True)
        emphasise(visitors, Emphasis.LARGE)
        emphasise(staff, Emphasis.RAISED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(18)
        layout.addStretch(1)
        for label in (title, visitors, staff, self.problems, self.shortcut_note):
            layout.addWidget(label)
        layout.addStretch(2)
        # Staff who try the exit shortcut learn why nothing happens.
        shortcut = QShortcut(QKeySequence(ADMIN_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.request_exit)

    def _staff_text(self) -> str:
        """What staff should do: set a PIN, or fix the config (the PIN then closes this)."""
        if not self._admin_pin_hash:
            return self.tr(
                "This kiosk has no working admin PIN, so it stays locked and cannot be closed "
                "from here. Ask IT to set kiosk.admin_pin_hash in the site config (see "
                "caregiver-app hash-pin)."
            )
        return self.tr(
            "The kiosk's site config has problems, so it stays locked. Ask IT to fix it "
            "(caregiver-app check-config shows each problem); Ctrl+Alt+Shift+Q and the admin "
            "PIN close this screen."
        )

    def request_exit(self) -> None:
        """With a working PIN, ask for it and close; without one, say why nothing happens."""
        if not self._admin_pin_hash:
            self.shortcut_note.show()
            return
        self.prompt.ask(self)

    @property
    def pins(self) -> PinGate:
        return self.prompt.gate

    @property
    def pin_dialog(self) -> AdminPinDialog | None:
        return self.prompt.dialog

    def _leave(self) -> None:
        self.exiting.emit()
        self.allow_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
