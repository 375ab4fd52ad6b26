"""The lessons we ship meet the content guide: checked, active, readable, sourced and safe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

from caregiver_app.lessons import check_content, load_library
from caregiver_app.paths import shipped_content_dir

CONTENT = shipped_content_dir()
LIBRARY = load_library(CONTENT, "en")
LESSONS = LIBRARY.lessons
# Lessons whose subject is risk keep the full "Getting help now" box (and may reach 1,400
# words); every other lesson ends with one quiet line pointing to Get support (F1). Every lesson
# of the acting-early module is a risk lesson too (checked by module below).
RISK_LESSONS = {
    "start-here/getting-urgent-help",
    "understanding-the-illness/depression",
    "early-warning-signs/early-signs-of-mania",
    "treatment-and-services/pregnancy-and-after-birth",
}
DANGER_BOX = '!!! danger "Getting help now"'
POINTER_LINE = "If you are worried about safety right now, see [Get support](support:) (F1)."


def is_risk_lesson(lesson) -> bool:
    return lesson.id in RISK_LESSONS or lesson.module_id == "acting-early"


def prose(body: str) -> str:
    """What a reader reads: no fenced blocks, no Sources, no Markdown syntax."""
    text = re.sub(r"^(```|~~~).*?^\1\s*$", "", body, flags=re.S | re.M)
    text = re.split(r"^#+\s*(?:Sources|Fuentes|स्रोत)\s*$", text, flags=re.M)[0]
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r'^!!!\s*\w+\s*"([^"]*)"', r"\1.", text, flags=re.M)
    text = re.sub(r"^\s*([-*+]|\d+[.)])\s+", "", text, flags=re.M)
    text = re.sub(r"^#+\s*(.*)$", r"\1.", text, flags=re.M)
    return re.sub(r"[*_`>|#]", "", text)


def test_the_course_is_all_there() -> None:
    assert len(LIBRARY.modules) == 8
    assert 50 <= len(LESSONS) <= 60
    assert all(module.summary for module in LIBRARY.modules)


def test_shipped_content_has_no_problems() -> None:
    report = check_content(CONTENT)
    assert report.problems == (), "\n".join(map(str, report.problems))


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_each_lesson_follows_the_content_guide(lesson) -> None:
    front_matter = yaml.safe_load(lesson.path.read_text(encoding="utf-8").split("---")[1])
    assert {"title", "summary", "minutes", "tags"} <= set(front_matter)
    rendered = LIBRARY.render(lesson)
    assert rendered.quizzes, "needs a knowledge check"
    assert rendered.reflections, "needs a reflection prompt"
    assert all(choice.why for quiz in rendered.quizzes for choice in quiz.choices)
    assert re.search(r"^## Sources\s*$", lesson.body, re.MULTILINE), "needs a Sources section"

    text = prose(lesson.body)
    words = len(text.split())
    assert 500 <= words <= (1400 if is_risk_lesson(lesson) else 1200), f"{words} words"
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= 9, f"Flesch-Kincaid grade {grade}"

    if is_risk_lesson(lesson):
        assert DANGER_BOX in lesson.body, "a risk lesson needs the full danger box"
    else:
        assert DANGER_BOX not in lesson.body, "only risk lessons have the full danger box"
        assert POINTER_LINE in lesson.body, "needs the line pointing to Get support (F1)"


def test_every_risk_lesson_is_shipped() -> None:
    # a misspelt ID here would silently leave a risk lesson without its box
    missing = RISK_LESSONS - {lesson.id for lesson in LESSONS}
    assert not missing, missing


def test_support_services_are_listed_with_sources() -> None:
    data = yaml.safe_load((CONTENT / "en" / "resources.yaml").read_text(encoding="utf-8"))
    services = data["services"]
    numbers = {service.get("phone") for service in services}
    expected = {"988", "116 123", "14416", "13 11 14", "911", "999", "112", "000", "111", "108"}
    assert expected <= numbers
    assert all(service.get("source") for service in services)
    # every service names the web page to check it against, and when it was last checked
    assert all(str(service["source"]).startswith(("https://", "http://")) for service in services)
    assert all(service.get("checked") for service in services)


def test_every_lesson_link_and_picture_resolves() -> None:
    # check_content reports unknown lesson IDs and missing pictures; this makes sure there are some
    links = sum(body.count("](lesson:") for body in (lesson.body for lesson in LESSONS))
    assert links >= len(LESSONS)
    assert (CONTENT / "en" / "03-acting-early" / "images" / "warning-stages.svg").is_file()


def test_readme_shows_real_lessons() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    shots = re.findall(r"!\[[^\]]*\]\((docs/screenshots/[^)]+\.png)\)", readme)
    assert len(shots) >= 3
    for shot in shots:
        assert (Path(__file__).resolve().parent.parent / shot).is_file()
