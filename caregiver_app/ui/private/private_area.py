"""The private area: the stress log and the plan, the vault while unlocked, and locking.

It locks itself after a few minutes without input, and at once on quick-hide (Escape pressed
twice), which also covers the screen with the library, a view anyone may see.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons.weekly import load_weekly_checkin
from caregiver_app.store import (
    DatabaseFaultError,
    LockedError,
    PrivateData,
    Profile,
    Vault,
    passcodes,
)
from caregiver_app.store.csvfiles import export_entries
from caregiver_app.store.integrity import Findings
from caregiver_app.ui.private.import_dialog import ImportDialog
from caregiver_app.ui.private.passcode_dialogs import (
    ChangePasscodeDialog,
    SetPasscodeDialog,
    UnlockDialog,
)
from caregiver_app.ui.private.plan_view import PlanView, save_plan_pdf
from caregiver_app.ui.private.reports import stress_report_html, write_pdf
from caregiver_app.ui.private.stress_log_view import StressLogView
from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog
from caregiver_app.ui.widgets.page import tr
from caregiver_app.ui.widgets.saving import StoreWriter, busy_cursor, describe_failure

if TYPE_CHECKING:
    from caregiver_app.ui.shell.main_window import MainWindow

QUICK_HIDE_WINDOW_MS = 800
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def _where(kind: str) -> str:
    return {
        "stress": tr("your stress log"),
        "plan": tr("your warning-signs plan"),
        "observation": tr("the observations of your plan"),
        "reflection": tr("your reflections"),
        "weekly": tr("your weekly check-ins"),
    }.get(kind, kind)


def findings_text(findings: Findings) -> str:
    """What the check after unlocking found, in plain words, one sentence per finding."""
    one = {
        "plain": tr(
            "1 entry in %s was not written by this app and is not shown; it is kept aside."
        ),
        "damaged": tr("1 entry in %s was changed or moved and cannot be opened; it is kept aside."),
        "older": tr(
            "1 entry in %s was replaced by an older copy of itself; the older copy is not shown "
            "and is kept aside."
        ),
        "missing": tr("1 entry in %s that this app wrote is gone from the file."),
    }
    many = {
        "plain": tr(
            "%d entries in %s were not written by this app and are not shown; they are kept aside."
        ),
        "damaged": tr(
            "%d entries in %s were changed or moved and cannot be opened; they are kept aside."
        ),
        "older": tr(
            "%d entries in %s were replaced by older copies of themselves; the older copies are "
            "not shown and are kept aside."
        ),
        "missing": tr("%d entries in %s that this app wrote are gone from the file."),
    }
    lines = []
    for reason, counts in findings.by_reason().items():
        for kind, count in sorted(counts.items()):
            if count == 1:
                lines.append(one[reason] % _where(kind))
            elif count:
                lines.append(many[reason] % (count, _where(kind)))
    if findings.record_lost:
        lines.append(
            tr(
                "The app's record of your entries was missing or damaged, so it could not check "
                "whether older copies were put back. It has made a new record."
            )
        )
    if findings.record_older:
        lines.append(tr("The app's record of your entries went back to an older copy."))
    lines.append(
        tr(
            "This app deleted nothing. If you did not expect this, someone may have changed "
            "this app's data file."
        )
    )
    return "\n\n".join(lines)


class LockedView(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        message = QLabel(self.tr("This profile's private entries are locked."))
        message.setObjectName("pageTitle")
        font = message.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        message.setFont(font)
        button = QPushButton(self.tr("Unlock…"))
        button.setObjectName("primaryButton")
        button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(message, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)


class PrivateArea(QObject):
    """Everything private for the window's current profile."""

    lock_changed = Signal(bool)  # True: locked
    quick_hidden = Signal()  # Escape twice: a kiosk ends the visit

    def __init__(self, window: MainWindow, idle_minutes: int):
        super().__init__(window)
        self.window = window
        self.vault: Vault | None = None
        self._stress: StressLogView | None = None
        self._plan: PlanView | None = None
        self._locked: LockedView | None = None
        self._last_escape = QElapsedTimer()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_minutes * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        # On the application, to see input in every child widget and dialog of the window.
        QApplication.instance().installEventFilter(self)

    # --- state ---------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self.window.profile

    def data(self) -> PrivateData:
        return self.window.store.private(self.profile.id, self.vault)

    @property
    def locked(self) -> bool:
        return self.vault is None and self.profile.has_passcode

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(minutes * 60_000)
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def forget(self, save: bool = True) -> None:
        """Another profile is now in use (or the data was restored): drop the key and every
        private thing on screen. After a restore nothing is saved: the screen is older than
        the data."""
        if save:
            self.leaving()
        self.vault = None
        self.idle_timer.stop()
        self._clear_views()

    def _clear_views(self) -> None:
        for view in (self._stress, self._plan):
            if view is not None:
                view.clear()

    def _close_dialogs(self) -> None:
        """Every dialog of the window goes when the area locks: none may outlive the key."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and self._ours(widget.parentWidget())
            ):
                widget.reject()

    def _ours(self, window: QWidget | None) -> bool:
        """True for the main window and anything opened from it."""
        while window is not None:
            if window is self.window:
                return True
            window = window.parentWidget()
        return False

    # --- views ---------------------------------------------------------------------------

    @property
    def stress_view(self) -> StressLogView:
        if self._stress is None:
            self._stress = StressLogView()
            self._stress.set_passcode_requested.connect(self.set_passcode)
            self._stress.export_requested.connect(self.export_csv)
            self._stress.import_requested.connect(self.import_csv)
            self._stress.report_requested.connect(self.export_report)
            self._stress.weekly_requested.connect(self.weekly_checkin)
            if self.window.settings.kiosk:  # no files leave or enter a kiosk
                for button in (
                    self._stress.export_button,
                    self._stress.import_button,
                    self._stress.report_button,
                ):
                    button.hide()
            self._stress.saved.connect(
                lambda message: self.window.statusBar().showMessage(message, 3000)
            )
            self._show_failures_of(self._stress.writer, "saving-check-in")
            self.window.stack.addWidget(self._stress)
        return self._stress

    @property
    def plan_view(self) -> PlanView:
        if self._plan is None:
            self._plan = PlanView()
            self._plan.set_passcode_requested.connect(self.set_passcode)
            self._plan.export_requested.connect(self.export_plan)
            self._plan.export_button.setVisible(not self.window.settings.kiosk)
            self._show_failures_of(self._plan.writer, "saving-plan")
            self.window.stack.addWidget(self._plan)
        return self._plan

    def _show_failures_of(self, writer: StoreWriter, topic: str) -> None:
        """A view's failed save in the window's banner, until one works again."""
        writer.failed.connect(lambda message: self.window.show_banner(message, topic))
        writer.recovered.connect(lambda: self.window.clear_banner(topic))

    @property
    def locked_view(self) -> LockedView:
        if self._locked is None:
            self._locked = LockedView()
            self._locked.unlock_requested.connect(self._unlock_from_locked_view)
            self.window.stack.addWidget(self._locked)
        return self._locked

    def widget_for(self, view: str) -> QWidget:
        """The widget to show for "stress-log" or "plan": the view itself, or the locked page."""
        if self.locked and not self.unlock():
            return self.locked_view
        target = self.stress_view if view == "stress-log" else self.plan_view
        target.show_private(self.data(), kept=not self.window.store.in_memory)
        self.idle_timer.start()
        return target

    def _unlock_from_locked_view(self) -> None:
        if self.unlock() and self.window.location.view in ("stress-log", "plan"):
            self.window.show_private_view(self.window.location.view)

    def leaving(self) -> None:
        """The user leaves a private view: save the plan as it is now."""
        if self._plan is not None and self._plan.private is not None:
            self._plan.save()

    # --- locking -------------------------------------------------------------------------

    def unlock(self) -> bool:
        """Ask for the passcode (or the recovery code). True when the private area is open."""
        if not self.locked:
            return True
        dialog = UnlockDialog(self.window.store, self.profile, self.window)
        accepted = dialog.exec() == UnlockDialog.DialogCode.Accepted and dialog.vault is not None
        vault, used_recovery_code = dialog.vault, dialog.used_recovery_code
        self._destroy(dialog)
        if not accepted:
            return False
        self.vault = vault
        self._report_findings()
        if used_recovery_code:
            QMessageBox.information(
                self.window,
                self.tr("Choose a new passcode"),
                self.tr("You used your recovery code. Please choose a new passcode now."),
            )
            self._run_dialog(
                ChangePasscodeDialog(
                    self.window.store, self.profile, self.vault, self.window, ask_current=False
                )
            )
        self._opened()
        return True

    def _report_findings(self) -> None:
        """Check the rows right after unlocking, and say what was found and kept aside."""
        try:
            findings = self.data().check()
        except (LockedError, sqlite3.Error):
            return  # reads refuse such rows anyway; a read-only file cannot be tidied now
        if findings:
            QMessageBox.warning(
                self.window, self.tr("Some private entries are not shown"), findings_text(findings)
            )

    def _destroy(self, dialog: QDialog) -> None:
        """A dialog that held a key or a passcode: empty it and delete it."""
        forget = getattr(dialog, "forget", None)
        if forget is not None:
            forget()
        dialog.deleteLater()

    def _run_dialog(self, dialog: QDialog) -> int:
        result = dialog.exec()
        self._destroy(dialog)
        return result

    def lock(self) -> None:
        """Close the private area now: save, forget the key, hide anything private."""
        if not self.profile.has_passcode or self.vault is None:
            return
        self.leaving()
        self._close_dialogs()
        self.vault = None
        self.idle_timer.stop()
        self._clear_views()
        self.window.private_access_changed()
        if self.window.location.view in ("stress-log", "plan"):
            self.window.stack.setCurrentWidget(self.locked_view)
        self.lock_changed.emit(True)

    def quick_hide(self) -> None:
        """Escape twice: cover the screen with the library at once, and lock."""
        self.window.show_library()
        self.lock()
        self.quick_hidden.emit()

    def _opened(self) -> None:
        self.idle_timer.start()
        self.window.private_access_changed()
        self.lock_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS and self.vault is not None:
            self.idle_timer.start()  # input: the user is still there
        if (
            kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
        ):
            # A key press passes through this filter once per widget it travels up through;
            # count it once, where it is first delivered: the focus widget (or the window).
            first_receiver = QApplication.focusWidget() or QApplication.activeWindow()
            if watched is not first_receiver or not self._ours(QApplication.activeWindow()):
                return False
            if self._last_escape.isValid() and self._last_escape.elapsed() < QUICK_HIDE_WINDOW_MS:
                self._last_escape.invalidate()
                self._close_dialogs()
                self.quick_hide()
                return True
            self._last_escape.start()
        return False

    # --- passcode commands ---------------------------------------------------------------

    def set_passcode(self) -> None:
        if self.profile.has_passcode:
            self.change_passcode()
            return
        dialog = SetPasscodeDialog(self.window.store, self.profile, self.window)
        accepted = (
            dialog.exec() == SetPasscodeDialog.DialogCode.Accepted and dialog.vault is not None
        )
        vault = dialog.vault
        self._destroy(dialog)
        if accepted:
            self.window.reload_profile()
            self._clear_views()
            self.vault = vault
            self._opened()
            self._refresh_visible()

    def change_passcode(self) -> None:
        if not self.unlock():
            return
        self._run_dialog(
            ChangePasscodeDialog(self.window.store, self.profile, self.vault, self.window)
        )

    def remove_passcode(self) -> None:
        if not self.profile.has_passcode:
            return
        self.lock()  # removing protection needs the passcode typed again, not an open session
        if not self.unlock():
            return
        answer = QMessageBox.warning(
            self.window,
            self.tr("Remove the passcode?"),
            self.tr(
                "Your private entries will be stored without encryption, and anyone who uses this "
                "computer could read them. Remove the passcode?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                with busy_cursor():
                    damaged = passcodes.remove_passcode(
                        self.window.store.connection, self.profile.id, self.vault
                    )
            except (OSError, LockedError, sqlite3.Error, DatabaseFaultError) as error:
                QMessageBox.warning(
                    self.window,
                    self.tr("The passcode was not removed"),
                    self.tr("Your entries stay encrypted: %s.") % describe_failure(error),
                )
                return
            self.window.reload_profile()
            self.vault = None
            self._clear_views()
            self.window.private_access_changed()
            self._refresh_visible()
            if damaged:
                QMessageBox.information(
                    self.window,
                    self.tr("Some entries were kept aside"),
                    self.tr(
                        "%d entries could not be trusted, so they were kept aside and not made "
                        "readable."
                    )
                    % damaged,
                )

    def delete_all(self) -> None:
        if not self.unlock():
            return
        answer = QMessageBox.warning(
            self.window,
            self.tr("Delete all your private data?"),
            self.tr(
                "This deletes every stress check-in, reflection, the warning-signs plan and its "
                "observations of %s. Lesson progress stays. This cannot be undone."
            )
            % self.profile.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.data().delete_all()
            except (OSError, LockedError, sqlite3.Error, DatabaseFaultError) as error:
                QMessageBox.warning(
                    self.window,
                    self.tr("Nothing was deleted"),
                    self.tr("Your private data could not be deleted: %s.")
                    % describe_failure(error),
                )
                return
            self._refresh_visible()
            self.window.statusBar().showMessage(self.tr("Your private data was deleted."), 4000)

    def _refresh_visible(self) -> None:
        if self.window.location.view in ("stress-log", "plan"):
            self.window.show_private_view(self.window.location.view)

    # --- files (never offered in kiosk mode: there are no file dialogs there) -----------

    def ask_save_path(self, title: str, suggested: str, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / suggested), filter_text
        )
        return Path(path) if path else None

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), filter_text)
        return Path(path) if path else None

    def _warn_unencrypted(self) -> bool:
        answer = QMessageBox.warning(
            self.window,
            self.tr("The file will not be encrypted"),
            self.tr(
                "Anyone who can open the file you save can read it, whatever your passcode. "
                "Keep it somewhere safe, and delete it when you no longer need it. Continue?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_csv(self) -> None:
        if self.window.settings.kiosk or not self._warn_unencrypted():
            return
        target = self.ask_save_path(
            self.tr("Export the stress log"), "stress-log.csv", "CSV (*.csv)"
        )
        if target is not None:
            try:
                with busy_cursor():
                    export_entries(self.data().entries(), target)
            except (OSError, LockedError, sqlite3.Error) as error:
                QMessageBox.warning(
                    self.window,
                    self.tr("Export failed"),
                    self.tr("Nothing was saved: %s.") % describe_failure(error),
                )
                return
            self.window.statusBar().showMessage(self.tr("Saved to %s") % target, 5000)

    def import_csv(self) -> None:
        if self.window.settings.kiosk:
            return
        source = self.ask_open_path(self.tr("Import a stress log"), "CSV (*.csv *.txt)")
        if source is None or self.locked:  # the area may have locked while the dialog was open
            return
        dialog = ImportDialog(source, self.window.store, self.profile.id, self.vault, self.window)
        dialog.start()
        dialog.exec()
        imported = dialog.imported
        dialog.deleteLater()
        if imported:
            self._refresh_visible()

    def weekly_checkin(self) -> None:
        library = self.window.library
        checkin, _problems = load_weekly_checkin(library.language_dir, library.root)
        if checkin is None:
            QMessageBox.information(
                self.window,
                self.tr("Weekly check-in"),
                self.tr("This content folder has no weekly check-in."),
            )
            return
        if not self.unlock():
            return
        dialog = WeeklyCheckinDialog(checkin, self.data(), library, self.window)
        dialog.lesson_requested.connect(self.window.open_lesson)
        dialog.support_requested.connect(self.window.show_support)
        self._run_dialog(dialog)

    def export_report(self) -> None:
        if self.window.settings.kiosk or not self._warn_unencrypted():
            return
        target = self.ask_save_path(
            self.tr("Save a report for your doctor"), "stress-report.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return
        view = self.stress_view
        days = view.days
        view.set_range(30)  # the report covers the last 30 days; draw the chart for those
        chart = view.chart.grab().toImage()
        view.set_range(days)
        try:
            with busy_cursor():
                write_pdf(
                    stress_report_html(self.data().entries(), self.profile.name),
                    target,
                    {"chart": chart},
                )
        except (OSError, LockedError) as error:
            QMessageBox.warning(
                self.window,
                self.tr("Could not save the report"),
                self.tr("The report was not saved: %s") % describe_failure(error),
            )
            return
        self.window.statusBar().showMessage(self.tr("Saved to %s") % target, 5000)

    def export_plan(self) -> None:
        if self.window.settings.kiosk or not self._warn_unencrypted():
            return
        target = self.ask_save_path(
            self.tr("Save the plan as a page"), "warning-signs-plan.pdf", "PDF (*.pdf)"
        )
        if target is not None and not self.locked:
            self.plan_view.save()
            try:
                with busy_cursor():
                    save_plan_pdf(self.data().plan(), target)
            except (OSError, LockedError) as error:
                QMessageBox.warning(
                    self.window,
                    self.tr("Could not save the plan"),
                    self.tr("The page was not saved: %s") % describe_failure(error),
                )
                return
            self.window.statusBar().showMessage(self.tr("Saved to %s") % target, 5000)
