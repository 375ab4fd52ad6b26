"""Settings for one run, in layers: built-in defaults < site config < user config < command line.

The site config (TOML) is how clinic IT sets up many machines at once: the content folder (which
may be a read-only network share), language, kiosk mode and its timeouts, the admin PIN hash,
printing, and the clinic's own support services. A bad file never stops the app: every problem
is reported as ``file:line: message`` and the default is used for what is wrong. Kiosks fail
closed instead: a machine meant to be one stays one, and ``kiosk_faults`` keeps it locked while
anything in its config is wrong or it has no working admin PIN.
"""

from __future__ import annotations

import locale
import re
import stat
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from caregiver_app import paths
from caregiver_app.lessons.model import Problem
from caregiver_app.lessons.services import clean_text, country_code

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
    kiosk_idle_seconds: int = 120
    kiosk_warning_seconds: int = 30
    admin_pin_hash: str = ""
    allow_printing: bool = True  # kiosks print only if their site config allows it
    clinic_name: str = ""
    clinic_web: str = ""
    clinic_services: tuple[dict, ...] = ()  # as written in the config; checked like resources.yaml
    replace_services: bool = False
    country: str = ""  # ISO 3166 code whose services Get support lists first; "" for none
    problems: tuple[ConfigProblem, ...] = field(default=(), compare=False)


# section -> key -> (type, Settings field); a type of Path means a folder relative to the file.
_KEYS: dict[str, dict[str, tuple[type, str]]] = {
    "content": {
        "folder": (Path, "content_dir"),
        "language": (str, "language"),
        "country": (str, "country"),
    },
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
# A waiting room: long enough to read a lesson, short enough that the next visitor does not
# find the last one's answers. Clinics choose within these.
_RANGES = {"kiosk_idle_seconds": (30, 600), "kiosk_warning_seconds": (10, 120)}


def locale_name() -> str:
    """The user's locale as a code such as "hi_IN" or "es-MX" ("" if none). On Windows,
    Python's locale is named in words ("Spanish_Mexico"), so Windows is asked for its code."""
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415

        buffer = ctypes.create_unicode_buffer(85)  # LOCALE_NAME_MAX_LENGTH
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):  # type: ignore[attr-defined]
            return buffer.value
    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def system_language() -> str:
    """The two-letter language of the user's locale, or ``en``."""
    base = locale_name().replace("-", "_").split("_")[0].lower()
    return base if base.isascii() and base.isalpha() and 2 <= len(base) <= 3 else "en"


def system_country() -> str:
    """The country of the user's locale as a two-letter code ("hi_IN" -> "IN"), or ""."""
    parts = locale_name().replace("-", "_").split(".")[0].split("_")
    return country_code(parts[1]) if len(parts) > 1 else ""


def defaults() -> Settings:
    return Settings(
        content_dir=paths.shipped_content_dir(),
        data_dir=paths.user_data_dir(),
        language=system_language(),
        country=system_country(),
    )


def site_config_path() -> Path:
    return paths.site_config_dir() / CONFIG_FILE


def user_config_path() -> Path:
    return paths.user_config_dir() / CONFIG_FILE


@dataclass(frozen=True)
class Reading:
    """What one config file gives: Settings field -> value, its problems, its text (None when it
    could not be read as text), and whether it asks for kiosk mode (even when it is broken)."""

    values: dict[str, Any]
    problems: list[ConfigProblem]
    text: str | None = None
    wants_kiosk: bool = False


def read_config(path: Path, site: bool) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """The settings one file gives (Settings field -> value) and its problems."""
    reading = read_file(path, site)
    return reading.values, reading.problems


