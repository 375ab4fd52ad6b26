"""Reading content YAML: libyaml's quick path and the careful pure-Python path agree."""

from __future__ import annotations

import datetime

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import yamlsafe

# Pieces of front matter and quiz blocks, shuffled into documents honest and strange.
PIECES = [
    "title: A lesson\n",
    "summary: 'Quoted: with a colon'\n",
    'summary: "Double \\u00e9 quoted"\n',
    "minutes: 7\n",
    "minutes: 0x1F\n",
    "minutes: 1_000\n",
    "tags: [sleep, stress]\n",
    "tags:\n  - sleep\n  - stress\n",
    "date: 2026-11-29\n",
    "reviewed: 2026-02-30\n",
    "tags: [sleep, what?]\n",
    "question: Who can help?\n",
    "question: Is it a sign? Or a mood?\n",
    "- text: Call them?\n",
    "  correct: yes\n",
    "q: a ?b\n",
    "q: 'quoted'?\n",
    "q: (maybe)?\n",
    "a?: b\n",
    "?\n",
    "?",
    "? ",
    "- ? x\n",
    "x: ?y\n",
    "x: y??\n",
    "question: क्या यह संकेत है?\n",
    "question: ¿Quién puede ayudar?\n",
    "x: -?\n",
    "x: ,?\n",
    "title: |#\n",
    "summary: !\n",
    "- - - - x\n",
    "    - deeper\n",
    "flag: yes\n",
    "flag: on\n",
    "empty:\n",
    "nested:\n  deeper:\n    key: value\n",
    "? complex key\n: value\n",
    "- item\n",
    "  ",
    "\t",
    "# a comment\n",
    "key: value # comment\n",
    "text: |\n  kept\n  lines\n",
    "text: >\n  folded\n  lines\n",
    "&anchor a: 1\n",
    "!!str tagged: x\n",
    "!custom tag\n",
    "%YAML 1.1\n---\n",
    "---\n",
    "...\n",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "'",
    '"',
    "é",
    "\u00a0",
    "\ufeff",
    "\x85",
]


def python_loader_value(text: str) -> object:
    """What the pure-Python loader makes of ``text``, or the error it raises."""
    _yaml, counting_loader, _fast = yamlsafe._yaml()
    loader = counting_loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


# Single characters too, so that hypothesis can build shapes nobody thought to list.
CHARACTERS = [*"abc019 :-[],.'\"?!|>#&*{}%@`\\é\n", "\t", "\xa0", "\x85", "\ufeff", "- "]


@settings(max_examples=2500, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
        st.lists(st.sampled_from(PIECES + CHARACTERS), max_size=40).map("".join),
    )
)
def test_quick_path_reads_exactly_what_the_careful_path_reads(text: str) -> None:
    quick = yamlsafe._fast_load(text)
    if quick is yamlsafe._NOT_FOR_FAST:
        return  # the careful path reads it, as before
    try:
        careful = python_loader_value(text)
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        raise AssertionError(f"libyaml accepted what the careful path refuses: {error}") from None
    assert quick == careful


def test_front_matter_reads_through_the_quick_path_with_the_same_values() -> None:
    text = "title: Sleep\nminutes: 7\ntags: [sleep, stress]\nreviewed: 2026-11-29\n"
    assert yamlsafe._fast_load(text) == {
        "title": "Sleep",
        "minutes": 7,
        "tags": ["sleep", "stress"],
        "reviewed": datetime.date(2026, 11, 29),
    }
    assert yamlsafe.load_yaml(text, "x.md", 2, "front matter") == (yamlsafe._fast_load(text), [])


def test_aliases_and_long_documents_take_the_careful_path() -> None:
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    assert yamlsafe._fast_load(bomb) is yamlsafe._NOT_FOR_FAST
    nested = "- " * 5_000 + "x\n"  # would recurse 5,000 deep in libyaml's composer
    assert yamlsafe._fast_load(nested) is yamlsafe._NOT_FOR_FAST
    value, problems = yamlsafe.load_yaml(nested, "x.md", 2, "front matter")
    assert value is None and "nests too deeply" in problems[0].message


def test_problems_are_still_worded_by_the_careful_path() -> None:
    value, problems = yamlsafe.load_yaml("title: [unclosed\n", "x.md", 2, "front matter")
    assert value is None
    assert problems[0].line == 2
    assert "not valid YAML" in problems[0].message


def test_a_date_that_does_not_exist_is_a_problem_not_a_crash() -> None:
    value, problems = yamlsafe.load_yaml("reviewed: 2026-02-30\n", "x.md", 2, "front matter")
    assert value is None
    assert problems[0].line == 2 and "cannot be read" in problems[0].message
