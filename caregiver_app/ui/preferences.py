"""Display preferences (text size) remembered between runs, in the data folder.

In kiosk mode (or with no folder) they live in memory only, so a visit leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from caregiver_app.config import DEFAULT_TEXT_SCALE, TEXT_SCALES

PREFERENCES_FILE = "preferences.ini"
LOCK_MINUTES = (1, 5, 15, 30)
DEFAULT_LOCK_MINUTES = 5


class Preferences:
    def __init__(self, folder: Path | None):
        self._memory: dict[str, object] = {}
        self._settings: QSettings | None = None
        self._path: Path | None = None
        if folder is not None:
            self._path = folder / PREFERENCES_FILE
            self._settings = QSettings(str(self._path), QSettings.Format.IniFormat)

    @property
    def text_scale(self) -> int:
        value = self._get("display/text_scale", DEFAULT_TEXT_SCALE)
        try:
            scale = int(value)
        except (TypeError, ValueError):
            return DEFAULT_TEXT_SCALE
        return scale if scale in TEXT_SCALES else DEFAULT_TEXT_SCALE

    @text_scale.setter
    def text_scale(self, percent: int) -> None:
        self._set("display/text_scale", percent)

    @property
    def theme(self) -> str:
        """ "system", "light", "dark" or "high-contrast"."""
        value = str(self._get("display/theme", "system"))
        return value if value in ("system", "light", "dark", "high-contrast") else "system"

    @theme.setter
    def theme(self, choice: str) -> None:
        self._set("display/theme", choice)

    @property
    def lock_minutes(self) -> int:
        """Minutes without input before the private area locks itself."""
        try:
            minutes = int(self._get("privacy/lock_minutes", DEFAULT_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES
        return minutes if minutes in LOCK_MINUTES else DEFAULT_LOCK_MINUTES

    @lock_minutes.setter
    def lock_minutes(self, minutes: int) -> None:
        self._set("privacy/lock_minutes", minutes)

    def _get(self, key: str, default: object) -> object:
        if self._settings is None:
            return self._memory.get(key, default)
        return self._settings.value(key, default)

    def _set(self, key: str, value: object) -> None:
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
