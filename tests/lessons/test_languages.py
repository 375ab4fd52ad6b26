"""Content in other languages: each lesson falls back to English until it is translated."""

from __future__ import annotations

from caregiver_app.lessons import load_library
from tests.conftest import ContentBuilder


def test_translated_lessons_replace_english_ones_and_the_rest_fall_back(
    content: ContentBuilder,
) -> None:
    content.module("01-basics", "The basics")
    content.lesson("01-basics/01-welcome.md", title="Welcome")
    content.lesson("01-basics/02-signs.md", title="Signs")
    spanish = content.root / "es" / "01-basics"
    spanish.mkdir(parents=True)
    (spanish / "module.yaml").write_text("title: Lo básico\n", encoding="utf-8")
    (spanish / "01-welcome.md").write_text(
        "---\ntitle: Bienvenida\n---\n# Bienvenida\n\nHola.", encoding="utf-8"
    )

    library = load_library(content.root, "es")

    assert library.modules[0].title == "Lo básico"
    assert [(lesson.title, lesson.language) for lesson in library.lessons] == [
        ("Bienvenida", "es"),
        ("Signs", "en"),
    ]
    assert library.lesson("basics/welcome").title == "Bienvenida"  # the same IDs in every language


def test_english_and_a_missing_language_use_the_english_folder(content: ContentBuilder) -> None:
    content.lesson("01-m/01-a.md", title="A")
    assert load_library(content.root, "en").lessons[0].language == "en"
    assert load_library(content.root, "fr").lessons[0].title == "A"
