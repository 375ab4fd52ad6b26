"""Work that can take longer than a frame runs here, off the UI thread, and reports by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(int, object)  # ticket, result


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self._ticket, self._work, self._signals = ticket, work, signals

    def run(self) -> None:
        self._signals.finished.emit(self._ticket, self._work())


class LatestOnly(QObject):
    """Runs one kind of work in the background and delivers only the newest request's result.

    Opening lesson B while lesson A is still rendering shows B; A's result is dropped. Each job
    owns its signal object (not a child of this one), so a job that finishes after its window
    was closed emits into nothing instead of into a deleted object.
    """

    delivered = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ticket = 0
        self._callbacks: dict[int, Callable[[Any], None]] = {}
        self._running: set[_Signals] = set()

    def start(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._ticket += 1
        self._callbacks = {self._ticket: on_done}
        signals = _Signals()
        signals.finished.connect(self._on_finished)
        signals.finished.connect(lambda *_: self._running.discard(signals))
        self._running.add(signals)
        QThreadPool.globalInstance().start(_Job(self._ticket, work, signals))

    def _on_finished(self, ticket: int, result: object) -> None:
        callback = self._callbacks.pop(ticket, None)
        if callback is not None:
            callback(result)
            self.delivered.emit(result)
