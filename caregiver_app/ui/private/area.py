"""The private area: the stress log and the plan, unlocking, and locking again.

It locks itself after a few minutes without input, and at once on quick-hide (Escape pressed
twice), which also covers the screen with the library, a view anyone may see. The key itself
is the Session's (``session.vault``); this area decides when it is opened and forgotten.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from caregiver_app.store import LockedError, Profile, Vault
from caregiver_app.ui.session import Location, Session, View
from caregiver_app.ui.widgets.first_paint import after_first_paint
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.text import tr

# The pages and dialogs are imported when first shown: most starts show the library only, and
# these modules (charts, PDF pages, passcode dialogs) are a good part of start-up's imports.
if TYPE_CHECKING:
    from caregiver_app.store import PrivateData
    from caregiver_app.ui.private.locked_view import LockedView
    from caregiver_app.ui.private.plan_view import PlanView
    from caregiver_app.ui.private.signs_view import SignsView
    from caregiver_app.ui.private.stress_log_view import StressLogView
    from caregiver_app.ui.private.unlock_bar import UnlockBar

QUICK_HIDE_WINDOW_MS = 800
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


WATCH_INPUT_WITHIN_MS = 1_000  # if the window is somehow not painted by then


def _watch_all_input_once_shown(watcher: QObject, host: QWidget) -> None:
    """``watcher`` sees every event of the application (input in every child widget and dialog
    of the window) from ``host``'s first paint on: every event passes through it, and building
    a window sends many."""

    def watch() -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(watcher)  # a second time changes nothing

    after_first_paint(host, watch)
    QTimer.singleShot(WATCH_INPUT_WITHIN_MS, watcher, watch)


class PrivateArea(QObject):
    """Everything private for the session's current profile. ``host`` is the window its
    dialogs open over; any dialog over it closes when the area locks."""

    views = (View.STRESS_LOG, View.PLAN, View.SIGNS)
    view_built = Signal(QWidget)  # a private view, when first built

    def __init__(self, session: Session, host: QWidget):
        super().__init__(session)
        self.session = session
        self.host = host
        self._stress: StressLogView | None = None
        self._plan: PlanView | None = None
        self._signs: SignsView | None = None
        self._locked: LockedView | None = None
        self._bar: UnlockBar | None = None
        self._last_escape = QElapsedTimer()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(session.preferences.lock_minutes * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        session.profile_changed.connect(self.forget)
        session.theme_changed.connect(self._restyle)
        _watch_all_input_once_shown(self, host)

    # --- state ---------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self.session.profile

    def data(self) -> PrivateData:
        return self.session.private_data()

    @property
    def locked(self) -> bool:
        return self.session.locked

    def set_idle_minutes(self, minutes: int) -> None:
        self.session.preferences.lock_minutes = minutes
        self.idle_timer.setInterval(minutes * 60_000)
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def forget(self) -> None:
        """Another profile is in use, or the data was restored: the key went with the
        profile (the Session dropped it); every private thing on screen goes too. Nothing is
        saved here: the page being left saved itself first."""
        self.idle_timer.stop()
        self.clear_views()

    def clear_views(self) -> None:
        for view in (self._stress, self._plan, self._signs):
            if view is not None:
                view.clear()
        for form in (self._locked and self._locked.form, self._bar and self._bar.form):
            if form:
                form.forget()  # a half-typed passcode does not wait for the next person

    def close_dialogs(self) -> None:
        """Every dialog of the window goes when the area locks: none may outlive the key."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and self.ours(widget.parentWidget())
            ):
                widget.reject()

    def ours(self, window: QWidget | None) -> bool:
        """True for the host window and anything opened from it."""
        while window is not None:
            if window is self.host:
                return True
            window = window.parentWidget()
        return False

    # --- views ---------------------------------------------------------------------------

    @property
    def stress_view(self) -> StressLogView:
        if self._stress is None:
            from caregiver_app.ui.private.stress_log_view import StressLogView  # noqa: PLC0415

            self._stress = StressLogView(files_allowed=not self.session.kiosk)
            self._stress.saved.connect(lambda message: self.session.say(message, 3000))
            self._show_failures_of(self._stress.writer, "saving-check-in")
            self.view_built.emit(self._stress)
        return self._stress

    @property
    def plan_view(self) -> PlanView:
        if self._plan is None:
            from caregiver_app.ui.private.plan_view import PlanView  # noqa: PLC0415

            self._plan = PlanView()
            self._plan.export_button.setVisible(not self.session.kiosk)
            self._show_failures_of(self._plan.writer, "saving-plan")
            self.view_built.emit(self._plan)
        return self._plan

    @property
    def signs_view(self) -> SignsView:
        if self._signs is None:
            from caregiver_app.ui.private.signs_view import SignsView  # noqa: PLC0415

            self._signs = SignsView()
            self._signs.plan_requested.connect(lambda: self.session.go(View.PLAN))
            self._signs.support_requested.connect(lambda: self.session.go(View.SUPPORT))
            self._show_failures_of(self._signs.writer, "saving-signs")
            self.view_built.emit(self._signs)
        return self._signs

    def _show_failures_of(self, writer: StoreWriter, topic: str) -> None:
        """A view's failed save in the window's banner, until one works again."""
        writer.failed.connect(lambda message: self.session.show_notice(message, topic))
        writer.recovered.connect(lambda: self.session.clear_notice(topic))

    @property
    def locked_view(self) -> LockedView:
        if self._locked is None:
            from caregiver_app.ui.private.locked_view import LockedView  # noqa: PLC0415

            self._locked = LockedView(self.session.store, self.profile)
            self._locked.form.unlocked.connect(self._unlocked_on_page)
        return self._locked

    def unlock_bar(self) -> UnlockBar:
        """The strip that asks for the passcode at start, for the window to place and show.
        It goes away once the area is open, another profile is in use, or the screen is
        hidden in a hurry."""
        if self._bar is None:
            from caregiver_app.ui.private.unlock_bar import UnlockBar  # noqa: PLC0415

            self._bar = UnlockBar(self.session.store, self.profile)
            self._bar.form.unlocked.connect(self._unlocked_in_bar)
            for change in (self.session.profile_changed, self.session.quick_hidden):
                change.connect(self._bar.put_away)
            self.session.private_access_changed.connect(self._put_bar_away_if_open)
        return self._bar

    def _unlocked_in_bar(self, vault: Vault, used_recovery_code: bool) -> None:
        if self._bar is not None:
            self._bar.put_away()
        self._unlocked_on_page(vault, used_recovery_code)

    def _put_bar_away_if_open(self) -> None:
        if self._bar is not None and not self.locked:
            self._bar.put_away()

    def page(self, location: Location) -> QWidget | None:
        """The widget to show for a private view: the view, or, while locked, the locked page
        with the passcode box ready. A kiosk has no signs to watch: it stays where it is."""
        if location.view == View.SIGNS and self.session.kiosk:
            return None
        if self.locked:
            self.locked_view.show_for(self.profile)
            return self.locked_view
        target: StressLogView | PlanView | SignsView
        if location.view == View.STRESS_LOG:
            target = self.stress_view
        elif location.view == View.PLAN:
            target = self.plan_view
        else:
            target = self.signs_view
        target.show_private(self.data(), kept=not self.session.store.in_memory)
        self.idle_timer.start()
        return target

    def show_again(self) -> None:
        """After a change (unlocked, locked, deleted, imported): the private page in view,
        if one is, shows what is there now."""
        if self.session.location.view.private:
            self.session.navigate.emit(self.session.location)

    def _unlocked_on_page(self, vault: Vault, used_recovery_code: bool) -> None:
        if self.locked:
            self.open_with(vault, used_recovery_code)
        self.show_again()

    def leave(self) -> None:
        """The user leaves a private view: save the plan as it is now."""
        if self._plan is not None and self._plan.private is not None:
            self._plan.save()

    def _restyle(self) -> None:
        for view in (self._plan, self._stress, self._signs):
            if view is not None:
                view.restyle()

    # --- locking -------------------------------------------------------------------------

    def unlock(self) -> bool:
        """Ask for the passcode (or the recovery code). True when the private area is open."""
        if not self.locked:
            return True
        from caregiver_app.ui.private.passcode_dialogs import UnlockDialog  # noqa: PLC0415

        dialog = UnlockDialog(self.session.store, self.profile, self.host)
        accepted = dialog.exec() == UnlockDialog.DialogCode.Accepted and dialog.vault is not None
        vault, used_recovery_code = dialog.vault, dialog.used_recovery_code
        self.destroy(dialog)
        if not accepted or vault is None:
            return False
        self.open_with(vault, used_recovery_code)
        return True

    def open_with(self, vault: Vault, used_recovery_code: bool = False) -> None:
        """The passcode (or the recovery code) was right: keep the key, say what the check of
        the rows found, and after a recovery code, ask for a new passcode."""
        self.session.vault = vault
        self._report_findings()
        if used_recovery_code:
            QMessageBox.information(
                self.host,
                tr("Choose a new passcode"),
                tr("You used your recovery code. Please choose a new passcode now."),
            )
            from caregiver_app.ui.private.passcode_dialogs import ChangePasscodeDialog  # noqa: PLC0415

            self.run_dialog(
                ChangePasscodeDialog(
                    self.session.store, self.profile, vault, self.host, ask_current=False
                )
            )
        self.opened()

    def _report_findings(self) -> None:
        """Check the rows right after unlocking, and say what was found and kept aside."""
        try:
            findings = self.data().check()
        except (LockedError, sqlite3.Error):
            return  # reads refuse such rows anyway; a read-only file cannot be tidied now
        if findings:
            from caregiver_app.ui.private.findings import findings_text  # noqa: PLC0415

            QMessageBox.warning(
                self.host, tr("Some private entries are not shown"), findings_text(findings)
            )

    def destroy(self, dialog: QDialog) -> None:
        """A dialog that held a key or a passcode: empty it and delete it."""
        forget = getattr(dialog, "forget", None)
        if forget is not None:
            forget()
        dialog.deleteLater()

    def run_dialog(self, dialog: QDialog) -> int:
        result = dialog.exec()
        self.destroy(dialog)
        return result

    def lock(self) -> None:
        """Close the private area now: save, forget the key, hide anything private."""
        if not self.profile.has_passcode or self.session.vault is None:
            return
        self.leave()
        self.close_dialogs()
        self.idle_timer.stop()
        self.clear_views()
        self.session.set_vault(None)
        self.show_again()

    def quick_hide(self) -> None:
        """Escape twice: cover the screen with the library at once, and lock."""
        self.session.go(View.LIBRARY)
        self.lock()
        self.session.quick_hidden.emit()

    def opened(self) -> None:
        """The key is in the session now: start counting idle time, and tell the views."""
        self.idle_timer.start()
        self.session.private_access_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QInputEvent):  # every event passes here: most go at once
            return False
        kind = event.type()
        if kind in _INPUT_EVENTS and self.session.vault is not None:
            self.idle_timer.start()  # input: the user is still there
        if (
            isinstance(event, QKeyEvent)
            and kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
        ):
            # A key press passes through this filter once per widget it travels up through;
            # count it once, where it is first delivered: the focus widget (or the window).
            first_receiver = QApplication.focusWidget() or QApplication.activeWindow()
            if watched is not first_receiver or not self.ours(QApplication.activeWindow()):
                return False
            if self._last_escape.isValid() and self._last_escape.elapsed() < QUICK_HIDE_WINDOW_MS:
                self._last_escape.invalidate()
                self.close_dialogs()
                self.quick_hide()
                return True
            self._last_escape.start()
        return False
