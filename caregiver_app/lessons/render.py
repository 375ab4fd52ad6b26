"""Markdown to safe HTML: the one way lesson text becomes something the reader shows.

Markdown (Python-Markdown) -> HTML -> audit (what an author should hear about) -> nh3 allow-list
sanitizer, whose attribute filter also rewrites links and pictures: links to other lessons become
``lesson:ID``, pictures inside the content folder become ``asset:path``, and anything reaching
outside the folder is dropped. The reader never needs to touch the file system or the network
for anything but ``asset:`` pictures, which it fetches through ``Library.read_asset``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from caregiver_app.lessons.blocks import Segment, parse_quiz, parse_reflection, split_segments
from caregiver_app.lessons.editor_markdown import editor_problems
from caregiver_app.lessons.model import HtmlPart, Lesson, Part, Problem, RenderedLesson
from caregiver_app.lessons.translations import translation_is_behind

ALLOWED_TAGS = frozenset(
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub",
        "sup", "small", "mark", "abbr", "span", "div", "table", "thead", "tbody", "tfoot", "tr",
        "th", "td", "caption", "a", "img", "kbd", "q", "cite", "figure", "figcaption",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    **{f"h{level}": {"id"} for level in range(1, 7)},
}
# nh3 governs "class" through this table alone (it must not also be in ALLOWED_ATTRIBUTES).
ALLOWED_CLASSES = {
    "div": {"admonition", "note", "tip", "warning", "danger", "important", "info"},
    "p": {"admonition-title"},
}
# support:, plan:, stress-log: and signs: open those pages of the app.
LINK_SCHEMES = frozenset(
    {"http", "https", "mailto", "lesson", "support", "plan", "stress-log", "signs"}
)
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"})
_TAGS_REMOVED_WITH_CONTENT = {"script", "style"}
# Python-Markdown's own, and pymdown-extensions' for what CommonMark editors write: task lists,
# ~~strikethrough~~, bare web addresses as links, and a backslash at a line's end as a break.
MARKDOWN_EXTENSIONS = [
    "admonition",
    "tables",
    "fenced_code",
    "sane_lists",
    "toc",
    "pymdownx.tasklist",
    "pymdownx.tilde",
    "pymdownx.magiclink",
    "pymdownx.escapeall",
]
_EXTENSION_CONFIGS: dict[str, dict[str, object]] = {
    "toc": {"permalink": False},
    "tables": {"use_align_attribute": True},  # align=, which the sanitiser keeps; not style=
    "pymdownx.tilde": {"subscript": False},  # a lone ~ stays a tilde ("~5 minutes")
    "pymdownx.escapeall": {"hardbreak": True, "nbsp": False},
    "pymdownx.magiclink": {"repo_url_shortener": False, "social_url_shortener": False},
}
# A task list's tick boxes, as read-only ticks the reader can show (it has no form controls).
_TASK_BOX = re.compile(r"<input\b[^>]*type=\"checkbox\"[^>]*>")
MAX_ASSET_BYTES = 10_000_000  # a picture larger than this is not shown
# Every lesson ends with its sources (content/README.md), under one of these headings.
SOURCES_HEADINGS = frozenset({"sources", "fuentes", "स्रोत"})
_LEVEL_2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.DOTALL)


@dataclass(frozen=True)
class LinkContext:
    """What the renderer needs to know about the library to resolve links and pictures."""

    root: Path  # the content root, resolved
    lesson_ids: Mapping[Path, str]  # a lesson file's resolved path -> its ID
    known_ids: frozenset[str]


def markdown_to_html(text: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Render Markdown to (unsanitized) HTML and list its headings as (level, text, anchor)."""
    # Imported on first use: the library opens without rendering anything, and Python-Markdown
    # with its extensions is a good part of start-up's import time.
    import markdown  # noqa: PLC0415

    from caregiver_app.lessons.markdown_plugins import LessonMarkdownExtension  # noqa: PLC0415

    converter = markdown.Markdown(
        extensions=[*MARKDOWN_EXTENSIONS, LessonMarkdownExtension()],
        extension_configs=_EXTENSION_CONFIGS,
        output_format="html",
    )
    body = _TASK_BOX.sub(_tick, converter.convert(text))
    headings: list[tuple[int, str, str]] = []
    _flatten_toc(getattr(converter, "toc_tokens", []), headings)
    return body, headings


def _tick(box: re.Match[str]) -> str:
    return "\u2611" if "checked" in box.group(0) else "\u2610"


def _flatten_toc(tokens: list[dict], into: list[tuple[int, str, str]]) -> None:
    for token in tokens:
        into.append((int(token["level"]), html.unescape(str(token["name"])), str(token["id"])))
        _flatten_toc(token.get("children", []), into)


