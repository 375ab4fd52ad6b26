"""The family's list of signs: add, reword, move, retire (and bring back), or take them from the
plan or from the common signs the lessons describe. Every change keeps each sign's past ticks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.signs import WATCHED_STAGES, Sign
from caregiver_app.ui.private.stages import stage_title
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP

# Signs the lessons on early warning signs describe, offered to a family with no plan yet.
COMMON_SIGNS = {
    "early": (
        QT_TRANSLATE_NOOP("SignsEditor", "Sleeping much less, or at odd hours"),
        QT_TRANSLATE_NOOP("SignsEditor", "Pulling away from family and friends"),
        QT_TRANSLATE_NOOP("SignsEditor", "More tense, irritable or worried than usual"),
        QT_TRANSLATE_NOOP("SignsEditor", "Trouble concentrating or following a conversation"),
        QT_TRANSLATE_NOOP("SignsEditor", "Skipping meals, washing or medicine"),
    ),
    "worse": (
        QT_TRANSLATE_NOOP("SignsEditor", "Hearing or seeing things others do not"),
        QT_TRANSLATE_NOOP("SignsEditor", "Feeling watched, followed or talked about"),
        QT_TRANSLATE_NOOP("SignsEditor", "Speech hard to follow"),
    ),
    "crisis": (
        QT_TRANSLATE_NOOP("SignsEditor", "Talking about dying or ending their life"),
        QT_TRANSLATE_NOOP("SignsEditor", "Threatening to hurt someone"),
    ),
}


class SignsEditor(QWidget):
    """Asks for changes through signals; the view makes them and shows the list again."""

    add_requested = Signal(str, str)  # stage, wording
    reword_requested = Signal(int, str)
    move_requested = Signal(int, int)  # sign, steps (negative: up)
    retire_requested = Signal(int, bool)  # sign, retired
    from_plan_requested = Signal()
    common_requested = Signal(str, list)  # stage, wordings

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("signsList")
        self.list.setAccessibleName(self.tr("Your signs"))
        self.list.itemDoubleClicked.connect(lambda _item: self.reword())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage of the new sign"))
        for stage in WATCHED_STAGES:
            self.stage.addItem(stage_title(stage), stage)
        self.wording = QLineEdit()
        self.wording.setObjectName("newSignWording")
        self.wording.setPlaceholderText(self.tr("A sign in your own words, e.g. “up past 2 am”"))
        self.wording.setAccessibleName(self.tr("The new sign"))
        self.wording.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add sign"))
        self.add_button.clicked.connect(self._add)
        self.reword_button = QPushButton(self.tr("Reword…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.retire_button = QPushButton(self.tr("Stop watching"))
        self.retire_button.setToolTip(self.tr("Past days keep this sign; it is no longer offered"))
        self.reword_button.clicked.connect(self.reword)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.retire_button.clicked.connect(self._retire)
        self.from_plan = QPushButton(self.tr("Take the signs from my plan"))
        self.from_plan.setObjectName("signsFromPlan")
        self.from_plan.clicked.connect(self.from_plan_requested)
        self.common = QPushButton(self.tr("Add the common signs from the lessons"))
        self.common.setObjectName("signsCommon")
        self.common.clicked.connect(self._add_common)
        self.message = QLabel()
        self.message.setObjectName("feedbackWrong")
        self.message.setWordWrap(True)
        self.message.hide()
        self._describe()
        self._lay_out()
        self._enable()

    def _describe(self) -> None:
        """Said by a screen reader, and shown on hovering."""
        for widget, text in (
            (self.list, self.tr("Double-click a sign to reword it")),
            (self.stage, self.tr("Which stage of the plan the new sign belongs to")),
            (self.wording, self.tr("Press Enter or Add sign to add it")),
            (self.add_button, self.tr("Add the sign to the list to tick")),
            (self.reword_button, self.tr("Change the chosen sign's words; its past days stay")),
            (self.up_button, self.tr("Move the chosen sign up its stage's list")),
            (self.down_button, self.tr("Move the chosen sign down its stage's list")),
            (self.from_plan, self.tr("Each line under “What it looks like” becomes a sign")),
            (self.common, self.tr("Ten common signs, to change into your own words")),
        ):
            widget.setToolTip(text)
            widget.setAccessibleDescription(text)
        self.retire_button.setAccessibleDescription(self.retire_button.toolTip())

    def _lay_out(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(self.stage)
        adding.addWidget(self.wording, 1)
        adding.addWidget(self.add_button)
        changing = QHBoxLayout()
        for button in (self.reword_button, self.up_button, self.down_button, self.retire_button):
            changing.addWidget(button)
        changing.addStretch(1)
        starting = QHBoxLayout()
        starting.addWidget(self.from_plan)
        starting.addWidget(self.common)
        starting.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(starting)
        layout.addWidget(self.list)
        layout.addLayout(changing)
        layout.addLayout(adding)
        layout.addWidget(self.message)

    def show_signs(self, signs: list[Sign]) -> None:
        chosen = self.chosen()
        self.list.clear()
        for sign in signs:
            label = f"{stage_title(sign.stage)}  ·  {sign.wording}"
            if sign.retired:
                label += "  " + self.tr("(no longer watched)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, sign)
            self.list.addItem(item)
            if chosen is not None and sign.id == chosen.id:
                self.list.setCurrentItem(item)
        self.list.setMinimumHeight(self.fontMetrics().height() * min(max(len(signs), 3), 10) * 2)
        self._enable()

    def chosen(self) -> Sign | None:
        item = self.list.currentItem()
        sign = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return sign if isinstance(sign, Sign) else None

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _enable(self) -> None:
        sign = self.chosen()
        for button in (self.reword_button, self.up_button, self.down_button, self.retire_button):
            button.setEnabled(sign is not None)
        if sign is not None:
            self.retire_button.setText(
                self.tr("Watch again") if sign.retired else self.tr("Stop watching")
            )

    def _add(self) -> None:
        wording = self.wording.text().strip()
        if wording:
            self.add_requested.emit(str(self.stage.currentData()), wording)

    def added(self) -> None:
        self.wording.clear()
        self.say("")

    def reword(self) -> None:
        sign = self.chosen()
        if sign is None:
            return
        wording, accepted = QInputDialog.getText(
            self,
            self.tr("Reword the sign"),
            self.tr("The sign, in your own words:"),
            QLineEdit.EchoMode.Normal,
            sign.wording,
        )
        if accepted and wording.strip() and wording.strip() != sign.wording:
            self.reword_requested.emit(sign.id, wording)

    def _move(self, steps: int) -> None:
        sign = self.chosen()
        if sign is not None:
            self.move_requested.emit(sign.id, steps)

    def _retire(self) -> None:
        sign = self.chosen()
        if sign is not None:
            self.retire_requested.emit(sign.id, not sign.retired)

    def _add_common(self) -> None:
        for stage, wordings in COMMON_SIGNS.items():
            self.common_requested.emit(stage, [self.tr(wording) for wording in wordings])
