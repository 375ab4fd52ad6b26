"""The About box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app import __version__
from caregiver_app.ui.widgets.text import tr


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        tr("About Caregiver Companion"),
        tr(
            "Caregiver Companion %s\n\nLessons for families caring for someone with a mental "
            "illness. It works offline and sends nothing anywhere.\n\nIt is education, not "
            "diagnosis or treatment. In an emergency, call your local emergency number."
        )
        % __version__,
    )
