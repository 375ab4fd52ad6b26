"""Renderings kept on disk: a lesson renders once per machine, never stale, never trusted."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import HtmlPart, Quiz, load_library, render_cache
from caregiver_app.lessons import render as render_module
from caregiver_app.lessons.render_cache import RenderCache
from tests.conftest import ContentBuilder

QUIZ = """
```quiz
question: Which comes first?
choices:
  - text: Sleep changes
    correct: true
    why: Often weeks ahead.
  - text: Nothing
    why: There is usually something.
```
"""


def library_with_cache(root: Path, cache: Path):
    library = load_library(root)
    library.keep_renderings_in(RenderCache(cache))
    return library


def no_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("rendered again")

    monkeypatch.setattr(render_module, "render_lesson", refuse)


@pytest.fixture
def lessons(content: ContentBuilder) -> ContentBuilder:
    content.lesson(
        "01-basics/01-welcome.md",
        title="Welcome",
        body="# Welcome\n\nRead [the next one](02-next.md).\n\n" + QUIZ,
    )
    content.lesson("01-basics/02-next.md", title="Next", body="Plain **text**.")
    return content


def test_a_lesson_rendered_once_is_read_back_in_the_next_session(
    lessons: ContentBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = library_with_cache(lessons.root, tmp_path / "cache")
    fresh = first.render(first.lesson("basics/welcome"))

    no_rendering(monkeypatch)
    later = library_with_cache(lessons.root, tmp_path / "cache")  # a new session
    again = later.render(later.lesson("basics/welcome"))

    assert again.parts == fresh.parts and again.headings == fresh.headings
    assert again.lesson is later.lesson("basics/welcome")
    assert any(isinstance(part, Quiz) for part in again.parts)
    assert 'href="lesson:basics/next"' in again.parts[0].html  # the link as rendered


@pytest.mark.parametrize(
    "change",
    [
        lambda content: content.lesson("01-basics/01-welcome.md", title="Welcome", body="New."),
        lambda content: content.lesson("01-basics/03-third.md", title="A new lesson"),
        lambda content: content.raw("01-basics/picture.png", b"\x89PNG\r\n\x1a\n"),
    ],
    ids=["the lesson edited", "a lesson added", "a picture added"],
)
def test_anything_a_rendering_depends_on_renders_it_again(
    lessons: ContentBuilder, tmp_path: Path, change, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = library_with_cache(lessons.root, tmp_path / "cache")
    first.render(first.lesson("basics/welcome"))
    change(lessons)
    rendered: list[str] = []
    real = render_module.render_lesson
    monkeypatch.setattr(
        render_module,
        "render_lesson",
        lambda lesson, links: rendered.append(lesson.id) or real(lesson, links),
    )

    later = library_with_cache(lessons.root, tmp_path / "cache")
    later.render(later.lesson("basics/welcome"))

    assert rendered == ["basics/welcome"]


def tamper(cache: Path, change) -> None:
    (entry,) = cache.glob("*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    change(stored)
    entry.write_text(json.dumps(stored), encoding="utf-8")


def test_html_rewritten_in_a_cache_file_is_cleaned_again(
    lessons: ContentBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = library_with_cache(lessons.root, tmp_path / "cache")
    first.render(first.lesson("basics/next"))
    hostile = (
        '<p onclick="x()">Hi<script>alert(1)</script> <a href="file:///etc/passwd">f</a> '
        '<a href="javascript:x()">j</a> <img src="file:///home/secret.png"> '
        '<a href="support:">help</a> <img src="asset:en/01-basics/p.png" alt="p"></p>'
    )
    tamper(tmp_path / "cache", lambda stored: stored["parts"].__setitem__(0, {"html": hostile}))

    no_rendering(monkeypatch)
    later = library_with_cache(lessons.root, tmp_path / "cache")
    shown = later.render(later.lesson("basics/next")).parts[0].html

    for gone in ("script", "alert", "onclick", "file:", "javascript:"):
        assert gone not in shown
    assert 'href="support:"' in shown and 'src="asset:en/01-basics/p.png"' in shown


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.write_bytes(entry.read_bytes()[:40]),  # cut short by a sync tool
        lambda entry: entry.write_bytes(b"\xff\xfe not json"),
        lambda entry: entry.write_text('{"format": 1, "parts": [{"quiz": [1, 2, 3]}]}'),
        lambda entry: entry.write_text("[]"),
    ],
    ids=["truncated", "not text", "wrong types", "not an entry"],
)
def test_a_damaged_cache_file_is_ignored_and_the_lesson_rendered(
    lessons: ContentBuilder, tmp_path: Path, damage
) -> None:
    first = library_with_cache(lessons.root, tmp_path / "cache")
    fresh = first.render(first.lesson("basics/welcome"))
    (entry,) = (tmp_path / "cache").glob("*.json")
    damage(entry)

    later = library_with_cache(lessons.root, tmp_path / "cache")
    assert later.render(later.lesson("basics/welcome")).parts == fresh.parts


def test_a_folder_that_cannot_be_written_costs_only_the_shortcut(
    lessons: ContentBuilder, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go")
    library = library_with_cache(lessons.root, blocked / "cache")
    rendered = library.render(library.lesson("basics/next"))
    assert "<strong>text</strong>" in rendered.parts[0].html
    assert blocked.read_text() == "a file where the cache folder would go"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_cache_files_are_readable_by_their_owner_only(
    lessons: ContentBuilder, tmp_path: Path
) -> None:
    library = library_with_cache(lessons.root, tmp_path / "cache")
    library.render(library.lesson("basics/next"))
    (entry,) = (tmp_path / "cache").glob("*.json")
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600


def test_the_oldest_renderings_make_way(
    content: ContentBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render_cache, "MAX_ENTRIES", 10)
    for number in range(15):
        content.lesson(f"01-m/{number:02d}-l{number}.md", title=f"Lesson {number}")
    library = library_with_cache(content.root, tmp_path / "cache")
    for lesson in library.lessons:
        library.render(lesson)
    assert 1 <= len(list((tmp_path / "cache").glob("*.json"))) <= 10
    assert not list((tmp_path / "cache").glob("*.partial"))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    stored=json_values
    | st.fixed_dictionaries(
        {
            "format": st.just(render_cache.FORMAT),
            "parts": st.lists(
                st.one_of(
                    st.fixed_dictionaries({"html": json_values}),
                    st.fixed_dictionaries({"quiz": json_values}),
                    st.fixed_dictionaries({"reflection": json_values}),
                ),
                max_size=3,
            ),
            "problems": json_values,
            "headings": json_values,
            "sources": json_values,
            "notes": json_values,
        }
    )
)
def test_whatever_a_cache_file_holds_reading_it_never_fails(
    stored: object, lessons: ContentBuilder, tmp_path: Path
) -> None:
    library = load_library(lessons.root)
    cache = RenderCache(tmp_path / "fuzzed")
    cache.folder.mkdir(exist_ok=True)
    (cache.folder / "key.json").write_text(json.dumps(stored), encoding="utf-8")
    result = cache.get("key", library.lesson("basics/next"))
    if result is not None:  # only ever a well-formed rendering
        for part in result.parts:
            assert isinstance(part, HtmlPart | Quiz) or part.__class__.__name__ == "Reflection"


# 😀 as tools converting JSON write it, and half of one alone, which UTF-8 cannot hold.
PAIR, HALF = '"Small wins \\ud83d\\ude00"', '"Half of one \\ud83d"'
QUIZ_ABOUT = (
    "---\ntitle: {0}\n---\nText.\n\n```quiz\nquestion: {0}\nchoices:\n"
    '  - text: "Yes"\n    correct: true\n    why: "It is."\n'
    '  - text: "No"\n    why: "It is not."\n```\n'
)


def test_escaped_characters_are_kept_and_a_half_one_never_breaks_opening(
    content: ContentBuilder, tmp_path: Path
) -> None:
    content.raw("01-m/01-pair.md", QUIZ_ABOUT.format(PAIR))
    content.raw("01-m/02-half.md", QUIZ_ABOUT.format(HALF))
    library = library_with_cache(content.root, tmp_path / "cache")
    pair, half = (library.render(lesson) for lesson in library.lessons)
    assert pair.quizzes[0].question == "Small wins 😀"  # the pair joined, as it shows
    assert half.quizzes[0].question == "Half of one \ud83d"

    later = library_with_cache(content.root, tmp_path / "cache")
    assert [later.render(lesson).quizzes for lesson in later.lessons] == [
        pair.quizzes,
        half.quizzes,
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_in_place_of_a_cache_file_is_not_waited_on(
    lessons: ContentBuilder, tmp_path: Path
) -> None:
    first = library_with_cache(lessons.root, tmp_path / "cache")
    fresh = first.render(first.lesson("basics/next"))
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.unlink()
    os.mkfifo(entry)  # a read would wait for a writer for ever

    later = library_with_cache(lessons.root, tmp_path / "cache")
    assert later.render(later.lesson("basics/next")).parts == fresh.parts


def nested(depth: int) -> str:
    return "<ul><li>" * depth + "deep" + "</li></ul>" * depth


@pytest.mark.parametrize(
    "change",
    [
        lambda stored: stored["parts"].__setitem__(0, {"html": nested(2_000)}),
        lambda stored: stored["parts"].append({"quiz": ["q-9", "Q?", [["only", True, ""]]]}),
        lambda stored: stored["parts"].append(
            {"quiz": ["q-9", "Q?", [["a", False, ""], ["b", False, ""]]]}
        ),
        lambda stored: stored["parts"].append({"quiz": ["q-9", "Q?", [["a", True, ""]] * 300]}),
        lambda stored: stored["parts"].append({"reflection": ["../x", "Why?", ""]}),
        lambda stored: stored["parts"].extend([{"reflection": ["r", "A?", ""]}] * 2),
    ],
    ids=["nested 2,000 deep", "one choice", "none right", "300 choices", "a bad id", "id twice"],
)
def test_a_cache_entry_the_renderer_would_never_make_is_not_used(
    lessons: ContentBuilder, tmp_path: Path, change
) -> None:
    first = library_with_cache(lessons.root, tmp_path / "cache")
    fresh = first.render(first.lesson("basics/next"))
    tamper(tmp_path / "cache", change)

    later = library_with_cache(lessons.root, tmp_path / "cache")
    assert later.render(later.lesson("basics/next")).parts == fresh.parts


def test_a_picture_away_for_a_moment_is_not_kept_as_missing(
    content: ContentBuilder, tmp_path: Path
) -> None:
    # A clinic's share or a USB stick drops while the app runs, and comes back.
    content.lesson("01-m/01-a.md", title="A", body="Text.")
    content.lesson("01-m/02-b.md", title="B", body="![a picture](pictures/p.png)")
    content.raw("01-m/pictures/p.png", b"\x89PNG\r\n\x1a\n")
    library = library_with_cache(content.root, tmp_path / "cache")
    library.render(library.lesson("m/a"))  # the folder is fingerprinted with its picture
    pictures = content.language_dir / "01-m" / "pictures"
    pictures.rename(pictures.with_name("away"))
    assert library.render(library.lesson("m/b")).problems  # missing, for now
    pictures.with_name("away").rename(pictures)

    later = library_with_cache(content.root, tmp_path / "cache")
    shown = later.render(later.lesson("m/b"))
    assert not shown.problems and 'src="asset:en/01-m/pictures/p.png"' in shown.parts[0].html


def test_a_rendering_with_problems_that_last_is_kept(
    content: ContentBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content.lesson("01-m/01-a.md", title="A", body="See [a lesson](lesson:m/none).")
    library = library_with_cache(content.root, tmp_path / "cache")
    fresh = library.render(library.lessons[0])
    assert fresh.problems  # a link to a lesson that is not there: so it stays till one is
    no_rendering(monkeypatch)
    later = library_with_cache(content.root, tmp_path / "cache")
    assert later.render(later.lessons[0]).problems == fresh.problems