def _load(path: Path, site: bool) -> tuple[str, dict[str, Any]] | Reading:
    """The text and the parsed tables of ``path``, or the reading of a missing or broken file."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, or a pipe that would never end
            return _broken(path, site, 0, "is not a file; not read", unreadable=True)
        if info.st_size > MAX_CONFIG_BYTES:
            return _broken(path, site, 0, "is larger than 256 KB; not read")
        raw = path.read_bytes()
    except FileNotFoundError:
        return Reading({}, [])
    except OSError as error:
        return _broken(path, site, 0, f"could not be read ({error.strerror or error})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = "is not UTF-8 text (this line has a byte that is not); save it as UTF-8"
        return _broken(path, site, line, message, raw=raw)
    import tomllib  # noqa: PLC0415  (most starts have no config file to read)

    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"line (\d+)", str(error))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        line = int(where.group(1)) if where else 0
        return _broken(path, site, line, f"is not valid TOML: {reason}", raw=raw)


def read_file(path: Path, site: bool) -> Reading:
    """Everything one config file says (``site``: the site config, which alone may set up a
    kiosk), including whether it asks for a kiosk when it is broken."""
    loaded = _load(path, site)
    if isinstance(loaded, Reading):
        return loaded
    text, data = loaded
    name = str(path)
    values: dict[str, Any] = {}
    problems: list[ConfigProblem] = []
    wants_kiosk = False
    for section, table in data.items():
        known = _KEYS.get(section)
        if section == "kiosk" and site and not isinstance(table, dict):
            # "kiosk = true" at the top: someone meant a kiosk, so it is one (locked).
            wants_kiosk = _looks_true(table)
        if known is None or not isinstance(table, dict):
            sections = ", ".join(f"[{key}]" for key in _KEYS)
            problems.append(
                ConfigProblem(
                    name, line_of(text, section), f"unknown section [{section}]; known: {sections}"
                )
            )
            continue
        if section in _SITE_ONLY and not site:
            problems.append(
                ConfigProblem(
                    name, line_of(text, section), f"[{section}] can only be set in the site config"
                )
            )
            continue
        for key, value in table.items():
            line = line_of(text, section, key)
            if key not in known:
                problems.append(
                    ConfigProblem(
                        name, line, f"unknown key {key!r} in [{section}]; known: {', '.join(known)}"
                    )
                )
                continue
            kind, target = known[key]
            checked, message = _check(kind, value, target, path.parent)
            if target == "kiosk" and message:
                # "true", 1, "yes": a kiosk was meant. Fail closed: a locked kiosk, not an app.
                wants_kiosk = wants_kiosk or _looks_true(value)
                outcome = "locked kiosk" if _looks_true(value) else "normal app"
                message += f"; until it is fixed, the app starts as a {outcome}"
            elif message and target != "admin_pin_hash":
                message += "; using the default"
            if message:
                problems.append(ConfigProblem(name, line, f"{section}.{key} {message}"))
            else:
                values[target] = checked
    return Reading(values, problems, text, wants_kiosk or bool(values.get("kiosk")))


# What a broken file that meant a kiosk might hold: a [kiosk] table, or an "enabled" key.
_KIOSK_HINT = re.compile(rb"\[\s*kiosk|enabled", re.IGNORECASE)
_FALSE_WORDS = {"false", "no", "off", "0", "disabled"}


def _looks_true(value: object) -> bool:
    """For a kiosk switch that is not true or false: anything but a clear "no" means a kiosk."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        return value.strip().lower() not in _FALSE_WORDS
    return True


def _broken(
    path: Path,
    site: bool,
    line: int,
    message: str,
    *,
    raw: bytes | None = None,
    unreadable: bool = False,
) -> Reading:
    """A file that could not be read, decoded or parsed. A site config that may have asked for
    a kiosk (its bytes mention one, or they could not be read at all) makes this a locked kiosk:
    a kiosk must never quietly become an app with profiles, files and Quit."""
    name = str(path)
    problems = [ConfigProblem(name, line, message)]
    if not site:
        return Reading({}, problems)
    if raw is None and not unreadable:
        raw = _head(path)
    scanned = raw.replace(b"\0", b"") if raw is not None else None  # UTF-16 reads as ASCII
    hint = _KIOSK_HINT.search(scanned) if scanned is not None else None
    if raw is not None and hint is None and len(raw) < _SCAN_BYTES:
        return Reading({}, problems)
    where = scanned[: hint.start()].count(b"\n") + 1 if scanned is not None and hint else 0
    problems.append(
        ConfigProblem(
            name,
            where,
            f"{_MAY_BE_A_KIOSK}, so the app starts as a locked kiosk until the file is fixed",
        )
    )
    return Reading({}, problems, wants_kiosk=True)


