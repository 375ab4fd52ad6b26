"""Files out of and into the private area: the stress log as CSV, a report for the doctor and
the plan as PDF, and importing a stress log. Never offered in kiosk mode, where no file may
leave or enter; every file that leaves is unencrypted, and the user is told so first."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import LockedError
from caregiver_app.ui.private.area import PrivateArea
from caregiver_app.ui.widgets.dialogs import confirm
from caregiver_app.ui.widgets.saving import busy_cursor, describe_failure
from caregiver_app.ui.widgets.text import tr


class PrivateFiles(QObject):
    def __init__(self, area: PrivateArea):
        super().__init__(area)
        self.area = area
        self.session = area.session

    # Small methods so tests can answer the file dialogs and the question for the user.

    def ask_save_path(self, title: str, suggested: str, filter_text: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        path, _ = QFileDialog.getSaveFileName(
            self.area.host, title, str(Path.home() / suggested), filter_text
        )
        return Path(path) if path else None

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        path, _ = QFileDialog.getOpenFileName(self.area.host, title, str(Path.home()), filter_text)
        return Path(path) if path else None

    def warn_unencrypted(self) -> bool:
        return confirm(
            self.area.host,
            tr("The file will not be encrypted"),
            tr(
                "Anyone who can open the file you save can read it, whatever your passcode. "
                "Keep it somewhere safe, and delete it when you no longer need it. Continue?"
            ),
        )

    def _may_leave(self) -> bool:
        return not self.session.kiosk and self.warn_unencrypted()

    def _failed(self, title: str, text: str, error: BaseException) -> None:
        QMessageBox.warning(self.area.host, title, text % describe_failure(error))

    def export_csv(self) -> None:
        if not self._may_leave():
            return
        target = self.ask_save_path(tr("Export the stress log"), "stress-log.csv", "CSV (*.csv)")
        if target is None:
            return
        from caregiver_app.store.csvfiles import export_entries  # noqa: PLC0415

        try:
            with busy_cursor():
                export_entries(self.area.data().entries(), target)
        except (OSError, LockedError, sqlite3.Error) as error:
            self._failed(tr("Export failed"), tr("Nothing was saved: %s."), error)
            return
        self.session.saved_file(target)

    def export_signs_csv(self) -> None:
        """The days' ticks as a spreadsheet, for the care team."""
        if not self._may_leave():
            return
        target = self.ask_save_path(tr("Export the signs"), "signs.csv", "CSV (*.csv)")
        if target is None or self.area.locked:
            return
        from caregiver_app.store.csvfiles import export_sign_days  # noqa: PLC0415

        try:
            with busy_cursor():
                data = self.area.data()
                export_sign_days(data.signs(), data.sign_days(), target)
        except (OSError, LockedError, sqlite3.Error) as error:
            self._failed(tr("Export failed"), tr("Nothing was saved: %s."), error)
            return
        self.session.saved_file(target)

    def import_csv(self) -> None:
        area, session = self.area, self.session
        if session.kiosk:
            return
        source = self.ask_open_path(tr("Import a stress log"), "CSV (*.csv *.txt)")
        if source is None or area.locked:  # the area may have locked while the dialog was open
            return
        from caregiver_app.ui.private.import_dialog import ImportDialog  # noqa: PLC0415 (on first use)

        dialog = ImportDialog(source, session.store, area.profile.id, session.vault, area.host)
        dialog.start()
        dialog.exec()
        imported = dialog.imported
        dialog.deleteLater()
        if imported:
            area.show_again()

    def export_report(self) -> None:
        if not self._may_leave():
            return
        target = self.ask_save_path(
            tr("Save a report for your doctor"), "stress-report.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return
        chart = self.area.stress_view.chart_image(days=30)  # the report covers 30 days
        from caregiver_app.ui.private.reports import stress_report_html, write_pdf  # noqa: PLC0415 (on first use)

        try:
            with busy_cursor():
                write_pdf(
                    stress_report_html(self.area.data().entries(), self.area.profile.name),
                    target,
                    {"chart": chart},
                )
        except (OSError, LockedError) as error:
            self._failed(tr("Could not save the report"), tr("The report was not saved: %s"), error)
            return
        self.session.saved_file(target)

    def export_plan(self) -> None:
        if not self._may_leave():
            return
        target = self.ask_save_path(
            tr("Save the plan as a page"), "warning-signs-plan.pdf", "PDF (*.pdf)"
        )
        if target is None or self.area.locked:
            return
        self.area.plan_view.save()
        with_observations = self.area.plan_view.include_observations.isChecked()
        weeks = int(self.area.plan_view.include_signs.currentData() or 0)
        from caregiver_app.store.sign_watch import week_grid  # noqa: PLC0415
        from caregiver_app.ui.private.plan_page import save_plan_pdf  # noqa: PLC0415 (on first use)

        try:
            with busy_cursor():
                data = self.area.data()
                grid = (
                    week_grid(data.signs(), data.sign_days(), weeks, date.today())
                    if weeks
                    else None
                )
                observations = data.observations() if with_observations else ()
                save_plan_pdf(data.plan(), target, observations, grid)
        except (OSError, LockedError) as error:
            self._failed(tr("Could not save the plan"), tr("The page was not saved: %s"), error)
            return
        self.session.saved_file(target)
