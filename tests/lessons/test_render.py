"""Rendering: every format feature works, and nothing unsafe survives to the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.lessons import HtmlPart, Quiz, Reflection, load_library
from tests.conftest import ContentBuilder


def render(content: ContentBuilder, body: str, relpath: str = "01-m/01-lesson.md"):
    content.lesson(relpath, title="Lesson", body=body)
    library = load_library(content.root)
    lesson = next(lesson for lesson in library.lessons if lesson.relpath.endswith(relpath))
    return library.render(lesson)


def html_of(rendered) -> str:
    return "".join(part.html for part in rendered.parts if isinstance(part, HtmlPart))


def test_two_and_four_space_nested_lists_both_nest(content: ContentBuilder) -> None:
    rendered = render(
        content,
        "- sleep\n  - late nights\n    - up at 4am\n- mood\n\n1. one\n    - four-space child\n",
    )
    html = html_of(rendered)
    assert html.count("<ul>") == 4  # outer list, two nested levels, and the list under "one"
    assert "<li>sleep<ul>" in html.replace("\n", "")
    assert "<li>one<ul>" in html.replace("\n", "")
    assert rendered.problems == ()


def test_headings_tables_emphasis_quotes_and_admonitions(content: ContentBuilder) -> None:
    rendered = render(
        content,
        """
        ## Signs

        **Bold**, *italic* and a quote:

        > Recovery is possible.

        | Stage | Action |
        | --- | --- |
        | Well | Keep going |

        !!! danger "Getting help now"
            Call your local emergency number.
        """,
    )
    html = html_of(rendered)
    for fragment in (
        "<h2",
        "<strong>Bold</strong>",
        "<em>italic</em>",
        "<blockquote>",
        "<table>",
        "<td>Well</td>",
        '<div class="admonition danger">',
        "Getting help now",
    ):
        assert fragment in html
    assert (str(rendered.headings[1][0]), rendered.headings[1][1]) == ("2", "Signs")


@pytest.mark.parametrize(
    ("source", "forbidden", "reported"),
    [
        ("<script>alert('x')</script>", "alert", "<script>"),
        ('<iframe src="https://evil.example"></iframe>', "iframe", "<iframe>"),
        ('<form action="https://evil.example"><input name="p"></form>', "<form", "<form>"),
        ('<object data="x.swf"></object>', "<object", "<object>"),
        ("<style>body { display: none }</style>", "display", "<style>"),
        ('<p onclick="steal()">click</p>', "steal", "event attribute onclick"),
        ('<img src="images/x.png" onerror="steal()">', "steal", "event attribute onerror"),
        ("[click](javascript:alert(1))", "javascript", "javascript: address"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert", "javascript: address"),
        ("[passwords](file:///etc/passwd)", "file:", "file: address"),
        ("[data](data:text/html;base64,PHNjcmlwdD4=)", "data:", "data: address"),
    ],
)
def test_unsafe_html_is_removed_and_reported_with_its_line(
    content: ContentBuilder, source: str, forbidden: str, reported: str
) -> None:
    rendered = render(content, f"Intro.\n\n{source}\n\nAfter.")
    html = html_of(rendered)
    assert forbidden.lower() not in html.lower()
    assert "After." in html  # the rest of the lesson still shows
    assert any(reported in problem.message for problem in rendered.problems), rendered.problems
    assert all(
        problem.line == 12 for problem in rendered.problems
    )  # 7 front matter, heading, intro


def test_links_to_lessons_by_path_or_id_navigate_inside_the_app(content: ContentBuilder) -> None:
    content.lesson("02-other/03-target.md", title="Target")
    rendered = render(
        content,
        "[by path](../02-other/03-target.md#part) [by id](lesson:other/target) [help](support:) "
        "[web](https://www.nami.org) [here](#top)",
    )
    html = html_of(rendered)
    assert 'href="lesson:other/target#part"' in html
    assert 'href="lesson:other/target"' in html
    assert 'href="support:"' in html
    assert 'href="https://www.nami.org"' in html
    assert 'href="#top"' in html
    assert rendered.problems == ()


def test_links_outside_the_folder_or_to_unknown_lessons_are_removed(
    content: ContentBuilder,
) -> None:
    rendered = render(
        content,
        "[a](../../../../etc/passwd) [b](/etc/passwd) [c](lesson:no/such) [d](notes.txt)",
    )
    html = html_of(rendered)
    assert "passwd" not in html and "no/such" not in html and "notes.txt" not in html
    messages = " ".join(problem.message for problem in rendered.problems)
    assert "leaves the content folder" in messages
    assert "no lesson with that ID" in messages
    assert "does not lead to a lesson" in messages


def test_pictures_only_from_inside_the_content_folder(
    content: ContentBuilder, tmp_path: Path
) -> None:
    content.raw("01-m/images/ok.png", b"\x89PNG\r\n\x1a\n")
    (tmp_path / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    rendered = render(
        content,
        "![ok](images/ok.png) ![net](https://tracker.example/pixel.png) "
        f"![out](../../../outside.png) ![abs]({tmp_path}/outside.png) ![gone](images/missing.png)",
    )
    html = html_of(rendered)
    assert 'src="asset:en/01-m/images/ok.png"' in html
    assert html.count("src=") == 1
    assert len(rendered.problems) == 4


def test_read_asset_refuses_anything_outside_the_root(
    content: ContentBuilder, tmp_path: Path
) -> None:
    content.raw("01-m/images/ok.png", b"png-bytes")
    content.lesson("01-m/01-a.md")
    (tmp_path / "secret.png").write_bytes(b"secret")
    library = load_library(content.root)
    assert library.read_asset("en/01-m/images/ok.png") == b"png-bytes"
    assert library.read_asset("../secret.png") is None
    assert library.read_asset(str(tmp_path / "secret.png")) is None
    assert library.read_asset("en/01-m/01-a.md") is None  # not a picture


def test_quiz_and_reflection_blocks_become_parts(content: ContentBuilder) -> None:
    rendered = render(
        content,
        """
        Before.

        ```quiz
        question: When can early signs start?
        choices:
          - text: Only on the day
            why: Changes usually start earlier.
          - text: Days or weeks before
            correct: true
            why: There is often time to act.
        ```

        Middle.

        ```reflect
        prompt: What did you notice first?
        hint: Something small
        ```

        ```python
        ```quiz
        shown as code, not a quiz
        ```
        """,
    )
    kinds = [type(part) for part in rendered.parts]
    assert kinds == [HtmlPart, Quiz, HtmlPart, Reflection, HtmlPart]
    quiz = rendered.quizzes[0]
    assert quiz.id == "quiz-1" and not quiz.multiple
    assert quiz.is_correct({1}) and not quiz.is_correct({0})
    assert rendered.reflections[0].hint == "Something small"
    assert "shown as code" in html_of(rendered)
    assert rendered.problems == ()


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("question: Q\nchoices: [a, b]", "no choice marked correct"),
        (
            "question: Q\nchoices:\n  - text: only one\n    correct: true\n    why: w",
            "2 to 8 choices",
        ),
        (
            "choices:\n  - text: a\n    correct: true\n    why: w\n  - text: b\n    why: w",
            "needs a question",
        ),
        ("question: [unclosed", "not valid YAML"),
        ("question: !!python/name:os.system\nchoices: []", "tag"),
        ("just text", "must have the keys"),
    ],
)
def test_broken_quiz_blocks_are_reported_and_skipped(
    content: ContentBuilder, block: str, expected: str
) -> None:
    rendered = render(content, f"Text.\n\n```quiz\n{block}\n```\n\nMore text.")
    assert rendered.quizzes == ()
    assert any(expected in problem.message for problem in rendered.problems), rendered.problems
    assert "More text." in html_of(rendered)


def test_missing_explanations_and_unclosed_blocks_are_reported(content: ContentBuilder) -> None:
    rendered = render(
        content,
        "```quiz\nquestion: Q\nchoices:\n  - text: a\n    correct: true\n"
        "  - text: b\n    why: w\n```\n\n"
        "```reflect\nprompt: never closed",
    )
    messages = [problem.message for problem in rendered.problems]
    assert any("choice 1 has no why" in message for message in messages)
    assert any("never closed" in message for message in messages)
    assert len(rendered.quizzes) == 1 and len(rendered.reflections) == 1


