"""Settings for one run, in layers: built-in defaults < site config < user config < command line.

The site config (TOML) is how clinic IT sets up many machines at once: the content folder (which
may be a read-only network share), language, kiosk mode and its timeouts, the admin PIN hash,
printing, and the clinic's own support services. A bad file never stops the app: every problem
is reported as ``file:line: message`` and the default is used for what is wrong.
"""

from __future__ import annotations

import locale
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from caregiver_app import paths
from caregiver_app.lessons.model import Problem

TEXT_SCALES = (75, 90, 100, 110, 125, 150, 175, 200)
DEFAULT_TEXT_SCALE = 100
CONFIG_FILE = "config.toml"
MAX_CONFIG_BYTES = 256_000


# A problem in a config file has the same shape as one in a lesson: path, line, message.
ConfigProblem = Problem


@dataclass(frozen=True)
class Settings:
    content_dir: Path
    data_dir: Path
    language: str = "en"
    kiosk: bool = False
    config_file: Path | None = None
    kiosk_idle_seconds: int = 180
    kiosk_warning_seconds: int = 30
    admin_pin_hash: str = ""
    allow_printing: bool = True  # kiosks print only if their site config allows it
    clinic_name: str = ""
    clinic_web: str = ""
    clinic_services: tuple[dict, ...] = ()  # as written in the config; checked like resources.yaml
    replace_services: bool = False
    problems: tuple[ConfigProblem, ...] = field(default=(), compare=False)


# section -> key -> (type, Settings field); a type of Path means a folder relative to the file.
_KEYS: dict[str, dict[str, tuple[type, str]]] = {
    "content": {"folder": (Path, "content_dir"), "language": (str, "language")},
    "data": {"folder": (Path, "data_dir")},
    "kiosk": {
        "enabled": (bool, "kiosk"),
        "idle_seconds": (int, "kiosk_idle_seconds"),
        "warning_seconds": (int, "kiosk_warning_seconds"),
        "admin_pin_hash": (str, "admin_pin_hash"),
        "allow_printing": (bool, "allow_printing"),
    },
    "clinic": {
        "name": (str, "clinic_name"),
        "web": (str, "clinic_web"),
        "replace_services": (bool, "replace_services"),
        "services": (list, "clinic_services"),
    },
}
_SITE_ONLY = {"kiosk"}  # a visitor's own config must not be able to switch the kiosk off
_RANGES = {"kiosk_idle_seconds": (30, 3600), "kiosk_warning_seconds": (5, 300)}


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


def site_config_path() -> Path:
    return paths.site_config_dir() / CONFIG_FILE


def user_config_path() -> Path:
    return paths.user_config_dir() / CONFIG_FILE


