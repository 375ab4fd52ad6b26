"""Shared page pieces: a centred, width-limited column that scrolls, a card with a heading,
and the privacy note."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.ui.widgets.text import Level, heading, tr
from caregiver_app.ui.widgets.theme import BASE_POINT_SIZE


class TextColumn(QFrame):
    """A column ``width`` pixels wide at most at 100 % text, and wider in step with the text:
    a line holds about the same words at any size, instead of a few large words in a narrow
    strip beside empty space at 200 %."""

    def __init__(self, width: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._width_at_100 = width
        self._follow_text_size()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._follow_text_size()
        super().changeEvent(event)

    def _follow_text_size(self) -> None:
        size = self.font().pointSizeF()
        scale = max(1.0, size / BASE_POINT_SIZE) if size > 0 else 1.0
        self.setMaximumWidth(round(self._width_at_100 * scale))


def card(title: str, accessible_name: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A card (a module, a part of a form) headed by ``title``; add its content to the layout."""
    frame = QFrame()
    frame.setObjectName("moduleCard")
    if accessible_name:
        frame.setAccessibleName(accessible_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.addWidget(heading(title, Level.SECTION))
    return frame, layout


def centred_page(owner: QWidget, column: QLayout, max_width: int, name: str = "") -> QScrollArea:
    """Fill ``owner`` with ``column``, centred, at most ``max_width`` wide (lines stay readable),
    scrolling when it is taller than the window."""
    # The frame first and the content last: a scroll area given a page measures the page at
    # once, and a page full of wrapped text would be measured here and again when shown.
    page = QWidget()
    page.setObjectName("page")
    centred = QHBoxLayout(page)
    centred.setContentsMargins(16, 16, 16, 24)
    centred.addStretch(1)
    centred.addStretch(1)
    scroll = QScrollArea()
    if name:
        scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    holder = TextColumn(max_width)
    holder.setLayout(column)
    centred.insertWidget(1, holder, 100)
    return scroll


def show_privacy_note(
    label: QLabel, *, kept: bool, protected: bool, what: str, not_shown: int = 0
) -> None:
    """Say plainly, where the user writes, who can read it: ``what`` is "these entries"...;
    ``not_shown`` counts entries the app does not trust (see ``store.integrity``)."""
    if not kept:
        text = tr(
            "Nothing you write here is kept: it is cleared when you leave, or after a few "
            "quiet minutes."
        )
        name = "privacyOk"
    elif protected:
        text = tr("Encrypted with your passcode: only you can read %s.") % what
        name = "privacyOk"
    else:
        text = (
            tr(
                "Not encrypted: anyone who uses this computer can read %s. "
                '<a href="#passcode">Set a passcode</a> to keep it private.'
            )
            % what
        )
        name = "problemBanner"
    if not_shown:
        text += " " + (
            tr(
                "%n entry(s) could not be trusted and are not shown; they are kept, not deleted.",
                "",
                not_shown,
            )
        )
    label.setText(text)
    label.setObjectName(name)
    label.style().polish(label)
