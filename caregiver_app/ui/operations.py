"""Work that can take longer than a frame runs here, off the UI thread, and reports by signal."""

from __future__ import annotations

import threading
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


Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class _TaskSignals(QObject):
    progressed = Signal(int, int, int)  # ticket, done, total
    finished = Signal(int, bool, object)  # ticket, succeeded, result or exception


class _TaskJob(QRunnable):
    def __init__(
        self,
        ticket: int,
        work: Callable[[Progress, ShouldStop], Any],
        signals: _TaskSignals,
        stop: threading.Event,
    ):
        super().__init__()
        self._ticket, self._work, self._signals, self._stop = ticket, work, signals, stop
        self._shown_percent = -1

    def _progress(self, done: int, total: int) -> None:
        # The work may report every row; the bar needs a signal only when its percent moves.
        percent = done * 100 // max(total, 1)
        if percent != self._shown_percent:
            self._shown_percent = percent
            self._signals.progressed.emit(self._ticket, done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except Exception as error:  # reported to the UI, which says what failed
            self._signals.finished.emit(self._ticket, False, error)
            return
        self._signals.finished.emit(self._ticket, True, result)


class Task(QObject):
    """One long job at a time in the background, with progress, cancelling and a failure path.

    ``start(work)`` runs ``work(progress, should_stop)`` in the thread pool: it may call
    ``progress(done, total)`` as often as it likes and should return soon after ``should_stop()``
    answers True. ``progressed``, then ``succeeded`` (its result) or ``failed`` (the exception it
    raised), arrive on the UI thread. As with ``LatestOnly``, each job owns its signal object, so
    a job that ends after this object was deleted emits into nothing.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ticket = 0
        self._stop = threading.Event()
        self._running: set[_TaskSignals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, work: Callable[[Progress, ShouldStop], Any]) -> None:
        self._ticket += 1
        self._stop = threading.Event()
        signals = _TaskSignals()
        signals.progressed.connect(self._on_progress)
        # First no longer running, so that ``busy`` is False for whoever hears the result.
        signals.finished.connect(lambda *_: self._running.discard(signals))
        signals.finished.connect(self._on_finished)
        self._running.add(signals)
        QThreadPool.globalInstance().start(_TaskJob(self._ticket, work, signals, self._stop))

    def cancel(self) -> None:
        """Ask the running job to stop; it still ends with ``succeeded`` or ``failed``."""
        self._stop.set()

    def _on_progress(self, ticket: int, done: int, total: int) -> None:
        if ticket == self._ticket:
            self.progressed.emit(done, total)

    def _on_finished(self, ticket: int, succeeded: bool, result: object) -> None:
        if ticket != self._ticket:
            return
        (self.succeeded if succeeded else self.failed).emit(result)
