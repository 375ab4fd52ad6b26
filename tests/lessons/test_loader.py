"""The loader's contract: good lessons load in order; each bad file is reported once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caregiver_app.lessons import load_library
from caregiver_app.lessons.source import MAX_FILE_BYTES
from tests.conftest import ContentBuilder


def messages_for(library, name: str) -> list[str]:
    return [problem.message for problem in library.problems if problem.path.endswith(name)]


def test_modules_and_lessons_follow_numeric_prefixes(content: ContentBuilder) -> None:
    content.module("10-later", "Later", "Comes last")
    content.module("02-early-warning-signs", "Early warning signs", "What to look for")
    content.lesson("10-later/01-only.md", title="Only")
    content.lesson("02-early-warning-signs/10-ten.md", title="Ten")
    content.lesson("02-early-warning-signs/2-two.md", title="Two")
    content.lesson("02-early-warning-signs/01-one.md", title="One")

    library = load_library(content.root)

    assert [module.title for module in library.modules] == ["Early warning signs", "Later"]
    assert library.modules[0].summary == "What to look for"
    assert [lesson.title for lesson in library.modules[0].lessons] == ["One", "Two", "Ten"]
    assert library.problems == ()


def test_ids_drop_number_prefixes_and_front_matter_id_wins(content: ContentBuilder) -> None:
    content.lesson("02-early-warning-signs/02-common-signs.md")
    content.raw(
        "02-early-warning-signs/03-custom.md", "---\ntitle: Custom\nid: my-own-id\n---\nText"
    )

    library = load_library(content.root)

    assert library.lesson("early-warning-signs/common-signs") is not None
    assert library.lesson("my-own-id").title == "Custom"


def test_title_from_first_heading_and_reading_time_from_words(content: ContentBuilder) -> None:
    content.raw("01-m/01-plain.md", "Intro line\n\n# The real title\n\n" + "word " * 880)

    lesson = load_library(content.root).lesson("m/plain")

    assert lesson.title == "The real title"
    assert lesson.minutes == 5  # 886 words at 180 a minute


def test_module_title_defaults_to_folder_name(content: ContentBuilder) -> None:
    content.lesson("03-acting-early/01-a.md")
    assert load_library(content.root).modules[0].title == "Acting early"


def test_bom_crlf_and_utf16_are_read(content: ContentBuilder) -> None:
    text = "---\r\ntitle: Café\r\n---\r\n\r\n# Café\r\n\r\n- one\r\n"
    content.raw("01-m/01-bom.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    content.raw("01-m/02-utf16.md", text.replace("Café", "Niño").encode("utf-16"))

    library = load_library(content.root)

    assert library.lesson("m/bom").title == "Café"
    assert library.lesson("m/utf16").title == "Niño"
    assert "\r" not in library.lesson("m/bom").body
    assert library.problems == ()


def test_invalid_utf8_is_shown_with_replacements_and_reported_with_line(
    content: ContentBuilder,
) -> None:
    content.raw(
        "01-m/01-latin1.md", "---\ntitle: Ok\n---\n\nline two\nna\xefve here\n".encode("latin-1")
    )

    library = load_library(content.root)

    assert library.lesson("m/latin1") is not None
    (problem,) = library.problems
    assert problem.line == 6
    assert "UTF-8" in problem.message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unreadable_files_are_reported_and_left_out(
    content: ContentBuilder, data: bytes, expected: str
) -> None:
    content.lesson("01-m/01-good.md", title="Good")
    content.raw("01-m/02-bad.md", data)

    library = load_library(content.root)

    assert [lesson.title for lesson in library.lessons] == ["Good"]
    (message,) = messages_for(library, "02-bad.md")
    assert expected in message and "left out" in message


def test_oversized_file_is_reported_without_being_read(content: ContentBuilder) -> None:
    content.raw("01-m/01-huge.md", "a" * (MAX_FILE_BYTES + 1))
    content.lesson("01-m/02-ok.md")

    library = load_library(content.root)

    assert [lesson.id for lesson in library.lessons] == ["m/ok"]
    assert "at most 256 KB" in messages_for(library, "01-huge.md")[0]


@pytest.mark.parametrize(
    ("body", "first_line_too_deep"),
    [
        ("\n".join("  " * level + "- item" for level in range(300)), 23),  # level 21 is line 23
        (">" * 500 + " deep quote", 3),
        ("- " * 400 + "x", 3),
    ],
)
def test_pathological_nesting_is_refused_before_rendering(
    content: ContentBuilder, body: str, first_line_too_deep: int
) -> None:
    content.raw("01-m/01-deep.md", "# Deep\n\n" + body)
    content.lesson("01-m/02-ok.md")

    library = load_library(content.root)

    assert library.lesson("m/deep") is None
    (problem,) = library.problems
    assert "levels deep" in problem.message
    assert problem.line == first_line_too_deep


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: [unclosed", "not valid YAML"),
        ("title: !!python/object/apply:os.system ['echo pwned']", "tag"),
        ("title: !custom thing", "tag"),
        (
            "a: &a [1,2]\nb: &b [*a,*a]\nc: &c [*b,*b]\n"
            + "".join(f"x{i}: [*c,*c]\n" for i in range(60)),
            "aliases",
        ),
        ("title: 42", "title must be text"),
        ("title: Fine\nminutes: lots", "minutes must be a number"),
        ("title: Fine\ntags: {a: 1}", "tags must be a list"),
        ("title: Fine\ntitel: typo", "unknown key 'titel'"),
        ("- just\n- a list", "front matter must be keys"),
    ],
)
def test_bad_front_matter_is_reported_and_lesson_still_shows(
    content: ContentBuilder, front_matter: str, expected: str
) -> None:
    content.raw("01-m/01-bad.md", f"---\n{front_matter}\n---\n\n# Heading title\n\nBody.")

    library = load_library(content.root)

    (lesson,) = library.lessons
    assert lesson.title in ("Heading title", "Fine")
    assert any(expected in message for message in messages_for(library, "01-bad.md")), (
        library.problems
    )


def test_unsafe_yaml_never_runs_code(content: ContentBuilder, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    content.raw(
        "01-m/01-bad.md", f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nx"
    )
    load_library(content.root)
    assert not marker.exists()


def test_duplicate_ids_keep_the_first_and_report_the_second(content: ContentBuilder) -> None:
    content.raw("01-m/01-a.md", "---\ntitle: First\nid: same\n---\nx")
    content.raw("01-m/02-b.md", "---\ntitle: Second\nid: same\n---\nx")

    library = load_library(content.root)

    assert library.lesson("same").title == "First"
    (message,) = messages_for(library, "02-b.md")
    assert "already used by en/01-m/01-a.md" in message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_links_leaving_the_folder_or_looping_are_skipped(
    content: ContentBuilder, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("# Secret\n\nprivate")
    content.lesson("01-m/01-ok.md")
    (content.language_dir / "01-m" / "02-secret.md").symlink_to(outside / "secret.md")
    (content.language_dir / "02-elsewhere").symlink_to(outside, target_is_directory=True)
    (content.language_dir / "01-m" / "03-loop.md").symlink_to(
        content.language_dir / "01-m" / "03-loop.md"
    )

    library = load_library(content.root)

    assert [lesson.id for lesson in library.lessons] == ["m/ok"]
    assert "outside the content folder" in messages_for(library, "02-secret.md")[0]
    assert "outside the content folder" in messages_for(library, "02-elsewhere")[0]
    assert "looping" in messages_for(library, "03-loop.md")[0]


def test_bad_module_yaml_is_reported_and_folder_name_used(content: ContentBuilder) -> None:
    content.raw("01-the-basics/module.yaml", "title: [oops")
    content.lesson("01-the-basics/01-a.md")

    library = load_library(content.root)

    assert library.modules[0].title == "The basics"
    assert "module.yaml is not valid YAML" in messages_for(library, "module.yaml")[0]


def test_missing_or_empty_folder_reports_instead_of_failing(tmp_path: Path) -> None:
    assert "does not exist" in load_library(tmp_path / "nope").problems[0].message
    (tmp_path / "empty").mkdir()
    assert "no lessons" in load_library(tmp_path / "empty").problems[0].message


def test_language_folder_or_bare_folder_both_work(content: ContentBuilder) -> None:
    content.lesson("01-m/01-a.md")
    assert load_library(content.root, "en").lesson("m/a") is not None
    assert load_library(content.root, "es").lesson("m/a") is not None  # falls back to English
    assert load_library(content.language_dir).lesson("m/a") is not None


def test_control_characters_in_yaml_are_reported(content: ContentBuilder) -> None:
    content.raw("01-m/01-a.md", "---\ntitle: bell \x07 here\n---\n# A\n\n```quiz\n\x1f\n```\n")
    library = load_library(content.root)
    rendered = library.render(library.lessons[0])
    assert "not valid YAML" in library.problems[0].message
    assert "quiz block is not valid YAML" in rendered.problems[0].message


def test_a_lesson_opened_again_is_not_rendered_again(content: ContentBuilder) -> None:
    for number in range(15):
        content.lesson(f"01-m/{number:02d}-lesson-{number}.md", title=f"Lesson {number}")
    library = load_library(content.root)
    first = library.lessons[0]
    rendered = library.render(first)
    assert library.render(first) is rendered  # the second open costs nothing
    for lesson in library.lessons[1:]:  # a dozen others later, it has made room for them
        library.render(lesson)
    assert library.render(first) is not rendered
    assert library.render(first) == rendered
