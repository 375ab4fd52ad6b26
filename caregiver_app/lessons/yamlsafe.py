"""The one way content YAML is read: ``yaml.safe_load``, bounded, errors turned into problems."""

from __future__ import annotations

from typing import Any

import yaml

from caregiver_app.lessons.model import Problem

# Front matter, quiz blocks and module files are small; anything larger is a mistake or an attack
# (an alias bomb expands in whatever later walks it, so refuse big documents before parsing).
MAX_YAML_CHARS = 64_000
MAX_ALIASES = 50
# libyaml (PyYAML's C loader) reads front matter ten times faster than the pure-Python loader,
# which matters when a library of a thousand lessons opens. It cannot count aliases as it goes,
# and its composer recurses on the C stack once per level of nesting, so it is trusted only with
# short documents that hold no alias (no "*"): at 2,000 characters nesting stays under 1,000.
MAX_FAST_CHARS = 2_000
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # absent when PyYAML was built without libyaml
_NOT_FOR_FAST = object()


class _CountingLoader(yaml.SafeLoader):
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


def load_yaml(text: str, relpath: str, first_line: int, what: str) -> tuple[Any, list[Problem]]:
    """Parse ``text`` as YAML found at ``first_line`` of ``relpath``.

    Returns ``(value, [])`` or ``(None, [problem])``. Never raises for bad input: unsafe tags,
    syntax errors, alias bombs and absurd nesting all become a problem naming the line.
    """
    if len(text) > MAX_YAML_CHARS:
        return None, [
            Problem(relpath, first_line, f"{what} is too long (over {MAX_YAML_CHARS:,} characters)")
        ]
    value = _fast_load(text)
    if value is not _NOT_FOR_FAST:
        return value, []
    loader: _CountingLoader | None = None
    try:
        # The constructor already reads the text, and refuses control characters there.
        loader = _CountingLoader(text)
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
    finally:
        if loader is not None:
            loader.dispose()


def _fast_load(text: str) -> Any:
    """The value of a short, alias-free, well-formed document read by libyaml, or
    ``_NOT_FOR_FAST`` for everything else (the pure-Python loader then reads it, and words any
    problem precisely)."""
    if (
        _FAST_LOADER is None
        or len(text) > MAX_FAST_CHARS
        or "*" in text
        # Characters the two scanners treat differently: the pure-Python one refuses control
        # characters, a byte-order mark inside the text and some tabs that libyaml accepts.
        or "\ufeff" in text
        or "\t" in text
        or yaml.reader.Reader.NON_PRINTABLE.search(text)
    ):
        return _NOT_FOR_FAST
    try:
        return yaml.load(text, Loader=_FAST_LOADER)  # the safe tags only
    except yaml.YAMLError:
        return _NOT_FOR_FAST


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
