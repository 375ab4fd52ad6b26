"""The command line: check-content, --version and --screenshot, as scripts and clinics use them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from caregiver_app import __version__
from caregiver_app.cli import main
from tests.conftest import ContentBuilder


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_content_prints_path_line_message_and_exits_1(
    content: ContentBuilder, capsys
) -> None:
    content.lesson("01-m/01-good.md")
    content.raw("01-m/02-bad.md", "---\ntitle: [oops\n---\n\n<script>x</script>\n")

    status = main(["check-content", str(content.root)])

    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    assert (
        f"{content.root.as_posix()}/en/01-m/02-bad.md:2: front matter is not valid YAML" in lines[0]
    )
    assert lines[1].startswith(f"{content.root.as_posix()}/en/01-m/02-bad.md:5: HTML <script>")
    assert len(lines) == 2


def test_check_content_on_clean_folder_prints_summary_and_exits_0(
    content: ContentBuilder, capsys
) -> None:
    content.lesson("01-m/01-a.md")
    content.lesson("02-n/01-b.md")
    assert main(["check-content", str(content.root)]) == 0
    assert capsys.readouterr().out.strip() == "No problems found in 2 lessons in 2 modules."


def test_check_content_warns_of_missing_translations_but_exits_0(
    content: ContentBuilder, capsys
) -> None:
    content.lesson("01-m/01-a.md")
    content.lesson("01-m/02-b.md")
    spanish = content.root / "es" / "01-m"
    spanish.mkdir(parents=True)
    (spanish / "01-a.md").write_text("---\ntitle: A\n---\nHola.", encoding="utf-8")

    assert main(["check-content", str(content.root)]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(
        f"{content.root.as_posix()}/es/01-m/01-a.md:1: warning: does not say"
    )
    assert lines[1].startswith(f"{content.root.as_posix()}/es/01-m/02-b.md:0: warning: not transl")
    assert lines[2] == "Lessons written in each language: en 2, es 1."
    assert lines[3] == "No problems found in 4 lessons in 2 modules (2 languages); 2 warnings."


def test_check_content_does_not_load_qt(content: ContentBuilder) -> None:
    content.lesson("01-m/01-a.md")
    code = (
        "import sys; from caregiver_app.cli import main;"
        "status = main(['check-content', sys.argv[1]]);"
        "assert not any(name.startswith('PySide6') for name in sys.modules), 'Qt was imported';"
        "sys.exit(status)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(content.root)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_version() -> None:
    result = run_app("--version")
    assert result.stdout.strip() == f"Caregiver Companion {__version__}"


def test_screenshot_of_library_and_lesson(content: ContentBuilder, tmp_path: Path) -> None:
    content.lesson("02-early-warning-signs/01-common-signs.md", title="Common signs")
    for view in (
        "stress-log",
        "plan",
        "library",
        "lesson:early-warning-signs/common-signs",
        "support",
        "problems",
        "progress",
        "profiles",
    ):
        out = tmp_path / f"{view.replace(':', '_').replace('/', '_')}.png"
        result = run_app(
            "--content",
            str(content.root),
            "--data-dir",
            str(tmp_path / "data"),
            "--screenshot",
            str(out),
            "--view",
            view,
        )
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        smallest = (400, 300) if view == "profiles" else (800, 600)  # a dialog, not the window
        assert image.width() >= smallest[0] and image.height() >= smallest[1]
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 5)
        }
        assert len(colours) > 5  # text and widgets were drawn, not a blank window


def test_screenshot_of_unknown_view_or_lesson_lists_what_exists(
    content: ContentBuilder, tmp_path: Path
) -> None:
    content.lesson("01-m/01-real.md")
    out = tmp_path / "x.png"
    result = run_app(
        "--content", str(content.root), "--screenshot", str(out), "--view", "lesson:m/fake"
    )
    assert result.returncode == 2
    assert "There is no lesson 'm/fake'" in result.stderr and "m/real" in result.stderr
    result = run_app("--content", str(content.root), "--screenshot", str(out), "--view", "bogus")
    assert result.returncode == 2 and "library, progress, stress-log, plan" in result.stderr
    assert not out.exists()


def test_render_prints_the_html_the_reader_shows(content: ContentBuilder, capsys) -> None:
    lesson = content.lesson(
        "01-m/01-a.md",
        body="Steps:\n1) Call\n2) Write\n\n<script>x</script>\n\n```reflect\nprompt: Why?\n```\n",
    )
    assert main(["render", str(lesson)]) == 1  # the script is a problem, said on stderr
    captured = capsys.readouterr()
    assert "<p>Steps:</p>\n<ol>\n<li>Call</li>\n<li>Write</li>\n</ol>" in captured.out
    assert "<script" not in captured.out
    assert '<section class="reflection" id="reflect-1"><p>Why?</p></section>' in captured.out
    assert captured.err.startswith("en/01-m/01-a.md:") and "<script>" in captured.err
    assert main(["render", str(content.root / "nope.md")]) == 2


def test_render_refuses_a_link_out_of_its_folder_and_a_loose_file(
    content: ContentBuilder, tmp_path: Path, capsys
) -> None:
    secret = tmp_path / "secret" / "en" / "01-m" / "01-s.md"
    secret.parent.mkdir(parents=True)
    secret.write_text("---\ntitle: Secret\n---\nHidden words.\n", encoding="utf-8")
    content.lesson("01-m/01-a.md")
    link = content.language_dir / "01-m" / "02-link.md"
    link.symlink_to(secret)
    assert main(["render", str(link)]) == 1
    captured = capsys.readouterr()
    assert "Hidden words" not in captured.out
    assert "link to outside the content folder" in captured.err
    loose = Path.home() / "Downloads" / "x.md"  # the test's own home folder
    loose.parent.mkdir(parents=True, exist_ok=True)
    loose.write_text("# X\n\nText.\n", encoding="utf-8")
    assert main(["render", str(loose)]) == 1
    assert "is not inside a module folder" in capsys.readouterr().err
