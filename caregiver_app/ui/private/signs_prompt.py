"""The calm reminder shown when an agreed threshold is met: the plan's own "What to do" and "Who
to contact" for that stage, once per episode, with Get support for a crisis. Never an alarm,
never a diagnosis: it repeats what the family wrote."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.store import StagePlan
from caregiver_app.ui.private.stages import stage_title


class SignsPrompt(QFrame):
    plan_requested = Signal()
    support_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedBar")  # the quiet strip of "Saved to …", not a warning
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("signsPromptText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the plan is the family's words
        self.plan = QPushButton(self.tr("Open the plan"))
        self.plan.clicked.connect(self.plan_requested)
        self.support = QPushButton(self.tr("Get support"))
        self.support.setObjectName("getSupportButton")
        self.support.clicked.connect(self.support_requested)
        self.close_button = QPushButton(self.tr("Thank you, I've read it"))
        self.close_button.clicked.connect(self.hide)
        for button, text in (
            (self.plan, self.tr("The whole plan, to read or change")),
            (self.support, self.tr("Crisis lines and services")),
            (
                self.close_button,
                self.tr("Put this reminder away; it will not come back for this time"),
            ),
        ):
            button.setAccessibleDescription(text)
        buttons = QHBoxLayout()
        for button in (self.plan, self.support, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_for(self, stage: str, plan: StagePlan) -> None:
        parts = [
            self.tr(
                "The signs you agreed to act on for “%1” have shown up. Your plan says:"
            ).replace("%1", stage_title(stage))
        ]
        if plan.actions.strip():
            parts.append(self.tr("What to do: %s") % plan.actions.strip())
        if plan.contacts.strip():
            parts.append(self.tr("Who to contact: %s") % plan.contacts.strip())
        if len(parts) == 1:
            parts.append(self.tr("Your plan has no steps for this stage yet: open it to add them."))
        self.text.setText("\n\n".join(parts))
        self.support.setVisible(stage == "crisis")
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()
