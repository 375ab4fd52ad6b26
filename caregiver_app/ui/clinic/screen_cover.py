"""A plain sheet over the whole kiosk window, so that "Are you still there?" does not leave the
last visitor's words readable to whoever walks up to the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.ui.widgets.text import Emphasis, emphasise


class ScreenCover(QWidget):
    """Covers every pixel of ``window`` (menus and toolbars too) until it is closed; follows
    the window when it is resized. Opaque: nothing beneath shows through or is grabbed."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("screenCover")
        # Painted from the palette even under a style sheet: a see-through cover is no cover.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        note = QLabel(self.tr("This screen is hidden while we check whether you are still here."))
        note.setObjectName("screenCoverNote")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emphasise(note, Emphasis.LARGE)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addStretch(2)  # above the middle, where the question's dialog does not sit
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False
