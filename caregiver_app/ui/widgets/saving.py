"""The one way the UI writes to the store: a change either works or the user is told, in words,
and the caller learns which (so nothing typed is thrown away)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from caregiver_app.store import DatabaseFaultError, LockedError

T = TypeVar("T")

# sqlite3 error names (``sqlite_errorname``, Python 3.11+) that mean "the disk or the file
# refused", as opposed to "the data is wrong". Prefix match: SQLITE_IOERR_WRITE and friends.
_FULL = ("SQLITE_FULL",)
# SQLITE_AUTH: the store's authorizer refusing changes to data it could only open read-only.
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")
_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")


@dataclass(frozen=True)
class Saved(Generic[T]):
    ok: bool
    value: T | None = None


# Each message is spelled out in QCoreApplication.translate(context, literal): lupdate finds
# only such calls, not the strings handed to a helper of our own.
def describe_failure(error: BaseException) -> str:
    """Why a save failed, for a person: what happened, not the library's message."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if isinstance(error, LockedError):
        return QCoreApplication.translate("StoreWriter", "the profile is locked; unlock it to save")
    if (
        name.startswith(_FULL)
        or getattr(error, "errno", None) == 28
        or getattr(error, "full", False)
    ):
        return QCoreApplication.translate(
            "StoreWriter", "the disk is full; free some space and it will save again"
        )
    if (
        name.startswith(_READ_ONLY)
        or getattr(error, "errno", None) in (1, 13, 30)
        or isinstance(error, DatabaseFaultError)
    ):
        return QCoreApplication.translate(
            "StoreWriter", "the data file cannot be written to (it is read-only or not yours)"
        )
    if getattr(error, "errno", None) in (2, 20):  # ENOENT, ENOTDIR
        return QCoreApplication.translate(
            "StoreWriter", "that folder does not exist (a drive may have been unplugged)"
        )
    if name.startswith(_BUSY):
        return QCoreApplication.translate(
            "StoreWriter", "the data file is busy; it will be tried again"
        )
    if name.startswith("SQLITE_IOERR") or isinstance(error, OSError):
        return QCoreApplication.translate("StoreWriter", "the disk could not be written to")
    return (
        QCoreApplication.translate("StoreWriter", "the data file refused the change (%s)") % error
    )


class StoreWriter(QObject):
    """Runs store changes for one part of the window and keeps its "not saved" warning honest:
    ``failed`` when a change fails, ``recovered`` when one works again after that."""

    failed = Signal(str)  # a whole sentence for the banner
    recovered = Signal()

    def __init__(self, what: str, parent: QObject | None = None):
        super().__init__(parent)
        self._what = what  # "Your progress", "Your check-in", ...: what was not saved
        self._failing = False

    @property
    def failing(self) -> bool:
        return self._failing

    def attempt(self, change: Callable[[], T]) -> Saved[T]:
        try:
            value = change()
        except (sqlite3.Error, OSError, LockedError, DatabaseFaultError) as error:
            self._failing = True
            self.failed.emit(
                QCoreApplication.translate(
                    "StoreWriter", "%1 could not be saved: %2. What you typed is still on screen."
                )
                .replace("%1", self._what)
                .replace("%2", describe_failure(error))
            )
            return Saved(False)
        if self._failing:
            self._failing = False
            self.recovered.emit()
        return Saved(True, value)


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """The waiting cursor around work that stays on the UI thread because it is short (a
    backup, a restore, a PDF, a CSV export, removing a passcode: each under 150 ms for ten years
    of daily check-ins), so a click never seems to do nothing on a slow machine."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
