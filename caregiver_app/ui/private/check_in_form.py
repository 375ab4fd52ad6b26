"""The stress log's daily check-in: a day, stress from 0 to 10, sleep, mood, tags and a note."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import StressEntry
from caregiver_app.ui.widgets.dates import show_days_readably, to_date
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
NOTHING_CHOSEN = -1  # a choice row's value before the user chooses (QButtonGroup's "no button")
TEN_AFTER_ONE_S = 1.0  # typing "1" then "0" within this many seconds chooses 10


HOURS = QT_TRANSLATE_NOOP("CheckInForm", "%1 h")  # as people say it: "5 h", not "5.00 hours"


def sleep_words(hours: float | None) -> str:
    """Hours of sleep as the log shows them, "5 h" or "6.5 h"; "" when not noted."""
    if hours is None:
        return ""
    return QCoreApplication.translate("CheckInForm", HOURS).replace("%1", f"{hours:g}")


def mood_word(mood: int | None) -> str:
    """A mood (an index into store.MOODS) in the user's language; "" when not noted."""
    return "" if mood is None else QCoreApplication.translate("CheckInForm", MOOD_LABELS[mood])


class SleepBox(QDoubleSpinBox):
    """Hours of sleep as people say them: "5 h" and "6.5 h", not "5.00 hours"."""

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(value, "g", 3)


