"""Words on screen: translation outside a class, and headings that follow the text size."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` outside a class. Qt's lupdate files such strings under the empty
    context, so they are looked up there. With ``n``, ``%n`` in the text is that count, in the
    plural form the language uses for it."""
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``, to be translated where it is shown.
    Qt's own marker does the same but is typed as returning ``object``; lupdate finds this
    one by its name."""
    return text


class Level(StrEnum):
    """How big a heading is, as a multiple of the body text (see ``theme.HEADING_SCALES``)."""

    PAGE = "page"  # the title of a page or a dialog's main line
    SECTION = "section"  # a part of a page (a module in the library, a section of a form)


def heading(text: str = "", level: Level = Level.PAGE, parent: QWidget | None = None) -> QLabel:
    """A heading label. Its size comes from the application style sheet, which the theme sets
    again at each text-size change, so it grows with the text instead of keeping the size it
    was built with."""
    label = QLabel(text, parent)
    label.setObjectName("pageTitle" if level is Level.PAGE else "sectionTitle")
    label.setProperty("heading", level.value)
    label.setWordWrap(True)
    return label


class Emphasis(StrEnum):
    """Body text set larger, not bold (see ``theme.EMPHASIS_SCALES``)."""

    LARGE = "large"  # the one message a passer-by must read (a locked kiosk's)
    RAISED = "raised"  # a notch above the text around it


def emphasise(label: QLabel, emphasis: Emphasis) -> QLabel:
    """Set ``label`` larger than the body text; like a heading, it follows the text size."""
    label.setProperty("emphasis", emphasis.value)
    return label
