"""The loader's memo: a file read before is not parsed again, and the library is the same as if
it had been; an edited, removed or tampered entry never shows."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import load_library
from caregiver_app.lessons import loader as loader_module
from tests.conftest import ContentBuilder


@pytest.fixture
def course(content: ContentBuilder) -> ContentBuilder:
    content.module("01-basics", "The basics", "Where to begin")
    content.lesson("01-basics/01-welcome.md", title="Welcome", summary="Start here")
    content.raw(
        "01-basics/02-odd.md",
        "---\ntitle: Odd one\nminutes: lots\ncolour: blue\n---\nText of the odd one.\n",
    )
    content.raw("01-basics/03-deep.md", "---\ntitle: Deep\n---\n" + "> " * 200 + "too deep\n")
    return content


def parsed_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose YAML the loader reads from now on."""
    parsed: list[str] = []
    real = loader_module.load_yaml

    def spy(text: str, relpath: str, *rest: object):
        parsed.append(relpath)
        return real(text, relpath, *rest)

    monkeypatch.setattr(loader_module, "load_yaml", spy)
    return parsed


def test_a_library_read_again_is_the_same_without_parsing_anything(
    course: ContentBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = tmp_path / "memo.json"
    fresh = load_library(course.root, "en", memo)
    assert fresh.problems  # the odd lesson's and the deep one's, worded
    assert "deep" not in [lesson.id.split("/")[1] for lesson in fresh.lessons]  # left out

    parsed = parsed_files(monkeypatch)
    again = load_library(course.root, "en", memo)

    assert again.lessons == fresh.lessons  # every field, the body included
    assert again.modules == fresh.modules
    assert again.problems == fresh.problems
    # Only the lesson left out is read again: a memo never hides a lesson.
    assert parsed == ["en/01-basics/03-deep.md"]


def test_an_edited_lesson_is_read_afresh(course: ContentBuilder, tmp_path: Path) -> None:
    memo = tmp_path / "memo.json"
    load_library(course.root, "en", memo)
    course.lesson("01-basics/01-welcome.md", title="Welcome, edited", summary="Start here")
    course.module("01-basics", "The basics, renamed")

    again = load_library(course.root, "en", memo)

    assert again.lesson("basics/welcome").title == "Welcome, edited"
    assert again.modules[0].title == "The basics, renamed"


@pytest.mark.parametrize(
    "made",
    [
        {"id": "../../etc", "title": "x", "summary": "", "minutes": 3, "tags": [],
         "source_version": ""},
        {"id": "basics/welcome", "title": 7, "summary": "", "minutes": 3, "tags": [],
         "source_version": ""},
        {"id": "basics/welcome", "title": "x", "summary": "", "minutes": 0, "tags": [],
         "source_version": ""},
        "not a lesson",
    ],
    ids=["an id that leaves the library", "a title that is not text", "no minutes", "not even"],
)  # fmt: skip
def test_a_tampered_entry_is_read_afresh(
    course: ContentBuilder, tmp_path: Path, made: object
) -> None:
    memo = tmp_path / "memo.json"
    fresh = load_library(course.root, "en", memo)
    stored = json.loads(memo.read_text(encoding="utf-8"))
    for entry in stored["entries"].values():
        if isinstance(entry["made"], dict) and entry["made"].get("id") == "basics/welcome":
            entry["made"] = made
    memo.write_text(json.dumps(stored), encoding="utf-8")

    again = load_library(course.root, "en", memo)

    assert again.lessons == fresh.lessons


def test_entries_of_files_that_are_gone_are_dropped(course: ContentBuilder, tmp_path) -> None:
    memo = tmp_path / "memo.json"
    load_library(course.root, "en", memo)
    before = len(json.loads(memo.read_text(encoding="utf-8"))["entries"])
    (course.language_dir / "01-basics" / "02-odd.md").unlink()
    load_library(course.root, "en", memo)
    assert len(json.loads(memo.read_text(encoding="utf-8"))["entries"]) == before - 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_memo_is_readable_by_its_owner_only(course: ContentBuilder, tmp_path) -> None:
    memo = tmp_path / "cache" / "memo.json"
    load_library(course.root, "en", memo)
    assert stat.S_IMODE(memo.stat().st_mode) == 0o600
    assert stat.S_IMODE(memo.parent.stat().st_mode) == 0o700


def test_a_memo_that_cannot_be_written_changes_nothing(course: ContentBuilder, tmp_path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    library = load_library(course.root, "en", blocked / "memo.json")
    assert library.lesson("basics/welcome").title == "Welcome"
    assert blocked.read_text() == "in the way"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=25,
)


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=json_values, problems=json_values)
def test_whatever_an_entry_holds_the_library_is_as_a_fresh_read_makes_it(
    made: object, problems: object, course: ContentBuilder, tmp_path: Path
) -> None:
    memo = tmp_path / "fuzzed.json"
    fresh = load_library(course.root, "en")
    load_library(course.root, "en", memo)
    stored = json.loads(memo.read_text(encoding="utf-8"))
    for entry in stored["entries"].values():
        entry["made"], entry["problems"] = made, problems
    memo.write_text(json.dumps(stored), encoding="utf-8")

    again = load_library(course.root, "en", memo)

    assert again.lessons == fresh.lessons  # nothing changed, added or hidden
    assert again.problems == fresh.problems  # the problems of an entry not believed go too


def test_a_title_utf_8_cannot_hold_is_remembered(content: ContentBuilder, tmp_path) -> None:
    content.raw(
        "01-m/01-a.md", '---\ntitle: "Small wins \\ud83d\\ude00, half \\ud83d"\n---\nText.\n'
    )
    memo = tmp_path / "memo.json"
    fresh = load_library(content.root, "en", memo)
    assert fresh.lessons[0].title == "Small wins 😀, half \ud83d"  # the pair joined, as it shows
    assert memo.is_file()
    assert load_library(content.root, "en", memo).lessons == fresh.lessons


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_in_place_of_the_memo_is_not_waited_on(course: ContentBuilder, tmp_path) -> None:
    memo = tmp_path / "memo.json"
    os.mkfifo(memo)  # reading it would wait for a writer for ever: the app would never start
    assert load_library(course.root, "en", memo).lesson("basics/welcome").title == "Welcome"
