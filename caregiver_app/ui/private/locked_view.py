"""The page shown instead of a private view while the profile's entries are locked: the
passcode box is on the page itself, ready for typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from caregiver_app.store import Profile, Store
from caregiver_app.ui.private.unlock_form import UnlockForm
from caregiver_app.ui.widgets.text import Level, heading

FORM_WIDTH = 60  # in average characters: a passcode box, not a line across the screen


class LockedView(QWidget):
    def __init__(self, store: Store, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = heading(self.tr("Unlock private entries"), Level.PAGE)
        self.title.setWordWrap(True)
        self.form = UnlockForm(store, profile)
        # One column of a set width, centred by stretches (not by alignment, which would give
        # the wrapped lines their one-line height and draw them over each other).
        self.column = QWidget()
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._fit_form()

    def _fit_form(self) -> None:
        self.column.setFixedWidth(self.fontMetrics().averageCharWidth() * FORM_WIDTH)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_form()  # larger text, a wider box

    def show_for(self, profile: Profile) -> None:
        self.form.start(profile)
