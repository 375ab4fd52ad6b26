"""``--screenshot``: one view rendered offscreen to a PNG, as a user would see it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.config import Settings
from caregiver_app.store import AlreadyRunningError, OpenedStore, memory_store
from caregiver_app.ui.app import _application, _open_store, _quiet_platform_notes, build_window
from caregiver_app.ui.session import View
from caregiver_app.ui.shell.main_window import MainWindow
from caregiver_app.ui.shell.profile_picker import ProfilePicker
from caregiver_app.ui.widgets import operations

if TYPE_CHECKING:
    from caregiver_app.ui.clinic.kiosk import KioskLockedScreen

SCREENSHOT_SIZE = (1100, 820)


def take_screenshot(settings: Settings, out: Path, view: str) -> int:
    """Render ``view`` offscreen to ``out`` and return an exit status (2: unknown view)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    _quiet_platform_notes()
    app = _application(settings.language)
    try:
        opened = _open_store(settings)
    except AlreadyRunningError:
        print("The app is open on this data folder; rendering without its data.", file=sys.stderr)
        opened = OpenedStore(memory_store())
    try:
        return _render_view(app, settings, opened, out, view)
    finally:
        # Whatever happened, no background job may outlive the window it reports to.
        operations.shutdown()
        opened.store.close()


def _render_view(
    app: QApplication, settings: Settings, opened: OpenedStore, out: Path, view: str
) -> int:
    if not settings.kiosk:
        window = build_window(settings, opened)
        try:
            return _grab_window(app, window, opened, out, view)
        finally:
            window.close()
    # As a visitor sees it: no menus, no profiles, "Take this home".
    from caregiver_app.ui.clinic.kiosk import (  # noqa: PLC0415 (kiosks only)
        KioskLockedScreen,
        KioskSession,
        start_kiosk,
    )

    kiosk = start_kiosk(settings, lambda: build_window(settings, opened), full_screen=False)
    if isinstance(kiosk, KioskLockedScreen):  # the same screen whatever the view
        try:
            return _grab_locked(app, kiosk, out, view)
        finally:
            kiosk.close()
    assert isinstance(kiosk, KioskSession) and isinstance(kiosk.window, MainWindow)
    try:
        return _grab_window(app, kiosk.window, opened, out, view)
    finally:
        kiosk.window.close()


def _grab_locked(app: QApplication, screen: KioskLockedScreen, out: Path, view: str) -> int:
    print("This kiosk starts locked:", file=sys.stderr)
    for fault in screen.problems.text().splitlines():
        print(f"  {fault}", file=sys.stderr)
    screen.resize(*SCREENSHOT_SIZE)
    screen.show()
    screen.allow_close = True
    return _save(app, screen, out, view)


def _grab_window(
    app: QApplication, window: MainWindow, opened: OpenedStore, out: Path, view: str
) -> int:
    window.resize(*SCREENSHOT_SIZE)
    target: QWidget = window
    if view == "profiles":
        window.show()
        target = ProfilePicker(opened.store, window)
        target.resize(520, 460)
        target.show()
    elif not _show_view(window, view):
        return 2
    else:
        window.show()
    return _save(app, target, out, view)


def _save(app: QApplication, target: QWidget, out: Path, view: str) -> int:
    operations.wait_for_all()  # a lesson renders, or the content check runs
    for _ in range(3):  # layout settles over a few passes
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(out)):
        print(f"Could not write {out}", file=sys.stderr)
        return 1
    print(f"Saved {view} to {out}")
    return 0


def _show_view(window: MainWindow, view: str) -> bool:
    if view.startswith("lesson:"):
        lesson_id = view.removeprefix("lesson:")
        if window.session.library.lesson(lesson_id) is not None:
            return window.open_lesson(lesson_id)
        known = "\n  ".join(lesson.id for lesson in window.session.library.lessons) or "(none)"
        print(f"There is no lesson {lesson_id!r}. Lessons:\n  {known}", file=sys.stderr)
        return False
    shows = {
        "library": View.LIBRARY,
        "progress": View.PROGRESS,
        "stress-log": View.STRESS_LOG,
        "plan": View.PLAN,
        "signs": View.SIGNS,
        "support": View.SUPPORT,
        "problems": View.PROBLEMS,
    }
    if view not in shows:
        print(
            f"Unknown view {view!r}. Views: {', '.join(shows)}, profiles, or lesson:ID "
            "(an unknown ID lists the lessons there are).",
            file=sys.stderr,
        )
        return False
    window.show_view(shows[view])
    return True
