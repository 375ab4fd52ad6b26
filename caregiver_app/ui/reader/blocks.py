"""Knowledge checks and reflection prompts as real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Quiz, Reflection


class _ClickableLabel(QLabel):
    """A choice's text: it wraps (a radio button's own text cannot); a click picks the choice."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def set_reading_font(block: QWidget, font: QFont) -> None:
    """Give every widget in a quiz or reflection the lesson's reading font.

    Set on each child, because style sheets stop a parent's font from reaching its children;
    headings and questions are bold.
    """
    block.setFont(font)
    bold = QFont(font)
    bold.setBold(True)
    for child in block.findChildren(QWidget):
        child.setFont(bold if child.objectName() in _BOLD_NAMES else font)


_BOLD_NAMES = {"blockHeading", "quizQuestion"}


def _wrapping_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


class QuizWidget(QGroupBox):
    """One question with its choices; "Check answer" explains why each choice is right or wrong."""

    answered = Signal(str, list, bool)  # quiz id, chosen indices, whether the answer is right

    def __init__(self, quiz: Quiz, parent: QWidget | None = None):
        super().__init__(parent)
        self.quiz = quiz
        self.has_answer = False  # checked at least once, now or on an earlier visit
        self.setObjectName(f"quiz-{quiz.id}")
        self.setAccessibleName(self.tr("Knowledge check: %s") % quiz.question)

        self.question = _wrapping_label(quiz.question, "quizQuestion")

        choices = self._build_choices()

        self.check_button = QPushButton(self.tr("Check answer"))
        self.check_button.setObjectName("primaryButton")
        self.check_button.setEnabled(False)
        self.check_button.setAccessibleName(self.tr("Check answer"))
        self.check_button.setToolTip(self.tr("Shows whether your answer is right, and why"))
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.hide()
        self.result = _wrapping_label("")
        self.result.setAccessibleName(self.tr("Result"))
        self.result.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapping_label(self.tr("Check your understanding"), "blockHeading"))
        layout.addWidget(self.question)
        if quiz.multiple:
            layout.addWidget(_wrapping_label(self.tr("Choose all that apply."), "quizHint"))
        layout.addLayout(choices)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        self.group.buttonToggled.connect(self._update_check_button)
        self.check_button.clicked.connect(self.check)
        self.retry_button.clicked.connect(self.reset)

    def _build_choices(self) -> QGridLayout:
        """A button and a wrapping label per choice, with a hidden explanation under each."""
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.quiz.multiple)
        self.choice_buttons: list[QAbstractButton] = []
        self.explanations: list[QLabel] = []
        choices = QGridLayout()
        choices.setColumnStretch(1, 1)
        for index, choice in enumerate(self.quiz.choices):
            button: QAbstractButton = QCheckBox() if self.quiz.multiple else QRadioButton()
            button.setObjectName(f"choice{index}")
            button.setAccessibleName(choice.text)
            button.setToolTip(
                self.tr("Tick every answer you think is right, then check")
                if self.quiz.multiple
                else self.tr("Choose one answer, then check")
            )
            label = _ClickableLabel(choice.text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.clicked.connect(button.click)
            explanation = _wrapping_label("")
            explanation.hide()
            self.group.addButton(button, index)
            self.choice_buttons.append(button)
            self.explanations.append(explanation)
            choices.addWidget(button, index * 2, 0, Qt.AlignmentFlag.AlignTop)
            choices.addWidget(label, index * 2, 1)
            choices.addWidget(explanation, index * 2 + 1, 1)
        return choices

    def selected(self) -> set[int]:
        return {index for index, button in enumerate(self.choice_buttons) if button.isChecked()}

    def select(self, indices: set[int]) -> None:
        for index, button in enumerate(self.choice_buttons):
            button.setChecked(index in indices)

    def show_previous_answer(self, chosen: set[int]) -> None:
        """Show an answer saved earlier, with its feedback, without recording it again."""
        valid = {index for index in chosen if 0 <= index < len(self.choice_buttons)}
        if valid:
            self.select(valid)
            self._show_feedback(record=False)

    def check(self) -> None:
        """Show whether the answer is right and why each choice is right or wrong."""
        self._show_feedback(record=True)

    def _show_feedback(self, record: bool) -> None:
        chosen = self.selected()
        if not chosen:
            return
        right = self.quiz.is_correct(chosen)
        self.has_answer = True
        for index, (choice, explanation) in enumerate(
            zip(self.quiz.choices, self.explanations, strict=True)
        ):
            verdict, style = self._verdict(choice.correct, index in chosen)
            explanation.setText(f"{verdict} {choice.why}".strip())
            explanation.setObjectName(style)
            explanation.style().polish(explanation)
            explanation.show()
        if right:
            self.result.setText(self.tr("That's right. Well done."))
            self.result.setObjectName("feedbackRight")
        else:
            self.result.setText(
                self.tr("Not quite. Read why under each choice, then try again if you like.")
            )
            self.result.setObjectName("feedbackWrong")
        self.result.style().polish(self.result)
        self.result.show()
        set_reading_font(self, self.font())  # re-polishing for colour resets the labels' font
        for button in self.choice_buttons:
            button.setEnabled(False)
        self.check_button.hide()
        self.retry_button.show()
        self.retry_button.setFocus()
        if record:
            self.answered.emit(self.quiz.id, sorted(chosen), right)

    def _verdict(self, correct: bool, chosen: bool) -> tuple[str, str]:
        """What to say before a choice's explanation, worded against what the reader did, and
        the style that colours it. A choice rightly left out is never called wrong."""
        if correct and chosen:
            return self.tr("✓ Right."), "feedbackRight"
        if correct:
            missed = (
                self.tr("You missed this one: it is right too.")
                if self.quiz.multiple
                else self.tr("This is the right answer.")
            )
            return missed, "feedbackWrong"
        if chosen:
            return self.tr("✗ Not this one."), "feedbackWrong"
        return self.tr("Right to leave this out."), "feedbackOther"

    def reset(self) -> None:
        """Try again: the choices open, the feedback gone, the first choice focused."""
        self._open_choices()
        if self.choice_buttons:
            self.choice_buttons[0].setFocus()

    def clear_answer(self) -> None:
        """As if never answered: for the same page shown to a reader afresh (their own earlier
        answer, if any, is put back after this)."""
        self.has_answer = False
        self._open_choices()

    def _open_choices(self) -> None:
        self.group.setExclusive(False)
        for button in self.choice_buttons:
            button.setChecked(False)
            button.setEnabled(True)
        self.group.setExclusive(not self.quiz.multiple)
        for explanation in self.explanations:
            explanation.hide()
        self.result.hide()
        self.retry_button.hide()
        self.check_button.show()
        self.check_button.setEnabled(False)

    def _update_check_button(self) -> None:
        self.check_button.setEnabled(bool(self.selected()))


class ReflectionWidget(QGroupBox):
    """A prompt and a box for the reader's own answer."""

    text_changed = Signal(str, str)  # reflection id, text

    def __init__(self, reflection: Reflection, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.reflection = reflection
        self.setObjectName(f"reflect-{reflection.id}")
        self.setAccessibleName(self.tr("Reflection: %s") % reflection.prompt)
        prompt = _wrapping_label(reflection.prompt, "reflectPrompt")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reflectionAnswer")
        self.editor.setAccessibleName(self.tr("Your answer"))
        self.editor.setAccessibleDescription(reflection.prompt)
        self.editor.setPlaceholderText(reflection.hint or self.tr("Write your thoughts here."))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(110)
        self.note = _wrapping_label(note, "reflectNote")
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapping_label(self.tr("Reflect"), "blockHeading"))
        layout.addWidget(prompt)
        layout.addWidget(self.editor)
        layout.addWidget(self.note)
        self.editor.textChanged.connect(
            lambda: self.text_changed.emit(self.reflection.id, self.editor.toPlainText())
        )

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
