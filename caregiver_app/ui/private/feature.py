"""The private area as the window sees it: its pages, and its commands wired to the buttons
on those pages when they are first built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caregiver_app.ui.private.area import PrivateArea
from caregiver_app.ui.private.commands import PrivateCommands
from caregiver_app.ui.private.files import PrivateFiles
from caregiver_app.ui.session import Session


def private_feature(
    session: Session, host: QWidget
) -> tuple[PrivateArea, PrivateCommands, PrivateFiles]:
    """The area with its commands."""
    area = PrivateArea(session, host)
    commands = PrivateCommands(area)
    files = PrivateFiles(area)

    def wire(view: QWidget) -> None:
        # Called as each page is first built, when its module is loaded anyway.
        from caregiver_app.ui.private.plan_view import PlanView  # noqa: PLC0415
        from caregiver_app.ui.private.stress_log_view import StressLogView  # noqa: PLC0415

        if isinstance(view, StressLogView):
            view.set_passcode_requested.connect(commands.set_passcode)
            view.weekly_requested.connect(commands.weekly_checkin)
            view.export_requested.connect(files.export_csv)
            view.import_requested.connect(files.import_csv)
            view.report_requested.connect(files.export_report)
        elif isinstance(view, PlanView):
            view.set_passcode_requested.connect(commands.set_passcode)
            view.export_requested.connect(files.export_plan)

    area.view_built.connect(wire)
    return area, commands, files
