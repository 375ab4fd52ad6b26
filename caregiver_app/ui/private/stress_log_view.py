"""The private stress log: a daily check-in that takes seconds, a chart, and past entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import PrivateData, StressEntry
from caregiver_app.store.trends import helped_effects
from caregiver_app.ui.private.check_in_form import CheckInForm, mood_word, sleep_words
from caregiver_app.ui.private.stress_chart import RANGES, StressChart
from caregiver_app.ui.widgets.dates import day_text
from caregiver_app.ui.widgets.page import card, centred_page, show_privacy_note
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.text import Level, heading

NOTE_COLUMN = 6  # the last, stretched to the table's width


def entry_cells(entry: StressEntry) -> list[str]:
    """One check-in as the entries table shows it, column by column."""
    return [
        day_text(entry.day),
        str(entry.stress),
        sleep_words(entry.sleep_hours),
        mood_word(entry.mood),
        ", ".join(entry.caused),
        ", ".join(entry.helped),
        entry.note.replace("\n", " ")[:120],
    ]


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
        self.form = CheckInForm()
        self.form.save_requested.connect(self.save_check_in)
        self.form.day_changed.connect(self._load_day)
        column.addWidget(self.form)
        column.addWidget(self._chart_card())
        column.addWidget(self._entries_card())
        column.addStretch(1)
        centred_page(self, column, 960)
        # Only once every button is in the page: shown before, one would open as a window.
        for button in (self.export_button, self.import_button, self.report_button):
            button.setVisible(self._files_allowed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save_check_in)

    def _chart_card(self) -> QFrame:
        frame, layout = card(self.tr("How it has been"))
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
        return frame

    def _entries_card(self) -> QFrame:
        frame, layout = card(self.tr("Your entries"))
        self.table = QTableWidget(0, NOTE_COLUMN + 1)
        self.table.setObjectName("entriesTable")
        self.table.setAccessibleName(self.tr("Your entries"))
        self.table.setToolTip(self.tr("Your check-ins; choose one to edit or delete it"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Stress"),
                self.tr("Sleep"),
                self.tr("Mood"),
                self.tr("Caused"),
                self.tr("Helped"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            NOTE_COLUMN, QHeaderView.ResizeMode.Stretch
        )
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
        return frame

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
        self.form.clear()
        self.chart.show_entries([], self.days)
        self.insight.clear()

    def refresh(self) -> None:
        if self.private is None:
            return
        self.entries = self.private.entries()
        self.form.set_known_tags(*self.private.known_tags())
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
        effects = [effect for effect in helped_effects(self.entries) if effect.difference >= 0.3]
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
            for effect in effects[:3]
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
            for column, value in enumerate(entry_cells(entry)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.day.isoformat())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            NOTE_COLUMN, QHeaderView.ResizeMode.Stretch
        )

    # --- the check-in --------------------------------------------------------------------

    def _load_day(self) -> None:
        """Show the chosen day's check-in to edit, or a fresh form."""
        if self.private is None:
            return
        day = self.form.chosen_day()
        self.form.show_entry(next((item for item in self.entries if item.day == day), None))

    def save_check_in(self) -> None:
        if self.private is None:
            return
        if not self.form.check_ready():  # Ctrl+S, while the button is greyed out
            return
        entry = self.form.entry()
        private = self.private
        if not self.writer.attempt(lambda: private.save_entry(entry)).ok:
            self.form.say(self.tr("Not saved. What you wrote is still here."), right=False)
            return
        self.form.say(self.tr("✓ Saved for %s.") % day_text(entry.day, weekday=True))
        self.refresh()
        self.saved.emit(self.tr("Check-in saved"))

    def _selected_day(self) -> date | None:
        item = self.table.currentItem()
        return date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def edit_selected(self) -> None:
        day = self._selected_day()
        if day is not None:
            self.form.go_to_day(day)
            self._load_day()
            self.form.stress.setFocus()

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
        self.undo_button.setText(self.tr("Undo delete of %s") % day_text(day))
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
