"""How long a first-time user needs from the library to the first warning-signs lesson, at a
laptop's 1366 x 768, estimated from the app's real layout with the Keystroke-Level Model.

    python benchmarks/first_visit.py

The app is started offscreen over the shipped lessons and a new data folder; the script finds
where the "Early warning signs of relapse" module sits on the library page and counts what a
user must do to open its first lesson: the wheel turns to scroll down to it, or the click on
its name in the "Go to a module" line where the library has one. The counts are turned into
seconds with the operator times of Card, Moran and Newell, "The Keystroke-Level Model for User
Performance Time with Interactive Systems" (Communications of the ACM 23(7), 1980): these are
times for practised users, so a parent new to computers takes longer; the figure is for
comparing one layout with another, not a promise.

It reads only the app's widgets, so the same script measures an older version of the app:
put that version's folder first on PYTHONPATH.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
MODULE_ID = "early-warning-signs"

# Keystroke-Level Model operator times, in seconds (Card, Moran and Newell 1980).
MENTAL = 1.35  # M: finding the next thing to look at, deciding to act
POINT = 1.1  # P: moving the pointer to a target on the screen
CLICK = 0.2  # BB: pressing and releasing the mouse button
HOME = 0.4  # H: moving the hand to the mouse
WHEEL_NOTCH = 0.2  # one turn of the wheel, timed like a button press and release


@dataclass
class Visit:
    clicks: int
    wheel_notches: int
    screens_read: int  # pages of the library the eye has to scan on the way
    seconds: float


def scrolled_visit(distance: int, viewport: int, step: int) -> Visit:
    """Scroll until the module's heading is in the top half of the page, then click its first
    lesson. Each screen passed is read for the module's name."""
    to_scroll = max(0, distance - viewport // 2)
    notches = math.ceil(to_scroll / step)
    screens = math.ceil(to_scroll / viewport)
    seconds = HOME + MENTAL + notches * WHEEL_NOTCH + screens * MENTAL + MENTAL + POINT + CLICK
    return Visit(clicks=1, wheel_notches=notches, screens_read=screens + 1, seconds=seconds)


def linked_visit() -> Visit:
    """Read the "Go to a module" line, click the module's name, then its first lesson."""
    seconds = HOME + MENTAL + POINT + CLICK + MENTAL + POINT + CLICK
    return Visit(clicks=2, wheel_notches=0, screens_read=1, seconds=seconds)


def measure() -> tuple[Visit, int, int]:
    from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: PLC0415

    from caregiver_app.config import Settings  # noqa: PLC0415
    from caregiver_app.paths import shipped_content_dir  # noqa: PLC0415
    from caregiver_app.ui.app import _application, build_window  # noqa: PLC0415
    from caregiver_app.ui.widgets import operations  # noqa: PLC0415

    app = _application("en")
    with tempfile.TemporaryDirectory() as data:
        window = build_window(Settings(shipped_content_dir(), Path(data), "en", False))
        window.resize(*SIZE)
        window.show()
        for _ in range(20):
            operations.wait_for_all()
            app.processEvents()
        view = window.lessons.library_view
        module = next(m for m in window.session.library.modules if m.id == MODULE_ID)
        scroll = view.findChild(QScrollArea)
        page = scroll.widget()
        lessons = view.lesson_list
        header = lessons.visualRect(lessons.module_index(module.id))
        distance = lessons.viewport().mapTo(page, header.topLeft()).y()
        viewport = scroll.viewport().height()
        step = scroll.verticalScrollBar().singleStep() * QApplication.wheelScrollLines()
        has_links = getattr(view, "module_links", None) is not None
        visit = linked_visit() if has_links else scrolled_visit(distance, viewport, step)
        window.close()
    return visit, distance, viewport


def main() -> int:
    visit, distance, viewport = measure()
    print(
        f"first warning-signs lesson at {SIZE[0]}x{SIZE[1]}: the module's heading is "
        f"{distance} px down a {viewport} px page"
    )
    print(
        f"  {visit.clicks} click(s), {visit.wheel_notches} wheel notch(es), "
        f"{visit.screens_read} screen(s) read: about {visit.seconds:.1f} s (Keystroke-Level Model)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
