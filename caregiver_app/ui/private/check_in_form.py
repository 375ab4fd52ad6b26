"""The stress log's daily check-in: a day, stress from 0 to 10, sleep, mood, tags and a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import StressEntry
from caregiver_app.ui.widgets.dates import to_date
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP, Level, heading

# Marked for lupdate; translated where shown, in this class's context.
STRESS_WORDS = (
    QT_TRANSLATE_NOOP("CheckInForm", "calm"),
    QT_TRANSLATE_NOOP("CheckInForm", "calm"),
    QT_TRANSLATE_NOOP("CheckInForm", "a little tense"),
    QT_TRANSLATE_NOOP("CheckInForm", "a little tense"),
    QT_TRANSLATE_NOOP("CheckInForm", "tense"),
    QT_TRANSLATE_NOOP("CheckInForm", "tense"),
    QT_TRANSLATE_NOOP("CheckInForm", "stressed"),
    QT_TRANSLATE_NOOP("CheckInForm", "stressed"),
    QT_TRANSLATE_NOOP("CheckInForm", "very stressed"),
    QT_TRANSLATE_NOOP("CheckInForm", "very stressed"),
    QT_TRANSLATE_NOOP("CheckInForm", "overwhelmed"),
)
MOOD_LABELS = (
    QT_TRANSLATE_NOOP("CheckInForm", "very low"),
    QT_TRANSLATE_NOOP("CheckInForm", "low"),
    QT_TRANSLATE_NOOP("CheckInForm", "okay"),
    QT_TRANSLATE_NOOP("CheckInForm", "good"),
    QT_TRANSLATE_NOOP("CheckInForm", "very good"),
)  # the order of store.MOODS
QUICK_TAGS = 8
NO_SLEEP_NOTED = -0.5  # the sleep box's "not noted", just below zero hours


class TagPicker(QWidget):
    """The user's most used tags as buttons to tick, plus a box for new ones."""

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self.other = QLineEdit()
        self.other.setObjectName(f"{name}Other")
        self.other.setPlaceholderText(placeholder)
        self.other.setAccessibleName(placeholder)
        self.other.setToolTip(self.tr("Others not on the buttons; separate them with commas"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._row)
        layout.addWidget(self.other)

    def set_known(self, tags: list[str]) -> None:
        """One button per tag used before (the most used first), replacing the last set."""
        while (item := self._row.takeAt(0)) is not None:  # the buttons and the end stretch
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.buttons = []
        for tag in tags[:QUICK_TAGS]:
            button = QPushButton(tag)
            button.setCheckable(True)
            button.setProperty("tag", tag)
            button.setAccessibleName(tag)
            button.setToolTip(self.tr("One you have used before: press to add or remove it"))
            # A tick as well as the colour: chosen must show without telling colours apart.
            button.toggled.connect(
                lambda chosen, button=button, tag=tag: button.setText(f"✓ {tag}" if chosen else tag)
            )
            self._row.addWidget(button)
            self.buttons.append(button)
        self._row.addStretch(1)

    def tags(self) -> tuple[str, ...]:
        chosen = [str(button.property("tag")) for button in self.buttons if button.isChecked()]
        chosen += [
            tag.strip() for tag in self.other.text().replace(";", ",").split(",") if tag.strip()
        ]
        return tuple(chosen)

    def set_tags(self, tags: tuple[str, ...]) -> None:
        known = {str(button.property("tag")) for button in self.buttons}
        for button in self.buttons:
            button.setChecked(button.property("tag") in tags)
        self.other.setText(", ".join(tag for tag in tags if tag not in known))


class CheckInForm(QFrame):
    """One day's check-in, to fill in or to edit. The log saves it (``save_requested``)."""

    save_requested = Signal()
    day_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moduleCard")
        self._build_fields()
        self.stress.valueChanged.connect(self._describe_stress)
        self.stress.setValue(5)
        self._describe_stress(5)
        self.day.dateChanged.connect(lambda _date: self.day_changed.emit())
        self.save_button.clicked.connect(self.save_requested)
        self._lay_out()

    def _build_fields(self) -> None:
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("checkInDate")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setToolTip(self.tr("The day this check-in is about"))
        self.stress = QSlider(Qt.Orientation.Horizontal)
        self.stress.setObjectName("stressSlider")
        self.stress.setRange(0, 10)
        self.stress.setPageStep(1)
        self.stress.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.stress.setAccessibleName(self.tr("Stress from 0 to 10"))
        self.stress.setToolTip(self.tr("0 is no stress at all; 10 is the most you can imagine"))
        self.stress_value = QLabel()
        self.stress_value.setObjectName("stressValue")
        self.stress_value.setMinimumWidth(180)
        self.sleep = QDoubleSpinBox()
        self.sleep.setObjectName("sleepHours")
        self.sleep.setRange(NO_SLEEP_NOTED, 24)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(self.tr("not noted"))
        self.sleep.setSuffix(self.tr(" hours"))
        self.sleep.setValue(NO_SLEEP_NOTED)
        self.sleep.setAccessibleName(self.tr("Hours of sleep last night"))
        self.sleep.setToolTip(self.tr('Leave it at "not noted" if you are not sure'))
        self.mood = QComboBox()
        self.mood.setObjectName("mood")
        self.mood.addItems([self.tr("not noted"), *(self.tr(mood) for mood in MOOD_LABELS)])
        self.mood.setAccessibleName(self.tr("Mood"))
        self.mood.setToolTip(self.tr("How your mood has been today"))
        self.caused = TagPicker(
            "causedTags", self.tr("Something else that caused stress (commas between)")
        )
        self.helped = TagPicker(
            "helpedTags", self.tr("Something else that helped (commas between)")
        )
        self.note = QPlainTextEdit()
        self.note.setObjectName("checkInNote")
        self.note.setPlaceholderText(self.tr("A note, if you like (only you can read it)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setToolTip(self.tr("Anything you want to remember about today"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.feedback = QLabel()
        self.feedback.setObjectName("feedbackRight")

    def _lay_out(self) -> None:
        stress_row = QHBoxLayout()
        stress_row.addWidget(self.stress, 1)
        stress_row.addWidget(self.stress_value)
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Stress:"), stress_row)
        form.addRow(self.tr("Sleep last night:"), self.sleep)
        form.addRow(self.tr("Mood:"), self.mood)
        form.addRow(self.tr("What caused stress:"), self.caused)
        form.addRow(self.tr("What helped:"), self.helped)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading(self.tr("Today's check-in"), Level.SECTION))
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _describe_stress(self, value: int) -> None:
        self.stress_value.setText(
            self.tr("%1 of 10: %2")
            .replace("%1", str(value))
            .replace("%2", self.tr(STRESS_WORDS[value]))
        )

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def go_to_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def set_known_tags(self, caused: list[str], helped: list[str]) -> None:
        self.caused.set_known(caused)
        self.helped.set_known(helped)

    def show_entry(self, entry: StressEntry | None) -> None:
        """The chosen day's check-in to edit, or (None) a fresh form."""
        self.stress.setValue(entry.stress if entry else 5)
        sleep = entry.sleep_hours if entry and entry.sleep_hours is not None else NO_SLEEP_NOTED
        self.sleep.setValue(sleep)
        self.mood.setCurrentIndex(entry.mood + 1 if entry and entry.mood is not None else 0)
        self.caused.set_tags(entry.caused if entry else ())
        self.helped.set_tags(entry.helped if entry else ())
        self.note.setPlainText(entry.note if entry else "")
        self.save_button.setText(self.tr("Update check-in") if entry else self.tr("Save check-in"))

    def entry(self) -> StressEntry:
        """What the form holds now, as a check-in."""
        return StressEntry(
            day=self.chosen_day(),
            stress=self.stress.value(),
            sleep_hours=None if self.sleep.value() < 0 else self.sleep.value(),
            mood=self.mood.currentIndex() - 1 if self.mood.currentIndex() > 0 else None,
            caused=self.caused.tags(),
            helped=self.helped.tags(),
            note=self.note.toPlainText().strip(),
        )

    def say(self, message: str, right: bool = True) -> None:
        """A line beside the save button: saved, or why not."""
        self.feedback.setObjectName("feedbackRight" if right else "feedbackWrong")
        self.feedback.setText(message)
        self.feedback.style().polish(self.feedback)

    def clear(self) -> None:
        """Nothing of the profile left in the form (on lock, switch or restore)."""
        self.note.clear()
        self.set_known_tags([], [])
        self.caused.other.clear()
        self.helped.other.clear()
        self.feedback.clear()
