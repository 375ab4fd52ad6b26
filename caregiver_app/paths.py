"""Where things live on disk. The only module that asks appdirs, and the only one that knows how a
source checkout, an installed wheel and a PyInstaller bundle lay out the shipped files."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "CaregiverCompanion"
APP_AUTHOR = "CaregiverCompanion"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_root() -> Path:
    """The folder that holds the shipped ``content/`` and ``resources/`` folders."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder build: build.spec copies both folders to the bundle root
        return Path(bundle)
    inside_wheel = _PACKAGE_DIR / "_shipped"
    if inside_wheel.is_dir():
        return inside_wheel
    return _PACKAGE_DIR.parent  # source checkout or editable install


def shipped_content_dir() -> Path:
    """The lessons that come with the app."""
    return _shipped_root() / "content"


def resources_dir() -> Path:
    """Icons, stylesheet and translations that come with the app."""
    return _shipped_root() / "resources"


def user_data_dir() -> Path:
    """Where the database and its backups live unless ``--data-dir`` says otherwise."""
    import appdirs  # noqa: PLC0415  (lazy: the GUI start does not need it until the store opens)

    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    """Where this OS user's preferences live."""
    import appdirs  # noqa: PLC0415

    return Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    """Where things that can be rebuilt at any time live (the search index)."""
    import appdirs  # noqa: PLC0415

    return Path(appdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def cache_dir_for(data_dir: Path) -> Path:
    """The cache that goes with ``data_dir``: the OS's cache folder for the usual data folder,
    and a ``cache`` folder inside any other (``--data-dir``, a site's data folder), so a
    portable copy keeps everything it writes in its own folder."""
    if data_dir.resolve() == user_data_dir().resolve():
        return user_cache_dir()
    return data_dir / "cache"


def site_config_dir() -> Path:
    """Where clinic IT deploys the site configuration for every user of a machine."""
    import appdirs  # noqa: PLC0415

    return Path(appdirs.site_config_dir(APP_NAME, APP_AUTHOR))
