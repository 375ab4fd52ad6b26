"""Importing a stress log from a CSV file: read in the background, ask before replacing days
already logged, write everything in one transaction, then say what was imported and which rows
were skipped and why.

Where the work happens, and why: reading and checking the file (most of a second for 5 MB), and
opening the days already logged, run in the thread pool. Writing ~37,000 sealed check-ins takes
a second or two, far too long for the UI thread, and the store's SQLite connection belongs to
the UI thread (sqlite3's check_same_thread); so each background job opens a connection of its
own to the same file (``csvfiles.logged_days``, ``csvfiles.save_imported``) and the write is
one transaction there. SQLite (WAL) lets the app's connection go on reading the data as it was
until that transaction commits; a write of the app's own meanwhile waits for it (the busy
timeout is 5 s, the longest write measured 2 s). Cancelling is checked before every row and
rolls the whole transaction back. A store kept in memory has no file a second connection could
open, so there the write runs on the UI thread (such a store holds one session's data).
Figures: ``python benchmarks/csv_import.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import LockedError, PrivateData, Store, StressEntry, Vault
from caregiver_app.store.backups import back_up_file
from caregiver_app.store.csvfiles import (
    ImportResult,
    import_entries,
    logged_days,
    save_imported,
)
from caregiver_app.ui.widgets.dialogs import button_row
from caregiver_app.ui.widgets.operations import ReportProgress, ShouldStop, Task


class ImportDialog(QDialog):
    """One import, from reading ``source`` to the summary. ``imported`` says how many were
    saved (0 when cancelled or failed); call ``start()`` once it is shown."""

    def __init__(
        self,
        source: Path,
        store: Store,
        profile_id: int,
        vault: Vault | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._source, self._store, self._profile_id, self._vault = source, store, profile_id, vault
        self._result: ImportResult | None = None
        self._to_write: list[StressEntry] = []
        self._logged: set[date] = set()  # days the profile had logged before the import
        self._kept = 0
        self._step = ""  # what the running job does: "read" or "write"
        self._close_when_done = False
        self.imported = 0
        self.finished_import = False  # the summary (or a failure) is on screen
        self._task = Task(self)
        self._task.progressed.connect(self._show_progress)
        self._task.succeeded.connect(self._job_done)
        self._task.failed.connect(self._failed)
        self.setWindowTitle(self.tr("Import a stress log"))
        self.setMinimumWidth(520)
        self._build()

    def _build(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setAccessibleDescription(self.tr("How much of the file is done"))
        self.skipped = QPlainTextEdit()
        self.skipped.setObjectName("importSkippedRows")
        self.skipped.setReadOnly(True)
        self.skipped.setAccessibleName(self.tr("Rows that were skipped"))
        self.skipped.setAccessibleDescription(
            self.tr("Each skipped row of the file, with its line number and why")
        )
        self.skipped.hide()

        self.replace_button = self._button("importReplace", self.tr("&Replace them"))
        self.replace_button.setAccessibleDescription(
            self.tr("Use the file's check-ins for days you had already logged")
        )
        self.keep_button = self._button("importKeep", self.tr("&Keep mine"))
        self.keep_button.setAccessibleDescription(
            self.tr("Import only the days you have not logged yet")
        )
        self.retry_button = self._button("importRetry", self.tr("&Try again"))
        self.retry_button.setAccessibleDescription(self.tr("Read the file and import it again"))
        self.cancel_button = self._button("importCancel", self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Stop: nothing is imported"))
        self.close_button = self._button("importClose", self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Close this window"))
        self._buttons = (
            self.replace_button,
            self.keep_button,
            self.retry_button,
            self.cancel_button,
            self.close_button,
        )
        buttons = button_row(*self._buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.skipped, 1)
        layout.addLayout(buttons)

        self.replace_button.clicked.connect(lambda: self._write(replace=True))
        self.keep_button.clicked.connect(lambda: self._write(replace=False))
        self.retry_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    def _show_buttons(self, *shown: QPushButton) -> None:
        for button in self._buttons:
            button.setVisible(button in shown)
            button.setEnabled(True)
        if shown:
            shown[0].setDefault(True)
            shown[0].setFocus()

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.progress.setRange(0, 0)  # moving until the first figure arrives
        self.progress.show()
        self._show_buttons(self.cancel_button)

    # --- the steps -----------------------------------------------------------------------

    def start(self) -> None:
        """Read the file in the background."""
        self.imported, self.finished_import, self._close_when_done = 0, False, False
        self._result, self._kept = None, 0
        self.skipped.hide()
        self._busy(self.tr("Reading %s…") % self._source.name)
        self._step = "read"
        source, database, profile_id, vault = (
            self._source,
            self._store.path,
            self._profile_id,
            self._vault,
        )

        def work(progress: ReportProgress, should_stop: ShouldStop) -> tuple:
            result = import_entries(source, progress, should_stop)
            if database is None or not result.entries:
                return result, None
            return result, logged_days(database, profile_id, vault)  # a long log takes a while

        self._task.start(work)

    def _job_done(self, result: object) -> None:
        if self._step == "read":
            assert isinstance(result, tuple)  # what the read step's work returns
            self._read(*result)
        else:
            self._written(bool(result))

    def _read(self, result: ImportResult, logged: set[date] | None) -> None:
        if self._close_when_done or result.cancelled:
            self._cancelled()
            return
        self._result = result
        if not result.entries:
            self._summary()
            return
        if logged is None:  # a store in memory: no second connection, and a short log
            try:
                logged = {entry.day for entry in self._private().entries()}
            except (LockedError, sqlite3.Error) as error:
                self._failed(error)
                return
        already = sum(entry.day in logged for entry in result.entries)
        self._logged = logged
        if not already:
            self._write(replace=True)
            return
        self.progress.hide()
        self.message.setText(
            (
                self.tr("1 day already has a check-in; the file's will replace it.")
                if already == 1
                else self.tr("%d days already have a check-in; the file's will replace them.")
                % already
            )
            + " "
            + self.tr("Replace them, or keep yours for those days?")
        )
        self._show_buttons(self.replace_button, self.keep_button, self.cancel_button)

    def _write(self, replace: bool) -> None:
        """Save the check-ins read, in one transaction (see the module docstring)."""
        entries = self._result.entries if self._result else []
        if not replace:
            entries = [entry for entry in entries if entry.day not in self._logged]
        self._kept = len(self._result.entries) - len(entries) if self._result else 0
        self._to_write = entries
        self._busy(
            self.tr("Saving 1 check-in…")
            if len(entries) == 1
            else self.tr("Saving %d check-ins…") % len(entries)
        )
        self._step = "write"
        if self._store.path is None:
            try:  # (nothing on disk to back up first)
                finished = self._private().save_entries(entries)
            except (LockedError, ValueError, sqlite3.Error) as error:
                self._failed(error)
                return
            self._written(finished)
            return
        database, profile_id, vault = self._store.path, self._profile_id, self._vault

        def work(progress: ReportProgress, should_stop: ShouldStop) -> bool:
            back_up_file(database, "before-import")  # the log as it was, should they regret it
            return save_imported(
                database, profile_id, vault, entries, progress=progress, should_stop=should_stop
            )

        self._task.start(work)

    def _written(self, finished: bool) -> None:
        if not finished:
            self._cancelled()
            return
        self.imported = len(self._to_write)
        self._summary()

    def _summary(self) -> None:
        result = self._result
        problems = result.problems if result else []
        text = (
            self.tr("Imported 1 check-in.")
            if self.imported == 1
            else self.tr("Imported %d check-ins.") % self.imported
        )
        if self._kept:
            text += " " + (
                self.tr("1 day you had already logged was left as it was.")
                if self._kept == 1
                else self.tr("%d days you had already logged were left as they were.") % self._kept
            )
        row_problems = [problem for problem in problems if problem.startswith("line ")]
        if row_problems:
            text += " " + (
                self.tr("1 row was skipped:")
                if len(row_problems) == 1
                else self.tr("%d rows were skipped:") % len(row_problems)
            )
        elif problems:  # the file as a whole could not be used
            text += " " + self.tr("The file could not be used: %s.") % problems[0]
        self.message.setText(text)
        self.skipped.setPlainText("\n".join(row_problems))
        self.skipped.setVisible(bool(row_problems))
        self._finish()

    def _cancelled(self) -> None:
        self.imported = 0
        self.message.setText(self.tr("Cancelled: nothing was imported."))
        self._finish()

    def _failed(self, error: object) -> None:
        self.imported = 0
        self.message.setText(
            self.tr("The import stopped and nothing was imported: %s") % self._reason(error)
        )
        self._finish(self.retry_button)

    def _finish(self, *extra: QPushButton) -> None:
        self.finished_import = True
        self.progress.hide()
        self._show_buttons(self.close_button, *extra)
        if self._close_when_done:
            super().reject()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _private(self) -> PrivateData:
        return self._store.private(self._profile_id, self._vault)

    def _reason(self, error: object) -> str:
        """Why a step failed, in words for the user."""
        if isinstance(error, LockedError):
            return self.tr("the private entries were locked. Unlock them and try again.")
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            return self.tr("the data was in use. Please try again in a moment.")
        if isinstance(error, sqlite3.Error):
            return self.tr("your data could not be saved (%s).") % error
        if isinstance(error, OSError):
            return self.tr("the file could not be read (%s).") % (error.strerror or error)
        return str(error)

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape, the window's close button, or the private area locking: while work
        runs, stop it (it rolls back) and close once it has; never leave a job behind."""
        if self._task.busy:
            self._close_when_done = True
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))
            return
        super().reject()
