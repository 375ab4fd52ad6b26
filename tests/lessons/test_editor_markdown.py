"""Lessons written in everyday Markdown editors look as written (issue 18).

The corpus in editor_corpus/ holds lessons in several editors' habits; each construct is checked
on the HTML the reader shows (after sanitising), with CommonMark's edge cases for it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import HtmlPart, check_content, load_library
from caregiver_app.lessons.editor_markdown import (
    MAX_BOX_DEPTH,
    editor_problems,
    normalise_editor_markdown,
)

CORPUS = Path(__file__).parent / "editor_corpus"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("content")
    module = root / "en" / "01-corpus"
    module.mkdir(parents=True)
    for number, path in enumerate(sorted(CORPUS.glob("*.md")), start=1):
        shutil.copy(path, module / f"{number:02d}-{path.name}")
    library = load_library(root, "en")

    def shown(stem: str) -> tuple[str, list[str]]:
        lesson = next(x for x in library.lessons if x.id == f"corpus/{stem}")
        rendered = library.render(lesson)
        html = "".join(part.html for part in rendered.parts if isinstance(part, HtmlPart))
        said = [p.message for p in rendered.problems + rendered.notes]
        return re.sub(r"\s*\n\s*", "", html), said

    return shown


def items(html: str, tag: str) -> list[list[str]]:
    """The item texts of each <ul> or <ol> at the top level of ``html``."""
    return [
        re.findall(r"<li>(.*?)</li>", match)
        for match in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html)
    ]


def test_a_list_right_after_a_sentence_is_a_list(corpus) -> None:
    html, problems = corpus("notes_app")
    assert "<p>Things she noticed first:</p><ul><li>Sleep</li>" in html
    assert items(html, "ul") == [["Sleep", "Money worries", "Not answering the phone"]]
    assert problems == []


def test_numbers_with_a_bracket_are_a_numbered_list(corpus) -> None:
    html, _ = corpus("notes_app")
    assert items(html, "ol") == [
        ["Call the care team", "Write it in the plan", "Check again in a week"]
    ]


def test_a_number_mid_sentence_does_not_start_a_list(corpus) -> None:
    # CommonMark: only a list starting at 1 may interrupt a paragraph.
    html, _ = corpus("notes_app")
    assert "<p>The number of windows in my house is14. The number of doors is 6.</p>" in html


def test_task_lists_show_read_only_ticks(corpus) -> None:
    html, _ = corpus("obsidian")
    assert "☑ Wrote down the first signs" in html and "☐ Told the doctor" in html
    assert "☑ Agreed who to call" in html  # [X] ticks too
    assert "[x]" not in html and "<input" not in html


def test_line_breaks_setext_headings_strikethrough_and_bare_links(corpus) -> None:
    html, _ = corpus("obsidian")
    assert "Line one<br>Line two<br>Line three" in html
    assert re.search(r"<h2[^>]*>Setext heading</h2>", html)
    assert "<del>Old advice</del>" in html
    assert '<a href="https://www.nami.org">https://www.nami.org</a>' in html
    assert '<a href="https://www.nhs.uk">https://www.nhs.uk</a>' in html


def test_tables_with_and_without_outer_pipes_and_fenced_code(corpus) -> None:
    html, problems = corpus("github")
    assert html.count("<table>") == 2
    assert "<td>Sleep</td>" in html and "<td>yes</td>" in html
    assert '<td align="center">week 1</td>' in html  # :---: centres the column
    assert "- not a list" in html and "::: not a box" in html  # code stays code
    assert "Tilde fence" in html and "<pre>" in html
    assert problems == []


def test_colon_fenced_blocks_are_boxes_never_colons(corpus) -> None:
    html, problems = corpus("pandoc_myst")
    assert ":::" not in html
    assert '<div class="admonition"><p class="admonition-title">Objectives</p>' in html
    assert "<li>know the early signs</li>" in html  # the list inside the box is a list
    assert '<div class="admonition warning"><p class="admonition-title">If someone is in' in html
    assert '<div class="admonition tip">' in html and '<div class="admonition note">' in html
    assert problems == [
        "warning: box kind 'objectives' is not one of danger, important, info, note, tip, "
        "warning; it is shown as a plain box"
    ]


def test_commonmark_edge_cases(corpus) -> None:
    html, _ = corpus("edge_cases")
    lists = items(html, "ul")
    assert ["item onecontinues lazily", "item two"] in lists  # a lazy continuation line
    assert '<ol start="3"><li>starts at three</li><li>goes on</li></ol>' in html
    assert ["a", "b"] in lists and ["c", "d"] in lists  # another bullet starts another list
    assert "<li><p>first</p></li><li><p>after a blank line</p></li>" in html  # one loose list
    assert "<li>outer<ul><li>two spaces in<ul><li>four spaces in</li></ul></li></ul></li>" in html


def test_what_still_differs_is_reported_with_its_line() -> None:
    text = "Intro\n\nA note[^1] here.\n\n$$x^2$$\n\n::: tip\nNever closed\n"
    assert editor_problems(text) == [
        (2, "footnotes ([^1]) are not shown as footnotes; put the note in brackets in the "
         "sentence, or under Sources"),
        (4, "math ($$, \\( or \\[) is shown as plain text; write it in words"),
        (6, "::: tip block is never closed with a ::: line; it runs to the end"),
    ]  # fmt: skip
    assert editor_problems("```\n[^1] and $$ in code\n```\n") == []


def test_a_lesson_reports_its_problems_at_the_files_line(tmp_path: Path) -> None:
    module = tmp_path / "en" / "01-m"
    module.mkdir(parents=True)
    (module / "01-a.md").write_text(
        "---\ntitle: A\n---\n# A\n\nText.\n\n::: objectives\nGoals\n:::\n", encoding="utf-8"
    )
    library = load_library(tmp_path, "en")
    rendered = library.render(library.lessons[0])
    assert rendered.problems == ()  # nothing was left out: the family sees no warning banner
    assert [(p.line, p.message.split(";")[0]) for p in rendered.notes] == [
        (8, "warning: box kind 'objectives' is not one of danger, important, info, note, tip, "
         "warning")
    ]  # fmt: skip
    report = check_content(tmp_path)
    assert report.problems == () and [w.line for w in report.warnings] == [8]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["", "- a", "1) b", "3. c", "::: tip", ":::", "```", "text", "  - d", "+ e"]
            ),
            st.text(max_size=20),
        ),
        max_size=40,
    )
)
def test_any_text_is_normalised_without_error_and_loses_no_words(lines: list[str]) -> None:
    out = normalise_editor_markdown(lines)
    words = [word for line in lines for word in line.split() if not set(word) <= {":", "`"}]
    kept = " ".join(out)
    assert all(word.replace(")", ".") in kept or word in kept for word in words)
    editor_problems("\n".join(lines))


def test_boxes_in_boxes_stop_at_a_few_levels_whatever_the_author_wrote() -> None:
    # Each level indents its body again: 42,000 unclosed ":::" lines (a 250 KB lesson, under
    # the size limit) made gigabytes of text before the limit.
    lines = [":::a", ""] * 5000
    out = normalise_editor_markdown(lines)
    assert max(len(line) for line in out) <= 4 * MAX_BOX_DEPTH + 10
    assert sum(line.strip().startswith("!!!") for line in out) == MAX_BOX_DEPTH
    assert any("4 deep" in message for _line, message in editor_problems("\n".join(lines)))
