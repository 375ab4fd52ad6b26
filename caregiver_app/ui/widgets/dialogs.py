"""Asking before something that cannot be taken back, and the row of buttons under a form."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QMessageBox, QPushButton, QWidget


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


def button_row(
    *buttons: QPushButton, leading: QWidget | None = None, layout: QBoxLayout | None = None
) -> QHBoxLayout:
    """Buttons at the end of a row (``leading`` at its start): the one way forms end here."""
    row = layout if isinstance(layout, QHBoxLayout) else QHBoxLayout()
    if leading is not None:
        row.addWidget(leading)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
