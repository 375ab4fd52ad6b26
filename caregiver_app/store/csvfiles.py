"""The stress log as CSV: export for the user's own records, import from other apps.

Exported files are not encrypted; the UI says so before writing one.

Reading a file never raises, whatever is in it: every row that cannot be used becomes a line
of ``ImportResult.problems`` ("line 7: ..."), and a file that cannot be used at all becomes a
single problem. Within one file the last row for a day wins (a later row is usually a
correction); the earlier rows for that day are listed as skipped.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from caregiver_app.store.database import connect
from caregiver_app.store.private import MAX_TEXT, MOODS, PrivateData, StressEntry
from caregiver_app.store.signs import STAGES, Sign, SignDay
from caregiver_app.store.vault import Vault

COLUMNS = ("date", "stress", "sleep_hours", "mood", "caused", "helped", "note")
SIGN_COLUMNS = ("date", "stage", "sign", "note")
TEXT_COLUMNS = ("mood", "caused", "helped", "note")
MAX_IMPORT_BYTES = 5_000_000
EARLIEST_DAY = date(1900, 1, 1)
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_REPORT_EVERY = 500  # rows between progress reports and checks for cancelling

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass(frozen=True)
class ImportResult:
    entries: list[StressEntry]  # one per day, oldest first
    problems: list[str]  # "line N: what is wrong", one per skipped row, in line order
    cancelled: bool = False
    rows: int = field(default=0)  # rows with something in them, the header not counted


# --- protecting cells from spreadsheets ---------------------------------------------------


def _needs_quote(text: str) -> bool:
    """True for text a spreadsheet would run, and for text that would look protected on import
    (so that a note which really starts with ``'=`` comes back as it was)."""
    if text.startswith(FORMULA_STARTS):
        return True
    return text.startswith("'") and _needs_quote(text[1:])


def protect_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it: a leading ``'`` where needed."""
    return "'" + text if _needs_quote(text) else text


def unprotect_cell(text: str) -> str:
    """The inverse of ``protect_cell``: ``unprotect_cell(protect_cell(t)) == t`` for all text."""
    return text[1:] if text.startswith("'") and _needs_quote(text[1:]) else text


# --- export --------------------------------------------------------------------------------


def export_entries(entries: list[StressEntry], target: Path) -> None:
    """Write ``entries`` as CSV. Our numbers (stress, sleep) are never negative, so only text
    cells can start like a formula; every cell is protected all the same."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the user's alone
    with open(descriptor, "w", newline="", encoding="utf-8") as file:  # noqa: PTH123  (a descriptor)
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for entry in entries:
            cells = [
                entry.day.isoformat(),
                str(entry.stress),
                "" if entry.sleep_hours is None else str(entry.sleep_hours),
                "" if entry.mood is None else MOODS[entry.mood],
                "; ".join(entry.caused),
                "; ".join(entry.helped),
                entry.note,
            ]
            writer.writerow([protect_cell(cell) for cell in cells])


def export_sign_days(signs: Sequence[Sign], days: Sequence[SignDay], target: Path) -> None:
    """Write one row per sign ticked per day (date, stage, sign, note of the day), for the care
    team. Days with only a note get one row with no sign. Cells protected as above."""
    wording = {sign.id: sign for sign in signs}
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the user's alone
    with open(descriptor, "w", newline="", encoding="utf-8") as file:  # noqa: PTH123  (a descriptor)
        writer = csv.writer(file)
        writer.writerow(SIGN_COLUMNS)
        for day in days:
            known = sorted(
                (wording[sign_id] for sign_id in day.seen if sign_id in wording),
                key=lambda sign: (STAGES.index(sign.stage), sign.position, sign.id),
            )
            rows = [[sign.stage, sign.wording] for sign in known] or [["", ""]]
            for stage, text in rows:
                cells = [day.day.isoformat(), stage, text, day.note]
                writer.writerow([protect_cell(cell) for cell in cells])


# --- import --------------------------------------------------------------------------------


def import_entries(
    source: Path,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    today: date | None = None,
) -> ImportResult:
    """Read a CSV with at least ``date`` and ``stress`` columns; bad rows are skipped and named.

    Never raises: a file that cannot be read is one problem in the result.
    """
    try:
        with source.open("rb") as file:
            data = file.read(MAX_IMPORT_BYTES + 1)  # never more, whatever the file claims
    except OSError as error:
        return ImportResult([], [f"the file could not be read ({error.strerror or error})"])
    if len(data) > MAX_IMPORT_BYTES:
        return ImportResult([], ["the file is larger than 5 MB"])
    return read_entries(data, progress, should_stop, today)


def read_entries(
    data: bytes,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    today: date | None = None,
) -> ImportResult:
    """The check-ins in the bytes of a CSV file. Never raises, whatever ``data`` holds."""
    text = _decode(data)
    if text is None:
        return ImportResult([], ["the file is not text (save it as “CSV UTF-8” and try again)"])
    latest_day = (today or date.today()) + timedelta(days=1)  # a day ahead: time zones
    return _Reader(text, latest_day, progress, should_stop).read()


def _decode(data: bytes) -> str | None:
    """Text, with bytes that are not UTF-8 kept as lone surrogates so their row can be named."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="surrogateescape")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")  # only a lone surrogate cannot be encoded; this loops in C
    except UnicodeEncodeError:
        return True
    return False


