"""``check-config``: what is wrong in a site config, key by key and then as a whole on this
machine (a lesson folder it cannot reach, a kiosk without a PIN, a service a crisis line would be
hidden among), and what weakens it (a PIN hash every user can read)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from caregiver_app.config import (
    ConfigProblem,
    line_of,
    no_pin_problem,
    read_file,
    says_why_no_pin,
    site_config_path,
    user_config_path,
)


def check_config(path: Path | None = None) -> list[ConfigProblem]:
    """Problems in ``path`` (as a site config), or in the site and user configs of this machine:
    each key's own, then what only shows with the file as a whole on this machine."""
    if path is not None:
        if not path.exists():
            return [ConfigProblem(str(path), 0, "no such file")]
        return _problems_in(path, site=True)
    return _problems_in(site_config_path(), site=True) + _problems_in(
        user_config_path(), site=False
    )


def _problems_in(path: Path, site: bool) -> list[ConfigProblem]:
    reading = read_file(path, site)
    values, problems, text = reading.values, list(reading.problems), reading.text or ""
    name = str(path)
    if reading.wants_kiosk and not values.get("admin_pin_hash") and not says_why_no_pin(problems):
        problems.append(no_pin_problem(path, text))
    folder = values.get("content_dir")
    if folder is not None and not folder.is_dir():
        problems.append(
            ConfigProblem(
                name,
                line_of(text, "content", "folder"),
                f"content.folder {folder} cannot be reached from this computer; the app will "
                "show the lessons it comes with",
            )
        )
    from caregiver_app.lessons.services import parse_service  # noqa: PLC0415

    for number, entry in enumerate(values.get("clinic_services", ()), start=1):
        for problem in parse_service(entry, name, number)[1]:
            # A crisis line filed as "support" would be listed with ordinary services.
            line = line_of(text, "clinic.services")
            problems.append(ConfigProblem(name, line, f"clinic.services: {problem.message}"))
    return problems


def config_warnings(path: Path | None = None) -> list[ConfigProblem]:
    """What is not wrong in the file but weakens the kiosk: a PIN hash every user of the
    machine can read can be guessed offline, one PIN after another, without the app's waits."""
    paths_ = [path] if path is not None else [site_config_path(), user_config_path()]
    warnings = []
    for candidate in paths_:
        reading = read_file(candidate, site=True)
        if not reading.values.get("admin_pin_hash") or os.name != "posix":
            continue  # Windows keeps access in ACLs, which st_mode does not show
        try:
            mode = candidate.stat().st_mode
        except OSError:
            continue
        if mode & stat.S_IROTH:
            warnings.append(
                ConfigProblem(
                    str(candidate),
                    line_of(reading.text or "", "kiosk", "admin_pin_hash"),
                    "warning: every user of this computer can read this file and so the admin "
                    "PIN hash, from which a PIN can be guessed offline; let only administrators "
                    "and the kiosk account read it (for example: chmod o-r, owned by root with "
                    "the kiosk account's group)",
                )
            )
    return warnings
