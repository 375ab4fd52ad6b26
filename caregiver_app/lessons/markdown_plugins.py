"""Our two preprocessors, plugged into Python-Markdown.

Kept apart from their logic (``editor_markdown``, ``listindent``: plain functions over lines) so
that nothing imports Python-Markdown before the first lesson is rendered.
"""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from caregiver_app.lessons.editor_markdown import normalise_editor_markdown
from caregiver_app.lessons.listindent import normalize_list_indents


class _EditorMarkdown(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return normalise_editor_markdown(lines)


class _ListIndent(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return normalize_list_indents(lines)


class LessonMarkdownExtension(Extension):
    """Markdown as everyday editors write it (``editor_markdown``), then nested lists at 2 or 4
    spaces (``listindent``). Register with ``markdown.Markdown(extensions=[...])``."""

    def extendMarkdown(self, md: Markdown) -> None:
        # After whitespace is normalised (30) and before fenced code and HTML blocks are taken
        # out (25, 20): both keep clear of code fences themselves. Editor habits first, so the
        # lists they make are re-indented too.
        md.preprocessors.register(_EditorMarkdown(md), "editor_markdown", 27)
        md.preprocessors.register(_ListIndent(md), "list_indent", 26)
