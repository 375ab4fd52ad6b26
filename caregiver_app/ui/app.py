"""Starting the GUI, and rendering a view to a PNG for ``--screenshot``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caregiver_app.config import Settings
from caregiver_app.paths import resources_dir

SCREENSHOT_SIZE = (1100, 820)


def _application() -> object:
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from caregiver_app.ui.theme import APP_STYLE  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Caregiver Companion")
    app.setOrganizationName("CaregiverCompanion")
    app.setStyle("Fusion")  # the same calm look on every OS; our style sheet builds on it
    app.setStyleSheet(APP_STYLE)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "caregiver-companion.svg")))
    return app


def build_window(settings: Settings) -> object:
    """The main window for ``settings``, with the library loaded (front matter only)."""
    from caregiver_app.lessons import load_library, load_services  # noqa: PLC0415
    from caregiver_app.ui.main_window import MainWindow  # noqa: PLC0415
    from caregiver_app.ui.preferences import Preferences  # noqa: PLC0415

    library = load_library(settings.content_dir, settings.language)
    services, _ = load_services(library.language_dir, library.root)  # problems: check-content
    preferences = Preferences(None if settings.kiosk else settings.data_dir)
    return MainWindow(settings, library, services, preferences)


def run_gui(settings: Settings) -> int:
    app = _application()
    window = build_window(settings)
    if settings.kiosk:
        window.showFullScreen()
    else:
        window.show()
    return app.exec()


def take_screenshot(settings: Settings, out: Path, view: str) -> int:
    """Render ``view`` offscreen to ``out`` and return an exit status (2: unknown view)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    window = build_window(settings)
    window.resize(*SCREENSHOT_SIZE)
    if not _show_view(window, view):
        return 2
    window.show()
    from PySide6.QtCore import QThreadPool  # noqa: PLC0415

    QThreadPool.globalInstance().waitForDone()  # a lesson renders, or the content check runs
    for _ in range(3):  # deliver the results; layout settles over a few passes
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"Could not write {out}", file=sys.stderr)
        return 1
    print(f"Saved {view} to {out}")
    return 0


def _show_view(window: object, view: str) -> bool:
    if view.startswith("lesson:"):
        lesson_id = view.removeprefix("lesson:")
        if window.library.lesson(lesson_id) is not None:
            return window.open_lesson(lesson_id)
        known = "\n  ".join(lesson.id for lesson in window.library.lessons) or "(none)"
        print(f"There is no lesson {lesson_id!r}. Lessons:\n  {known}", file=sys.stderr)
        return False
    shows = {
        "library": window.show_library,
        "support": window.show_support,
        "problems": window.show_problems,
    }
    if view not in shows:
        print(
            f"Unknown view {view!r}. Views: {', '.join(shows)}, or lesson:ID "
            "(see 'caregiver-app --screenshot out.png --view lesson:?' for the IDs).",
            file=sys.stderr,
        )
        return False
    shows[view]()
    return True
