"""When to act, in plain words the family can agree on: "2 or more early signs on the same day,
on 3 of the last 7 days"; "any getting-worse sign"; "any crisis sign"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from caregiver_app.store.signs import SignRules


class SignRulesBox(QWidget):
    changed = Signal(object)  # the SignRules as set now

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rules = SignRules()
        self._loading = False
        self.early_signs = self._spin(1, 20, self.tr("Early signs on the same day"))
        self.early_days = self._spin(1, 60, self.tr("Days it takes"))
        self.window_days = self._spin(1, 60, self.tr("Days looked back over"))
        self.any_worse = QCheckBox(self.tr("Any getting-worse sign in that time"))
        self.any_crisis = QCheckBox(self.tr("Any crisis sign in that time"))
        for box in (self.any_worse, self.any_crisis):
            box.toggled.connect(self._emit)
            box.setAccessibleDescription(self.tr("When ticked, one such sign is enough"))
        explanation = QLabel(
            self.tr(
                "Agree on these together, with your family member when they are well. When one "
                "is met, this page shows what your plan says to do for that stage, once. It is "
                "a reminder of your own plan, not a diagnosis."
            )
        )
        explanation.setWordWrap(True)
        explanation.setObjectName("pageIntro")
        early = QHBoxLayout()
        for widget in (
            self.early_signs,
            QLabel(self.tr("or more early signs on the same day, on")),
            self.early_days,
            QLabel(self.tr("of the last")),
            self.window_days,
            QLabel(self.tr("days")),
        ):
            early.addWidget(widget)
        early.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(early)
        layout.addWidget(self.any_worse)
        layout.addWidget(self.any_crisis)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        spin.setAccessibleDescription(self.tr("Part of the rule for early signs"))
        spin.valueChanged.connect(self._emit)
        return spin

    def show_rules(self, rules: SignRules) -> None:
        self._loading = True
        self._rules = rules
        self.window_days.setValue(rules.window_days)
        self.early_signs.setValue(rules.early_signs)
        self.early_days.setValue(rules.early_days)
        self.any_worse.setChecked(rules.any_worse)
        self.any_crisis.setChecked(rules.any_crisis)
        self._loading = False

    def rules(self) -> SignRules:
        return replace(
            self._rules,
            early_signs=self.early_signs.value(),
            early_days=min(self.early_days.value(), self.window_days.value()),
            window_days=self.window_days.value(),
            any_worse=self.any_worse.isChecked(),
            any_crisis=self.any_crisis.isChecked(),
        ).checked()

    def _emit(self) -> None:
        if not self._loading:
            self._rules = self.rules()
            self.changed.emit(self._rules)
