#!/usr/bin/env python3
"""Make the screenshots in docs/screenshots with the app itself, at a laptop's 1366 x 768.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Each picture is the app's own window (and the dialog over it, where there is one) drawn
offscreen over the shipped lessons and a throwaway data folder: the library, the end of a
lesson, the stress log with tags chosen, the weekly check-in's result, the window as it opens
for a profile with a passcode, the plan's printed page and the kiosk's "Are you still there?";
the library and a lesson also at 200 % text; and in Spanish (for Mexico) and Hindi (for India)
the library, a lesson, Get support and a confirmation.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QRadioButton, QWidget

from caregiver_app.adminpin import hash_pin
from caregiver_app.config import Settings
from caregiver_app.lessons.weekly import load_weekly_checkin
from caregiver_app.paths import shipped_content_dir
from caregiver_app.store import Observation, Plan, StagePlan, StressEntry
from caregiver_app.store.signs import SignDay
from caregiver_app.ui.app import _application, build_window
from caregiver_app.ui.clinic.kiosk import KioskSession
from caregiver_app.ui.private.plan_page import save_plan_pdf
from caregiver_app.ui.private.weekly_dialog import WeeklyCheckinDialog
from caregiver_app.ui.widgets import operations
from caregiver_app.ui.widgets.text import tr

SIZE = (1366, 768)
WARNING_SIGNS_LESSON = "early-warning-signs/common-early-signs"


def settle(app: QApplication) -> None:
    operations.wait_for_all()
    for _ in range(5):
        app.processEvents()


def grab_with_dialogs(window: QWidget) -> QPixmap:
    """The window as a user sees it: with any dialog open over it painted where it sits."""
    picture = window.grab()
    painter = QPainter(picture)
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.parent() is window:
            at = window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0)))
            painter.drawPixmap(at, dialog.grab())
    painter.end()
    return picture


def centre_dialogs(window: QWidget) -> None:
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            frame = dialog.frameGeometry()
            frame.moveCenter(window.frameGeometry().center())
            dialog.move(frame.topLeft())


def fill_stress_log(window) -> None:
    private = window.session.private_data()
    today = date.today()
    for back in range(20, 0, -1):
        stress = 3 + (back * 7) % 6
        tags = ("sleep", "money") if back % 3 else ("work",)
        private.save_entry(
            StressEntry(today - timedelta(days=back), stress, 6.0 + back % 3, 2, tags, ("walk",))
        )


def shots(window, app: QApplication, out: Path) -> list[tuple[str, Callable[[], None]]]:
    reader = window.reading.reader

    def library() -> None:
        window.show_library()

    def lesson_end() -> None:
        window.open_lesson(lesson_id(window))
        settle(app)
        bar = reader.reading_area.verticalScrollBar()
        bar.setValue(
            reader.reading_area.footer.mapTo(reader.reading_area.widget(), QPoint()).y() - 200
        )

    def stress_log() -> None:
        window.show_private_view("stress-log")
        form = window.private_area.stress_view.form
        for button in form.findChildren(QWidget):
            if button.property("tag") in ("sleep", "family"):
                button.click()

    return [("library", library), ("lesson-end", lesson_end), ("stress-log-tags", stress_log)]


def lesson_id(window) -> str:
    library = window.session.library
    if library.lesson(WARNING_SIGNS_LESSON) is not None:
        return WARNING_SIGNS_LESSON
    return next(lesson.id for lesson in library.lessons if lesson.id.startswith("early"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    out: Path = args.out
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is made
    out.mkdir(parents=True, exist_ok=True)
    app = _application("en")
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(shipped_content_dir(), Path(data), "en", False)
        window = build_window(settings)
        window.resize(*SIZE)
        window.show()
        fill_stress_log(window)
        for scale in (100, 200):
            window.session.set_text_scale(scale, remember=False)
            for name, show in shots(window, app, out):
                if scale == 200 and name == "stress-log-tags":
                    continue
                show()
                settle(app)
                target = out / (f"{name}.png" if scale == 100 else f"{name}-200.png")
                grab_with_dialogs(window).save(str(target))
                print(f"Saved {target}")
        window.session.set_text_scale(100, remember=False)
        save(weekly_result(window, app), out / "weekly-result.png")
        save(start_with_passcode(window, app), out / "start-with-passcode.png")
        save(plan_page(Path(data)), out / "plan-page.png")
        window.close()
        for name, picture in signs_tracker(app, Path(data) / "signs"):
            save(picture, out / f"{name}.png")
        save(kiosk_warning(app, Path(data)), out / "kiosk-still-there.png")
        for language, country in (("es", "MX"), ("hi", "IN")):
            for name, picture in in_language(language, country, Path(data) / language):
                save(picture, out / f"{language}-{name}.png")
    return 0


def save(picture: QPixmap | QImage, target: Path) -> None:
    picture.save(str(target))
    print(f"Saved {target}")


def start_with_passcode(window, app: QApplication) -> QPixmap:
    """The window as it opens for a profile with a passcode: the box in a strip at the top."""
    session = window.session
    session.store.set_passcode(session.profile.id, "blue kettle 42")
    session.reload_profile()
    session.set_vault(None)
    window.show_library()
    window.offer_unlock()
    settle(app)
    return window.grab()


def signs_tracker(app: QApplication, data: Path) -> list[tuple[str, QPixmap]]:
    """The signs page empty (how to start), with a month of ticks, and with a threshold met."""
    window = build_window(Settings(shipped_content_dir(), data, "en", False))
    window.resize(*SIZE)
    window.show()
    private = window.session.private_data()
    window.show_private_view("signs")
    settle(app)
    pictures = [("signs-empty", window.grab())]
    private.save_plan(
        Plan(
            "Sam",
            {
                "well": StagePlan("Sleeps 11 to 7, walks the dog"),
                "early": StagePlan(
                    "- up past 2 am\n- stops answering the phone\n- skips meals",
                    "Ask gently how they are; offer a walk",
                    "Dr Lee 0101",
                ),
                "worse": StagePlan("says the neighbours watch", "Call the care team", "0199"),
                "crisis": StagePlan("talks of ending their life", "Stay with them; call", "112"),
            },
        )
    )
    view = window.private_area.signs_view
    view.take_signs_from_plan()
    early = [sign.id for sign in private.signs() if sign.stage == "early"]
    today = date.today()
    for back in range(30, 6, -1):
        if back % 6 != 1:  # a few days left out: gaps, not days without signs
            seen = {early[back % 3]} if back % 3 else set()
            private.save_sign_day(SignDay(today - timedelta(days=back), frozenset(seen)), today)
    window.show_library()
    window.show_private_view("signs")
    view.show_weeks(12)
    settle(app)
    scroll_to(window, view.pattern_card)
    pictures.append(("signs-month", window.grab()))
    for back in (0, 2, 4):
        private.save_sign_day(SignDay(today - timedelta(days=back), frozenset(early[:2])), today)
    window.show_library()
    window.show_private_view("signs")
    settle(app)
    scroll_to(window, view.prompt)
    settle(app)
    pictures.append(("signs-threshold", window.grab()))
    window.close()
    return pictures


def scroll_to(window, widget: QWidget) -> None:
    """Scroll the page so that ``widget`` is at the top."""
    from PySide6.QtWidgets import QScrollArea  # noqa: PLC0415

    area = next(a for a in window.findChildren(QScrollArea) if a.isAncestorOf(widget))
    area.verticalScrollBar().setValue(widget.mapTo(area.widget(), QPoint()).y() - 20)


def weekly_result(window, app: QApplication) -> QPixmap:
    """The weekly check-in answered, its result in view, over the window as it opens."""
    window.show_private_view("stress-log")  # where the check-in is opened from
    library = window.session.library
    checkin, _problems = load_weekly_checkin(library.language_dir, library.root)
    assert checkin is not None, "the shipped lessons have a weekly check-in"
    dialog = WeeklyCheckinDialog(checkin, window.session.private_data(), library, window)
    dialog.show()
    for number, (question, _text) in enumerate(checkin.questions):
        button = dialog.findChild(QRadioButton, f"{question}-{(number + 1) % 4}")
        if button is not None:
            button.click()
    dialog.submit.click()
    settle(app)
    centre_dialogs(window)
    settle(app)
    picture = grab_with_dialogs(window)
    dialog.accept()
    return picture


def plan_page(data: Path) -> QImage:
    """The plan's printed page, as the PDF the app writes, drawn at screen size."""
    plan = Plan(
        "Sam",
        {
            "well": StagePlan("Sleeps 11 to 7, walks the dog", "Keep the routine", "Dr Lee 0101"),
            "early": StagePlan("Up at night\nSkips meals", "Ask gently how they are", "GP 0100"),
            "worse": StagePlan("Says the neighbours watch", "Call the care team", "Team 0199"),
            "crisis": StagePlan("Talks of ending their life", "Stay with them; call", "988, 911"),
        },
    )
    observations = [
        Observation(1, date.today() - timedelta(days=9), "early", "tired, skipped dinner"),
        Observation(2, date.today() - timedelta(days=2), "worse", "up at 3am, worried"),
    ]
    target = data / "plan.pdf"
    save_plan_pdf(plan, target, observations)
    document = QPdfDocument()
    document.load(str(target))
    size = document.pagePointSize(0).toSize() * 1.5
    page = document.render(0, QSize(size.width(), size.height()))
    white = QImage(page.size(), QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    painter = QPainter(white)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    return white


def in_language(language: str, country: str, data: Path) -> list[tuple[str, QPixmap]]:
    """The window in ``language`` for a reader in ``country``: the library, a lesson, Get
    support with that country's services first, and a confirmation over the window."""
    app = _application(language)
    settings = Settings(shipped_content_dir(), data, language, False, country=country)
    window = build_window(settings)
    window.resize(*SIZE)
    window.show()
    pictures = []
    window.show_library()
    settle(app)
    pictures.append(("library", window.grab()))
    window.open_lesson(lesson_id(window))
    settle(app)
    pictures.append(("lesson", window.grab()))
    window.show_support()
    settle(app)
    pictures.append(("support", window.grab()))
    # The question App > Remove the passcode asks, with its buttons, as confirm() shows it.
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Remove the passcode?"),
        tr(
            "Your private entries will be stored without encryption, and anyone who uses this "
            "computer could read them. Remove the passcode?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # as confirm() does
    box.show()
    settle(app)
    centre_dialogs(window)
    settle(app)
    pictures.append(("confirm", grab_with_dialogs(window)))
    box.close()
    window.close()
    _application("en")
    return pictures


def kiosk_warning(app: QApplication, data: Path) -> QPixmap:
    """A clinic kiosk after a quiet while: the screen covered under "Are you still there?"."""
    settings = Settings(
        shipped_content_dir(),
        data / "kiosk",
        "en",
        True,
        admin_pin_hash=hash_pin("24681357"),
        clinic_name="Riverside Clinic",
    )
    session = KioskSession(settings, lambda: build_window(settings))
    window = session.start(full_screen=False)
    window.resize(*SIZE)
    window.open_lesson(lesson_id(window))
    settle(app)
    session.ask_still_there()
    settle(app)
    centre_dialogs(window)
    settle(app)
    picture = grab_with_dialogs(window)
    session.idle.stop()
    if session.still_there is not None:
        session.still_there.timer.stop()
    window.allow_close = True
    window.close()
    return picture


if __name__ == "__main__":
    sys.exit(main())
