"""The stress log as CSV: export for the user's own records, import from other apps.

Exported files are not encrypted; the UI says so before writing one.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caregiver_app.store.private import MOODS, StressEntry

COLUMNS = ("date", "stress", "sleep_hours", "mood", "caused", "helped", "note")
MAX_IMPORT_BYTES = 5_000_000


@dataclass(frozen=True)
class ImportResult:
    entries: list[StressEntry]
    problems: list[str]  # "line N: what is wrong", one per skipped row


def export_entries(entries: list[StressEntry], target: Path) -> None:
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the user's alone
    with open(descriptor, "w", newline="", encoding="utf-8") as file:  # noqa: PTH123  (a descriptor)
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for entry in entries:
            writer.writerow(
                [
                    entry.day.isoformat(),
                    entry.stress,
                    "" if entry.sleep_hours is None else entry.sleep_hours,
                    "" if entry.mood is None else MOODS[entry.mood],
                    "; ".join(entry.caused),
                    "; ".join(entry.helped),
                    entry.note,
                ]
            )


def import_entries(source: Path) -> ImportResult:
    """Read a CSV with at least ``date`` and ``stress`` columns; bad rows are skipped and named."""
    if source.stat().st_size > MAX_IMPORT_BYTES:
        return ImportResult([], ["the file is larger than 5 MB"])
    text = source.read_bytes().decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    headers = {name.strip().lower() for name in reader.fieldnames or []}
    if not {"date", "stress"} <= headers:
        return ImportResult(
            [], ["the first line must name the columns, with at least date and stress"]
        )
    entries, problems = [], []
    for line, raw in enumerate(reader, start=2):
        row = {(key or "").strip().lower(): (value or "").strip() for key, value in raw.items()}
        try:
            entries.append(_entry(row))
        except ValueError as error:
            problems.append(f"line {line}: {error}")
    return ImportResult(entries, problems)


def _entry(row: dict[str, str]) -> StressEntry:
    try:
        day = date.fromisoformat(row["date"])
    except ValueError:
        raise ValueError(f"the date {row['date']!r} is not like 2026-11-29") from None
    try:
        stress = round(float(row["stress"]))
    except ValueError:
        raise ValueError(f"stress {row['stress']!r} is not a number") from None
    if not 0 <= stress <= 10:
        raise ValueError("stress must be from 0 to 10")
    sleep = row.get("sleep_hours", "")
    try:
        sleep_hours = float(sleep) if sleep else None
    except ValueError:
        raise ValueError(f"sleep hours {sleep!r} is not a number") from None
    if sleep_hours is not None and not 0 <= sleep_hours <= 24:
        raise ValueError("sleep hours must be from 0 to 24")
    mood_text = row.get("mood", "").lower()
    mood = MOODS.index(mood_text) if mood_text in MOODS else None

    def tags(value: str) -> tuple[str, ...]:
        return tuple(tag.strip() for tag in value.replace(",", ";").split(";") if tag.strip())

    return StressEntry(
        day,
        stress,
        sleep_hours,
        mood,
        tags(row.get("caused", "")),
        tags(row.get("helped", "")),
        row.get("note", ""),
    )
