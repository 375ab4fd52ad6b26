"""The one way content YAML is read: ``yaml.safe_load``, bounded, errors turned into problems."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import Any

from caregiver_app.lessons.model import Problem

# Front matter, quiz blocks and module files are small; anything larger is a mistake or an attack
# (an alias bomb expands in whatever later walks it, so refuse big documents before parsing).
MAX_YAML_CHARS = 64_000
MAX_ALIASES = 50
# libyaml (PyYAML's C loader) reads front matter ten times faster than the pure-Python loader,
# which matters when a library of a thousand lessons opens. But the two scanners disagree at the
# edges (libyaml accepts "[a?]", "|#" or a stray "!" that the careful loader refuses), libyaml
# cannot count aliases as it goes, and its composer recurses on the C stack once per level of
# nesting. So it reads only short documents of plain keys, words and lists, where they agree;
# everything else goes the careful way, so what is valid never depends on the path taken.
MAX_FAST_CHARS = 2_000
_NOT_PLAIN = re.compile(r"[!|>&*%@`{}#\t\ufeff\\]")
# A question mark ends nearly every quiz question, so a quiz block goes the quick way when each
# "?" closes a word ("Who can help?") and there is no list in brackets. A "?" that starts a node
# ("? key", a complex key) or sits in brackets ("[a?]", where the two scanners disagree) is not
# plain.
_QUESTION_NOT_PLAIN = re.compile(r"(?:^|[\s,:\[\]{}?-])\?", re.MULTILINE)
_MAX_FAST_BRACKETS = 8
_MAX_FAST_INDENT = 40
_MAX_FAST_DASHES = 3  # "- - - x" nests a list in a list in a list
_NOT_FOR_FAST = object()


@cache
def _yaml() -> tuple[ModuleType, type, Any]:
    """PyYAML, the careful loader and libyaml's, made when YAML is first read: a start whose
    lessons the loader remembers (``parse_memo``) reads none, and PyYAML takes 10 ms to load."""
    import yaml  # noqa: PLC0415

    class CountingLoader(yaml.SafeLoader):
        """A SafeLoader that refuses documents with many aliases (the "billion laughs" shape)."""

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self._aliases += 1
                if self._aliases > MAX_ALIASES:
                    raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases (*name) in one block")
            return super().compose_node(parent, index)

    # libyaml's loader is absent when PyYAML was built without it.
    return yaml, CountingLoader, getattr(yaml, "CSafeLoader", None)


def load_yaml(text: str, relpath: str, first_line: int, what: str) -> tuple[Any, list[Problem]]:
    """Parse ``text`` as YAML found at ``first_line`` of ``relpath``.

    Returns ``(value, [])`` or ``(None, [problem])``. Never raises for bad input: unsafe tags,
    syntax errors, alias bombs and absurd nesting all become a problem naming the line.
    """
    value, problems = _load(text, relpath, first_line, what)
    if "\\u" in text or "\\U" in text:
        value = _joined_pairs(value)
    return value, problems


def _joined_pairs(value: Any) -> Any:
    """Escaped UTF-16 pairs ("\\ud83d\\ude00", as tools that convert JSON write 😀) made into
    the character they stand for; PyYAML leaves them as two halves, which show as boxes and
    which UTF-8 cannot hold. A half alone stays as it is."""
    if isinstance(value, str):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if isinstance(value, list):
        return [_joined_pairs(item) for item in value]
    if isinstance(value, dict):
        return {key: _joined_pairs(item) for key, item in value.items()}
    return value


def _load(text: str, relpath: str, first_line: int, what: str) -> tuple[Any, list[Problem]]:
    if len(text) > MAX_YAML_CHARS:
        return None, [
            Problem(relpath, first_line, f"{what} is too long (over {MAX_YAML_CHARS:,} characters)")
        ]
    value = _fast_load(text)
    if value is not _NOT_FOR_FAST:
        return value, []
    yaml, counting_loader, _ = _yaml()
    loader: Any = None
    try:
        # The constructor already reads the text, and refuses control characters there.
        loader = counting_loader(text)
        return loader.get_single_data(), []
    except yaml.MarkedYAMLError as error:
        # The start of the construct ("while parsing a flow sequence" at ...) is where an author
        # looks; the problem mark is often the end of the text.
        mark = error.context_mark or error.problem_mark
        line = first_line + (mark.line if mark else 0)
        reason = error.problem or error.context or "invalid YAML"
        if "could not determine a constructor" in str(error):
            reason = "uses a YAML tag (!!python/... or !something) that is not allowed"
        return None, [Problem(relpath, line, f"{what} is not valid YAML: {reason}")]
    except yaml.reader.ReaderError as error:
        line = first_line + text.count("\n", 0, error.position)
        reason = f"it holds a control character (code {error.character}) that YAML does not allow"
        return None, [Problem(relpath, line, f"{what} is not valid YAML: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(relpath, first_line, f"{what} is not valid YAML: {error}")]
    except RecursionError:
        return None, [Problem(relpath, first_line, f"{what} nests too deeply")]
    except ValueError as error:  # well-formed, but a value cannot be made: "2026-02-30"
        return None, [
            Problem(relpath, first_line, f"{what} has a value that cannot be read: {error}")
        ]
    finally:
        if loader is not None:
            loader.dispose()


def _fast_load(text: str) -> Any:
    """The value of a short, plain, well-formed document read by libyaml, or ``_NOT_FOR_FAST``
    for everything else (the pure-Python loader then reads it, and words any problem)."""
    yaml, _, fast_loader = _yaml()
    if fast_loader is None or not _plain_enough(text, yaml):
        return _NOT_FOR_FAST
    try:
        return yaml.load(text, Loader=fast_loader)  # the safe tags only
    except (yaml.YAMLError, ValueError):
        return _NOT_FOR_FAST


def _plain_enough(text: str, yaml: ModuleType) -> bool:
    if (
        len(text) > MAX_FAST_CHARS
        or _NOT_PLAIN.search(text)
        or ("?" in text and ("[" in text or _QUESTION_NOT_PLAIN.search(text)))
        or yaml.reader.Reader.NON_PRINTABLE.search(text)
        or text.count("[") > _MAX_FAST_BRACKETS
    ):
        return False
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) > _MAX_FAST_INDENT or line.count("- ") > _MAX_FAST_DASHES:
            return False
    return True


def describe_type(value: object) -> str:
    """A word for a YAML value's type that an author understands (never the value itself)."""
    match value:
        case bool():
            return "true/false"
        case int() | float():
            return "a number"
        case str():
            return "text"
        case list():
            return "a list"
        case dict():
            return "a set of keys"
        case None:
            return "empty"
    return type(value).__name__


def unknown_keys(data: dict, known: set[str], relpath: str, line: int, what: str) -> list[Problem]:
    """One problem naming the keys of ``data`` that are not ``known`` (typos such as "titel")."""
    unknown = sorted(str(key) for key in data if key not in known)
    if not unknown:
        return []
    names = ", ".join(repr(key[:40]) for key in unknown[:3])
    return [
        Problem(
            relpath, line, f"{what} has unknown key {names}; known keys: {', '.join(sorted(known))}"
        )
    ]
