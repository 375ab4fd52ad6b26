"""The page shown instead of a private view while the profile's entries are locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from caregiver_app.ui.widgets.text import Level, heading


class LockedView(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        message = heading(self.tr("This profile's private entries are locked."), Level.PAGE)
        button = QPushButton(self.tr("Unlock…"))
        button.setObjectName("primaryButton")
        button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(message, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
