"""The screen of a kiosk that must not serve visitors: its site config has problems, or it has no
working admin PIN. Fail closed: it is neither the family app nor a kiosk anyone can leave."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.config import ConfigProblem

ADMIN_SHORTCUT = "Ctrl+Alt+Shift+Q"


class KioskLockedScreen(QWidget):
    """A kiosk that cannot serve visitors: its config has problems or no working admin PIN.
    It shows no lessons and nothing a visitor could type into, never becomes the family app,
    and cannot be closed from the app: only the operating system can end it."""

    def __init__(self, faults: Sequence[ConfigProblem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.setWindowTitle(self.tr("Caregiver Companion"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.allow_close = False  # tests close it; people cannot
        title = QLabel(self.tr("This kiosk is not ready"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        visitors = QLabel(
            self.tr(
                "Sorry, this computer cannot be used right now. If you need help now, please ask "
                "at the reception desk, or call your local emergency number."
            )
        )
        visitors.setObjectName("kioskVisitorMessage")
        no_pin = any("admin_pin_hash" in fault.message for fault in faults)
        staff_text = (
            self.tr(
                "This kiosk has no working admin PIN, so it stays locked and cannot be closed "
                "from here. Ask IT to set kiosk.admin_pin_hash in the site config (see "
                "caregiver-app hash-pin)."
            )
            if no_pin
            else self.tr(
                "The kiosk's site config has problems, so it stays locked and cannot be closed "
                "from here. Ask IT to fix it (caregiver-app check-config shows each problem)."
            )
        )
        staff = QLabel(self.tr("For staff:") + " " + staff_text)
        staff.setObjectName("kioskStaffMessage")
        self.problems = QLabel("\n".join(str(fault) for fault in faults[:12]))
        self.problems.setObjectName("problemBanner")  # drawn as the family window's notices
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.shortcut_note = QLabel(
            self.tr("Leaving kiosk mode needs a working admin PIN; this kiosk has none yet.")
            if no_pin
            else self.tr(
                "A locked kiosk cannot be left from here, even with the PIN: fix the site "
                "config, then restart the computer."
            )
        )
        self.shortcut_note.setObjectName("kioskShortcutNote")
        self.shortcut_note.hide()
        for label in (visitors, staff, self.problems, self.shortcut_note):
            label.setWordWrap(True)
        for label, scale in ((visitors, 1.4), (staff, 1.1)):
            body = label.font()
            body.setPointSizeF(body.pointSizeF() * scale)
            label.setFont(body)
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
        shortcut.activated.connect(self.shortcut_note.show)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
