"""Help → Keyboard shortcuts: every key the app answers to, in one list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.ui.widgets.dialogs import button_row
from caregiver_app.ui.widgets.text import tr


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return tr(" or ").join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in sequences
    )


def shortcut_rows(actions: Iterable[QAction], kiosk: bool) -> list[tuple[str, str]]:
    """(keys, what they do) for each command with keys, then the keys that are not commands.

    Read from the actions themselves, so the list cannot fall behind a changed shortcut."""
    rows = [
        (_keys(action.shortcuts()), action.text().replace("&", "").removesuffix("…"))
        for action in actions
        if action.shortcuts() and action.isVisible() and action.isEnabled()
    ]
    escape = (
        tr("End your visit: clear everything you read and wrote here")
        if kiosk
        else tr("Hide everything on the screen at once, and lock your private entries")
    )
    rows += [
        (tr("Escape, twice"), escape),
        (_keys([QKeySequence("Ctrl+K")]), tr("Search the lessons")),
        (_keys([QKeySequence(QKeySequence.StandardKey.Find)]), tr("Find a word in this lesson")),
        (_keys([QKeySequence("Alt+G")]), tr("Go to a heading in this lesson")),
        (_keys([QKeySequence(QKeySequence.StandardKey.Save)]), tr("Save today's check-in")),
        (tr("Tab, Shift+Tab"), tr("Move between buttons and boxes")),
        (tr("Space or Enter"), tr("Press the button that has the keyboard")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table, keys and what they do, read by a screen reader row by row."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("What they do")])
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        close = QPushButton(tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(button_row(close))
        self.resize(640, 560)