def render_lesson(lesson: Lesson, links: LinkContext) -> RenderedLesson:
    """Turn a lesson's body into safe HTML parts, quizzes and reflections, plus any problems."""
    segments, problems = split_segments(lesson.body, lesson.body_line, lesson.relpath)
    parts: list[Part] = []
    headings: list[tuple[int, str, str]] = []
    block_ids: set[str] = set()
    counters = {"quiz": 0, "reflect": 0}
    notes: list[Problem] = []
    for segment in segments:
        if segment.kind == "markdown":
            if not segment.text.strip():
                continue
            notes += [
                Problem(lesson.relpath, segment.line + offset, f"warning: {message}")
                for offset, message in editor_problems(segment.text)
            ]
            part_html, part_headings, part_problems = _render_markdown_segment(
                segment, lesson, links
            )
            parts.append(HtmlPart(part_html))
            headings += part_headings
            problems += part_problems
            continue
        counters[segment.kind] += 1
        default_id = f"{segment.kind}-{counters[segment.kind]}"
        parse = parse_quiz if segment.kind == "quiz" else parse_reflection
        block, block_problems = parse(segment, lesson.relpath, default_id)
        problems += block_problems
        if block is None:
            continue
        if block.id in block_ids:
            problems.append(
                Problem(
                    lesson.relpath,
                    segment.line - 1,
                    f"id {block.id!r} is used twice in this lesson",
                )
            )
            continue
        block_ids.add(block.id)
        parts.append(block)
    if not any(level == 1 for level, _, _ in headings):
        parts.insert(0, HtmlPart(f"<h1>{html.escape(lesson.title)}</h1>"))
    body, sources = split_sources(parts)
    return RenderedLesson(
        lesson,
        tuple(body),
        tuple(problems),
        tuple(headings),
        sources,
        translation_behind=translation_is_behind(lesson),
        notes=tuple(notes),
    )


def split_sources(parts: list[Part]) -> tuple[list[Part], str]:
    """The lesson's parts without its closing Sources section, and that section's HTML ("" if
    the last part does not end with one): the reader puts the way on (complete, next) between
    the lesson and its sources, where a reader who has finished it looks."""
    if not parts or not isinstance(parts[-1], HtmlPart):
        return parts, ""
    last = parts[-1].html
    headings = list(_LEVEL_2.finditer(last))
    if not headings:
        return parts, ""
    final = headings[-1]
    title = html.unescape(re.sub(r"<[^>]+>", "", final.group(1))).strip().lower()
    if title not in SOURCES_HEADINGS:
        return parts, ""
    before = last[: final.start()]
    body = [*parts[:-1], HtmlPart(before)] if before.strip() else parts[:-1]
    return body, last[final.start() :]


def _render_markdown_segment(
    segment: Segment, lesson: Lesson, links: LinkContext
) -> tuple[str, list[tuple[int, str, str]], list[Problem]]:
    try:
        raw_html, headings = markdown_to_html(segment.text)
    except RecursionError:
        message = "nests too deeply to show; this part of the lesson was left out"
        return "", [], [Problem(lesson.relpath, segment.line, message)]
    problems = [
        Problem(lesson.relpath, _line_of(needle, segment), message)
        for needle, message in audit_html(raw_html)
    ]
    safe_html, link_problems = sanitize(raw_html, lesson.path, links)
    problems += [
        Problem(lesson.relpath, _line_of(needle, segment), message)
        for needle, message in link_problems
    ]
    return safe_html, headings, problems


