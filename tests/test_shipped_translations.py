"""The Spanish and Hindi lessons are the English course, whole: every lesson translated and up to
date, the same checks with the same right answers, the same links and boxes, readable Spanish,
and none of the words the glossaries forbid."""

from __future__ import annotations

import re

import pytest
import textstat

from caregiver_app.lessons import check_content, load_library
from caregiver_app.paths import shipped_content_dir
from tests.test_shipped_content import prose

CONTENT = shipped_content_dir()
ENGLISH = load_library(CONTENT, "en")
LANGUAGES = ("es", "hi")
SOURCES_HEADING = {"es": "## Fuentes", "hi": "## स्रोत"}
# Words that label people, which the glossaries forbid; a lesson may still quote one as a word
# to avoid, inside quotation marks.
FORBIDDEN = {
    "es": re.compile(r"\b(loc[oa]s?|locura|demente|esquizofrénic[oa]s?)\b", re.I),
    "hi": re.compile(r"पागल|सनकी"),
}
QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”|\u2018[^\u2019\n]*\u2019')
TRANSLATED = [
    (language, lesson)
    for language in LANGUAGES
    for lesson in load_library(CONTENT, language).lessons
]


def test_every_lesson_is_translated_and_none_is_behind() -> None:
    report = check_content(CONTENT)
    assert report.warnings == (), "\n".join(map(str, report.warnings))
    assert dict(report.lessons_by_language) == {
        code: len(ENGLISH.lessons) for code in ("en", *LANGUAGES)
    }


@pytest.mark.parametrize(
    ("language", "lesson"), TRANSLATED, ids=lambda value: getattr(value, "id", value)
)
def test_a_translation_keeps_the_lessons_checks_links_and_boxes(language: str, lesson) -> None:
    assert lesson.language == language
    english_lesson = ENGLISH.lesson(lesson.id)
    assert english_lesson is not None
    english = ENGLISH.render(english_lesson)
    translated = load_library(CONTENT, language).render(lesson)
    right_answers = [[choice.correct for choice in quiz.choices] for quiz in translated.quizzes]
    assert right_answers == [[c.correct for c in quiz.choices] for quiz in english.quizzes]
    assert all(choice.why for quiz in translated.quizzes for choice in quiz.choices)
    assert len(translated.reflections) == len(english.reflections)
    links = re.compile(r"\]\(((?:lesson|support|plan|signs|stress-log):[^)]*)\)")
    assert sorted(set(links.findall(lesson.body))) == sorted(
        set(links.findall(english_lesson.body))
    )
    assert lesson.body.count("!!! danger") == english_lesson.body.count("!!! danger")
    assert re.search(rf"^{SOURCES_HEADING[language]}\s*$", lesson.body, re.MULTILINE)
    assert translated.sources, "the sources are shown apart, after the lesson"
    unquoted = QUOTED.sub("", prose(lesson.body))
    assert not FORBIDDEN[language].search(unquoted), "a word the glossary forbids"


@pytest.mark.parametrize(
    "lesson", [lesson for code, lesson in TRANSLATED if code == "es"], ids=lambda x: x.id
)
def test_spanish_lessons_are_fairly_easy_to_read(lesson) -> None:
    # Fernández-Huerta's scale: 70 to 80 is "bastante fácil" (fairly easy), above 80 "fácil".
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(prose(lesson.body))
    finally:
        textstat.set_lang("en_US")
    assert score >= 70, f"Fernández-Huerta {score:.0f}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_glossary_and_help_lines(language: str) -> None:
    glossary = (CONTENT / language / "GLOSSARY.md").read_text(encoding="utf-8")
    assert glossary.count("|") > 200  # a table of terms, not a stub
    services = (CONTENT / language / "resources.yaml").read_text(encoding="utf-8")
    for number in ("112", "911", "988", "14416"):
        assert f'"{number}"' in services
