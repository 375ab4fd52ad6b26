"""Knowledge checks (```quiz) and reflection prompts (```reflect) inside a lesson body.

The body is cut at those fences before Markdown sees it, so each block becomes a real widget in
the reader rather than a code listing. Fences of other kinds are left for Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from caregiver_app.lessons.model import Choice, Problem, Quiz, Reflection
from caregiver_app.lessons.yamlsafe import describe_type, load_yaml, unknown_keys

INTERACTIVE_KINDS = ("quiz", "reflect")
MAX_CHOICES = 8
BLOCK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$")


@dataclass(frozen=True)
class Segment:
    kind: str  # "markdown", "quiz" or "reflect"
    text: str
    line: int  # line of the file where the segment's text starts


def split_segments(body: str, body_line: int, relpath: str) -> tuple[list[Segment], list[Problem]]:
    """Cut ``body`` into Markdown stretches and interactive blocks, in order."""
    segments: list[Segment] = []
    problems: list[Problem] = []
    lines = body.split("\n")
    markdown_start = 0
    index = 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        marker, kind = fence.group(2), fence.group(3).lower()
        closing = _find_closing(lines, index + 1, marker)
        if kind not in INTERACTIVE_KINDS:
            # An ordinary code fence: skip past it so a ```quiz shown inside it stays text.
            index = len(lines) if closing is None else closing + 1
            continue
        if closing is None:
            problems.append(
                Problem(
                    relpath, body_line + index, f"```{kind} block is never closed with {marker}"
                )
            )
            closing = len(lines)
        if markdown_start < index:
            segments.append(
                Segment(
                    "markdown", "\n".join(lines[markdown_start:index]), body_line + markdown_start
                )
            )
        segments.append(Segment(kind, "\n".join(lines[index + 1 : closing]), body_line + index + 1))
        index = markdown_start = closing + 1
    if markdown_start < len(lines):
        segments.append(
            Segment("markdown", "\n".join(lines[markdown_start:]), body_line + markdown_start)
        )
    return segments, problems


def _find_closing(lines: list[str], start: int, marker: str) -> int | None:
    for index in range(start, len(lines)):
        stripped = lines[index].strip()
        if (
            stripped
            and stripped[0] == marker[0]
            and set(stripped) == {marker[0]}
            and len(stripped) >= len(marker)
        ):
            return index
    return None


def parse_quiz(
    segment: Segment, relpath: str, default_id: str
) -> tuple[Quiz | None, list[Problem]]:
    """A ``Quiz`` from a quiz block, or ``None`` and the reasons it cannot be shown."""
    data, problems = load_yaml(segment.text, relpath, segment.line, "quiz block")
    if problems:
        return None, problems
    where = segment.line - 1  # the fence line names the block best
    if not isinstance(data, dict):
        return None, [Problem(relpath, where, "quiz block must have the keys question and choices")]
    problems = unknown_keys(data, {"id", "question", "choices"}, relpath, where, "quiz block")
    question = data.get("question")
    if not isinstance(question, str) or not question.strip():
        return None, [*problems, Problem(relpath, where, "quiz block needs a question (text)")]
    raw_choices = data.get("choices")
    if not isinstance(raw_choices, list) or not 2 <= len(raw_choices) <= MAX_CHOICES:
        return None, [
            *problems,
            Problem(relpath, where, f"quiz block needs a list of 2 to {MAX_CHOICES} choices"),
        ]
    choices: list[Choice] = []
    for number, raw in enumerate(raw_choices, start=1):
        choice, choice_problems = _parse_choice(raw, number, relpath, where)
        problems += choice_problems
        if choice is None:
            return None, problems
        choices.append(choice)
    if not any(choice.correct for choice in choices):
        return None, [
            *problems,
            Problem(relpath, where, "quiz block has no choice marked correct: true"),
        ]
    quiz_id = _block_id(data, default_id, relpath, where, problems)
    return Quiz(quiz_id, question.strip(), tuple(choices)), problems


def _parse_choice(
    raw: Any, number: int, relpath: str, where: int
) -> tuple[Choice | None, list[Problem]]:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, dict):
        return None, [
            Problem(
                relpath, where, f"choice {number} must have text, why and (if right) correct: true"
            )
        ]
    problems = unknown_keys(raw, {"text", "correct", "why"}, relpath, where, f"choice {number}")
    text, why, correct = raw.get("text"), raw.get("why", ""), raw.get("correct", False)
    if isinstance(text, int | float) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        return None, [*problems, Problem(relpath, where, f"choice {number} needs text")]
    if not isinstance(correct, bool):
        problems.append(
            Problem(
                relpath,
                where,
                f"choice {number}: correct must be true or false, not {describe_type(correct)}",
            )
        )
        correct = False
    if not isinstance(why, str):
        problems.append(Problem(relpath, where, f"choice {number}: why must be text"))
        why = ""
    if not why.strip():
        problems.append(
            Problem(relpath, where, f"choice {number} has no why: explain why it is right or wrong")
        )
    return Choice(text.strip(), correct, why.strip()), problems


def parse_reflection(
    segment: Segment, relpath: str, default_id: str
) -> tuple[Reflection | None, list[Problem]]:
    """A ``Reflection`` from a reflect block. A block of plain text is taken as the prompt."""
    data, problems = load_yaml(segment.text, relpath, segment.line, "reflect block")
    where = segment.line - 1
    if problems:
        return None, problems
    if isinstance(data, str):
        data = {"prompt": data}
    if not isinstance(data, dict):
        return None, [Problem(relpath, where, "reflect block needs a prompt")]
    problems = unknown_keys(data, {"id", "prompt", "hint"}, relpath, where, "reflect block")
    prompt, hint = data.get("prompt"), data.get("hint", "")
    if not isinstance(prompt, str) or not prompt.strip():
        return None, [*problems, Problem(relpath, where, "reflect block needs a prompt (text)")]
    if not isinstance(hint, str):
        problems.append(Problem(relpath, where, "reflect block: hint must be text"))
        hint = ""
    reflection_id = _block_id(data, default_id, relpath, where, problems)
    return Reflection(reflection_id, prompt.strip(), hint.strip()), problems


def _block_id(data: dict, default: str, relpath: str, where: int, problems: list[Problem]) -> str:
    value = data.get("id")
    if value is None:
        return default
    if isinstance(value, str) and BLOCK_ID.match(value):
        return value
    problems.append(
        Problem(
            relpath,
            where,
            "id must be a short name of letters, digits, '-' or '_'; using " + default,
        )
    )
    return default
