"""The running app's state, in one place, and the signals that say when it changes.

Every feature (the library, the reader, the private area, the kiosk) is given the ``Session``
and nothing else of the window: it reads the state here, changes it through these methods, and
listens to the signals. The window (``shell``) turns ``navigate`` into the page it shows and
``notice_changed`` into its banner. Nothing here builds a widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QApplication

from caregiver_app.config import TEXT_SCALES, Settings
from caregiver_app.lessons import Library, Service
from caregiver_app.lessons.services import country_code, for_country
from caregiver_app.store import Profile, Store, Vault
from caregiver_app.ui.preferences import NO_COUNTRY, Preferences
from caregiver_app.ui.widgets.saving import StoreWriter
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import apply_text_scale, apply_theme

if TYPE_CHECKING:
    from caregiver_app.store import PrivateData


class View(StrEnum):
    """The pages the window can show. The values are the names ``--screenshot --view`` takes."""

    LIBRARY = "library"
    LESSON = "lesson"
    SUPPORT = "support"
    PROBLEMS = "problems"
    PROGRESS = "progress"
    SEARCH = "search"
    STRESS_LOG = "stress-log"
    PLAN = "plan"
    SIGNS = "signs"

    @property
    def private(self) -> bool:
        return self in (View.STRESS_LOG, View.PLAN, View.SIGNS)


@dataclass(frozen=True)
class Location:
    """Where the user is: a view, and for a lesson its ID (with ``#anchor`` when opened at one)."""

    view: View
    lesson_id: str = ""
    find: str = ""  # words to find: a search's, or in a lesson once it is shown (a result's)


def system_territory() -> str:
    """The computer's country as Qt knows it ("IN"), "" if none: Python's locale names it in
    words on Windows ("English_United States"), which the settings cannot read."""
    return country_code(QLocale.territoryToCode(QLocale.system().territory()))


class Session(QObject):
    """Settings, library, services, store, preferences, profile, vault and location."""

    profile_changed = Signal()  # another profile is in use (or the same one, read again)
    private_access_changed = Signal()  # locked, unlocked, a passcode set or removed
    progress_changed = Signal()  # lesson progress changed: lists and counts need redrawing
    notice_changed = Signal(str, str)  # topic, message for the banner ("" when it is over)
    status = Signal(str, int)  # a passing message, and for how many milliseconds
    file_saved = Signal(object)  # the Path of a file the user just saved (an export, a report)
    navigate = Signal(object)  # a Location the user asked for
    text_size_changed = Signal()  # the app's font was set again: fonts set by hand follow
    theme_changed = Signal()  # colours changed; the new style sheet also reset fonts
    back_requested = Signal()  # the reader's Back button: the window's history
    quick_hidden = Signal()  # Escape twice: a kiosk ends the visit
    country_changed = Signal()  # another country's help lines now come first on Get support

    def __init__(
        self,
        settings: Settings,
        library: Library,
        *,
        services: Sequence[Service] | Callable[[], list[Service]],
        preferences: Preferences,
        store: Store,
        profile: Profile,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.library = library
        # The services are read when Get support first opens (reading them takes longer than
        # drawing the library); a list given here is used as it is.
        self._services = services if callable(services) else list(services)
        self.preferences = preferences
        self.store = store
        self.profile = profile
        self.vault: Vault | None = None
        self.location = Location(View.LIBRARY)
        # The banner's messages now, by topic: a window connected later shows them too (the
        # library reads progress while it is built, before the window listens).
        self.notices: dict[str, str] = {}
        self.viewed: list[str] = []  # lesson IDs opened in this session, for the take-home card
        # Progress is saved from the reader and the progress page: one warning for both.
        self.progress_writer = StoreWriter(tr("Your progress"), self)
        self.progress_writer.failed.connect(lambda message: self.show_notice(message, "saving"))
        self.progress_writer.recovered.connect(lambda: self.clear_notice("saving"))

    @property
    def services(self) -> list[Service]:
        """The Get support page's services, the clinic's own first (read on first use)."""
        if callable(self._services):
            self._services = self._services()
        return self._services

    @property
    def kiosk(self) -> bool:
        return self.settings.kiosk

    # --- the profile and its private area ----------------------------------------------

    @property
    def locked(self) -> bool:
        """True while the profile has a passcode that has not been typed."""
        return self.vault is None and self.profile.has_passcode

    def private_data(self) -> PrivateData:
        return self.store.private(self.profile.id, self.vault)

    def set_vault(self, vault: Vault | None) -> None:
        """The key was opened (or forgotten): reflections, views and dialogs follow."""
        self.vault = vault
        self.private_access_changed.emit()

    def set_profile(self, profile: Profile) -> None:
        """``profile`` is now using the app; the previous one's key is forgotten."""
        self.profile = profile
        self.vault = None
        self.profile_changed.emit()

    def reload_profile(self) -> None:
        """Read the profile again (after its passcode was set or removed)."""
        self.profile = self.store.profiles.get(self.profile.id) or self.profile
        self.profile_changed.emit()

    # --- where the user is -------------------------------------------------------------

    def go(self, view: View, lesson_id: str = "") -> None:
        self.navigate.emit(Location(view, lesson_id))

    def open_lesson(self, lesson_id: str) -> None:
        self.go(View.LESSON, lesson_id)

    def lesson_opened(self, lesson_id: str) -> None:
        if lesson_id not in self.viewed:
            self.viewed.append(lesson_id)

    # --- what the user is told ---------------------------------------------------------

    def show_notice(self, message: str, topic: str = "notice") -> None:
        """A message that stays in the window's banner until ``clear_notice(topic)``."""
        self.notices[topic] = message
        self.notice_changed.emit(topic, message)

    def clear_notice(self, topic: str) -> None:
        self.notices.pop(topic, None)
        self.notice_changed.emit(topic, "")

    def say(self, message: str, milliseconds: int = 4000) -> None:
        self.status.emit(message, milliseconds)

    def saved_file(self, path: Path) -> None:
        """A file the user asked for was written: the window says where, and offers its folder."""
        self.file_saved.emit(path)

    # --- where the reader is --------------------------------------------------------------

    @property
    def country(self) -> str:
        """The country whose services Get support lists first: the one chosen in the menu, or
        else the clinic's (site config) or the computer's; "" for none."""
        chosen = self.preferences.country
        if chosen == NO_COUNTRY:
            return ""
        return chosen or self.settings.country or system_territory()

    def local_services(self) -> list[Service]:
        """The services for where the reader is (the clinic's and the country's; all of them
        when the country is not known), for a card that has room for a few."""
        return for_country(self.services, self.country)[0]

    def set_country(self, code: str) -> None:
        """``code`` ("" for a country not listed) is where the reader is, from now on."""
        self.preferences.country = code or NO_COUNTRY
        self.country_changed.emit()

    # --- the look ----------------------------------------------------------------------

    def set_text_scale(self, percent: int, remember: bool = True) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, percent)
        if remember:
            self.preferences.text_scale = percent
            self.say(tr("Text size %d%%") % percent, 2000)
        self.text_size_changed.emit()

    def step_text_scale(self, steps: int) -> None:
        current = self.preferences.text_scale
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
        self.set_text_scale(TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + steps))])

    def set_theme(self, choice: str) -> None:
        """Light, dark, high contrast, or whatever the system uses; every view follows."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        self.preferences.theme = choice
        self.theme_changed.emit()