def _delimiter(first_line: str) -> str:
    """Commas, unless the header is plainly separated otherwise (spreadsheets in many
    languages save with semicolons)."""
    for candidate in (",", ";", "\t"):
        names = {name.strip().strip('"').lower() for name in first_line.split(candidate)}
        if {"date", "stress"} <= names:
            return candidate
    return ","


class _Reader:
    """One pass over the rows of a file; collects entries and the problems of skipped rows."""

    def __init__(
        self,
        text: str,
        latest_day: date,
        progress: Progress | None,
        should_stop: ShouldStop | None,
    ):
        self._text = text
        self._latest_day = latest_day
        self._progress = progress
        self._should_stop = should_stop
        self._by_day: dict[date, tuple[int, StressEntry]] = {}
        self._problems: list[tuple[int, str]] = []

    def read(self) -> ImportResult:
        first_line = self._text.split("\n", 1)[0]
        lines = csv.reader(io.StringIO(self._text, newline=""), delimiter=_delimiter(first_line))
        total_lines = self._text.count("\n") + 1
        try:
            header = next(lines)
        except (StopIteration, csv.Error):
            header = []
        columns = {name.strip().lower(): index for index, name in reversed(list(enumerate(header)))}
        if not {"date", "stress"} <= columns.keys():
            return ImportResult(
                [], ["the first line must name the columns, with at least date and stress"]
            )
        rows = 0
        while True:
            start = lines.line_num + 1
            if rows % _REPORT_EVERY == 0:
                if self._should_stop is not None and self._should_stop():
                    return ImportResult([], [], cancelled=True)
                if self._progress is not None:
                    self._progress(min(start, total_lines), total_lines)
            try:
                fields = next(lines)
            except StopIteration:
                break
            except csv.Error as error:
                rows += 1
                self._problems.append((start, _csv_error_message(error)))
                if lines.line_num < start:  # nothing was consumed: stop rather than loop
                    break
                continue
            if not any(value.strip() for value in fields):
                continue  # a blank line
            rows += 1
            self._add(start, fields, columns, len(header))
        entries = [entry for _line, entry in sorted(self._by_day.values(), key=_by_date)]
        problems = [f"line {line}: {message}" for line, message in sorted(self._problems)]
        return ImportResult(entries, problems, rows=rows)

    def _add(self, line: int, fields: list[str], columns: dict[str, int], width: int) -> None:
        if any(value.strip() for value in fields[width:]):
            self._problems.append(
                (
                    line,
                    "it has more cells than the first line has columns (a note with a comma "
                    "needs quotes around it)",
                )
            )
            return
        row = {
            name: fields[index] if index < len(fields) else "" for name, index in columns.items()
        }
        try:
            entry = _entry(row, self._latest_day)
        except ValueError as error:
            self._problems.append((line, str(error)))
            return
        earlier = self._by_day.get(entry.day)
        if earlier is not None:
            self._problems.append(
                (
                    earlier[0],
                    f"{entry.day.isoformat()} is also on line {line}; the later row was used",
                )
            )
        self._by_day[entry.day] = (line, entry)


