"""Work that can take longer than a frame runs here, off the UI thread: the one way to do it.

In the spirit of Anki's ``CollectionOp`` / ``QueryOp``::

    Operation(owner, build_report).with_progress(bar.update).success(show).failure(explain).run()

The promises:

- ``work`` runs on a worker thread and never touches a Qt object; every callback runs on the UI
  thread, in the order the work produced them.
- An operation belongs to an ``owner`` (a widget or other QObject). Once the owner is destroyed
  the operation is cancelled and none of its callbacks run: no job reports into a deleted object.
- ``failure`` receives the exception; without one the exception is raised on the UI thread, where
  it is a bug to fix (pytest-qt fails the test), never silently dropped.
- ``always`` runs after success or failure (not after cancellation): re-enable buttons there.
- With ``with_progress`` the work is called with a ``Progress``: it reports ``(done, total)``
  (delivered at most every 50 ms) and calls ``progress.check()`` so that ``cancel()`` stops it.
  Without it the work is called with no argument, and a cancel only drops its result.
- Results are delivered through one long-lived dispatcher object that belongs to the
  application, never through a per-job object that could be deleted inside its own signal.
- ``shutdown()`` (run when the application quits, and by ``--screenshot``) cancels what is
  running and waits for the workers, so nothing runs while Qt tears itself down.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

T = TypeVar("T")
SHUTDOWN_WAIT_MS = 10_000
PROGRESS_EVERY_SECONDS = 0.05  # a 50,000-row import must not post 50,000 events


class Cancelled(Exception):  # noqa: N818  (a state, not an error: the user asked for it)
    """Raised inside work by ``Progress.check()`` once the operation was cancelled."""


class _Dispatcher(QObject):
    """Lives on the UI thread as long as the application; workers post callbacks to it."""

    call = Signal(object)

    def __init__(self, parent: QObject | None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.closed = False
        self.running: set[Operation] = set()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, callback: Callable[[], None]) -> None:
        callback()


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher  # noqa: PLW0603  (one per application, like the application itself)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background work needs a running QApplication")
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher(app)
        app.aboutToQuit.connect(shutdown)
    return _dispatcher


class Progress:
    """Handed to work that reports progress; safe to use from the worker thread."""

    def __init__(self, operation: Operation):
        self._operation = operation
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._operation.cancelled

    def check(self) -> None:
        """Stop here (raise ``Cancelled``) if the operation was cancelled."""
        if self.cancelled:
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        moment = time.monotonic()
        if done < total and moment - self._last_report < PROGRESS_EVERY_SECONDS:
            return
        self._last_report = moment
        self._operation._post(lambda: self._operation._progress(done, total))


class Operation(Generic[T]):
    """One piece of background work and what to do with its outcome."""

    def __init__(self, owner: QObject, work: Callable[..., T]):
        self._owner = owner
        self._work = work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._on_always: Callable[[], None] | None = None
        self._cancel = threading.Event()
        self._finished = False
        # When the owner goes, so does everything it was waiting for. (Disconnected once the
        # outcome is in, so a long-lived owner does not collect one connection per job.)
        self._owner_gone = owner.destroyed.connect(self.cancel)

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def with_progress(self, callback: Callable[[int, int], None]) -> Operation[T]:
        self._on_progress = callback
        return self

    def always(self, callback: Callable[[], None]) -> Operation[T]:
        self._on_always = callback
        return self

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def finished(self) -> bool:
        """True once the outcome was delivered (or dropped because of a cancel)."""
        return self._finished

    def cancel(self) -> None:
        """No callback runs after this; work that checks ``Progress`` stops early."""
        self._cancel.set()

    def run(self) -> Operation[T]:
        dispatcher = _the_dispatcher()
        if dispatcher.closed:
            self._finished = True
            return self
        dispatcher.running.add(self)
        dispatcher.pool.start(_Job(self))
        return self

    # --- called from the worker thread ---------------------------------------------------

    def _execute(self) -> None:
        try:
            if self._cancel.is_set():
                outcome: tuple[str, Any] = ("cancelled", None)
            else:
                outcome = ("ok", self._call_work())
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as error:  # delivered to ``failure`` on the UI thread
            outcome = ("failed", error)
        self._post(lambda: self._deliver(*outcome), final=True)

    def _call_work(self) -> T:
        return self._work(Progress(self)) if self._on_progress is not None else self._work()

    def _post(self, callback: Callable[[], None], final: bool = False) -> None:
        dispatcher = _dispatcher
        if dispatcher is None or dispatcher.closed:
            return
        with contextlib.suppress(RuntimeError):  # the app is already gone: nobody to tell
            dispatcher.call.emit(callback if not final else lambda: self._final(callback))

    # --- called on the UI thread ---------------------------------------------------------

    def _final(self, deliver: Callable[[], None]) -> None:
        if _dispatcher is not None:
            _dispatcher.running.discard(self)
        self._finished = True
        if shiboken6.isValid(self._owner):
            QObject.disconnect(self._owner_gone)
        deliver()

    def _alive(self) -> bool:
        return not self._cancel.is_set() and shiboken6.isValid(self._owner)

    def _progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._alive() and not self._finished:
            self._on_progress(done, total)

    def _deliver(self, kind: str, value: Any) -> None:
        if kind == "cancelled" or not self._alive():
            return
        try:
            if kind == "ok":
                if self._on_success is not None:
                    self._on_success(value)
            elif self._on_failure is not None:
                self._on_failure(value)
            else:
                raise value
        finally:
            if self._on_always is not None and self._alive():
                self._on_always()


class _Job(QRunnable):
    def __init__(self, operation: Operation):
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._execute()


def shutdown(wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Cancel every operation and wait for the workers; True if they all stopped in time.

    Results still on their way are dropped. Background work is started again by the next
    ``Operation.run()`` (tests build many windows in one application).
    """
    dispatcher = _dispatcher
    if dispatcher is None or not shiboken6.isValid(dispatcher):
        return True
    dispatcher.closed = True
    for operation in list(dispatcher.running):
        operation.cancel()
    stopped = dispatcher.pool.waitForDone(wait_ms)
    QCoreApplication.removePostedEvents(dispatcher)
    dispatcher.running.clear()
    dispatcher.closed = False
    return stopped


