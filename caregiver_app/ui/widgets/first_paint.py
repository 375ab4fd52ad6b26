"""Work that can wait until the window is on screen: run it just after the first paint.

A zero-time timer set before ``show()`` fires before the window is first painted, so work
queued that way still keeps a family looking at an empty screen. This waits for the paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, jobs: list[Callable[[], object]]):
        super().__init__(window)
        self._jobs = jobs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window's own paint comes first and its children's follow in the same pass;
            # a zero timer fires once that pass is done. One timer per job, so that events
            # (a click, a key) are handled between them.
            for job in self._jobs:
                QTimer.singleShot(0, watched, job)  # dropped if the widget goes meanwhile
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, *jobs: Callable[[], object]) -> None:
    """Run ``jobs`` one by one on the UI thread once ``widget`` is next painted."""
    widget.installEventFilter(_FirstPaint(widget, list(jobs)))
