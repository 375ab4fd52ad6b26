"""Keep a window as it is on screen for a moment while its next page is being made.

A lesson renders in the background in a few tens of milliseconds. Painting its "Opening…" state
in the meantime would flash an empty page before the text (and, while the lesson is shown
straight from the disk cache, keep the text waiting for that paint). So the window is not
repainted until the page is ready, or until ``limit_ms`` has passed, whichever comes first:
then the page shows as it is, "Opening…" included, and nothing waits longer than that.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from caregiver_app.ui.widgets.first_paint import after_first_paint


class ScreenHold(QObject):
    def __init__(self, window: QWidget, limit_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        # A window never painted has no frame to keep, and what waits for its first paint
        # (see ``first_paint``) must not wait for a page.
        self._painted = False
        after_first_paint(window, self._first_painted)
        self._held = False
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(limit_ms)
        self._limit.timeout.connect(self.release)

    def _first_painted(self) -> None:
        self._painted = True

    @property
    def window_painted(self) -> bool:
        """The window has been painted once: from then on it can be held."""
        return self._painted

    def hold(self) -> None:
        """Stop repainting the window until ``release``, for the limit at most."""
        window = self._window
        if not self._held and self._painted and window.isVisible() and window.updatesEnabled():
            window.setUpdatesEnabled(False)
            self._held = True
        if self._held:
            self._limit.start()  # a second opening meanwhile: its own limit, from now

    def release(self) -> None:
        """Repaint the window as it now is (the new page)."""
        self._limit.stop()
        if self._held and shiboken6.isValid(self._window):
            self._window.setUpdatesEnabled(True)  # and repainted whole, at the next turn
        self._held = False
