"""Starting the GUI, and rendering a view to a PNG for ``--screenshot``."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QLoggingCategory,
    QSize,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app.config import Settings
from caregiver_app.lessons import Library, Service, load_library, load_services
from caregiver_app.lessons.render_cache import RenderCache
from caregiver_app.lessons.services import parse_service
from caregiver_app.paths import cache_dir_for, resources_dir, shipped_content_dir
from caregiver_app.store import (
    AlreadyRunningError,
    DatabaseFaultError,
    OpenedStore,
    Profile,
    Store,
    UnusableDatabaseError,
    memory_store,
    open_store,
)
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.session import Session
from caregiver_app.ui.shell.main_window import MainWindow
from caregiver_app.ui.shell.profile_picker import (
    DEFAULT_PROFILE_NAME,
    choose_profile,
    remember_profile,
)
from caregiver_app.ui.widgets.dates import time_text
from caregiver_app.ui.widgets.first_paint import after_first_paint
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import apply_text_scale

DESKTOP_ID = "io.github.caregivercompanion.CaregiverCompanion"  # resources/linux/<id>.desktop


# Notes Qt prints about the machine, not the app: the offscreen platform (screenshots) saying
# what it cannot do, and a speech plug-in whose system library is missing (the read-aloud bar
# says so in words). Everything else Qt says goes where it went before.
_PLATFORM_NOTES = ("This plugin does not support", "Error loading text-to-speech plug-in")


def _quiet_platform_notes() -> None:

    # Qt's audio looks for PipeWire before PulseAudio and says so when it is not there.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    previous = None

    def handler(mode: object, context: object, message: str) -> None:
        if message.startswith(_PLATFORM_NOTES):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _application(language: str = "en") -> QApplication:
    # Fusion: the same calm look on every OS; our style sheet builds on it. A new application
    # is asked for it on its command line, where Qt reads it before any other setting:
    # setStyle() hands the style back to Python, and PySide then builds every one of QStyle's
    # enums, a few milliseconds before the first paint.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle("Fusion")
    else:
        program = sys.argv[0] if sys.argv else "caregiver-app"
        app = QApplication([program, "-style", "Fusion"])
    app.setApplicationName("Caregiver Companion")
    app.setOrganizationName("CaregiverCompanion")
    apply_text_scale(app, 100)  # the style sheet, headings sized; the window sets the user's
    app.setWindowIcon(app_icon())
    # Wayland docks pair windows with the desktop entry (and its icon) by this name.
    app.setDesktopFileName(DESKTOP_ID)
    _install_translations(app, language)
    return app


def app_icon() -> QIcon:
    """The app icon at every size it was drawn for, so title bars and taskbars pick a crisp one
    (the 16 and 24 pixel images are drawn more boldly than the SVG shrinks to)."""

    icons = resources_dir() / "icons"
    pngs = sorted((icons / "png").glob("caregiver-companion-*.png"))
    if not pngs:  # the rendered set is missing: the drawing still scales
        return QIcon(str(icons / "caregiver-companion.svg"))
    icon = QIcon()
    for png in pngs:
        # The size from the name ("-256"), so Qt need not open each file at start-up to find it.
        side = int(png.stem.rpartition("-")[2])
        icon.addFile(str(png), QSize(side, side))
    return icon


# The translators installed now, so that a change of language can take them out again.
_installed_translators: list[QTranslator] = []


def _install_translations(app: QApplication, language: str) -> None:
    """The interface in ``language`` (ours, plus Qt's own for standard buttons), and right to
    left where the language is written that way. Missing translations leave English."""

    while _installed_translators:
        app.removeTranslator(_installed_translators.pop())
    installed = []
    language = language or "en"
    # English too: its file holds the plural forms ("1 second", "2 seconds") and nothing else.
    sources = [(str(resources_dir() / "translations"), f"caregiver_{language}")]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.append((qt_folder, f"qtbase_{language}"))
    for folder, name in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    _installed_translators.extend(installed)
    # Days, months and numbers in the words of the app's language, not the machine's.
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(QLocale(language).textDirection())


def _open_store(settings: Settings) -> OpenedStore:

    if settings.kiosk:  # a visit leaves nothing behind
        return OpenedStore(memory_store())
    return open_store(settings.data_dir)


def _profile_without_asking(store: Store) -> Profile:
    """For screenshots and tests: the last profile used, or the first, or a new default one."""
    profiles = store.profiles.all()
    profile = store.profiles.last_used() or (profiles[0] if profiles else None)
    if profile is None:
        profile = store.profiles.create(
            QCoreApplication.translate("ProfilePicker", DEFAULT_PROFILE_NAME)
        )
    remember_profile(store, profile)
    return profile


def build_window(
    settings: Settings, opened: OpenedStore | None = None, profile: Profile | None = None
) -> MainWindow:
    """The main window for ``settings``: library loaded (front matter only), store open."""

    library = load_library(settings.content_dir, settings.language, _parse_memo_file(settings))
    # A clinic's shared folder offline (missing, or an empty mount point) or holding nothing
    # readable: our own lessons rather than an empty library, and a note saying why.
    fell_back = not library.lessons and settings.content_dir != shipped_content_dir()
    if fell_back:
        print(f"{settings.content_dir}: no lessons; showing the shipped ones", file=sys.stderr)
        library = load_library(shipped_content_dir(), settings.language)
    if not settings.kiosk:  # a kiosk leaves nothing behind, not even which lessons were read
        library.keep_renderings_in(RenderCache(cache_dir_for(settings.data_dir) / "rendered"))
    opened = opened or _open_store(settings)
    session = Session(
        settings,
        library,
        services=lambda: support_services(settings, library),
        preferences=Preferences(None if settings.kiosk else settings.data_dir),
        store=opened.store,
        profile=profile or _profile_without_asking(opened.store),
    )
    window = MainWindow(session)
    # What the library does not show is made once it is on screen, one piece per turn of the
    # event loop (a click is never kept waiting for long): the background work first.
    after_first_paint(
        window,
        lambda: window.reading.render_ahead(window.lessons.library_view.continue_id),
        window.lessons.search.start_building,
        # Read now, not when help is needed: a clinic's share or a USB stick may be gone by the
        # time someone opens Get support.
        lambda: session.services,
        lambda: window.reading.reader,  # the lesson page, so that the first lesson opens quickly
    )
    if opened.notice is not None and opened.notice.nothing_saved:
        window.show_banner(opened.notice.message, "data")
    if fell_back:  # in kiosks too: it is how staff find out
        window.show_banner(
            tr(
                "No lessons could be read from the lesson folder %s (a network drive may be "
                "offline, or the folder is empty), so the lessons that come with the app are "
                "shown. Restart the app to try again."
            )
            % settings.content_dir,
            "content",
        )
    if settings.problems and not settings.kiosk:  # kiosk visitors cannot fix the config
        lines = "\n".join(str(problem) for problem in settings.problems[:5])
        window.show_banner(
            tr("The settings file has problems; defaults are used for them:") + "\n" + lines,
            "settings",
        )
    return window


def _parse_memo_file(settings: Settings) -> Path | None:
    """Where the loader keeps what it made of each lesson file (see ``lessons.parse_memo``):
    one file per content folder and language; none in a kiosk, which leaves nothing behind."""
    if settings.kiosk:
        return None
    folder = f"{settings.content_dir.resolve()}\0{settings.language}"
    name = hashlib.sha256(folder.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache_dir_for(settings.data_dir) / f"lessons-{name}.json"


def support_services(settings: Settings, library: Library) -> list[Service]:
    """The Get support page's services: the clinic's own first, then the content folder's (or
    only the clinic's, if its config says to replace them)."""

    parsed = (
        parse_service(entry, "config", number)[0]
        for number, entry in enumerate(settings.clinic_services, 1)
    )
    clinic = [service for service in parsed if service is not None]
    if settings.replace_services and clinic:
        return clinic
    shipped, _ = load_services(library.language_dir, library.root)  # problems: check-content
    return clinic + shipped


def run_preview(folder: Path) -> int:
    """``caregiver-app preview DIR``: the live preview window for lesson authors."""
    from caregiver_app.config import system_language  # noqa: PLC0415
    from caregiver_app.ui.authoring.preview import PreviewWindow  # noqa: PLC0415

    if not folder.is_dir():
        print(f"{folder}: no such folder", file=sys.stderr)
        return 2
    _quiet_platform_notes()
    app = _application(system_language())
    window = PreviewWindow(folder)
    window.show()
    return app.exec()


def run_gui(settings: Settings) -> int:

    _quiet_platform_notes()
    app = _application(settings.language)
    for problem in settings.problems:  # for staff at a terminal; the window says it too
        print(problem, file=sys.stderr)
    if settings.kiosk:
        return _run_kiosk(app, settings)
    try:
        opened = _open_store(settings)
    except AlreadyRunningError:
        QMessageBox.information(
            None,
            tr("Caregiver Companion is already open"),
            tr(
                "Caregiver Companion is already open on this computer, perhaps in another "
                "window. Switch to that window. Only one copy can use your data at a time, so "
                "that nothing you save is lost."
            ),
        )
        return 1
    if opened.notice is not None and opened.notice.kind in ("corrupt", "newer"):
        _offer_backup(opened)
    profile = choose_profile(opened.store)
    if profile is None:  # the user closed the picker
        opened.store.close()
        return 0
    window = show_window(settings, opened, profile)  # held here while the app runs
    status = app.exec()
    window.deleteLater()
    return status


def show_window(settings: Settings, opened: OpenedStore, profile: Profile) -> MainWindow:
    """The main window on screen; for a profile with a passcode, with the passcode box in it.

    The question is asked inside the app the user opened, above the lessons (readable while
    locked), never as a bare box on an empty screen; "Not now" puts it away, and the private
    pages ask again on the page."""
    window = build_window(settings, opened, profile)
    if profile.has_passcode:
        window.offer_unlock()
    window.show()
    return window


def _run_kiosk(app: QApplication, settings: Settings) -> int:
    """A clinic kiosk: every visit in memory; the session resets itself when idle. A kiosk
    with config problems or no working admin PIN shows its locked screen and never quits."""

    # Imported here: a family's computer never loads the kiosk (nor its PIN check's crypto).
    from caregiver_app.ui.clinic.kiosk import start_kiosk  # noqa: PLC0415

    kiosk = start_kiosk(settings, lambda: build_window(settings))
    kiosk.exiting.connect(app.quit)
    return app.exec()


def _offer_backup(opened: OpenedStore) -> None:
    """Tell the user their data could not be opened, and offer the newest good backup."""

    notice = opened.notice
    if notice is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "Caregiver Companion", notice.message)
    box.setWindowTitle(tr("Your saved progress could not be opened"))
    restore = None
    if notice.backup is not None:
        made = time_text(notice.backup.made_at)
        box.setInformativeText(tr("A backup from %s can bring back what was saved then.") % made)
        restore = box.addButton(tr("Restore that backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Start fresh"), QMessageBox.ButtonRole.RejectRole)
    else:
        box.setInformativeText(tr("There is no backup to restore, so the app starts fresh."))
    box.exec()
    if notice.backup is not None and box.clickedButton() is restore:
        try:
            opened.store.restore_from(notice.backup.path)
        except (UnusableDatabaseError, DatabaseFaultError) as error:
            QMessageBox.warning(
                None, tr("Restore failed"), tr("Nothing was changed, because %s.") % error
            )
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(None, tr("Restore failed"), tr("Nothing was changed: %s") % error)
