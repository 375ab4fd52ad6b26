""" "What did you notice today?": the family's signs to tick for one day, by stage, with a word
of context. Each tick is saved as it is made; earlier days can be filled in later, and a day
not yet come cannot be chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.signs import WATCHED_STAGES, Sign, SignDay
from caregiver_app.ui.private.stages import stage_title
from caregiver_app.ui.widgets.dates import show_days_readably, to_date


class DayTicks(QWidget):
    day_changed = Signal(object)  # the date chosen: the holder reads that day's ticks
    ticked = Signal(object)  # the SignDay as it is now

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = QDateEdit()
        self.day.setObjectName("signsDay")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("The day you are filling in"))
        self.day.setAccessibleDescription(self.tr("Today, or an earlier day to fill in later"))
        show_days_readably(self.day)
        self.day.dateChanged.connect(lambda qday: self.day_changed.emit(to_date(qday)))
        self.note = QLineEdit()
        self.note.setObjectName("signsDayNote")
        self.note.setPlaceholderText(self.tr("A word of context, if you like"))
        self.note.setAccessibleName(self.tr("A word of context for the day"))
        self.note.setAccessibleDescription(self.tr("Saved when you leave the box"))
        self.note.setMaxLength(500)
        self.note.editingFinished.connect(self._emit)
        self.boxes: dict[int, QCheckBox] = {}
        self._grid = QGridLayout()
        self._loading = False
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._grid)
        layout.addWidget(self.note)

    def set_today(self, today: date) -> None:
        """Nothing after today can be chosen; today is where it starts."""
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def show_signs(self, signs: list[Sign], day: SignDay) -> None:
        """One box per sign still watched, under its stage; those ticked that day ticked."""
        self._loading = True
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the page now, not when the deletion comes round
                widget.deleteLater()
        self.boxes.clear()
        for column, stage in enumerate(WATCHED_STAGES):
            title = QLabel(stage_title(stage))
            title.setObjectName("signsStageTitle")
            self._grid.addWidget(title, 0, column)
            row = 1
            for sign in signs:
                if sign.stage != stage or (sign.retired and sign.id not in day.seen):
                    continue
                box = QCheckBox(sign.wording)
                box.setObjectName(f"sign-{sign.id}")
                box.setChecked(sign.id in day.seen)
                box.setAccessibleDescription(self.tr("Ticked: seen on this day. Saved at once."))
                box.toggled.connect(self._emit)
                self._grid.addWidget(box, row, column)
                self.boxes[sign.id] = box
                row += 1
            if row == 1:
                none = QLabel(self.tr("No signs here yet."))
                none.setObjectName("lessonMeta")
                self._grid.addWidget(none, 1, column)
        self.note.setText(day.note)
        self._loading = False

    def current(self) -> SignDay:
        seen = frozenset(sign_id for sign_id, box in self.boxes.items() if box.isChecked())
        return SignDay(self.chosen_day(), seen, self.note.text())

    def _emit(self) -> None:
        if not self._loading:
            self.ticked.emit(self.current())

    def clear(self) -> None:
        self._loading = True
        self.show_signs([], SignDay(self.chosen_day()))
        self.note.clear()
        self._loading = False