def test_lesson_without_h1_gets_its_title(content: ContentBuilder) -> None:
    content.raw("01-m/01-a.md", "---\ntitle: From front matter\n---\nJust text <b>&</b>")
    library = load_library(content.root)
    rendered = library.render(library.lessons[0])
    assert html_of(rendered).startswith("<h1>From front matter</h1>")


def test_the_closing_sources_section_is_set_apart(content: ContentBuilder) -> None:
    rendered = render(
        content,
        "# T\n\nThe lesson.\n\n## Sources\n\n- NICE (2014). CG178.\n",
    )
    assert "NICE" in rendered.sources and "Sources" in rendered.sources
    assert "NICE" not in html_of(rendered) and "The lesson." in html_of(rendered)


def test_sources_are_found_in_spanish_and_hindi_and_only_at_the_end(
    content: ContentBuilder,
) -> None:
    for heading in ("Fuentes", "स्रोत"):
        rendered = render(content, f"# T\n\nText.\n\n## {heading}\n\n- Una fuente.\n")
        assert "fuente" in rendered.sources
    in_the_middle = render(content, "# T\n\n## Sources\n\n- A.\n\n## What next\n\nMore.\n")
    assert in_the_middle.sources == "" and "More." in html_of(in_the_middle)
    without = render(content, "# T\n\nJust text.\n")
    assert without.sources == "" and "Just text." in html_of(without)
