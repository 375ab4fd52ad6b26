"""The stress log as CSV: what any file does to the importer, and what our export does in a
spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.store import Store, StressEntry, open_store
from caregiver_app.store.csvfiles import (
    MAX_IMPORT_BYTES,
    ImportResult,
    export_entries,
    import_entries,
    protect_cell,
    read_entries,
    save_imported,
    unprotect_cell,
)

TODAY = date(2026, 12, 4)
HEADER = "date,stress,sleep_hours,mood,caused,helped,note\n"


def read(text: str) -> ImportResult:
    return read_entries(text.encode("utf-8"), today=TODAY)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "data").store
    yield store
    store.close()


# --- rows that cannot be used are named, never raised ------------------------------------


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("nan", "stress 'nan' is not a number"),
        ("inf", "stress 'inf' is not a number"),
        ("-inf", "stress '-inf' is not a number"),
        ("1e999", "stress '1e999' is not a number"),
        ("11", "stress must be from 0 to 10"),
        ("seven", "stress 'seven' is not a number"),
    ],
)
def test_a_stress_that_is_not_on_the_scale_skips_its_row(cell: str, reason: str) -> None:
    result = read(HEADER + "2026-11-01,4,,,,,fine\n" + f"2026-11-02,{cell},,,,,\n")
    assert [entry.day.day for entry in result.entries] == [1]
    assert result.problems == [f"line 3: {reason}"]


@pytest.mark.parametrize("cell", ["nan", "inf", "1e999", "25", "-1"])
def test_sleep_hours_that_are_not_hours_skip_their_row(cell: str) -> None:
    result = read(HEADER + f"2026-11-02,4,{cell},,,,\n")
    assert result.entries == []
    assert result.problems[0].startswith("line 2: sleep hours")


def test_a_cell_over_128_kb_is_a_skipped_row_and_the_rest_imports() -> None:
    huge = "x" * 200_000  # over csv's own limit of 131,072, which raises _csv.Error
    text = HEADER + "2026-11-01,4,,,,,ok\n" + f'2026-11-02,5,,,,,"{huge}"\n' + "2026-11-03,6,,,,,\n"
    result = read(text)
    assert [entry.day.day for entry in result.entries] == [1, 3]
    assert result.problems == ["line 3: a cell is far too long to be a check-in"]


def test_a_note_longer_than_the_app_keeps_is_refused_not_cut() -> None:
    result = read(HEADER + f"2026-11-02,5,,,,,{'y' * 20_001}\n")
    assert result.entries == []
    assert result.problems == ["line 2: the note cell is longer than 20,000 characters"]


def test_nul_bytes_and_bytes_that_are_not_utf8_name_their_row() -> None:
    data = (
        HEADER.encode()
        + b"2026-11-01,4,,,,,caf\xe9\n"  # Latin-1, not UTF-8
        + b"2026-11-02,4,,,,,a\x00b\n"
        + "2026-11-03,4,,,,,café\n".encode()
    )
    result = read_entries(data, today=TODAY)
    assert [(entry.day.day, entry.note) for entry in result.entries] == [(3, "café")]
    assert result.problems[0].startswith("line 2: the note cell is not UTF-8 text")
    assert result.problems[1].startswith("line 3: the note cell holds a NUL character")


def test_utf16_with_a_byte_order_mark_reads_like_utf8() -> None:
    result = read_entries((HEADER + "2026-11-01,4,,,,,café\n").encode("utf-16"), today=TODAY)
    assert [entry.note for entry in result.entries] == ["café"]


def test_dates_out_of_range_and_unreadable_dates_are_named() -> None:
    text = HEADER + "1899-12-31,4\n2026-12-06,4\n2026-12-05,4\n9999-99-99,4\n"
    result = read(text)
    assert [entry.day for entry in result.entries] == [date(2026, 12, 5)]  # tomorrow: time zones
    assert result.problems == [
        "line 2: the date 1899-12-31 is not between 1900 and today",
        "line 3: the date 2026-12-06 is not between 1900 and today",
        "line 5: the date '9999-99-99' is not like 2026-11-29",
    ]


def test_the_last_row_for_a_day_wins_and_the_earlier_one_is_named() -> None:
    result = read(HEADER + "2026-11-01,4,,,,,first\n2026-11-02,5\n2026-11-01,7,,,,,second\n")
    assert [(entry.day.day, entry.stress, entry.note) for entry in result.entries] == [
        (1, 7, "second"),
        (2, 5, ""),
    ]
    assert result.problems == ["line 2: 2026-11-01 is also on line 4; the later row was used"]


def test_a_row_with_more_cells_than_columns_is_skipped_not_cut() -> None:
    result = read("date,stress,note\n2026-11-01,4,tired, but ok\n2026-11-02,4,fine,,\n")
    assert [entry.note for entry in result.entries] == ["fine"]  # empty trailing cells are fine
    assert result.problems[0].startswith("line 2: it has more cells than the first line")


def test_line_numbers_count_lines_of_the_file_even_with_notes_over_several_lines() -> None:
    result = read(HEADER + '2026-11-01,4,,,,,"one\ntwo\nthree"\n\n2026-11-02,x\n')
    assert result.entries[0].note == "one\ntwo\nthree"
    assert result.problems == ["line 6: stress 'x' is not a number"]


def test_semicolon_separated_files_from_spreadsheets_are_read() -> None:
    result = read("date;stress;note\n2026-11-01;4;fine, thanks\n")
    assert [entry.note for entry in result.entries] == ["fine, thanks"]


@pytest.mark.parametrize(
    "text", ["", "\n\n", "just words\n", "date,mood\n2026-11-01,okay\n", '"unclosed\n']
)
def test_a_file_without_our_columns_is_one_problem(text: str) -> None:
    result = read(text)
    assert result.entries == []
    assert result.problems == [
        "the first line must name the columns, with at least date and stress"
    ]


def test_a_file_too_big_or_unreadable_is_one_problem(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (MAX_IMPORT_BYTES + 1))
    assert import_entries(big).problems == ["the file is larger than 5 MB"]
    missing = import_entries(tmp_path / "missing.csv")
    assert missing.entries == [] and missing.problems[0].startswith("the file could not be read")


def test_reading_can_be_cancelled_and_reports_progress() -> None:
    text = HEADER + "".join(
        f"2026-{month:02d}-{day:02d},4\n" for month in range(1, 12) for day in range(1, 28)
    )
    seen: list[tuple[int, int]] = []
    result = read_entries(
        text.encode(), progress=lambda done, total: seen.append((done, total)), today=TODAY
    )
    assert len(result.entries) == 11 * 27 and seen and seen[-1][1] == text.count("\n") + 1
    stopped = read_entries(text.encode(), should_stop=lambda: True, today=TODAY)
    assert stopped.cancelled and stopped.entries == []


# --- hypothesis: nothing a file holds makes the reader raise ------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_result_never_an_exception(data: bytes) -> None:
    assert isinstance(read_entries(data, today=TODAY), ImportResult)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_result_never_an_exception(text: str) -> None:
    assert isinstance(read(HEADER + text), ImportResult)


CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "nan",
            "inf",
            "-inf",
            "1e999",
            "1e-999",
            "0",
            "10",
            "-0",
            "4.5",
            "1_0",
            "2026-11-01",
            "0001-01-01",
            "9999-12-31",
            "2026-02-30",
            "=1+1",
            "'=1",
            "'",
            '"',
            "\x00",
            "\r",
            "\ufeff",
            "\ud800",
            "okay",
            "very good",
        ]
    ),
    st.dates().map(date.isoformat),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["date", "stress", "sleep_hours", "mood", "note", "x", ""]), max_size=8
    ),
    st.lists(st.lists(CELL, max_size=9), max_size=12),
    st.sampled_from([",", ";", "\t"]),
)
def test_csv_shaped_text_with_any_cells_gives_a_result(
    header: list[str], rows: list[list[str]], delimiter: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8", errors="surrogatepass")
    result = read_entries(data, today=TODAY)
    assert isinstance(result, ImportResult)
    assert all(0 <= entry.stress <= 10 for entry in result.entries)
    assert len({entry.day for entry in result.entries}) == len(result.entries)


# --- export: nothing a spreadsheet would run, and our own file comes back as it was ------


@pytest.mark.parametrize("text", ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_exported_text_cells_never_start_like_a_formula(tmp_path: Path, text: str) -> None:
    target = tmp_path / "log.csv"
    entry = StressEntry(date(2026, 11, 1), 6, 7.5, 2, (text.strip(),), (), text)
    export_entries([entry], target)
    with target.open(newline="", encoding="utf-8") as file:
        cells = [cell for row in csv.reader(file) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert "'" + text in cells  # protected the usual way: a leading quote
    assert "6" in cells and "7.5" in cells  # numbers stay numbers (ours are never negative)


def test_protect_and_unprotect_examples() -> None:
    assert protect_cell("=1") == "'=1"
    assert protect_cell("'=1") == "''=1"  # so that it comes back with its quote
    assert protect_cell("it's") == "it's" and protect_cell("'quoted'") == "'quoted'"
    assert unprotect_cell("'=1") == "=1" and unprotect_cell("'hello") == "'hello"


@given(st.text())
def test_unprotect_undoes_protect_for_any_text(text: str) -> None:
    assert unprotect_cell(protect_cell(text)) == text
    assert not protect_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def _as_tag(text: str) -> str:
    """A tag as the app keeps one: no separators, single spaces."""
    return " ".join(text.replace(";", " ").replace(",", " ").split())


# Text as the app keeps it; NUL is left out because the importer refuses it (it means the file
# is not text), and no way of typing gives the app one.
USER_TEXT = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=60
)
TAG = USER_TEXT.map(_as_tag).filter(bool)
NOTE = USER_TEXT.map(str.strip)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.builds(
            StressEntry,
            st.dates(date(1900, 1, 1), TODAY),
            st.integers(0, 10),
            st.one_of(st.none(), st.sampled_from([0.0, 4.5, 7.0, 24.0])),
            st.one_of(st.none(), st.integers(0, 4)),
            st.lists(TAG, max_size=3, unique=True).map(tuple),
            st.lists(TAG, max_size=3, unique=True).map(tuple),
            NOTE,
        ),
        max_size=8,
        unique_by=lambda entry: entry.day,
    )
)  # fmt: skip
def test_our_own_export_imports_as_it_was(tmp_path: Path, entries: list[StressEntry]) -> None:
    target = tmp_path / "round-trip.csv"
    export_entries(entries, target)
    result = import_entries(target, today=TODAY)
    assert result.problems == []
    assert result.entries == sorted(entries, key=lambda entry: entry.day)


# --- writing what was read: one transaction, all or nothing -------------------------------


def test_save_imported_writes_everything_from_its_own_connection(store: Store) -> None:
    profile = store.profiles.create("Ana")
    vault, _ = store.set_passcode(profile.id, "blue kettle 42")
    entries = [
        StressEntry(date(2026, 11, day), day % 11, note=f"day {day}") for day in range(1, 29)
    ]
    assert save_imported(store.path, profile.id, vault, entries)
    assert store.private(profile.id, vault).entries() == entries  # sealed, and it opens


def test_cancelling_save_imported_leaves_nothing(store: Store) -> None:
    profile = store.profiles.create("Ana")
    entries = [StressEntry(date(2026, 11, day), 5) for day in range(1, 29)]
    done: list[int] = []
    finished = save_imported(
        store.path,
        profile.id,
        None,
        entries,
        progress=lambda count, _total: done.append(count),
        should_stop=lambda: len(done) >= 20,
    )
    assert not finished and len(done) == 20
    assert store.private(profile.id).entries() == []


def test_a_stress_with_a_fraction_is_rounded_halves_up() -> None:
    result = read("date,stress\n2026-11-01,4.5\n2026-11-02,5.5\n2026-11-03,0.4\n")
    assert [entry.stress for entry in result.entries] == [5, 6, 0]


def test_a_background_import_into_a_protected_profile_is_trusted_afterwards(
    tmp_path: Path,
) -> None:
    """The import writes over a connection of its own; the app's connection, which had read the
    log (and remembered its row record) before, must see every imported check-in as genuine."""
    from caregiver_app.store.csvfiles import save_imported

    store = open_store(tmp_path / "data").store
    profile = store.profiles.create("Ana")
    vault, _code = store.set_passcode(profile.id, "blue kettle 42")
    private = store.private(profile.id, vault)
    private.save_entry(StressEntry(date(2026, 1, 1), 2))
    assert len(private.entries()) == 1  # read once: the record's counter is remembered
    entries = [StressEntry(date(2026, 2, day), day % 11) for day in range(1, 29)]
    assert save_imported(store.path, profile.id, vault, entries)
    assert len(private.entries()) == 29
    assert private.not_shown() == 0 and not private.check()
    private.save_entry(StressEntry(date(2026, 3, 1), 5))  # and writing on afterwards works
    assert len(store.private(profile.id, vault).entries()) == 30
    store.close()