_MAY_BE_A_KIOSK = "this file may ask for kiosk mode"
_SCAN_BYTES = 4 * 2**20  # a bigger file that mentions no kiosk in its start counts as one


def _head(path: Path) -> bytes | None:
    """The first bytes of ``path`` for the kiosk scan, or None if they cannot be read."""
    try:
        with path.open("rb") as file:
            return file.read(_SCAN_BYTES)
    except OSError:
        return None


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
        from caregiver_app.adminpin import parse_pin_hash  # noqa: PLC0415

        if not value.strip():
            return "", ""
        reason = parse_pin_hash(value)[1]
        if reason:
            return None, f"{reason}. Without a working PIN a kiosk starts locked"
        return value.strip(), ""
    return _check_text(clean_text(value), target)


def _check_text(value: str, target: str) -> tuple[Any, str]:
    """A text setting, already cleaned of bidi controls and invisible characters."""
    if target == "country":
        if value and not country_code(value):
            return None, 'must be a two-letter country code in quotes, such as "IN" or "MX"'
        return country_code(value), ""
    if target == "clinic_web" and value and not value.startswith(("https://", "http://")):
        return None, "must start with https:// or http://"
    return value, ""


def line_of(text: str, section: str, key: str | None = None) -> int:
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
    if key is None:  # "section = value" at the top, where a table was expected
        for number, line in enumerate(lines, start=1):
            if line.strip().startswith("["):
                break
            if re.match(rf"^\s*{re.escape(section)}\s*=", line):
                return number
    return 0


def resolve(
    content_dir: Path | None = None,
    data_dir: Path | None = None,
    language: str | None = None,
    kiosk: bool = False,
    config_file: Path | None = None,
    *,
    country: str | None = None,
) -> Settings:
    """The settings for this run: defaults, then the site and user files, then the command line.
    A machine meant to be a kiosk (``--kiosk``, or a site config that asks for one, even one
    that cannot be read) is a kiosk; ``kiosk_faults`` says whether it can serve visitors."""
    settings = defaults()
    site_path = config_file or site_config_path()
    site = read_file(site_path, site=True)
    user = read_file(user_config_path(), site=False)
    problems = site.problems + user.problems
    overrides: dict[str, Any] = {**site.values, **user.values}
    if content_dir is not None:
        overrides["content_dir"] = content_dir
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    if language:
        overrides["language"] = language
    if country:
        overrides["country"] = country.upper()
    if kiosk or site.wants_kiosk:
        overrides["kiosk"] = True
    if config_file is not None:
        overrides["config_file"] = config_file
    if overrides.get("kiosk"):
        overrides.setdefault("allow_printing", False)  # kiosks print only when IT says so
        if not overrides.get("admin_pin_hash") and not says_why_no_pin(problems):
            problems.append(no_pin_problem(site_path, site.text))
    return replace(settings, **overrides, problems=tuple(problems))


NO_PIN_MESSAGE = (
    "kiosk mode is on but there is no admin_pin_hash, so the kiosk starts locked and cannot be "
    "left; make the line with 'caregiver-app hash-pin' and put it under [kiosk]"
)


def no_pin_problem(path: Path, text: str | None) -> ConfigProblem:
    line = line_of(text, "kiosk", "enabled") or line_of(text, "kiosk") if text else 0
    return ConfigProblem(str(path), line, NO_PIN_MESSAGE)


def says_why_no_pin(problems: list[ConfigProblem]) -> bool:
    """A problem already says why there is no PIN (a malformed hash, or a broken file)."""
    return any(
        problem.message.startswith(("kiosk.admin_pin_hash", _MAY_BE_A_KIOSK))
        for problem in problems
    )


def kiosk_faults(settings: Settings) -> tuple[ConfigProblem, ...]:
    """Why this kiosk cannot serve visitors; empty when it can. A kiosk serves only with a
    clean config and a working admin PIN: anything else keeps it locked, showing staff why."""
    if not settings.kiosk:
        return ()
    from caregiver_app.adminpin import is_pin_hash  # noqa: PLC0415

    if settings.problems:
        return settings.problems
    if not is_pin_hash(settings.admin_pin_hash):
        return (ConfigProblem(str(settings.config_file or site_config_path()), 0, NO_PIN_MESSAGE),)
    return ()
