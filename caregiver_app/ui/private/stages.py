"""The four stages of the warning-signs plan as the app shows them: their names and colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP

# Marked for lupdate in the plan's context, where they were first translated.
STAGE_TITLES = {
    "well": QT_TRANSLATE_NOOP("PlanView", "Well"),
    "early": QT_TRANSLATE_NOOP("PlanView", "Early signs"),
    "worse": QT_TRANSLATE_NOOP("PlanView", "Getting worse"),
    "crisis": QT_TRANSLATE_NOOP("PlanView", "Crisis"),
}


def stage_title(stage: str) -> str:
    """The stage's name, in the app's language."""
    return QCoreApplication.translate("PlanView", STAGE_TITLES[stage])


STAGE_BOXES = {"well": "tip", "early": "warning", "worse": "orange", "crisis": "danger"}
