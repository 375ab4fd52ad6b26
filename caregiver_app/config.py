"""Settings for one run of the app: built-in defaults, overridden by the command line.

The order of layers is fixed: built-in defaults < site config < user config < command line. The
site and user layers arrive with the clinic issue; everything reads settings through ``Settings``
so adding them changes no caller.
"""

from __future__ import annotations

import locale
from dataclasses import dataclass, replace
from pathlib import Path

from caregiver_app import paths

TEXT_SCALES = (75, 90, 100, 110, 125, 150, 175, 200)
DEFAULT_TEXT_SCALE = 100


@dataclass(frozen=True)
class Settings:
    content_dir: Path
    data_dir: Path
    language: str = "en"
    kiosk: bool = False
    config_file: Path | None = None


def system_language() -> str:
    """The two-letter language of the user's locale, or ``en``."""
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base.isalpha() and 2 <= len(base) <= 3 else "en"


def defaults() -> Settings:
    return Settings(
        content_dir=paths.shipped_content_dir(),
        data_dir=paths.user_data_dir(),
        language=system_language(),
    )


def resolve(
    content_dir: Path | None = None,
    data_dir: Path | None = None,
    language: str | None = None,
    kiosk: bool = False,
    config_file: Path | None = None,
) -> Settings:
    """The settings for this run: defaults with whatever the command line gave on top."""
    settings = defaults()
    overrides: dict[str, object] = {}
    if content_dir is not None:
        overrides["content_dir"] = content_dir
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    if language:
        overrides["language"] = language
    if kiosk:
        overrides["kiosk"] = True
    if config_file is not None:
        overrides["config_file"] = config_file
    return replace(settings, **overrides)
