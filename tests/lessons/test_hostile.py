"""Property tests: whatever bytes a content folder holds, loading and rendering stay safe."""

from __future__ import annotations

import re
import string
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import HtmlPart, check_content, load_library, source
from caregiver_app.lessons.listindent import normalize_list_indents
from caregiver_app.lessons.render import ALLOWED_TAGS

# Pieces that make Markdown, YAML and HTML interesting when shuffled together.
FRAGMENTS = [
    "---\n",
    "title: x\n",
    "id: dup\n",
    "- ",
    "  ",
    "    ",
    "> ",
    "1. ",
    "# ",
    "## ",
    '!!! danger "Help"\n',
    "```quiz\n",
    "```reflect\n",
    "```\n",
    "question: q\n",
    "choices:\n",
    "  - text: a\n",
    "    correct: true\n",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">j</a>',
    '<img src="../../x.png" onerror=x>',
    "[l](../../../etc/passwd)",
    "[f](file:///etc/passwd)",
    "![i](http://e.example/p.png)",
    "<iframe src=x>",
    "*",
    "**",
    "_",
    "`",
    "|",
    "| a | b |\n|---|---|\n",
    "&",
    "&amp;",
    "\t",
    "\r\n",
    "\n",
    "\ufeff",
    "\x00",
    "!!python/object:os.system",
    "&a [1]",
    "*a",
    "{",
    "}",
    "[",
    "]",
    "<div>",
    "</div>",
    "<!--",
    "-->",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=60
).map("".join)
hostile_bytes = st.one_of(
    hostile_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.binary(max_size=400),
)


class _SafetyChecker(HTMLParser):
    """Collects every tag, attribute and URL a QTextBrowser would act on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.violations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.violations.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.violations.append(f"attribute {name}")
            if (
                name == "href"
                and value
                and not re.match(r"^(#|lesson:|support:|https?:|mailto:)", value)
            ):
                self.violations.append(f"href {value!r}")
            if name == "src" and value and not value.startswith("asset:"):
                self.violations.append(f"src {value!r}")


def assert_safe(html: str) -> None:
    """Fails if ``html`` holds any tag, attribute or address the reader must never see."""
    checker = _SafetyChecker()
    checker.feed(html)
    checker.close()
    assert not checker.violations, (checker.violations, html)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(hostile_bytes, min_size=1, max_size=4))
def test_any_content_folder_loads_and_renders_safely(files: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "content"
        module = root / "en" / "01-m"
        module.mkdir(parents=True)
        (module / "00-good.md").write_text(
            "---\ntitle: Good\n---\n\n# Good\n\nFine.", encoding="utf-8"
        )
        for number, data in enumerate(files, start=1):
            (module / f"{number:02d}-fuzz.md").write_bytes(data)

        library = load_library(root)

        assert library.lesson("m/good") is not None  # a good lesson always survives its neighbours
        for lesson in library.lessons:
            rendered = library.render(lesson)
            for part in rendered.parts:
                if isinstance(part, HtmlPart):
                    assert_safe(part.html)
        for problem in library.problems:
            assert problem.path.startswith("en/") and problem.line >= 0 and problem.message
        check_content(root)  # never raises either


@given(st.lists(st.text(alphabet=" -*+1.)>abc\t", max_size=30), max_size=30))
def test_list_indent_normalizer_keeps_every_line_and_its_text(lines: list[str]) -> None:
    out = normalize_list_indents(lines)
    assert len(out) == len(lines)
    for before, after in zip(lines, out, strict=True):
        assert before.expandtabs(4).strip() == after.strip()


@given(st.text(alphabet=string.printable, max_size=300))
def test_markdown_of_any_printable_text_renders(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "01-m"
        module.mkdir()
        (module / "01-a.md").write_text(text or "x", encoding="utf-8")
        library = load_library(Path(folder))
        for lesson in library.lessons:
            for part in library.render(lesson).parts:
                if isinstance(part, HtmlPart):
                    assert_safe(part.html)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["\t", " ", "  ", "- ", "* ", "1. ", "१. ", "٣) ", "> ", ">", "["]),
            max_size=30,
        )
        .map("".join)
        .map(lambda prefix: prefix + "text"),
        max_size=12,
    ).map("\n".join)
)
@example("\t" * 10 + "- text")  # among the shortest lines that nest too deep (21 levels)
@example(">\t" + "\t" * 9 + "- text")
@example("१. " * 21 + "text")  # Devanagari digits number a list too
def test_quick_limit_check_agrees_with_the_line_by_line_check(body: str) -> None:
    # The quick check lets most lessons skip the line-by-line walk; it must never let through a
    # body the walk would refuse.
    assert source.limit_problems(body, "x.md", 5) == source._line_by_line_problems(body, "x.md", 5)
