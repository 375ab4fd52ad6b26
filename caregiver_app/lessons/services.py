"""Crisis lines and support services for the "Get support" page (``resources.yaml``)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Sequence
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
_COUNTRIES = "countries"  # a list of codes: [IN] or [US, CA]
# What a phone number may hold once cleaned; anything else (letters, a stray symbol) is reported.
_PHONE = re.compile(r"[0-9+\-(). ]*[0-9][0-9+\-(). ]*")
# Controls (Cc), format characters such as bidi overrides and zero-width marks (Cf), and lone
# surrogates (Cs): invisible in a file, they can reorder a crisis number on screen.
_INVISIBLE = {"Cc", "Cf", "Cs"}
# An ISO 3166-1 alpha-2 country code, as services and the country setting name countries.
COUNTRY_CODE = re.compile(r"[A-Z]{2}")


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
    countries: tuple[str, ...] = ()  # ISO 3166 codes ("IN", "MX") it serves; () for anywhere


def for_country(services: Sequence[Service], country: str) -> tuple[list[Service], list[Service]]:
    """``services`` split for a reader in ``country``: first those that serve it (and those
    that name no country), then the rest, each in the order given. When no service names
    ``country`` (or it is ""), every service comes first: there is nothing to put ahead."""
    if not any(country in service.countries for service in services):
        return list(services), []
    local = [s for s in services if not s.countries or country in s.countries]
    return local, [s for s in services if s not in local]


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
    data, relpath, problems = _read_resources(language_dir, root)
    if data is None:
        return [], problems
    if not isinstance(data, dict) or not isinstance(data.get("services"), list):
        return [], [*problems, Problem(relpath, 1, "needs a list called services:")]
    services = []
    for number, entry in enumerate(data["services"], start=1):
        service, entry_problems = parse_service(entry, f"{relpath}", number)
        problems += entry_problems
        if service is not None:
            services.append(service)
    names, name_problems = _country_names(data, relpath)
    problems += name_problems
    problems += [
        Problem(relpath, 0, f"countries: has no name for {code}, which {service.name} serves")
        for service in services
        for code in service.countries
        if names and code not in names and code != UNKNOWN_COUNTRY
    ]
    return services, problems


def load_country_names(language_dir: Path, root: Path) -> dict[str, str]:
    """Country code -> name in the folder's language, from ``countries:`` in resources.yaml
    (for choosing a country); problems are reported by ``load_services``."""
    data, relpath, _ = _read_resources(language_dir, root)
    return _country_names(data, relpath)[0] if isinstance(data, dict) else {}


def _read_resources(language_dir: Path, root: Path) -> tuple[object, str, list[Problem]]:
    """The parsed resources.yaml (None if missing or unusable), its path, and its problems."""
    path = language_dir / RESOURCES_FILE
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        if not path.is_file():
            return None, relpath, []
        if path.stat().st_size > MAX_RESOURCES_BYTES:
            return None, relpath, [Problem(relpath, 0, "is too large (over 256 KB)")]
        text, problems = decode(path.read_bytes(), relpath)
    except OSError as error:
        return (
            None,
            relpath,
            [Problem(relpath, 0, f"could not be read ({error.strerror or error})")],
        )
    if text is None:
        return None, relpath, problems
    data, yaml_problems = load_yaml(text, relpath, 1, RESOURCES_FILE)
    return data, relpath, problems + yaml_problems


def _country_names(data: dict, relpath: str) -> tuple[dict[str, str], list[Problem]]:
    names = data.get("countries")
    if names is None:
        return {}, []
    if not isinstance(names, dict):
        return {}, [Problem(relpath, 0, "countries: must map codes to names, e.g. IN: India")]
    kept, problems = {}, []
    for written, name in names.items():
        code = country_code(written)
        if code and isinstance(name, str) and clean_text(name):
            kept[code] = clean_text(name)
        else:
            problems.append(
                Problem(relpath, 0, f"countries: {written!r} must be a two-letter code with a name")
            )
    return kept, problems


def parse_service(entry: object, relpath: str, number: int) -> tuple[Service | None, list[Problem]]:
    """One service from its YAML mapping (also used for services in the site config)."""
    where = f"service {number}"
    if not isinstance(entry, dict):
        return None, [
            Problem(relpath, 0, f"{where} must have a name, a kind and a phone or web address")
        ]
    problems = unknown_keys(entry, {"kind", _CHECKED, _COUNTRIES, *_TEXT_FIELDS}, relpath, 0, where)
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
    countries, countries_problem = _countries(entry.get(_COUNTRIES))
    if countries_problem:
        problems.append(Problem(relpath, 0, f"{where}: {countries_problem}"))
    kind = entry.get("kind", "support")
    if kind not in KINDS:
        problems.append(Problem(relpath, 0, f"{where}: kind must be one of {', '.join(KINDS)}"))
        kind = "support"
    if not values.get("name"):
        return None, [*problems, Problem(relpath, 0, f"{where} needs a name")]
    problems += _contact_problems(values, relpath, where)
    return Service(kind=kind, countries=countries, **values), problems


def _contact_problems(values: dict[str, str], relpath: str, where: str) -> list[Problem]:
    """What is wrong with how to reach a service; a web address that is not one is dropped."""
    problems = []
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
    return problems


def country_code(value: object) -> str:
    """A two-letter country code as written ("IN", "in"), upper case; "" if it is not one.
    YAML reads an unquoted NO (Norway) as false, so false is taken as NO."""
    if value is False:
        return "NO"
    if not isinstance(value, str) or not value.strip().isascii():
        return ""
    code = value.strip().upper()
    return code if COUNTRY_CODE.fullmatch(code) else ""


# ISO 3166 keeps ZZ for an unknown country: a service whose countries cannot be read serves
# no reader's country in particular, so it is listed with the other countries' (never first).
UNKNOWN_COUNTRY = "ZZ"


def _countries(value: object) -> tuple[tuple[str, ...], str]:
    """``countries:`` as a tuple of codes, and what is wrong with it (empty when nothing is)."""
    if value is None:
        return (), ""
    items = value if isinstance(value, list) else [value]
    codes = [country_code(item) for item in items]
    if not codes or not all(codes):
        return (UNKNOWN_COUNTRY,), (
            "countries must be a list of two-letter country codes, such as [IN] or [US, CA] "
            '(write "NO" in quotes); until then it is listed with other countries\' services'
        )
    return tuple(dict.fromkeys(codes)), ""
