"""Colours, fonts, style sheets: calm colours, large readable text, one strong colour for help."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from caregiver_app.ui.widgets.text import Emphasis, Level, tr

BASE_POINT_SIZE = 11.0  # at 100 %; older readers get 200 % from the text size controls
READER_FONT_FACTOR = 1.15  # lesson text a little larger than the controls around it
TOOLBAR_MAX_POINT_SIZE = 14.0  # so that "Get support" always fits in the toolbar
# Headings as a multiple of the body text. They live in the style sheet, which is set again at
# every text-size change, so each heading made by ``text.heading`` grows with the text.
HEADING_SCALES = {Level.PAGE: 1.7, Level.SECTION: 1.3}
EMPHASIS_SCALES = {Emphasis.LARGE: 1.4, Emphasis.RAISED: 1.1}


@dataclass(frozen=True)
class Palette:
    """Every colour of one theme. Text colours meet 4.5:1 on what they sit on (tested)."""

    name: str
    ink: str  # body text
    muted: str  # secondary text
    accent: str  # headings and marks
    button: str  # the background of primary buttons (white text)
    background: str
    surface: str  # cards and the lesson column
    border: str
    hover: str
    input_border: str
    disabled: str
    link: str
    help_red: str  # the Get support button (white text)
    right: str
    wrong: str
    group_fill: str  # quizzes and reflections
    group_edge: str
    banner: tuple[str, str, str]  # fill, edge, text of warning banners
    boxes: dict[str, tuple[str, str, str]]  # admonition kind: fill, edge, title colour


LIGHT = Palette(
    name="light", ink="#1f2d3a", muted="#4f5d6b", accent="#1d6f6a", button="#1d6f6a",
    background="#f6f4ef", surface="#ffffff", border="#e2ddd0", hover="#e7efe9",
    input_border="#b9c6c0", disabled="#6b7680", link="#1d5fa0", help_red="#a8231b",
    right="#1e6b3a", wrong="#a8231b", group_fill="#f2f7f5", group_edge="#cfe3da",
    banner=("#fff4e0", "#b26a00", "#5c3a00"),
    boxes={
        "note": ("#e8f1fb", "#2f6db5", "#1d4f8c"),
        "info": ("#e8f1fb", "#2f6db5", "#1d4f8c"),
        "tip": ("#e7f5ec", "#2e7d4f", "#1e6b3a"),
        "important": ("#fff4e0", "#b26a00", "#7a4a00"),
        "warning": ("#fff4e0", "#b26a00", "#7a4a00"),
        "danger": ("#fdeceb", "#b3261e", "#8c1d17"),
        "orange": ("#ffeadb", "#c2410c", "#9a3412"),  # "getting worse" in the plan
    },
)  # fmt: skip
DARK = Palette(
    name="dark", ink="#e9edf1", muted="#b4bec8", accent="#6fd1c6", button="#1d6f6a",
    background="#14181c", surface="#1d2328", border="#3a444d", hover="#2a343b",
    input_border="#56626c", disabled="#9aa4ad", link="#8ab4f8", help_red="#b3261e",
    right="#7ee2a8", wrong="#ff9a8f", group_fill="#1f2a27", group_edge="#2f4a42",
    banner=("#3a2e12", "#b78a2e", "#f5dfb0"),
    boxes={
        "note": ("#1b2a3d", "#5b8fd6", "#a9c8f5"),
        "info": ("#1b2a3d", "#5b8fd6", "#a9c8f5"),
        "tip": ("#1b3326", "#4caf74", "#9fe0b7"),
        "important": ("#3a2e12", "#d19a2e", "#f2d08a"),
        "warning": ("#3a2e12", "#d19a2e", "#f2d08a"),
        "danger": ("#3d1b1a", "#e0574e", "#ffb3ab"),
        "orange": ("#3d2414", "#e07a3a", "#ffc39c"),
    },
)  # fmt: skip
HIGH_CONTRAST = Palette(
    name="high-contrast", ink="#000000", muted="#1a1a1a", accent="#00524d", button="#00524d",
    background="#ffffff", surface="#ffffff", border="#000000", hover="#e6e6e6",
    input_border="#000000", disabled="#4d4d4d", link="#0000c8", help_red="#a30000",
    right="#005a1e", wrong="#a30000", group_fill="#ffffff", group_edge="#000000",
    banner=("#fff8dc", "#000000", "#000000"),
    boxes={
        "note": ("#ffffff", "#000000", "#00327a"),
        "info": ("#ffffff", "#000000", "#00327a"),
        "tip": ("#ffffff", "#000000", "#004d1a"),
        "important": ("#fff8dc", "#000000", "#5c3c00"),
        "warning": ("#fff8dc", "#000000", "#5c3c00"),
        "danger": ("#fff0f0", "#000000", "#8a0000"),
        "orange": ("#fff3e8", "#000000", "#7a2e00"),
    },
)  # fmt: skip
THEMES = {palette.name: palette for palette in (LIGHT, DARK, HIGH_CONTRAST)}
# Every theme a user can choose, in menu order: "system" follows the operating system.
THEME_CHOICES = ("system", *THEMES)


def theme_label(choice: str) -> str:
    """The menu's words for a theme choice."""
    return {
        "system": tr("Follow the system"),
        "light": tr("Light"),
        "dark": tr("Dark"),
        "high-contrast": tr("High contrast"),
    }[choice]


