"""A lesson for paper."""

from __future__ import annotations

import html

from caregiver_app.lessons import HtmlPart, Quiz, Reflection, RenderedLesson
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import qt_html


def lesson_print_html(rendered: RenderedLesson) -> str:
    """A lesson for paper: its text, each knowledge check's question and choices, and room to
    write under each reflection."""
    parts = []
    check, reflect = tr("Check your understanding:"), tr("Reflect:")  # lupdate reads no f-string
    for part in rendered.parts:
        if isinstance(part, HtmlPart):
            parts.append(qt_html(part.html))
        elif isinstance(part, Quiz):
            choices = "".join(f"<li>{html.escape(choice.text)}</li>" for choice in part.choices)
            parts.append(
                f"<p><b>{html.escape(check)}</b> {html.escape(part.question)}</p><ul>{choices}</ul>"
            )
        elif isinstance(part, Reflection):
            parts.append(
                f"<p><b>{html.escape(reflect)}</b> {html.escape(part.prompt)}</p>"
                "<p><br/><br/><br/></p>"
            )
    if rendered.sources:
        parts.append(qt_html(rendered.sources))
    return "".join(parts)