def _by_date(item: tuple[int, StressEntry]) -> date:
    return item[1].day


def _csv_error_message(error: csv.Error) -> str:
    if "field larger" in str(error):
        return "a cell is far too long to be a check-in"
    return "it is not a CSV row this app can read"


def _entry(row: dict[str, str], latest_day: date) -> StressEntry:
    """The check-in in one row; raises ``ValueError`` with the reason, in words for the user."""
    for name, value in row.items():
        if "\x00" in value:
            raise ValueError(f"the {name} cell holds a NUL character (is the file really text?)")
        if _has_surrogate(value):
            raise ValueError(
                f"the {name} cell is not UTF-8 text (save the file as “CSV UTF-8” and try again)"
            )
        if len(value) > MAX_TEXT:
            raise ValueError(f"the {name} cell is longer than {MAX_TEXT:,} characters")
    row = {
        name: unprotect_cell(value.strip()) if name in TEXT_COLUMNS else value.strip()
        for name, value in row.items()
    }
    day = _day(row["date"], latest_day)
    stress = _number(row["stress"], "stress")
    if not 0 <= stress <= 10:
        raise ValueError("stress must be from 0 to 10")
    sleep = row.get("sleep_hours", "")
    sleep_hours = _number(sleep, "sleep hours") if sleep else None
    if sleep_hours is not None and not 0 <= sleep_hours <= 24:
        raise ValueError("sleep hours must be from 0 to 24")
    mood_text = row.get("mood", "").lower()
    mood = MOODS.index(mood_text) if mood_text in MOODS else None
    return StressEntry(
        day,
        math.floor(stress + 0.5),  # halves up: 4.5 is 5, as people round (round() gives 4)
        sleep_hours,
        mood,
        _tags(row.get("caused", "")),
        _tags(row.get("helped", "")),
        row.get("note", ""),
    )


def _day(text: str, latest_day: date) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"the date {_shown(text)} is not like 2026-11-29") from None
    if not EARLIEST_DAY <= day <= latest_day:
        raise ValueError(f"the date {day.isoformat()} is not between 1900 and today")
    return day


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{what} {_shown(text)} is not a number") from None
    if not math.isfinite(value):  # "nan", "inf", "1e999"
        raise ValueError(f"{what} {_shown(text)} is not a number")
    return value


def _shown(text: str) -> str:
    """A cell quoted in a message: short enough to read."""
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _tags(value: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in value.replace(",", ";").split(";") if tag.strip())


# --- writing what was read -----------------------------------------------------------------


def save_imported(
    database: Path,
    profile_id: int,
    vault: Vault | None,
    entries: Sequence[StressEntry],
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> bool:
    """Write ``entries`` in one transaction over a connection of the calling thread's own.

    For a background thread: a SQLite connection belongs to the thread that made it, so this
    one opens (and closes) its own to the same file. SQLite lets one connection write at a
    time; the app's own connection keeps reading the data as it was until this one commits.
    Returns False (and writes nothing) when ``should_stop`` answered True.
    """
    connection = connect(database)
    try:
        return PrivateData(connection, profile_id, vault).save_entries(
            entries, progress, should_stop
        )
    finally:
        connection.close()


def logged_days(database: Path, profile_id: int, vault: Vault | None) -> set[date]:
    """The days the profile already has a check-in for, read over a connection of the calling
    thread's own (opening every sealed entry takes a while in a long log)."""
    connection = connect(database)
    try:
        return {entry.day for entry in PrivateData(connection, profile_id, vault).entries()}
    finally:
        connection.close()