# The look is application-wide in Qt (one font, one style sheet), so the current palette is
# kept here, beside them; views read it when they build or restyle.
@dataclass
class _Look:
    palette: Palette
    percent: int


_current = _Look(LIGHT, 100)


def palette() -> Palette:
    return _current.palette


def app_style(p: Palette) -> str:
    banner_fill, banner_edge, banner_text = p.banner
    return f"""
QMainWindow, QWidget#page, QDialog {{ background: {p.background}; color: {p.ink}; }}
QMenuBar, QMenu, QStatusBar {{ background: {p.surface}; color: {p.ink}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {p.hover}; color: {p.ink}; }}
QLabel, QCheckBox, QRadioButton {{ color: {p.ink}; }}
QToolBar {{ background: {p.surface}; border: none; border-bottom: 1px solid {p.border};
           spacing: 6px; padding: 4px; }}
QToolButton {{ padding: 6px 10px; border-radius: 6px; color: {p.ink}; }}
QToolButton:hover {{ background: {p.hover}; }}
QToolButton:focus {{ outline: 2px solid {p.accent}; }}
QToolButton#getSupportButton {{ background: {p.help_red}; color: white; font-weight: bold; }}
QLabel#pageTitle {{ color: {p.ink}; font-weight: bold; }}
QLabel#pageIntro, QLabel#moduleSummary, QLabel#lessonMeta {{ color: {p.muted}; }}
QLabel#moduleTitle, QLabel#sectionTitle {{ color: {p.ink}; font-weight: bold; }}
QFrame#moduleCard, QFrame#readerColumn {{ background: {p.surface}; border: 1px solid {p.border};
           border-radius: 10px; }}
QListView#lessonList {{ background: transparent; border: none; }}
QGroupBox {{ background: {p.group_fill}; border: 1px solid {p.group_edge}; border-radius: 10px;
            padding: 10px; }}
QLabel#blockHeading {{ color: {p.accent}; }}
QLabel#reflectNote, QLabel#quizHint {{ color: {p.muted}; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 1.1em; height: 1.1em; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid {p.input_border};
              background: {p.surface}; color: {p.ink}; }}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.disabled}; }}
QPushButton#primaryButton {{ background: {p.button}; color: white; border-color: {p.button}; }}
QPushButton:checked {{ background: {p.button}; color: white; border-color: {p.button}; }}
QPushButton:checked:focus {{ border: 2px solid {p.ink}; }}
QPushButton#primaryButton:disabled {{ background: {p.surface}; color: {p.disabled};
              border: 1px dashed {p.input_border}; }}
QPushButton[choice="true"] {{ padding: 6px 4px; }}
QPlainTextEdit, QLineEdit, QTextBrowser, QListWidget, QTreeWidget, QTableWidget, QComboBox,
QDateEdit, QDoubleSpinBox {{ background: {p.surface}; color: {p.ink};
              border: 1px solid {p.input_border}; border-radius: 6px; }}
QPlainTextEdit {{ padding: 6px; }}
QPlainTextEdit:focus, QLineEdit:focus {{ border: 2px solid {p.accent}; }}
QLabel#feedbackRight {{ color: {p.right}; }}
QLabel#feedbackWrong {{ color: {p.wrong}; }}
QFrame#savedBar {{ background: {p.group_fill}; border-bottom: 1px solid {p.group_edge}; }}
QLabel#problemBanner {{ background: {banner_fill}; border: 1px solid {banner_edge};
                       border-radius: 6px; padding: 6px; color: {banner_text}; }}
"""


