"""Display and privacy preferences remembered between runs, in the data folder.

Each preference is declared once, with its key, its type, its default and the values it may
take; a value read back that is not one of them (an edited file, an older version) is the
default. In kiosk mode (or with no folder) they live in memory only, so a visit leaves nothing.
"""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QSettings

from caregiver_app.config import DEFAULT_TEXT_SCALE, TEXT_SCALES
from caregiver_app.lessons.services import COUNTRY_CODE
from caregiver_app.ui.widgets.theme import THEME_CHOICES

PREFERENCES_FILE = "preferences.ini"
LOCK_MINUTES = (1, 5, 15, 30)
MAX_WINDOW_SIDE = 16_384  # pixels; anything larger in the file is not a size we wrote

T = TypeVar("T", int, str)


class Preference(Generic[T]):
    """One remembered choice: ``key`` in the file, read as ``kind``, one of ``choices``."""

    def __init__(self, key: str, kind: type[T], default: T, choices: Container[T]):
        self.key = key
        self.kind: type[T] = kind
        self.default: T = default
        self.choices: Container[T] = tuple(choices) if isinstance(choices, list) else choices

    @overload
    def __get__(self, owner: None, owner_type: type) -> Preference[T]: ...
    @overload
    def __get__(self, owner: Preferences, owner_type: type) -> T: ...
    def __get__(self, owner: Preferences | None, owner_type: type) -> Preference[T] | T:
        if owner is None:
            return self
        try:
            # QSettings hands back what it read as text, or as the type it was written as.
            value: T = self.kind(str(owner.read(self.key, self.default)))
        except (TypeError, ValueError):
            return self.default
        return value if value in self.choices else self.default

    def __set__(self, owner: Preferences, value: T) -> None:
        owner.write(self.key, value)


# The country chosen for Get support: "" until chosen (the locale's or the clinic's then),
# NO_COUNTRY for one the lessons do not list, or a two-letter code.
NO_COUNTRY = "none"


class _CountryChoices:
    def __contains__(self, value: object) -> bool:
        return value in ("", NO_COUNTRY) or (
            isinstance(value, str) and bool(COUNTRY_CODE.fullmatch(value))
        )


class Preferences:
    text_scale = Preference("display/text_scale", int, DEFAULT_TEXT_SCALE, TEXT_SCALES)
    theme = Preference("display/theme", str, "system", THEME_CHOICES)
    lock_minutes = Preference("privacy/lock_minutes", int, 5, LOCK_MINUTES)  # without input
    country = Preference("support/country", str, "", _CountryChoices())
    # The window's size when it was last closed; 0 until then. Fitted to the screen on start.
    window_width = Preference("window/width", int, 0, range(MAX_WINDOW_SIDE + 1))
    window_height = Preference("window/height", int, 0, range(MAX_WINDOW_SIDE + 1))

    def __init__(self, folder: Path | None):
        self._memory: dict[str, int | str] = {}
        self._settings: QSettings | None = None
        self._path: Path | None = None
        if folder is not None:
            self._path = folder / PREFERENCES_FILE
            self._settings = QSettings(str(self._path), QSettings.Format.IniFormat)

    def read(self, key: str, default: int | str) -> object:
        if self._settings is None:
            return self._memory.get(key, default)
        return self._settings.value(key, default)

    def write(self, key: str, value: int | str) -> None:
        if self._settings is None or self._path is None:
            self._memory[key] = value
            return
        try:
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:  # a read-only data folder: remember for this run only
            self._settings = None
            self._memory[key] = value
            return
        self._settings.setValue(key, value)
        self._settings.sync()
        if self._path.exists():
            self._path.chmod(0o600)  # preferences are the user's own business
