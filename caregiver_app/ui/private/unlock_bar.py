"""The strip at the top of the window that asks for the passcode when the app starts.

The window opens on the lessons as usual (they are readable while locked); the question is in
the window, not a box before it, and "Not now" puts it away. The private pages ask again on
the page itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from caregiver_app.store import Profile, Store
from caregiver_app.ui.private.unlock_form import UnlockForm

FORM_WIDTH = 60  # in average characters, as on the locked page


class UnlockBar(QFrame):
    """ "The private entries of the profile “Ana” are locked… [passcode] [Unlock]  [Not now]"."""

    def __init__(self, store: Store, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedBar")  # the same quiet strip as "Saved to …"
        self.form = UnlockForm(store, profile)
        self.not_now = QPushButton(self.tr("Not now"))
        self.not_now.setToolTip(self.tr("Read the lessons; the stress log and the plan ask again"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addStretch(1)
        layout.addWidget(self.form, 0)
        layout.addWidget(self.not_now, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.not_now.clicked.connect(self.put_away)
        self._fit_form()
        self.hide()

    def _fit_form(self) -> None:
        self.form.setFixedWidth(self.fontMetrics().averageCharWidth() * FORM_WIDTH)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_form()

    def ask(self, profile: Profile) -> None:
        self.show()
        self.form.start(profile)

    def put_away(self) -> None:
        self.form.forget()
        self.hide()
