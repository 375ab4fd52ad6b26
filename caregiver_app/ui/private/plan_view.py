"""The warning-signs plan: by stage, what it looks like, what to do and who to contact; plus
observations over time, and a one-page copy for the care team."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import STAGES, Observation, Plan, PrivateData, StagePlan
from caregiver_app.ui.private.plan_page import FIELDS
from caregiver_app.ui.private.stages import STAGE_BOXES, STAGE_TITLES
from caregiver_app.ui.widgets.dates import day_text, local_day, show_days_readably, to_date
from caregiver_app.ui.widgets.page import centred_page, show_privacy_note
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP, Level, heading
from caregiver_app.ui.widgets.theme import palette

# Marked for lupdate; translated where shown, in this class's context.
FIELD_HINTS = {
    "signs": QT_TRANSLATE_NOOP("PlanView", "The signs you or they notice at this stage"),
    "actions": QT_TRANSLATE_NOOP("PlanView", "The steps you agreed for this stage"),
    "contacts": QT_TRANSLATE_NOOP("PlanView", "Names and numbers to call at this stage"),
}
SIGNS_CHOICE = {
    "name": QT_TRANSLATE_NOOP("PlanView", "Signs timeline on the page"),
    "description": QT_TRANSLATE_NOOP("PlanView", "Add the signs seen, week by week, to the page"),
    "none": QT_TRANSLATE_NOOP("PlanView", "No signs timeline"),
    "weeks": QT_TRANSLATE_NOOP("PlanView", "Signs of the last %d weeks"),
}
SAVE_AFTER_MS = 600


class PlanView(QWidget):
    saved = Signal(str)
    export_requested = Signal()
    set_passcode_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.private: PrivateData | None = None
        self.writer = StoreWriter(self.tr("Your plan"), self)  # the window shows failures
        self.fields: dict[tuple[str, str], QPlainTextEdit] = {}
        self.stage_cards: dict[str, QFrame] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save)
        self._loading = False
        # The last observation removed, with its profile's id, while it can still be put back.
        self._removed: tuple[int, Observation] | None = None
        self._build_ui()
        self.restyle()

    def restyle(self) -> None:
        """Each stage's card in its colour, in the current theme."""
        for stage, card in self.stage_cards.items():
            fill, edge, title = palette().boxes[STAGE_BOXES[stage]]
            card.setStyleSheet(
                f"QFrame#stage-{stage} {{ background: {fill}; border: 2px solid {edge}; "
                f"border-radius: 10px; }} QLabel#stageHeading-{stage} {{ color: {title}; "
                "font-weight: bold; font-size: 14pt; }"
            )
        self._fill_timeline()

    def _build_ui(self) -> None:
        title = heading(self.tr("Warning-signs plan"), Level.PAGE)
        intro = QLabel(
            self.tr(
                "Build this together with your family member when they are well, in their own "
                "words where you can. The lessons “Building a relapse signature together” and “An "
                "action plan for each stage” show how. It saves as you type."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("pageIntro")
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.linkActivated.connect(lambda _link: self.set_passcode_requested.emit())
        self.person = QLineEdit()
        self.person.setObjectName("planPerson")
        self.person.setPlaceholderText(self.tr("Whose plan is this? (a first name)"))
        self.person.setAccessibleName(self.tr("Whose plan is this"))
        self.person.textChanged.connect(self._changed)
        self.export_button = QPushButton(self.tr("Save as one page (PDF)…"))
        self.export_button.setToolTip(self.tr("Save the plan as one page to print or share"))
        self.export_button.setObjectName("planExportButton")
        self.export_button.clicked.connect(self.export_requested)
        # Off unless chosen: the page may be pinned up or handed over, and the dated notes are
        # more personal than the plan.
        self.include_observations = QCheckBox(self.tr("Include my observations"))
        self.include_observations.setObjectName("planIncludeObservations")
        self.include_observations.setToolTip(
            self.tr("Add the dated list of what you have noticed (below) to the page")
        )
        self.include_signs = _signs_choice()
        self.status = QLabel()
        self.status.setObjectName("lessonMeta")
        top = QHBoxLayout()
        top.addWidget(self.person, 1)
        top.addWidget(self.include_observations)
        top.addWidget(self.include_signs)
        top.addWidget(self.export_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        for widget in (title, intro, self.privacy):
            column.addWidget(widget)
        column.addLayout(top)
        column.addWidget(self.status)
        for stage in STAGES:
            column.addWidget(self._stage_card(stage))
        column.addWidget(self._observations_card())
        column.addStretch(1)
        centred_page(self, column, 960)

    def _stage_card(self, stage: str) -> QFrame:
        card = QFrame()
        card.setObjectName(f"stage-{stage}")
        self.stage_cards[stage] = card
        card.setAccessibleName(self.tr(STAGE_TITLES[stage]))
        grid = QGridLayout(card)
        stage_title = QLabel(self.tr(STAGE_TITLES[stage]))
        stage_title.setObjectName(f"stageHeading-{stage}")
        grid.addWidget(stage_title, 0, 0, 1, 3)
        for column, (key, label) in enumerate(FIELDS):
            caption = QLabel(self.tr(label))
            editor = QPlainTextEdit()
            editor.setObjectName(f"{stage}-{key}")
            editor.setAccessibleName(f"{self.tr(STAGE_TITLES[stage])}: {self.tr(label)}")
            editor.setToolTip(self.tr(FIELD_HINTS[key]))
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(70)
            editor.setMaximumHeight(140)
            editor.textChanged.connect(self._changed)
            self.fields[(stage, key)] = editor
            grid.addWidget(caption, 1, column)
            grid.addWidget(editor, 2, column)
        return card

    def _observations_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("moduleCard")
        layout = QVBoxLayout(card)
        title = heading(self.tr("What you have noticed, over time"), Level.SECTION)
        self.observation_day = QDateEdit(QDate.currentDate())
        self.observation_day.setCalendarPopup(True)
        show_days_readably(self.observation_day)
        self.observation_day.setMaximumDate(QDate.currentDate())
        self.observation_day.setAccessibleName(self.tr("Day of the observation"))
        self.observation_day.setToolTip(self.tr("The day you noticed it"))
        self.observation_stage = QComboBox()
        self.observation_stage.setAccessibleName(self.tr("Stage"))
        self.observation_stage.setToolTip(self.tr("The stage of the plan it fits best"))
        for stage in STAGES:
            self.observation_stage.addItem(self.tr(STAGE_TITLES[stage]), stage)
        self.observation_note = QLineEdit()
        self.observation_note.setObjectName("observationNote")
        self.observation_note.setPlaceholderText(
            self.tr("What did you notice? e.g. up at 3am, skipped dinner")
        )
        self.observation_note.setAccessibleName(self.tr("Observation"))
        self.observation_note.setToolTip(self.tr("What you noticed, in a few words"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addObservationButton")
        add.setToolTip(self.tr("Add it to the list below"))
        row = QHBoxLayout()
        row.addWidget(self.observation_day)
        row.addWidget(self.observation_stage)
        row.addWidget(self.observation_note, 1)
        row.addWidget(add)
        self.timeline = QListWidget()
        self.timeline.setObjectName("observationTimeline")
        self.timeline.setAccessibleName(self.tr("Observations, oldest first"))
        self.timeline.setToolTip(self.tr("Choose one to remove it"))
        self.timeline.setMinimumHeight(140)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setObjectName("removeObservationButton")
        remove.setToolTip(self.tr("Remove the chosen observation; you can undo it"))
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.timeline)
        layout.addLayout(self._removal_row(remove))
        add.clicked.connect(self.add_observation)
        self.observation_note.returnPressed.connect(self.add_observation)
        remove.clicked.connect(self.remove_observation)
        return card

    def _removal_row(self, remove: QPushButton) -> QHBoxLayout:
        """[Remove selected]  Removed “…” (09 Mar 2026). [Undo]: the undo shown after a removal."""
        self.removed_note = QLabel()
        self.removed_note.setObjectName("observationRemoved")
        self.removed_note.setTextFormat(Qt.TextFormat.PlainText)  # the note is the user's words
        self.removed_note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoRemoveObservationButton")
        self.undo_button.setAccessibleName(self.tr("Undo removing the observation"))
        self.undo_button.setToolTip(self.tr("Put the removed observation back"))
        self.undo_button.clicked.connect(self.undo_remove)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addWidget(self.removed_note, 1)  # wraps only when the window is narrow
        row.addWidget(self.undo_button)
        self._forget_removed()
        return row

    # --- data ----------------------------------------------------------------------------

    def show_private(self, private: PrivateData, kept: bool = True) -> None:
        self.private = private
        self._loading = True
        plan = private.plan()
        self.person.setText(plan.person)
        for (stage, key), editor in self.fields.items():
            editor.setPlainText(getattr(plan.stages.get(stage, StagePlan()), key))
        self._loading = False
        saved_on = local_day(plan.updated_at)
        self.status.setText(self.tr("Last saved %s") % day_text(saved_on) if saved_on else "")
        self._fill_timeline()
        show_privacy_note(  # after reading: it counts what could not be trusted
            self.privacy,
            kept=kept,
            protected=private.protected,
            what=self.tr("this plan"),
            not_shown=private.not_shown(),
        )

    def clear(self) -> None:
        """Forget the profile's data and empty every widget (on lock, switch or restore)."""
        self._save_timer.stop()
        self.private = None
        self._loading = True
        self.person.clear()
        for editor in self.fields.values():
            editor.clear()
        self.observation_note.clear()
        self.timeline.clear()
        self._forget_removed()
        self._loading = False
        self.status.clear()

    def current_plan(self) -> Plan:
        stages = {
            stage: StagePlan(**{key: self.fields[(stage, key)].toPlainText() for key, _ in FIELDS})
            for stage in STAGES
        }
        return Plan(self.person.text().strip(), stages)

    def _changed(self) -> None:
        if not self._loading:
            self.status.setText(self.tr("Saving…"))
            self._save_timer.start()

    def save(self) -> None:
        """Saves now (also called when leaving the page or locking)."""
        self._save_timer.stop()
        if self.private is None or self.private.locked:
            return
        private, plan = self.private, self.current_plan()
        if not self.writer.attempt(lambda: private.save_plan(plan)).ok:
            self.status.setText(self.tr("Not saved. What you wrote is still here."))
            return
        self.status.setText(self.tr("✓ Saved"))

    def add_observation(self) -> None:
        note = self.observation_note.text().strip()
        if not note or self.private is None:
            return
        private = self.private
        day, stage = to_date(self.observation_day.date()), self.observation_stage.currentData()
        if not self.writer.attempt(lambda: private.add_observation(day, stage, note)).ok:
            return  # the note stays in its box; the banner says why
        self.observation_note.clear()
        self._fill_timeline()

    def remove_observation(self) -> None:
        """Remove the chosen observation at once, and offer to put it back."""
        item = self.timeline.currentItem()
        if item is None or self.private is None:
            return
        private, observation_id = self.private, int(item.data(256))
        removed = next((o for o in private.observations() if o.id == observation_id), None)
        if removed is None:
            return
        if not self.writer.attempt(lambda: private.delete_observation(observation_id)).ok:
            return  # nothing was removed; the banner says why
        self._removed = (private.profile_id, removed)
        short = removed.note if len(removed.note) <= 40 else removed.note[:39].rstrip() + "…"
        said = self.tr("Removed “%1” (%2).").replace("%1", short)
        self.removed_note.setText(said.replace("%2", day_text(removed.day)))
        self.removed_note.show()
        self.undo_button.show()
        self._fill_timeline()

    def undo_remove(self) -> None:
        """Put the last removed observation back, as it was (never into another profile)."""
        if self._removed is None or self.private is None:
            return
        (profile_id, removed), private = self._removed, self.private
        if profile_id != private.profile_id:
            return
        if not self.writer.attempt(
            lambda: private.add_observation(removed.day, removed.stage, removed.note)
        ).ok:
            return  # the undo stays offered; the banner says why
        self._forget_removed()
        self._fill_timeline()

    def _forget_removed(self) -> None:
        self._removed = None
        self.removed_note.clear()
        self.removed_note.hide()
        self.undo_button.hide()

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        if self.private is None:
            return
        for observation in self.private.observations():
            stage = self.tr(STAGE_TITLES[observation.stage])
            label = f"{day_text(observation.day)}  ·  {stage}  ·  {observation.note}"
            item = QListWidgetItem(label)
            item.setData(256, observation.id)
            item.setForeground(_stage_colour(observation.stage))
            self.timeline.addItem(item)


def _stage_colour(stage: str) -> QColor:
    return QColor(palette().boxes[STAGE_BOXES[stage]][2])


def _signs_choice() -> QComboBox:
    """Whether the printed page carries the signs timeline, and for how many weeks."""

    def translated(text: str) -> str:
        return QCoreApplication.translate("PlanView", text)

    choice = QComboBox()
    choice.setObjectName("planIncludeSigns")
    choice.setAccessibleName(translated(SIGNS_CHOICE["name"]))
    choice.setAccessibleDescription(translated(SIGNS_CHOICE["description"]))
    choice.addItem(translated(SIGNS_CHOICE["none"]), 0)
    for weeks in (4, 12, 52):
        choice.addItem(translated(SIGNS_CHOICE["weeks"]) % weeks, weeks)
    return choice