def system_theme() -> str:
    """The theme matching the operating system: high contrast first, then dark, else light."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    hints = QGuiApplication.styleHints()
    # Someone who asked the whole system for high contrast needs it more than a dark look.
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, choice: str) -> Palette:
    """Use the theme ``choice`` ("system" follows the operating system) for the whole app."""
    name = system_theme() if choice == "system" else choice
    _current.palette = THEMES.get(name, LIGHT)
    _apply(app)
    return _current.palette


def lesson_style_sheet() -> str:
    """CSS for lesson documents (Qt's rich-text subset: sizes relative to the document font)."""
    p = palette()
    boxes = "\n".join(
        f"p.admonition-title.{kind} {{ color: {title}; }}"
        for kind, (_, _, title) in p.boxes.items()
    )
    return f"""
body {{ color: {p.ink}; }}
h1 {{ font-size: xx-large; color: {p.ink}; margin-top: 4px; margin-bottom: 10px; }}
h2 {{ font-size: x-large; color: {p.accent}; margin-top: 20px; margin-bottom: 6px; }}
h3 {{ font-size: large; color: {p.ink}; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 6px; margin-bottom: 6px; line-height: 145%; }}
li {{ margin-bottom: 4px; line-height: 140%; }}
blockquote {{ margin-left: 18px; margin-right: 18px; color: {p.muted}; font-style: italic; }}
a {{ color: {p.link}; text-decoration: underline; }}
th {{ background-color: {p.group_fill}; font-weight: bold; text-align: left; }}
code {{ font-family: monospace; background-color: {p.group_fill}; }}
pre {{ font-family: monospace; background-color: {p.group_fill}; }}
p.admonition-title {{ font-weight: bold; margin-top: 0px; }}
{boxes}
"""


MAX_DRAWN_BOXES = 3  # boxes inside boxes drawn as boxes; deeper ones show as plain text
_BOX_TOKEN = re.compile(
    r'<div(?:\s+class="([^"]*)")?\s*>|</div>|<p class="admonition-title">|<table>'
)
# Qt ignores CSS padding and borders on table cells; its table attributes do the same job.
_PLAIN_TABLE = (
    '<table width="100%" cellspacing="0" cellpadding="8" border="1" '
    'style="border-color: #cfd8d3; border-style: solid; margin-top: 8px; margin-bottom: 8px;">'
)


def qt_html(html: str) -> str:
    """Adapt the renderer's safe HTML to Qt's rich text.

    Qt draws no background or border around a ``div``, so each admonition box becomes a one-cell
    table in its kind's colours, and its title takes the kind's title colour. Only our sanitized
    HTML passes through here, where every ``div`` is well formed.
    """
    out: list[str] = []
    open_divs: list[str | None] = []  # per open div: its admonition kind, or None
    position = 0
    for match in _BOX_TOKEN.finditer(html):
        out.append(html[position : match.start()])
        position = match.end()
        token = match.group(0)
        if token == "<table>":
            out.append(_PLAIN_TABLE)
        elif token == "</div>":
            out.append("</td></tr></table>" if open_divs and open_divs.pop() else "</div>")
        elif token.startswith("<p"):
            kind = open_divs[-1] if open_divs and open_divs[-1] else "note"
            out.append(f'<p class="admonition-title {kind}">')
        else:
            classes = (match.group(1) or "").split()
            drawn = sum(1 for kind in open_divs if kind)
            if "admonition" not in classes or drawn >= MAX_DRAWN_BOXES:
                # Qt lays nested tables out in time that grows with each level (20 boxes in
                # boxes took 100 s): past a few, a box is drawn as its plain text.
                open_divs.append(None)
                out.append("<div>")
                continue
            boxes = palette().boxes
            kind = next((name for name in classes if name in boxes), "note")
            fill, edge, _ = boxes[kind]
            open_divs.append(kind)
            out.append(
                f'<table width="100%" cellspacing="0" cellpadding="12" border="1" bgcolor="{fill}" '
                f'style="border-color: {edge}; border-style: solid; margin-top: 10px; '
                f'margin-bottom: 10px;"><tr><td>'
            )
    out.append(html[position:])
    return _HEADING_ID.sub(_anchor_apart, "".join(out))


# Qt makes a heading's id an anchor on its first character, which splits that character from
# the rest of the word when the text is shaped: a Devanagari heading such as नींद then shows a
# dotted circle where its vowel sign should join. The anchor goes on an invisible word joiner of
# its own instead, so the words are shaped whole and links to the heading still arrive.
_HEADING_ID = re.compile(r'<(h[1-6]) id="([^"]*)">')


def _anchor_apart(heading: re.Match[str]) -> str:
    level, name = heading.group(1), heading.group(2)
    # Not underlined: the link style would draw the joiner's underline as a stray dot.
    return f'<{level}><a name="{name}" style="text-decoration: none">\u2060</a>'


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale every widget's text: the application font drives all sizes in the UI."""
    _current.percent = percent
    _apply(app)


def _apply(app: QApplication) -> None:
    font = QFont(app.font())
    size = BASE_POINT_SIZE * _current.percent / 100
    font.setPointSizeF(size)
    toolbar = min(size, TOOLBAR_MAX_POINT_SIZE)
    headings = "".join(
        f'QLabel[heading="{level.value}"] {{ font-size: {size * scale:.1f}pt; font-weight: bold; }}'
        for level, scale in HEADING_SCALES.items()
    ) + "".join(
        f'QLabel[emphasis="{emphasis.value}"] {{ font-size: {size * scale:.1f}pt; }}'
        for emphasis, scale in EMPHASIS_SCALES.items()
    )
    sheet = (
        app_style(palette())
        + headings
        # The window's own controls stop growing before the text does: at 200 % they would
        # take a third of a laptop screen from the lesson.
        + "QMenuBar, QToolBar, QToolBar QToolButton, QToolBar QLineEdit "
        + f"{{ font-size: {toolbar:.1f}pt; }}"
    )
    if font == app.font() and sheet == app.styleSheet():
        # Nothing changes (a new window at the same size and theme). Setting the sheet again
        # would re-polish every widget in the process, including windows being torn down.
        return
    app.setFont(font)
    # The toolbar grows only so far, so that "Get support" always fits on the screen. Setting
    # the sheet again also re-polishes widgets that kept their old font (seen at 200%).
    colours = QPalette(app.palette())  # what style sheets do not reach: links in labels, selection
    colours.setColor(QPalette.ColorRole.Link, QColor(palette().link))
    colours.setColor(QPalette.ColorRole.Text, QColor(palette().ink))
    colours.setColor(QPalette.ColorRole.WindowText, QColor(palette().ink))
    colours.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette().disabled))
    app.setPalette(colours)
    app.setStyleSheet(sheet)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font
