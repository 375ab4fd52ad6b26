"""The course: content folder -> modules and lessons -> safe HTML. Plain Python, no Qt."""

from typing import TYPE_CHECKING, Any

from caregiver_app.lessons.library import Library
from caregiver_app.lessons.loader import load_library
from caregiver_app.lessons.model import (
    Choice,
    HtmlPart,
    Lesson,
    Module,
    Problem,
    Quiz,
    Reflection,
    RenderedLesson,
)
from caregiver_app.lessons.services import Service, load_services

__all__ = [
    "CheckReport",
    "Choice",
    "HtmlPart",
    "Lesson",
    "Library",
    "Module",
    "Problem",
    "Quiz",
    "Reflection",
    "RenderedLesson",
    "Service",
    "check_content",
    "load_library",
    "load_services",
]

if TYPE_CHECKING:
    from caregiver_app.lessons.check import CheckReport, check_content


def __getattr__(name: str) -> Any:
    """The content checker loads when first asked for: the app's start never needs it."""
    if name in ("CheckReport", "check_content"):
        from caregiver_app.lessons import check  # noqa: PLC0415

        return getattr(check, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
