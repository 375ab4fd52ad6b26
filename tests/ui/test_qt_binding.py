"""The Qt binding itself: a version that corrupts Python's reference counts crashes the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_leave_none_alone(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every call to a method that
    # returns nothing. A family reading for an evening makes tens of thousands of such calls, and
    # Python aborts once None's count reaches zero. (On 3.12 and later None is immortal and its
    # count never moves, so this holds there too.) pyproject.toml leaves that version out.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(300):  # few enough that a leaking version fails here, not aborts
        label.setText(str(number))
    assert sys.getrefcount(None) - before > -150
