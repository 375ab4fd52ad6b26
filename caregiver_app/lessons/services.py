"""Crisis lines and support services for the "Get support" page (``resources.yaml``)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.lessons.model import Problem
from caregiver_app.lessons.source import decode
from caregiver_app.lessons.yamlsafe import describe_type, load_yaml, unknown_keys

KINDS = ("emergency", "crisis", "support")
RESOURCES_FILE = "resources.yaml"
MAX_RESOURCES_BYTES = 256_000
_TEXT_FIELDS = ("name", "region", "phone", "text", "web", "hours", "description", "source")
# The day someone last checked the service against its source, as YYYY-MM-DD. YAML and TOML read
# an unquoted 2026-12-05 as a date; a quoted one is text. Either way it is kept as that text.
_CHECKED = "checked"
# What a phone number may hold once cleaned; anything else (letters, a stray symbol) is reported.
_PHONE = re.compile(r"[0-9+\-(). ]*[0-9][0-9+\-(). ]*")
# Controls (Cc), format characters such as bidi overrides and zero-width marks (Cf), and lone
# surrogates (Cs): invisible in a file, they can reorder a crisis number on screen.
_INVISIBLE = {"Cc", "Cf", "Cs"}


@dataclass(frozen=True)
class Service:
    name: str
    kind: str  # one of KINDS
    region: str = ""
    phone: str = ""
    text: str = ""
    web: str = ""
    hours: str = ""
    description: str = ""
    source: str = ""
    checked: str = ""  # YYYY-MM-DD: when the service was last checked against its source


def clean_text(text: str) -> str:
    """``text`` as it may be shown: NFC, without control or format characters (bidi overrides
    and isolates, zero-width spaces and marks), runs of white space as one space, trimmed."""
    words = unicodedata.normalize("NFC", text).split()
    kept = (
        "".join(char for char in word if unicodedata.category(char) not in _INVISIBLE)
        for word in words
    )
    # Removing a mark can leave characters that compose: normalise again.
    return unicodedata.normalize("NFC", " ".join(word for word in kept if word))


def is_plausible_phone(number: str) -> bool:
    """Digits with spaces, +, -, parentheses and dots between them, as numbers are written."""
    return _PHONE.fullmatch(number) is not None


def _checked_date(value: object) -> tuple[str, str]:
    """``checked:`` as YYYY-MM-DD text, and what is wrong with it (empty when nothing is)."""
    if value is None:
        return "", ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat(), ""
    if isinstance(value, str):
        text = clean_text(value)
        try:
            return datetime.date.fromisoformat(text).isoformat(), ""
        except ValueError:
            pass
    return "", "checked must be the date the service was last checked, written as YYYY-MM-DD"


def load_services(language_dir: Path, root: Path) -> tuple[list[Service], list[Problem]]:
    """The services listed in ``language_dir/resources.yaml``; a missing file lists none."""
    path = language_dir / RESOURCES_FILE
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        if not path.is_file():
            return [], []
        if path.stat().st_size > MAX_RESOURCES_BYTES:
            return [], [Problem(relpath, 0, "is too large (over 256 KB)")]
        text, problems = decode(path.read_bytes(), relpath)
    except OSError as error:
        return [], [Problem(relpath, 0, f"could not be read ({error.strerror or error})")]
    if text is None:
        return [], problems
    data, yaml_problems = load_yaml(text, relpath, 1, RESOURCES_FILE)
    problems += yaml_problems
    if data is None:
        return [], problems
    entries = data.get("services") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return [], [*problems, Problem(relpath, 1, "needs a list called services:")]
    services = []
    for number, entry in enumerate(entries, start=1):
        service, entry_problems = parse_service(entry, f"{relpath}", number)
        problems += entry_problems
        if service is not None:
            services.append(service)
    return services, problems


def parse_service(entry: object, relpath: str, number: int) -> tuple[Service | None, list[Problem]]:
    """One service from its YAML mapping (also used for services in the site config)."""
    where = f"service {number}"
    if not isinstance(entry, dict):
        return None, [
            Problem(relpath, 0, f"{where} must have a name, a kind and a phone or web address")
        ]
    problems = unknown_keys(entry, {"kind", _CHECKED, *_TEXT_FIELDS}, relpath, 0, where)
    values: dict[str, str] = {}
    for key in _TEXT_FIELDS:
        value = entry.get(key)
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # an unquoted number such as 988
        if not isinstance(value, str):
            problems.append(
                Problem(relpath, 0, f"{where}: {key} must be text, not {describe_type(value)}")
            )
            continue
        values[key] = clean_text(value)
    checked, checked_problem = _checked_date(entry.get(_CHECKED))
    if checked:
        values[_CHECKED] = checked
    if checked_problem:
        problems.append(Problem(relpath, 0, f"{where}: {checked_problem}"))
    kind = entry.get("kind", "support")
    if kind not in KINDS:
        problems.append(Problem(relpath, 0, f"{where}: kind must be one of {', '.join(KINDS)}"))
        kind = "support"
    if not values.get("name"):
        return None, [*problems, Problem(relpath, 0, f"{where} needs a name")]
    if not (values.get("phone") or values.get("web") or values.get("text")):
        problems.append(
            Problem(relpath, 0, f"{where} ({values['name']}) has no phone, text or web address")
        )
    if values.get("phone") and not is_plausible_phone(values["phone"]):
        problems.append(
            Problem(
                relpath,
                0,
                f"{where} ({values['name']}): phone {values['phone']!r} is not a phone number; use "
                "digits, spaces, +, -, dots and parentheses only",
            )
        )
    if values.get("web") and not values["web"].startswith(("https://", "http://")):
        problems.append(Problem(relpath, 0, f"{where}: web must start with https:// or http://"))
        values.pop("web")
    return Service(kind=kind, **values), problems