def read_config(path: Path, site: bool) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """The settings one file gives (Settings field -> value) and its problems."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            return {}, [ConfigProblem(name, 0, "is larger than 256 KB; not read")]
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as error:
        return {}, [ConfigProblem(name, 0, f"could not be read ({error})")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"line (\d+)", str(error))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        return {}, [
            ConfigProblem(name, int(where.group(1)) if where else 0, f"is not valid TOML: {reason}")
        ]
    values: dict[str, Any] = {}
    problems: list[ConfigProblem] = []
    for section, table in data.items():
        known = _KEYS.get(section)
        if known is None or not isinstance(table, dict):
            sections = ", ".join(f"[{key}]" for key in _KEYS)
            problems.append(
                ConfigProblem(
                    name, _line_of(text, section), f"unknown section [{section}]; known: {sections}"
                )
            )
            continue
        if section in _SITE_ONLY and not site:
            problems.append(
                ConfigProblem(
                    name, _line_of(text, section), f"[{section}] can only be set in the site config"
                )
            )
            continue
        for key, value in table.items():
            line = _line_of(text, section, key)
            if key not in known:
                problems.append(
                    ConfigProblem(
                        name, line, f"unknown key {key!r} in [{section}]; known: {', '.join(known)}"
                    )
                )
                continue
            kind, target = known[key]
            checked, message = _check(kind, value, target, path.parent)
            if message:
                problems.append(
                    ConfigProblem(name, line, f"{section}.{key} {message}; using the default")
                )
            else:
                values[target] = checked
    return values, problems


def _check(kind: type, value: Any, target: str, base: Path) -> tuple[Any, str]:
    if kind is Path:
        if not isinstance(value, str) or not value.strip():
            return None, "must be a folder path in quotes"
        folder = Path(value).expanduser()
        return (folder if folder.is_absolute() else (base / folder)), ""
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return None, "must be a whole number"
        low, high = _RANGES.get(target, (0, 10**9))
        return (value, "") if low <= value <= high else (None, f"must be from {low} to {high}")
    if kind is bool:
        return (value, "") if isinstance(value, bool) else (None, "must be true or false")
    if kind is list:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            return None, "must be a list of [[clinic.services]] tables"
        return tuple(value), ""
    if not isinstance(value, str):
        return None, "must be text in quotes"
    if target == "admin_pin_hash":
        from caregiver_app.adminpin import is_pin_hash  # noqa: PLC0415

        if value and not is_pin_hash(value):
            return None, "is not a PIN hash; make one with 'caregiver-app hash-pin'"
    if target == "clinic_web" and value and not value.startswith(("https://", "http://")):
        return None, "must start with https:// or http://"
    return value, ""


def _line_of(text: str, section: str, key: str | None = None) -> int:
    """The line of ``[section]`` (or of ``key`` inside it) in ``text``; 0 if not found."""
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}(\.[^\]]*)?\s*\]\]?\s*(#.*)?$")
    in_section = False
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith("["):
            in_section = bool(header.match(line))
            if in_section and key is None:
                return number
            continue
        if in_section and key is not None and re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return number
    return 0


def resolve(
    content_dir: Path | None = None,
    data_dir: Path | None = None,
    language: str | None = None,
    kiosk: bool = False,
    config_file: Path | None = None,
) -> Settings:
    """The settings for this run: defaults, then the site and user files, then the command line."""
    settings = defaults()
    problems: list[ConfigProblem] = []
    site_values, site_problems = read_config(config_file or site_config_path(), site=True)
    user_values, user_problems = read_config(user_config_path(), site=False)
    problems += site_problems + user_problems
    overrides: dict[str, Any] = {**site_values, **user_values}
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
    if overrides.get("kiosk") and "allow_printing" not in overrides:
        overrides["allow_printing"] = False  # kiosks print only when IT says so
    return replace(settings, **overrides, problems=tuple(problems))


def check_config(path: Path | None = None) -> list[ConfigProblem]:
    """Problems in ``path`` (as a site config), or in the site and user configs of this machine:
    each key's own, then what only shows with the file as a whole on this machine."""
    if path is not None:
        if not path.is_file():
            return [ConfigProblem(str(path), 0, "no such file")]
        return _problems_in(path, site=True)
    return _problems_in(site_config_path(), site=True) + _problems_in(
        user_config_path(), site=False
    )


def _problems_in(path: Path, site: bool) -> list[ConfigProblem]:
    values, problems = read_config(path, site)
    if not values:
        return problems
    name, text = str(path), path.read_text(encoding="utf-8-sig")
    if values.get("kiosk") and not values.get("admin_pin_hash"):
        problems.append(
            ConfigProblem(
                name,
                _line_of(text, "kiosk", "enabled"),
                "kiosk mode is on but there is no admin_pin_hash, so anyone who finds the exit "
                "shortcut can leave it; make the line with 'hash-pin'",
            )
        )
    folder = values.get("content_dir")
    if folder is not None and not folder.is_dir():
        problems.append(
            ConfigProblem(
                name,
                _line_of(text, "content", "folder"),
                f"content.folder {folder} cannot be reached from this computer; the app will "
                "show the lessons it comes with",
            )
        )
    from caregiver_app.lessons.services import parse_service  # noqa: PLC0415

    for number, entry in enumerate(values.get("clinic_services", ()), start=1):
        for problem in parse_service(entry, name, number)[1]:
            # A crisis line filed as "support" would be listed with ordinary services.
            line = _line_of(text, "clinic.services")
            problems.append(ConfigProblem(name, line, f"clinic.services: {problem.message}"))
    return problems