class ChoiceRow(QWidget):
    """One button per choice, side by side, chosen with one click; from the keyboard, Tab to
    the row, then arrows and Space, or a digit (1 then 0 for 10). Nothing is chosen until the
    user chooses: a preset value would be saved as if the user had meant it.

    ``value()`` is the chosen position, or ``NOTHING_CHOSEN``. ``optional``: pressing the chosen
    button again leaves nothing chosen (for what may be left "not noted")."""

    value_changed = Signal(int)

    def __init__(
        self,
        name: str,
        labels: Sequence[str],
        names: Sequence[str],
        optional: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self._labels = list(labels)
        self._optional = optional
        self._value = NOTHING_CHOSEN
        self._last_digit: tuple[str, float] = ("", 0.0)
        self._buttons: list[QPushButton] = []
        # Exclusive, so the arrow keys move the choice along the row as they do for radio
        # buttons, and Tab stops at the row once instead of at every button.
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        for number, (label, accessible) in enumerate(zip(labels, names, strict=True)):
            button = QPushButton(label)
            button.setObjectName(f"{name}{number}")
            button.setCheckable(True)
            button.setAccessibleName(accessible)
            button.setProperty("choice", True)  # the theme's narrow padding for these
            # Equal widths across the row: wide targets for a tired hand, as on a printed scale.
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.installEventFilter(self)
            self.group.addButton(button, number)
            self._buttons.append(button)
            self.row.addWidget(button, 1)
        self.group.idClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        # Focus passes on to a button (the proxy); a label's Alt+letter skips a row with none.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.buttons()[0])

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # named as QSlider's, which this row replaced
        """Choose ``value``, or (``NOTHING_CHOSEN``) nothing."""
        if value == NOTHING_CHOSEN:
            # An exclusive group keeps one button checked; it must let go to show none.
            self.group.setExclusive(False)
            for button in self.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(value).setChecked(True)
        self._show(value)

    def _clicked(self, number: int) -> None:
        if self._optional and number == self._value:
            self.setValue(NOTHING_CHOSEN)  # pressed again: not noted after all
        else:
            self._show(number)

    def _show(self, value: int) -> None:
        for number, button in enumerate(self.buttons()):
            # A tick as well as the fill: chosen must show without telling colours apart.
            label = self._labels[number]
            button.setText(f"✓ {label}" if number == value else label)
        self.setFocusProxy(self.buttons()[max(value, 0)])
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into the row lands on the chosen button, where the arrows start from."""
        if (
            event.type() == QEvent.Type.FocusIn
            and self._value != NOTHING_CHOSEN
            and watched is not self.group.button(self._value)
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            self.group.button(self._value).setFocus(Qt.FocusReason.TabFocusReason)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit chooses its number: the quickest check-in from the keyboard."""
        digit = event.text()
        if not (digit.isdigit() and len(digit) == 1):
            super().keyPressEvent(event)
            return
        now = time.monotonic()
        last, when = self._last_digit
        number = 10 if (last, digit) == ("1", "0") and now - when < TEN_AFTER_ONE_S else int(digit)
        self._last_digit = (digit, now)
        if number < len(self._labels):
            button = self.group.button(number)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            button.click()


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
    """One day's check-in, to fill in or to edit. The log saves it (``save_requested``) once
    a stress number is chosen (``ready()``)."""

    save_requested = Signal()
    day_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moduleCard")
        self._build_fields()
        self.stress.value_changed.connect(lambda _value: self._show_readiness())
        self.day.dateChanged.connect(lambda _date: self.day_changed.emit())
        self.save_button.clicked.connect(self.save_requested)
        self._lay_out()
        self._show_readiness()

    def _build_fields(self) -> None:
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("checkInDate")
        self.day.setCalendarPopup(True)
        show_days_readably(self.day)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setToolTip(self.tr("The day this check-in is about"))
        self._build_stress()
        self.sleep = SleepBox()
        self.sleep.setObjectName("sleepHours")
        self.sleep.setRange(NO_SLEEP_NOTED, 24)
        self.sleep.setDecimals(1)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(self.tr("not noted"))
        self.sleep.setSuffix(self.tr(" h"))
        self.sleep.setValue(NO_SLEEP_NOTED)
        self.sleep.setAccessibleName(self.tr("Hours of sleep last night"))
        self.sleep.setToolTip(self.tr('Leave it at "not noted" if you are not sure'))
        self.mood = ChoiceRow(
            "mood",
            [self.tr(mood) for mood in MOOD_LABELS],
            [self.tr("Mood: %s") % self.tr(mood) for mood in MOOD_LABELS],
            optional=True,
        )
        self.mood.setAccessibleName(self.tr("Mood"))
        for button in self.mood.buttons():
            button.setToolTip(self.tr("How your mood has been today; press again to unchoose"))
        self.caused = TagPicker(
            "causedTags", self.tr("Something else that caused stress (commas between)")
        )
        self.helped = TagPicker(
            "helpedTags", self.tr("Something else that helped (commas between)")
        )
        self.note = QPlainTextEdit()
        self.note.setObjectName("checkInNote")
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setToolTip(self.tr("Anything you want to remember about today"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_hint = QLabel()
        self.save_hint.setObjectName("saveHint")
        self.save_hint.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedbackRight")

    def _build_stress(self) -> None:
        self.stress = ChoiceRow(
            "stress",
            [str(number) for number in range(11)],
            [self.tr("Stress %1 of 10").replace("%1", str(number)) for number in range(11)],
        )
        self.stress.setAccessibleName(self.tr("Stress from 0 to 10"))
        for number, button in enumerate(self.stress.buttons()):
            button.setToolTip(self._stress_words(number))
        # The slider's words at its two ends, under the first and the last number.
        self.stress_low = QLabel(self.tr(STRESS_WORDS[0]))
        self.stress_high = QLabel(self.tr(STRESS_WORDS[-1]))
        self.stress_value = QLabel()
        self.stress_value.setObjectName("stressValue")
        self.stress_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ends = QHBoxLayout()
        ends.addWidget(self.stress_low)
        ends.addWidget(self.stress_value, 1)
        ends.addWidget(self.stress_high)
        layout = self.stress.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(ends)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        # Alt+T: Alt+S is taken by the stress log itself.
        form.addRow(self.tr("S&tress:"), self.stress)
        form.addRow(self.tr("Sleep last night:"), self.sleep)
        form.addRow(self.tr("Mood:"), self.mood)
        form.addRow(self.tr("What caused stress:"), self.caused)
        form.addRow(self.tr("What helped:"), self.helped)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        # Both share the room beside the button: the hint must not wrap while there is space.
        buttons.addWidget(self.save_hint, 1)
        buttons.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading(self.tr("Today's check-in"), Level.SECTION))
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _stress_words(self, value: int) -> str:
        return (
            self.tr("%1 of 10: %2")
            .replace("%1", str(value))
            .replace("%2", self.tr(STRESS_WORDS[value]))
        )

    def ready(self) -> bool:
        """A stress number is chosen: the one thing a check-in must have."""
        return self.stress.value() != NOTHING_CHOSEN

    def why_not_ready(self) -> str:
        if self.chosen_day() == date.today():
            return self.tr("Choose a number for today's stress")
        return self.tr("Choose a number for this day's stress")

    def check_ready(self) -> bool:
        """``ready()``; if not, say why beside the button and take the keyboard to the row."""
        if self.ready():
            return True
        self.say(self.why_not_ready(), right=False)
        self.stress.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _show_readiness(self) -> None:
        ready = self.ready()
        self.stress_value.setText(self._stress_words(self.stress.value()) if ready else "")
        self.save_button.setEnabled(ready)
        self.save_hint.setText("" if ready else self.why_not_ready())
        self.save_hint.setVisible(not ready)

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def go_to_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def set_known_tags(self, caused: list[str], helped: list[str]) -> None:
        self.caused.set_known(caused)
        self.helped.set_known(helped)

    def show_entry(self, entry: StressEntry | None) -> None:
        """The chosen day's check-in to edit, or (None) a fresh form with nothing chosen."""
        self.stress.setValue(entry.stress if entry else NOTHING_CHOSEN)
        sleep = entry.sleep_hours if entry and entry.sleep_hours is not None else NO_SLEEP_NOTED
        self.sleep.setValue(sleep)
        self.mood.setValue(entry.mood if entry and entry.mood is not None else NOTHING_CHOSEN)
        self.caused.set_tags(entry.caused if entry else ())
        self.helped.set_tags(entry.helped if entry else ())
        self.note.setPlainText(entry.note if entry else "")
        self.save_button.setText(self.tr("Update check-in") if entry else self.tr("Save check-in"))
        self._show_readiness()  # the hint names the day, which may have changed

    def entry(self) -> StressEntry:
        """What the form holds now, as a check-in. Only when ``ready()``."""
        if not self.ready():
            raise ValueError("no stress chosen")  # a bug: the log checks ready() first
        mood = self.mood.value()
        return StressEntry(
            day=self.chosen_day(),
            stress=self.stress.value(),
            sleep_hours=None if self.sleep.value() < 0 else self.sleep.value(),
            mood=None if mood == NOTHING_CHOSEN else mood,
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
        self.show_entry(None)
        self.set_known_tags([], [])
        self.caused.other.clear()
        self.helped.other.clear()
        self.feedback.clear()
