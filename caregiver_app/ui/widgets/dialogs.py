"""Asking before something that cannot be taken back, and the row of buttons under a form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """A warning that needs a deliberate yes: Cancel is the default, so Enter does nothing
    harmful."""
    answer = QMessageBox.warning(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def button_row(*end: QWidget, start: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A row of buttons: ``start`` from the left edge, ``end`` at the right, space between.
    The one way a row of buttons is laid out here."""
    row = QHBoxLayout()
    for widget in start:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in end:
        row.addWidget(widget)
    return row
