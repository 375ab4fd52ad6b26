"""The live preview for lesson authors (issue 18): what the reader will show, again after each
save, its problems beside it, and nothing written to the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

LESSON = """---
title: {title}
---
# {title}

{text}

```quiz
question: Which is an early sign?
choices:
  - text: Sleeping much less
    correct: true
    why: Sleep often changes first.
  - text: Liking tea
    why: Not a sign.
```
"""


def write(path: Path, title: str, text: str, age: float = 0.0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(LESSON.format(title=title, text=text), encoding="utf-8")
    if age:
        stamp = path.stat().st_mtime - age
        os.utime(path, (stamp, stamp))


def shown_text(window) -> str:
    return "\n".join(part.toPlainText() for part in window.reader.text_parts)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "lessons" / "en" / "01-signs"
    write(root / "01-old.md", "Old lesson", "Written long ago.", age=3600)
    write(root / "02-new.md", "New lesson", "First version.")
    return tmp_path / "lessons"


@pytest.fixture
def preview(qtbot, folder: Path):
    from caregiver_app.ui.authoring.preview import PreviewWindow

    window = PreviewWindow(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "First version." in shown_text(window), timeout=3000)
    return window


def test_it_opens_on_the_lesson_saved_last_with_its_quiz_live(qtbot, preview) -> None:
    assert preview.files.item(0).text() == "en/01-signs/02-new.md"
    quiz = preview.reader.quiz_widgets[0]
    assert quiz.isVisible()
    quiz.choice_buttons[0].click()
    quiz.check_button.click()
    assert quiz.result.text() == "That's right. Well done."
    assert "Sleep often changes first." in quiz.explanations[0].text()


def test_a_file_saved_twice_shows_the_second_version(qtbot, preview, folder: Path) -> None:
    lesson = folder / "en" / "01-signs" / "02-new.md"
    write(lesson, "New lesson", "Second version.")
    qtbot.waitUntil(lambda: "Second version." in shown_text(preview), timeout=3000)
    write(lesson, "New lesson", "Third version.")
    qtbot.waitUntil(lambda: "Third version." in shown_text(preview), timeout=3000)


def test_saving_another_file_follows_it_unless_one_was_chosen(qtbot, preview, folder) -> None:
    old = folder / "en" / "01-signs" / "01-old.md"
    write(old, "Old lesson", "Edited now.")
    qtbot.waitUntil(lambda: "Edited now." in shown_text(preview), timeout=3000)
    preview._choose(preview.files.findItems("en/01-signs/02-new.md", Qt.MatchFlag.MatchExactly)[0])
    qtbot.waitUntil(lambda: "First version." in shown_text(preview), timeout=3000)
    assert not preview.follow.isChecked()
    write(old, "Old lesson", "Edited again.")
    qtbot.wait(600)
    assert "First version." in shown_text(preview)  # the chosen file stays


def problems_listed(preview) -> list[str]:
    return [preview.problems.item(i).text() for i in range(preview.problems.count())]


def test_a_broken_file_shows_its_problem_and_keeps_the_last_good_render(
    qtbot, preview, folder: Path
) -> None:
    lesson = folder / "en" / "01-signs" / "02-new.md"
    lesson.write_text("", encoding="utf-8")  # an editor or a sync tool caught mid-save
    qtbot.waitUntil(lambda: "could not be shown" in preview.showing.text(), timeout=3000)
    assert any("is empty" in problem for problem in problems_listed(preview))
    assert "First version." in shown_text(preview)  # the last good render stays
    lesson.write_text("---\ntitle: [unclosed\n---\n# New lesson\n\nHalf fixed.", "utf-8")
    qtbot.waitUntil(lambda: "Half fixed." in shown_text(preview), timeout=3000)
    assert any("front matter is not valid YAML" in p for p in problems_listed(preview))
    write(lesson, "New lesson", "Fixed.")
    qtbot.waitUntil(lambda: "Fixed." in shown_text(preview), timeout=3000)
    assert preview.problems.item(0).text() == "No problems."


def test_problems_are_listed_with_their_line(qtbot, preview, folder: Path) -> None:
    lesson = folder / "en" / "01-signs" / "02-new.md"
    write(lesson, "New lesson", "Text.\n\n::: objectives\nGoals\n:::")
    qtbot.waitUntil(lambda: "Goals" in shown_text(preview), timeout=3000)
    assert preview.problems.item(0).text().startswith("8: warning: box kind 'objectives'")
    assert not preview.reader.problem_banner.isVisible()  # a family would see no warning


def test_the_preview_writes_nothing_to_the_folder(qtbot, preview, folder: Path) -> None:
    before = {path: path.stat().st_mtime for path in folder.rglob("*")}
    preview.reader.reflection_changed.emit("x", "y", "typed")
    write_count = len(before)
    qtbot.wait(400)
    after = {path: path.stat().st_mtime for path in folder.rglob("*")}
    assert after == before and len(after) == write_count
