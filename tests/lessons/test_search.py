"""Full-text search: ranked, forgiving while typing, cached, and safe with any query."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import load_library
from caregiver_app.lessons.search import MARK_END, MARK_START, SearchIndex, plain_text
from caregiver_app.paths import shipped_content_dir
from tests.conftest import ContentBuilder

SHIPPED = load_library(shipped_content_dir())
INDEX = SearchIndex.build(SHIPPED)


def test_results_are_ranked_with_highlighted_snippets() -> None:
    hits = INDEX.search("burnout")
    assert hits[0].lesson_id == "caregiver-stress/signs-of-burnout"  # in the title: ranked first
    assert f"{MARK_START}burnout{MARK_END}".lower() in hits[0].snippet.lower()


def test_partial_last_word_and_accents_match_while_typing() -> None:
    assert INDEX.search("slee")[0].lesson_id == INDEX.search("sleep")[0].lesson_id
    assert INDEX.search("médicine") == INDEX.search("medicine")  # the word to find has no accent
    assert INDEX.search("suicide warning")[0].lesson_id == "acting-early/suicide-warning-signs"


def test_quiz_questions_are_searchable_but_markdown_syntax_is_not() -> None:
    text = plain_text(
        "# Title\n\n**bold** [link](lesson:x/y)\n\n```quiz\nquestion: Where is the kettle?\n```"
    )
    assert "kettle" in text and "**" not in text and "lesson:x" not in text


def test_cache_is_reused_and_rebuilt_when_lessons_change(
    content: ContentBuilder, tmp_path: Path
) -> None:
    lesson = content.lesson("01-m/01-a.md", title="Fruit", body="About apples.")
    cache = tmp_path / "cache" / "search.db"
    assert SearchIndex.build(load_library(content.root), cache).search("apples")
    assert cache.is_file()
    lesson.write_text(lesson.read_text().replace("apples", "pears"), encoding="utf-8")
    os.utime(lesson, ns=(1, 10**18))  # a clearly different modification time
    rebuilt = SearchIndex.build(load_library(content.root), cache)
    assert rebuilt.search("pears") and not rebuilt.search("apples")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_query_is_safe(query: str) -> None:
    for hit in INDEX.search(query):
        assert SHIPPED.lesson(hit.lesson_id) is not None


def test_an_unusable_cache_never_stops_search(
    content: ContentBuilder, tmp_path: Path, monkeypatch
) -> None:
    """Issue 12, item 17: a cache folder that cannot be read (or named) means "build again"."""
    content.lesson("01-m/01-a.md", title="Fruit", body="About apples.")
    library = load_library(content.root)
    # A folder name the file system refuses: stat() raises ENAMETOOLONG, not "not found".
    refused = tmp_path / ("x" * 300) / "search.db"
    assert SearchIndex.build(library, refused).search("apples")

    unreadable = tmp_path / "locked" / "search.db"

    def no_permission(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_file", no_permission)
    assert SearchIndex.build(library, unreadable).search("apples")


def test_a_damaged_cache_is_rebuilt_and_no_partial_copy_is_left(
    content: ContentBuilder, tmp_path: Path
) -> None:
    content.lesson("01-m/01-a.md", title="Fruit", body="About apples.")
    cache = tmp_path / "cache" / "search.db"
    cache.parent.mkdir()
    cache.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    assert SearchIndex.build(load_library(content.root), cache).search("apples")
    assert SearchIndex._open_cached(cache, "x") is None  # readable again, just not this library
    assert [path.name for path in cache.parent.iterdir()] == ["search.db"]
    assert cache.stat().st_mode & 0o077 == 0
