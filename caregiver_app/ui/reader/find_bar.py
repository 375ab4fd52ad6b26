"""Ctrl+F in a lesson: find words in the page, Enter for the next, Escape to close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from caregiver_app.ui.reader.reading_area import ReadingArea


class FindBar(QFrame):
    """Ctrl+F in a lesson: find words in the page, Enter for the next, Escape to close."""

    def __init__(self, area: ReadingArea, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = area
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this lesson"))
        self.field.setAccessibleName(self.tr("Find in this lesson"))
        self.status = QLabel()
        previous = QPushButton(self.tr("Previous"))
        following = QPushButton(self.tr("Next"))
        close = QPushButton(self.tr("Close"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.field, previous, following, self.status, close):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(lambda _text: self.find_next(restart=True))
        self.field.returnPressed.connect(self.find_next)
        following.clicked.connect(self.find_next)
        previous.clicked.connect(lambda: self.find_next(backwards=True))
        close.clicked.connect(self.hide)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        escape.activated.connect(self.hide)
        self.hide()

    def open(self, text: str = "") -> None:
        self.show()
        if text:
            self.field.setText(text)
        self.field.setFocus()
        self.field.selectAll()

    def find_next(self, backwards: bool = False, restart: bool = False) -> bool:
        """Select the next match across the lesson's text parts and scroll it into view."""
        needle = self.field.text()
        parts = self.area.whole_text()
        if not needle or not parts:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        current = next((i for i, part in enumerate(parts) if part.textCursor().hasSelection()), 0)
        order = list(range(len(parts)))
        order = order[current:] + order[:current]
        if backwards:
            order = [order[0], *reversed(order[1:])]
        for step, index in enumerate(order):
            part = parts[index]
            start = part.textCursor() if step == 0 and not restart else QTextCursor(part.document())
            if step and backwards:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = part.document().find(needle, start, flags)
            if not found.isNull():
                for other in parts:
                    if other is not part:
                        other.setTextCursor(QTextCursor(other.document()))
                part.setTextCursor(found)
                self.area.show_cursor(part, found)
                self.status.setText("")
                return True
        self.status.setText(self.tr("Not found"))
        return False
