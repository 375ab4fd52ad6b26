"""A translated lesson records which English version it follows, so one left behind is found."""

from __future__ import annotations

from pathlib import Path

from caregiver_app.lessons import check_content, load_library
from caregiver_app.lessons.translations import source_version
from tests.conftest import ContentBuilder


def _translate(content: ContentBuilder, relpath: str, version: str | None, title: str) -> Path:
    path = content.root / "es" / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = f'source_version: "{version}"\n' if version is not None else ""
    path.write_text(f"---\ntitle: {title}\n{stamp}---\nHola.\n", encoding="utf-8")
    return path


def _course(content: ContentBuilder) -> Path:
    content.lesson("01-basics/01-welcome.md", title="Welcome")
    return content.lesson("01-basics/02-signs.md", title="Signs")


def test_the_version_ignores_line_endings_but_not_words(tmp_path: Path) -> None:
    unix, windows, edited = (tmp_path / name for name in ("a.md", "b.md", "c.md"))
    unix.write_bytes(b"# Signs\nSleep changes.\n")
    windows.write_bytes(b"# Signs\r\nSleep changes.\r\n")
    edited.write_bytes(b"# Signs\nSleep changes!\n")
    assert source_version(unix) == source_version(windows)
    assert source_version(unix) != source_version(edited)
    assert len(source_version(unix)) == 12
    assert source_version(tmp_path / "gone.md") == ""


def test_an_up_to_date_translation_brings_no_warning(content: ContentBuilder) -> None:
    signs = _course(content)
    welcome = content.language_dir / "01-basics" / "01-welcome.md"
    _translate(content, "01-basics/01-welcome.md", source_version(welcome), "Bienvenida")
    _translate(content, "01-basics/02-signs.md", source_version(signs), "Señales")

    report = check_content(content.root)

    assert report.problems == () and report.warnings == ()
    assert dict(report.lessons_by_language) == {"en": 2, "es": 2}


def test_missing_and_unstamped_translations_are_warnings_with_path_and_line(
    content: ContentBuilder,
) -> None:
    _course(content)
    welcome = content.language_dir / "01-basics" / "01-welcome.md"
    _translate(content, "01-basics/01-welcome.md", None, "Bienvenida")

    report = check_content(content.root)

    assert report.problems == ()
    assert [str(w) for w in report.warnings] == [
        "es/01-basics/01-welcome.md:1: warning: does not say which version of "
        "en/01-basics/01-welcome.md it translates; once it matches that lesson, add "
        f'source_version: "{source_version(welcome)}" to its front matter',
        "es/01-basics/02-signs.md:0: warning: not translated yet; shown in English from "
        "en/01-basics/02-signs.md",
    ]
    assert dict(report.lessons_by_language) == {"en": 2, "es": 1}


def test_a_translation_whose_english_lesson_changed_is_behind(content: ContentBuilder) -> None:
    signs = _course(content)
    _translate(content, "01-basics/02-signs.md", source_version(signs), "Señales")
    assert (
        not load_library(content.root, "es")
        .render(load_library(content.root, "es").lesson("basics/signs"))
        .translation_behind
    )

    content.lesson("01-basics/02-signs.md", title="Signs", body="A sentence added later.")

    library = load_library(content.root, "es")
    rendered = library.render(library.lesson("basics/signs"))
    assert rendered.translation_behind  # the reader says so
    behind = [w for w in check_content(content.root).warnings if "has changed" in w.message]
    assert [(w.path, w.line) for w in behind] == [("es/01-basics/02-signs.md", 3)]
    assert source_version(signs) in behind[0].message  # the hash to write once it is updated


def test_english_lessons_and_a_lone_language_are_never_behind(content: ContentBuilder) -> None:
    _course(content)
    english = load_library(content.root, "en")
    assert not any(english.render(lesson).translation_behind for lesson in english.lessons)
    assert check_content(content.root).warnings == ()
    lone = content.root.parent / "lone"
    (lone / "es" / "01-m").mkdir(parents=True)
    (lone / "es" / "01-m" / "01-a.md").write_text("# Hola\n\nTexto.", encoding="utf-8")
    assert check_content(lone).warnings == ()


def test_a_glossary_beside_the_modules_is_not_a_misplaced_lesson(content: ContentBuilder) -> None:
    _course(content)
    (content.root / "en" / "GLOSSARY.md").write_text("| term | meaning |\n", encoding="utf-8")
    assert check_content(content.root).problems == ()
