"""Watching for their signs: the day's glance (tick what was seen), the pattern over weeks, the
family's own list of signs, and the agreed thresholds with a calm reminder of the plan.

The signs are the family's own, first taken from the plan's "What it looks like" boxes. When a
threshold is met, the page shows once per episode what the plan says to do for that stage;
never as an alarm, never as a diagnosis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import PrivateData
from caregiver_app.store.sign_watch import Grid, Watch, signs_from_plan_text, week_grid
from caregiver_app.store.signs import WATCHED_STAGES, SignDay, SignError, SignRules
from caregiver_app.ui.private.signs_day import DayTicks
from caregiver_app.ui.private.signs_editor import SignsEditor
from caregiver_app.ui.private.signs_prompt import SignsPrompt
from caregiver_app.ui.private.signs_rules import SignRulesBox
from caregiver_app.ui.private.signs_timeline import SignsTimeline
from caregiver_app.ui.private.stages import stage_title
from caregiver_app.ui.widgets.page import centred_page, show_privacy_note
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.text import Level, heading

RANGES = (4, 12, 52)  # weeks the timeline can show


def _card(title: str, *parts: QWidget) -> QFrame:
    card = QFrame()
    card.setObjectName("groupCard")
    layout = QVBoxLayout(card)
    layout.addWidget(heading(title, Level.SECTION))
    for part in parts:
        layout.addWidget(part)
    return card


class SignsView(QWidget):
    support_requested = Signal()
    plan_requested = Signal()
    set_passcode_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.private: PrivateData | None = None
        self._watch: Watch | None = None  # the signs and days as last read (once per change)
        self.today = date.today()
        self.weeks = RANGES[0]
        self.writer = StoreWriter(self.tr("Your signs"), self)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.linkActivated.connect(lambda _link: self.set_passcode_requested.emit())
        self.start = QLabel()
        self.start.setObjectName("pageIntro")
        self.start.setWordWrap(True)
        self.prompt = SignsPrompt()
        self.prompt.plan_requested.connect(self.plan_requested)
        self.prompt.support_requested.connect(self.support_requested)
        self.prompt_text, self.prompt_support = self.prompt.text, self.prompt.support
        self.ticks = DayTicks()
        self.ticks.ticked.connect(self._save_day)
        self.ticks.day_changed.connect(lambda _day: self._show_day())
        self.timeline = SignsTimeline()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.editor = SignsEditor()
        self._connect_editor()
        self.rules_box = SignRulesBox()
        self.rules_box.changed.connect(self._save_rules)
        self._lay_out()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Tick the signs you noticed today; it takes seconds, and nothing is needed "
                "every day (a day left out is a gap, not a day without signs). Over weeks, the "
                "pattern shows whether things are changing."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("pageIntro")
        column = QVBoxLayout()
        column.setSpacing(12)
        for widget in (heading(self.tr("Watching for signs"), Level.PAGE), intro, self.privacy):
            column.addWidget(widget)
        column.addWidget(self.prompt)
        column.addWidget(self.start)
        self.day_card = _card(self.tr("What did you notice today?"), self.ticks)
        self.pattern_card = _card(
            self.tr("The pattern"), self._range_row(), self.timeline, self.summary
        )
        column.addWidget(self.day_card)
        column.addWidget(self.pattern_card)
        column.addWidget(_card(self.tr("Your signs"), self.editor))
        column.addWidget(_card(self.tr("When to act"), self.rules_box))
        column.addStretch(1)
        centred_page(self, column, 960)

    def _range_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.range_buttons = QButtonGroup(self)
        for weeks in RANGES:
            button = QPushButton(self.tr("%d weeks") % weeks)
            button.setCheckable(True)
            button.setObjectName("rangeButton")
            button.setChecked(weeks == self.weeks)
            button.setAccessibleDescription(self.tr("How many weeks the timeline shows"))
            button.clicked.connect(lambda _on, w=weeks: self.show_weeks(w))
            self.range_buttons.addButton(button, weeks)
            layout.addWidget(button)
        self.with_stress = QCheckBox(self.tr("Show my stress log beside it"))
        self.with_stress.setObjectName("signsWithStress")
        self.with_stress.setAccessibleDescription(
            self.tr("Add a row of your own stress, week by week, under the signs")
        )
        self.with_stress.toggled.connect(lambda _on: self._draw_pattern())
        layout.addWidget(self.with_stress)
        layout.addStretch(1)
        return row

    def _connect_editor(self) -> None:
        editor = self.editor
        editor.add_requested.connect(
            lambda stage, wording: self._change(lambda p: p.add_sign(stage, wording), editor.added)
        )
        editor.reword_requested.connect(
            lambda sign, wording: self._change(lambda p: p.reword_sign(sign, wording))
        )
        editor.move_requested.connect(
            lambda sign, steps: self._change(lambda p: p.move_sign(sign, steps))
        )
        editor.retire_requested.connect(
            lambda sign, retired: self._change(lambda p: p.retire_sign(sign, retired))
        )
        editor.common_requested.connect(
            lambda stage, wordings: self._change(lambda p: p.add_signs(stage, wordings))
        )
        editor.from_plan_requested.connect(self.take_signs_from_plan)

    # --- data ------------------------------------------------------------------------------

    def show_private(
        self, private: PrivateData, kept: bool = True, today: date | None = None
    ) -> None:
        self.private = private
        self.today = today or date.today()
        self.ticks.set_today(self.today)
        self.rules_box.show_rules(private.sign_rules())
        self.prompt.hide()  # shown once: opening the page again does not bring it back
        self.refresh()
        show_privacy_note(
            self.privacy,
            kept=kept,
            protected=private.protected,
            what=self.tr("these signs"),
            not_shown=private.not_shown(),
        )
        self._prompt_if_due()

    def refresh(self) -> None:
        """Everything on the page drawn again from what is stored."""
        if self.private is None:
            return
        self._watch = Watch(self.private.signs(), self.private.sign_days())
        signs = list(self._watch.signs)
        self.editor.show_signs(signs)
        self._show_day()
        has_plan_signs = any(
            self.private.plan().stages[stage].signs.strip() for stage in WATCHED_STAGES
        )
        self.editor.from_plan.setVisible(has_plan_signs)
        self.start.setVisible(not signs)
        for card in (self.day_card, self.pattern_card):  # nothing to tick or draw yet
            card.setVisible(bool(signs))
        self.start.setText(
            self.tr(
                "Start with the signs of your own plan (“What it looks like” for each stage), "
                "or with the common signs from the lessons; then change them into your words."
            )
            if has_plan_signs
            else self.tr(
                "No signs yet. Write them in your plan under “What it looks like”, or add the "
                "common signs from the lessons below and change them into your own words."
            )
        )
        self._draw_pattern()

    def _show_day(self) -> None:
        if self.private is not None and self._watch is not None:
            day = self.ticks.chosen_day()
            self.ticks.show_signs(list(self._watch.signs), self.private.sign_day(day))

    def show_weeks(self, weeks: int) -> None:
        self.weeks = weeks
        self.range_buttons.button(weeks).setChecked(True)
        self._draw_pattern()

    def _draw_pattern(self) -> None:
        watch = self._watch
        if watch is None:
            return
        signs = watch.signs
        grid = week_grid(signs, watch.days, self.weeks, self.today)
        lines = []
        for stage in WATCHED_STAGES:
            seen, on_days = watch.summary(stage, self.today)
            lines.append(
                self.tr("%1: %n sign(s) seen on %3 of the last 7 days.", "", seen)
                .replace("%1", stage_title(stage))
                .replace("%3", str(on_days))
            )
        description = " ".join(lines)
        self.summary.setText(description)
        stress = self._stress_weeks(grid) if self.with_stress.isChecked() else ()
        self.timeline.show_grid(grid if signs else None, description, stress)
        self.timeline.setVisible(bool(signs))

    def _stress_weeks(self, grid: Grid) -> tuple[float | None, ...]:
        """Each week's mean stress from the stress log (None for a week with no check-in)."""
        if self.private is None:
            return ()
        totals: dict[int, list[int]] = {}
        for entry in self.private.entries(since=grid.first_monday):
            totals.setdefault((entry.day - grid.first_monday).days // 7, []).append(entry.stress)
        return tuple(
            sum(totals[week]) / len(totals[week]) if week in totals else None
            for week in range(len(grid.filled))
        )

    def current_grid(self) -> Grid | None:
        """The grid on screen now (for the plan's printed page)."""
        return self.timeline.grid

    def _change(
        self, change: Callable[[PrivateData], object], then: Callable[[], None] | None = None
    ) -> None:
        private = self.private
        if private is None:
            return
        try:
            saved = self.writer.attempt(lambda: change(private))
        except SignError as error:
            self.editor.say(self._why_not(error))
            return
        if saved.ok:
            if then is not None:
                then()
            self.editor.say("")
            self.refresh()

    def _why_not(self, error: SignError) -> str:
        if error.reason == "duplicate":
            return self.tr("“%s” is already one of the signs.") % error.wording
        if error.reason == "empty":
            return self.tr("A sign needs a few words.")
        if error.reason == "future":
            return self.tr("A day that has not come yet cannot be filled in.")
        if error.reason == "too many":
            return self.tr("This profile has as many signs as it can keep; stop watching some.")
        return self.tr("That sign is no longer in this profile.")

    def take_signs_from_plan(self) -> None:
        if self.private is None:
            return
        plan = self.private.plan()
        by_stage = {
            stage: signs_from_plan_text(plan.stages[stage].signs) for stage in WATCHED_STAGES
        }

        def add_all(private: PrivateData) -> None:
            for stage, wordings in by_stage.items():
                private.add_signs(stage, wordings)

        self._change(add_all)

    def _save_day(self, day: SignDay) -> None:
        private = self.private
        if private is None:
            return
        try:
            saved = self.writer.attempt(lambda: private.save_sign_day(day, self.today))
        except SignError as error:
            self.editor.say(self._why_not(error))
            return
        if saved.ok:
            self._watch = Watch(
                self._watch.signs if self._watch else private.signs(), private.sign_days()
            )
            self._draw_pattern()
            self._prompt_if_due()

    def _save_rules(self, rules: SignRules) -> None:
        private = self.private
        if private is not None and self.writer.attempt(lambda: private.save_sign_rules(rules)).ok:
            self._prompt_if_due()

    # --- the reminder ------------------------------------------------------------------------

    def _prompt_if_due(self) -> None:
        """Once per episode: the plan's own words for the most urgent stage met."""
        private, watch = self.private, self._watch
        if private is None or watch is None:
            return
        rules = private.sign_rules()
        due = watch.due_prompts(rules, self.today)
        if not due:
            return
        self.prompt.show_for(due[0], private.plan().stages[due[0]])
        prompted = dict(rules.prompted)
        for each in due:
            prompted[each] = self.today.isoformat()
        self.writer.attempt(lambda: private.save_sign_rules(replace(rules, prompted=prompted)))

    def clear(self) -> None:
        """Forget the profile's data and empty every widget (on lock, switch or restore)."""
        self.private = None
        self._watch = None
        self.ticks.clear()
        self.editor.show_signs([])
        self.editor.say("")
        self.timeline.show_grid(None, "")
        self.summary.clear()
        self.prompt.clear()

    def restyle(self) -> None:
        self.timeline.update()