def wait_for_all(wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Wait until every running operation has finished and delivered its outcome."""
    dispatcher = _dispatcher
    if dispatcher is None or not shiboken6.isValid(dispatcher):
        return True
    deadline = time.monotonic() + wait_ms / 1000
    while dispatcher.running:  # an outcome's callback may start the next operation
        remaining = int((deadline - time.monotonic()) * 1000)
        if remaining <= 0 or not dispatcher.pool.waitForDone(remaining):
            return False
        QCoreApplication.sendPostedEvents(dispatcher)
    return True


def active_count() -> int:
    """How many workers are running now (tests check that none is left behind)."""
    dispatcher = _dispatcher
    if dispatcher is None or not shiboken6.isValid(dispatcher):
        return 0
    return dispatcher.pool.activeThreadCount()


class LatestOnly(QObject):
    """Runs one kind of work in the background and delivers only the newest request's result.

    Opening lesson B while lesson A is still rendering shows B; A's result is dropped (and A is
    cancelled, so work that checks its ``Progress`` stops).
    """

    delivered = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._current: Operation | None = None

    def start(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        if self._current is not None:
            self._current.cancel()

        def done(result: object) -> None:
            on_done(result)
            self.delivered.emit(result)

        operation = Operation(self, work).success(done)
        if on_failure is not None:
            operation.failure(on_failure)
        self._current = operation
        return operation.run()

    @property
    def busy(self) -> bool:
        return self._current is not None and not self._current.finished


ReportProgress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class Task(QObject):
    """One long job at a time, for a dialog that shows a bar and a Cancel button.

    ``start(work)`` runs ``work(progress, should_stop)``: it may call ``progress(done, total)``
    as often as it likes and should return soon after ``should_stop()`` answers True. Unlike
    ``Operation.cancel``, ``cancel()`` here only asks: the job still ends with ``succeeded`` or
    ``failed``, so the dialog knows when it has really stopped (and nothing was half written).
    Starting again drops the previous job's outcome.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._current: Operation | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None and not self._current.finished

    def start(self, work: Callable[[ReportProgress, ShouldStop], Any]) -> None:
        if self._current is not None:
            self._current.cancel()
        self._stop = stop = threading.Event()
        self._current = (
            Operation(self, lambda progress: work(progress.report, stop.is_set))
            .with_progress(self.progressed.emit)
            .success(self.succeeded.emit)
            .failure(self.failed.emit)
            .run()
        )

    def cancel(self) -> None:
        """Ask the running job to stop; it still ends with ``succeeded`` or ``failed``."""
        self._stop.set()