def sanitize(
    raw_html: str, lesson_path: Path, links: LinkContext
) -> tuple[str, list[tuple[str, str]]]:
    """Keep only allow-listed HTML; rewrite links and pictures (see the module docstring).

    Returns the safe HTML and ``(needle, message)`` pairs for links and pictures that were
    dropped, where ``needle`` is the text to look for in the source to find the line.
    """
    dropped: list[tuple[str, str]] = []

    def filter_attribute(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            target, message = resolve_link(value, lesson_path, links)
        elif tag == "img" and attribute == "src":
            target, message = resolve_image(value, lesson_path, links)
        else:
            return value
        if message:
            dropped.append((value, message))
        return target

    import nh3  # noqa: PLC0415  (on first use, like Python-Markdown)

    safe = nh3.clean(
        raw_html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=_TAGS_REMOVED_WITH_CONTENT,
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
        url_schemes=set(LINK_SCHEMES),
        attribute_filter=filter_attribute,
        link_rel=None,
        strip_comments=True,
    )
    return safe, dropped


def clean_again(safe_html: str) -> str:
    """HTML that ``sanitize`` made, through the same allow-list once more: for HTML read back
    from a cache file, which anything running on this computer could have rewritten. Links may
    only go where a rendered lesson's go (its own headings, the app's pages, the web), and
    pictures only come from the content folder (``asset:``)."""

    def filter_attribute(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            return value if value.startswith("asset:") else None
        if tag == "a" and attribute == "href":
            scheme = urlsplit(value.strip()).scheme.lower()
            return value if value.startswith("#") or scheme in LINK_SCHEMES else None
        return value

    import nh3  # noqa: PLC0415

    return nh3.clean(
        safe_html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=_TAGS_REMOVED_WITH_CONTENT,
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
        url_schemes={*LINK_SCHEMES, "asset"},
        attribute_filter=filter_attribute,
        link_rel=None,
        strip_comments=True,
    )


def resolve_link(href: str, lesson_path: Path, links: LinkContext) -> tuple[str | None, str]:
    """Where a link in ``lesson_path`` may go: (new href or None, problem message or "")."""
    href = href.strip()
    if href.startswith("#"):
        return href, ""
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == "lesson":
        lesson_id = parts.path.strip("/")
        if lesson_id in links.known_ids:
            return href, ""
        return None, f"links to lesson:{lesson_id}, but there is no lesson with that ID"
    if scheme in LINK_SCHEMES:
        return href, ""
    if scheme:  # nh3 drops other schemes before this filter sees them; belt and braces
        return None, f"link to a {scheme}: address was removed"
    target = _inside_root(unquote(parts.path), lesson_path, links.root)
    if target is None:
        return None, f"link to {parts.path!r} leaves the content folder and was removed"
    target_id = links.lesson_ids.get(target)
    if target_id is None:
        return None, f"link to {parts.path!r} does not lead to a lesson in this folder; removed"
    return f"lesson:{target_id}" + (f"#{parts.fragment}" if parts.fragment else ""), ""


def resolve_image(src: str, lesson_path: Path, links: LinkContext) -> tuple[str | None, str]:
    """Where a picture may load from: an ``asset:`` path inside the content root, or nowhere."""
    parts = urlsplit(src.strip())
    if parts.scheme or parts.netloc:
        return (
            None,
            f"picture {src[:80]!r} is not inside the content folder; pictures must be local files",
        )
    target = _inside_root(unquote(parts.path), lesson_path, links.root)
    if target is None:
        return None, f"picture {parts.path!r} is outside the content folder and was removed"
    if target.suffix.lower() not in IMAGE_SUFFIXES or not target.is_file():
        return (
            None,
            f"picture {parts.path!r} was not found (or is not a PNG, JPEG, GIF, SVG or WebP file)",
        )
    if target.stat().st_size > MAX_ASSET_BYTES:
        megabytes = target.stat().st_size / 1e6
        return (
            None,
            f"picture {parts.path!r} is {megabytes:.0f} MB; pictures over "
            f"{MAX_ASSET_BYTES // 1_000_000} MB are not shown (save it smaller)",
        )
    return "asset:" + target.relative_to(links.root).as_posix(), ""


def _inside_root(relative: str, lesson_path: Path, root: Path) -> Path | None:
    """The resolved path of ``relative`` (seen from the lesson), or None if it leaves ``root``."""
    if not relative or PurePosixPath(relative).is_absolute() or re.match(r"^[A-Za-z]:", relative):
        return None
    try:
        target = (lesson_path.parent / relative).resolve()
    except (OSError, RuntimeError):  # symlink loops
        return None
    return target if target.is_relative_to(root) else None


class _Auditor(HTMLParser):
    """Finds what the sanitizer will remove, so the author can be told."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.findings.append(
                (f"<{tag}", f"HTML <{tag}> is not allowed in lessons and was removed")
            )
            return
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.append((name, f"HTML event attribute {name}= was removed"))
            elif name == "style":
                self.findings.append(("style=", "HTML style= attribute was removed"))
            elif name in ("href", "src") and value:
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme and scheme not in LINK_SCHEMES:
                    self.findings.append((value, f"{scheme}: address in {name}= was removed"))


def audit_html(raw_html: str) -> list[tuple[str, str]]:
    """(needle, message) for each unsafe thing in ``raw_html``, each kind of finding once."""
    auditor = _Auditor()
    auditor.feed(raw_html)
    auditor.close()
    unique: dict[str, tuple[str, str]] = {}
    for needle, message in auditor.findings:
        unique.setdefault(message, (needle, message))
    return list(unique.values())


def _line_of(needle: str, segment: Segment) -> int:
    """The line of ``segment`` where ``needle`` first appears (its first line if nowhere)."""
    position = segment.text.lower().find(needle.lower()) if needle else -1
    if position < 0:
        return segment.line
    return segment.line + segment.text.count("\n", 0, position)
