"""Automatic backups while the app stays open (families leave it open for weeks): every few
minutes the store is asked whether one is due, and the copy is made off the UI thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from caregiver_app.store import Backup, Store
from caregiver_app.ui.widgets.operations import LatestOnly

CHECK_EVERY_MS = 60_000  # cheap: the store only compares a change counter and a time


def _guarded(work: Callable[[], Backup]) -> Callable[[], Backup | Exception]:
    """The background work, with its failure returned rather than lost in the thread."""

    def run() -> Backup | Exception:
        try:
            return work()
        except (OSError, sqlite3.Error) as error:
            return error

    return run


class BackupSchedule(QObject):
    """Asks ``store`` on a timer; ``made`` or ``failed`` (a message for the user) after each."""

    made = Signal(object)  # Backup
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._busy = False
        self._worker = LatestOnly(self)
        self.timer = QTimer(self)
        self.timer.setObjectName("backupTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if store.can_back_up:
            self.timer.start()

    def check(self, now: datetime | None = None) -> bool:
        """Start a backup if one is due; True if one was started."""
        if self._busy or not self._store.can_back_up:
            return False
        try:
            work = self._store.scheduled_backup(now)
        except sqlite3.Error:  # the store was closed under us
            return False
        if work is None:
            return False
        self._busy = True
        self._worker.start(_guarded(work), self._finished)
        return True

    def _finished(self, result: Backup | Exception) -> None:
        self._busy = False
        if isinstance(result, Exception):
            self.failed.emit(
                self.tr(
                    "The automatic backup could not be made (%s). Your data is still saved; "
                    "the app will try again later."
                )
                % (getattr(result, "strerror", None) or result)
            )
        else:
            self.made.emit(result)

    def stop(self) -> None:
        self.timer.stop()
