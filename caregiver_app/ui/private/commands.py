"""The private area's commands from the App menu: passcodes, deleting everything, and the
weekly check-in. Each asks for the passcode first where the entries are locked."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import DatabaseFaultError, LockedError, passcodes
from caregiver_app.ui.private.area import PrivateArea
from caregiver_app.ui.session import View
from caregiver_app.ui.widgets.dialogs import confirm
from caregiver_app.ui.widgets.saving import busy_cursor, describe_failure
from caregiver_app.ui.widgets.text import tr

_STORE_FAULTS = (OSError, LockedError, sqlite3.Error, DatabaseFaultError)


class PrivateCommands(QObject):
    def __init__(self, area: PrivateArea):
        super().__init__(area)
        self.area = area
        self.session = area.session

    def set_passcode(self) -> None:
        if self.area.profile.has_passcode:
            self.change_passcode()
            return
        area, session = self.area, self.session
        from caregiver_app.ui.private.passcode_dialogs import SetPasscodeDialog  # noqa: PLC0415

        dialog = SetPasscodeDialog(session.store, area.profile, area.host)
        accepted = (
            dialog.exec() == SetPasscodeDialog.DialogCode.Accepted and dialog.vault is not None
        )
        vault = dialog.vault
        area.destroy(dialog)
        if accepted:
            session.reload_profile()
            area.clear_views()
            session.vault = vault
            area.opened()
            area.show_again()

    def change_passcode(self) -> None:
        area = self.area
        if not area.unlock() or self.session.vault is None:
            return
        from caregiver_app.ui.private.passcode_dialogs import ChangePasscodeDialog  # noqa: PLC0415

        area.run_dialog(
            ChangePasscodeDialog(self.session.store, area.profile, self.session.vault, area.host)
        )

    def remove_passcode(self) -> None:
        area, session = self.area, self.session
        if not area.profile.has_passcode:
            return
        area.lock()  # removing protection needs the passcode typed again, not an open session
        if not area.unlock() or session.vault is None:
            return
        if not confirm(
            area.host,
            tr("Remove the passcode?"),
            tr(
                "Your private entries will be stored without encryption, and anyone who uses this "
                "computer could read them. Remove the passcode?"
            ),
        ):
            return
        try:
            with busy_cursor():
                damaged = passcodes.remove_passcode(
                    session.store.connection, area.profile.id, session.vault
                )
        except _STORE_FAULTS as error:
            QMessageBox.warning(
                area.host,
                tr("The passcode was not removed"),
                tr("Your entries stay encrypted: %s.") % describe_failure(error),
            )
            return
        session.reload_profile()
        area.clear_views()
        session.set_vault(None)
        area.show_again()
        if damaged:
            QMessageBox.information(
                area.host,
                tr("Some entries were kept aside"),
                tr(
                    "%d entries could not be trusted, so they were kept aside and not made "
                    "readable."
                )
                % damaged,
            )

    def delete_all(self) -> None:
        area = self.area
        if not area.unlock():
            return
        if not confirm(
            area.host,
            tr("Delete all your private data?"),
            tr(
                "This deletes every stress check-in, reflection and weekly check-in, the "
                "warning-signs plan and its observations, and the signs watched with every "
                "day ticked, of %s. Lesson progress stays. This cannot be undone."
            )
            % area.profile.name,
        ):
            return
        try:
            area.data().delete_all()
        except _STORE_FAULTS as error:
            QMessageBox.warning(
                area.host,
                tr("Nothing was deleted"),
                tr("Your private data could not be deleted: %s.") % describe_failure(error),
            )
            return
        area.show_again()
        self.session.say(tr("Your private data was deleted."), 4000)

    def weekly_checkin(self) -> None:
        area, library = self.area, self.session.library
        from caregiver_app.lessons.weekly import load_weekly_checkin  # noqa: PLC0415 (first use)

        checkin, _problems = load_weekly_checkin(library.language_dir, library.root)
        if checkin is None:
            QMessageBox.information(
                area.host,
                tr("Weekly check-in"),
                tr("This content folder has no weekly check-in."),
            )
            return
        if not area.unlock():
            return
        from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog  # noqa: PLC0415

        dialog = WeeklyCheckinDialog(checkin, area.data(), library, area.host)
        dialog.lesson_requested.connect(self.session.open_lesson)
        dialog.support_requested.connect(lambda: self.session.go(View.SUPPORT))
        area.run_dialog(dialog)
