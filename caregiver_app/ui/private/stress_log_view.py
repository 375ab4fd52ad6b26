"""The private stress log: a daily check-in that takes seconds, a chart, and past entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import PrivateData, StressEntry
from caregiver_app.store.trends import helped_effects
from caregiver_app.ui.private.stress_chart import RANGES, StressChart
from caregiver_app.ui.widgets.page import centred_page, show_privacy_note
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.text import Level, heading

# Marked for lupdate; translated where shown, in this class's context.
STRESS_WORDS = (
    QT_TRANSLATE_NOOP("StressLogView", "calm"),
    QT_TRANSLATE_NOOP("StressLogView", "calm"),
    QT_TRANSLATE_NOOP("StressLogView", "a little tense"),
    QT_TRANSLATE_NOOP("StressLogView", "a little tense"),
    QT_TRANSLATE_NOOP("StressLogView", "tense"),
    QT_TRANSLATE_NOOP("StressLogView", "tense"),
    QT_TRANSLATE_NOOP("StressLogView", "stressed"),
    QT_TRANSLATE_NOOP("StressLogView", "stressed"),
    QT_TRANSLATE_NOOP("StressLogView", "very stressed"),
    QT_TRANSLATE_NOOP("StressLogView", "very stressed"),
    QT_TRANSLATE_NOOP("StressLogView", "overwhelmed"),
)
MOOD_LABELS = (
    QT_TRANSLATE_NOOP("StressLogView", "very low"),
    QT_TRANSLATE_NOOP("StressLogView", "low"),
    QT_TRANSLATE_NOOP("StressLogView", "okay"),
    QT_TRANSLATE_NOOP("StressLogView", "good"),
    QT_TRANSLATE_NOOP("StressLogView", "very good"),
)  # the order of store.MOODS
QUICK_TAGS = 8


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
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for tag in tags[:QUICK_TAGS]:
            button = QPushButton(tag)
            button.setCheckable(True)
            button.setAccessibleName(tag)
            button.setToolTip(self.tr("One you have used before: press to add or remove it"))
            self._row.addWidget(button)
            self.buttons.append(button)
        self._row.addStretch(1)

    def tags(self) -> tuple[str, ...]:
        chosen = [button.text() for button in self.buttons if button.isChecked()]
        chosen += [
            tag.strip() for tag in self.other.text().replace(";", ",").split(",") if tag.strip()
        ]
        return tuple(chosen)

    def set_tags(self, tags: tuple[str, ...]) -> None:
        known = {button.text(): button for button in self.buttons}
        for button in self.buttons:
            button.setChecked(button.text() in tags)
        self.other.setText(", ".join(tag for tag in tags if tag not in known))


class StressLogView(QWidget):
    """Needs a ``PrivateData`` that is open (unlocked, or a profile without passcode)."""

    set_passcode_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    report_requested = Signal()
    weekly_requested = Signal()
    saved = Signal(str)  # a short message for the status bar

    def __init__(self, files_allowed: bool = True, parent: QWidget | None = None):
        """``files_allowed``: the buttons that save or read files are offered (never in a
        kiosk, where no file may leave or enter)."""
        super().__init__(parent)
        self._files_allowed = files_allowed
        self.setObjectName("page")
        self.private: PrivateData | None = None
        self.writer = StoreWriter(self.tr("Your check-in"), self)  # the window shows failures
        self.entries: list[StressEntry] = []
        self.days = RANGES[0]
        self.undo_entry: StressEntry | None = None
        self._undo_profile: int | None = None
        self._build_ui()

    # --- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.title = heading(self.tr("Your stress log"), Level.PAGE)
        self.privacy = QLabel()
        self.privacy.setObjectName("problemBanner")
        self.privacy.setWordWrap(True)
        self.privacy.linkActivated.connect(lambda _link: self.set_passcode_requested.emit())

        self.weekly_button = QPushButton(self.tr("Weekly check-in…"))
        self.weekly_button.setObjectName("weeklyButton")
        self.weekly_button.setToolTip(self.tr("A few questions about how your week has been"))
        self.weekly_button.clicked.connect(self.weekly_requested)
        # Beside the title, where it is seen first: the one thing to bring to an appointment.
        self.report_button = QPushButton(self.tr("Report for your doctor (PDF)…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.setToolTip(
            self.tr("Save a one-page summary of the last 30 days to show your own doctor")
        )
        self.report_button.clicked.connect(self.report_requested)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.report_button)
        title_row.addWidget(self.weekly_button)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addLayout(title_row)
        column.addWidget(self.privacy)
        column.addWidget(self._check_in_card())
        column.addWidget(self._chart_card())
        column.addWidget(self._entries_card())
        column.addStretch(1)
        centred_page(self, column, 960)
        # Only once every button is in the page: shown before, one would open as a window.
        for button in (self.export_button, self.import_button, self.report_button):
            button.setVisible(self._files_allowed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_check_in)

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("moduleCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 14, 18, 14)
        label = heading(title, Level.SECTION)
        layout.addWidget(label)
        return card, layout

    def _build_check_in_fields(self) -> None:
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
        self.sleep.setRange(-0.5, 24)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(self.tr("not noted"))
        self.sleep.setSuffix(self.tr(" hours"))
        self.sleep.setValue(-0.5)
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
        self.stress.valueChanged.connect(self._describe_stress)
        self.stress.setValue(5)
        self._describe_stress(5)
        self.day.dateChanged.connect(lambda _date: self._load_day())
        self.save_button.clicked.connect(self.save_check_in)

    def _check_in_card(self) -> QFrame:
        card, layout = self._card(self.tr("Today's check-in"))
        self._build_check_in_fields()
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
        layout.addLayout(form)
        layout.addLayout(buttons)
        return card

    def _chart_card(self) -> QFrame:
        card, layout = self._card(self.tr("How it has been"))
        ranges = QHBoxLayout()
        self.range_group = QButtonGroup(self)
        for days in RANGES:
            button = QPushButton(self.tr("%d days") % days)
            button.setCheckable(True)
            button.setObjectName(f"range{days}")
            button.setToolTip(self.tr("Shows the last %d days on the chart") % days)
            button.setChecked(days == self.days)
            self.range_group.addButton(button, days)
            ranges.addWidget(button)
        ranges.addStretch(1)
        self.range_group.idClicked.connect(self.set_range)
        self.chart = StressChart()
        self.insight = QLabel()
        self.insight.setObjectName("helpedInsight")
        self.insight.setWordWrap(True)
        layout.addLayout(ranges)
        layout.addWidget(self.chart)
        layout.addWidget(self.insight)
        return card

    def _entries_card(self) -> QFrame:
        card, layout = self._card(self.tr("Your entries"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("entriesTable")
        self.table.setAccessibleName(self.tr("Your entries"))
        self.table.setToolTip(self.tr("Your check-ins; choose one to edit or delete it"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Stress"),
                self.tr("Sleep"),
                self.tr("Caused"),
                self.tr("Helped"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editEntryButton")
        self.edit_button.setToolTip(self.tr("Change the chosen check-in"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteEntryButton")
        self.delete_button.setToolTip(self.tr("Delete the chosen check-in; you can undo it"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setObjectName("undoDeleteButton")
        self.undo_button.hide()
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.export_button.setToolTip(self.tr("Save every check-in as a spreadsheet file"))
        self.import_button = QPushButton(self.tr("Import from CSV…"))
        self.import_button.setToolTip(self.tr("Add check-ins from a spreadsheet file"))
        row = QGridLayout()
        for column, button in enumerate(
            (
                self.edit_button,
                self.delete_button,
                self.undo_button,
                self.export_button,
                self.import_button,
            )
        ):
            row.addWidget(button, 0, column)
        row.setColumnStretch(6, 1)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        return card

    # --- showing -------------------------------------------------------------------------

    def show_private(self, private: PrivateData, kept: bool = True) -> None:
        """Show this profile's log (the caller has made sure it is open)."""
        self.private = private
        self.refresh()
        show_privacy_note(  # after reading: it counts what could not be trusted
            self.privacy,
            kept=kept,
            protected=private.protected,
            what=self.tr("these entries"),
            not_shown=private.not_shown(),
        )

    def restyle(self) -> None:
        self.chart.restyle()

    def clear(self) -> None:
        """Forget the profile's data and empty every widget (on lock, switch or restore)."""
        self.private = None
        self.entries = []
        self.undo_entry, self._undo_profile = None, None
        self.undo_button.hide()
        self.table.setRowCount(0)
        self.note.clear()
        self.caused.set_known([])
        self.helped.set_known([])
        self.caused.other.clear()
        self.helped.other.clear()
        self.chart.show_entries([], self.days)
        self.insight.clear()
        self.feedback.clear()

    def refresh(self) -> None:
        if self.private is None:
            return
        self.entries = self.private.entries()
        caused, helped = self.private.known_tags()
        self.caused.set_known(caused)
        self.helped.set_known(helped)
        self.chart.show_entries(self.entries, self.days)
        self._show_insight()
        self._fill_table()
        self._load_day()

    def chart_image(self, days: int) -> QImage:
        """The chart drawn for the last ``days`` days, for a report; the screen keeps its own."""
        shown = self.days
        self.set_range(days)
        image = self.chart.grab().toImage()
        self.set_range(shown)
        return image

    def set_range(self, days: int) -> None:
        self.days = days
        self.chart.show_entries(self.entries, days)
        self._fill_table()

    def _show_insight(self) -> None:
        effects = [effect for effect in helped_effects(self.entries) if effect.difference >= 0.3][
            :3
        ]
        if not effects:
            self.insight.setText(
                self.tr(
                    "After a few check-ins that note what helped, you will see here what goes "
                    "with calmer days."
                )
            )
            return
        lines = [
            self.tr("On days with “%1”, your stress averaged %2, against %3 on other days.")
            .replace("%1", effect.tag)
            .replace("%2", f"{effect.average_with:.1f}")
            .replace("%3", f"{effect.average_without:.1f}")
            for effect in effects
        ]
        lines.append(
            self.tr(
                "These are patterns in your own notes, not proof: other things differ "
                "between days too."
            )
        )
        self.insight.setText("\n".join(lines))

    def _fill_table(self) -> None:
        start = date.today().toordinal() - self.days + 1
        shown = [entry for entry in reversed(self.entries) if entry.day.toordinal() >= start]
        self.table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            values = [
                entry.day.strftime("%a %d %b %Y"),
                str(entry.stress),
                "" if entry.sleep_hours is None else f"{entry.sleep_hours:g} h",
                ", ".join(entry.caused),
                ", ".join(entry.helped),
                entry.note.replace("\n", " ")[:120],
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.day.isoformat())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def _describe_stress(self, value: int) -> None:
        self.stress_value.setText(
            self.tr("%1 of 10: %2")
            .replace("%1", str(value))
            .replace("%2", self.tr(STRESS_WORDS[value]))
        )

    # --- the check-in --------------------------------------------------------------------

    def _load_day(self) -> None:
        """Show the chosen day's check-in to edit, or a fresh form."""
        if self.private is None:
            return
        entry = next(
            (item for item in self.entries if item.day == self.day.date().toPython()), None
        )
        self.stress.setValue(entry.stress if entry else 5)
        self.sleep.setValue(entry.sleep_hours if entry and entry.sleep_hours is not None else -0.5)
        self.mood.setCurrentIndex(entry.mood + 1 if entry and entry.mood is not None else 0)
        self.caused.set_tags(entry.caused if entry else ())
        self.helped.set_tags(entry.helped if entry else ())
        self.note.setPlainText(entry.note if entry else "")
        self.save_button.setText(self.tr("Update check-in") if entry else self.tr("Save check-in"))

    def current_entry(self) -> StressEntry:
        return StressEntry(
            day=self.day.date().toPython(),
            stress=self.stress.value(),
            sleep_hours=None if self.sleep.value() < 0 else self.sleep.value(),
            mood=self.mood.currentIndex() - 1 if self.mood.currentIndex() > 0 else None,
            caused=self.caused.tags(),
            helped=self.helped.tags(),
            note=self.note.toPlainText().strip(),
        )

    def save_check_in(self) -> None:
        if self.private is None:
            return
        entry = self.current_entry()
        private = self.private
        if not self.writer.attempt(lambda: private.save_entry(entry)).ok:
            self.feedback.setObjectName("feedbackWrong")
            self.feedback.setText(self.tr("Not saved. What you wrote is still here."))
            return
        self.feedback.setObjectName("feedbackRight")
        self.feedback.setText(self.tr("✓ Saved for %s.") % entry.day.strftime("%A %d %B"))
        self.refresh()
        self.saved.emit(self.tr("Check-in saved"))

    def _selected_day(self) -> date | None:
        item = self.table.currentItem()
        return date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def edit_selected(self) -> None:
        day = self._selected_day()
        if day is not None:
            self.day.setDate(QDate(day.year, day.month, day.day))
            self._load_day()
            self.stress.setFocus()

    def delete_selected(self) -> None:
        day = self._selected_day()
        if day is None or self.private is None:
            return
        private = self.private
        deleted = self.writer.attempt(lambda: private.delete_entry(day))
        if not deleted.ok:
            return  # nothing was deleted; the banner says why
        self.undo_entry = deleted.value
        self._undo_profile = self.private.profile_id
        self.undo_button.setText(self.tr("Undo delete of %s") % day.strftime("%d %b"))
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        if (
            self.undo_entry is not None
            and self.private is not None
            and self.private.profile_id == self._undo_profile  # never into another profile
        ):
            private, entry = self.private, self.undo_entry
            if not self.writer.attempt(lambda: private.save_entry(entry)).ok:
                return  # the undo stays offered; the banner says why
            self.undo_entry = None
            self.undo_button.hide()
            self.refresh()
