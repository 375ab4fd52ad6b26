"""Colours, fonts, style sheets: calm colours, large readable text, one strong colour for help."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11.0  # at 100 %; older readers get 200 % from the text size controls
READER_FONT_FACTOR = 1.15
TOOLBAR_MAX_POINT_SIZE = 14.0  # lesson text a little larger than the controls around it

INK = "#1f2d3a"
MUTED = "#4f5d6b"
ACCENT = "#1d6f6a"
BACKGROUND = "#f6f4ef"
SURFACE = "#ffffff"
HELP_RED = "#a8231b"
RIGHT_GREEN = "#1e6b3a"
WRONG_RED = "#a8231b"

# Background and border of each admonition kind: (fill, edge, title colour).
BOX_COLOURS = {
    "note": ("#e8f1fb", "#2f6db5", "#1d4f8c"),
    "info": ("#e8f1fb", "#2f6db5", "#1d4f8c"),
    "tip": ("#e7f5ec", "#2e7d4f", "#1e6b3a"),
    "important": ("#fff4e0", "#b26a00", "#7a4a00"),
    "warning": ("#fff4e0", "#b26a00", "#7a4a00"),
    "danger": ("#fdeceb", "#b3261e", "#8c1d17"),
    "orange": (
        "#ffeadb",
        "#c2410c",
        "#9a3412",
    ),  # "getting worse" in the plan, between amber and red
}

APP_STYLE = f"""
QMainWindow, QWidget#page {{ background: {BACKGROUND}; }}
QToolBar {{ background: {SURFACE}; border: none; border-bottom: 1px solid #d9d4c7; spacing: 6px;
           padding: 4px; }}
QToolButton {{ padding: 6px 10px; border-radius: 6px; color: {INK}; }}
QToolButton:hover {{ background: #e7efe9; }}
QToolButton:focus {{ outline: 2px solid {ACCENT}; }}
QToolButton#getSupportButton {{ background: {HELP_RED}; color: white; font-weight: bold; }}
QToolButton#getSupportButton:hover {{ background: #8c1d17; }}
QLabel#pageTitle {{ color: {INK}; font-weight: bold; }}
QLabel#pageIntro, QLabel#moduleSummary, QLabel#lessonMeta {{ color: {MUTED}; }}
QLabel#moduleTitle {{ color: {INK}; font-weight: bold; }}
QFrame#moduleCard, QFrame#readerColumn {{ background: {SURFACE}; border: 1px solid #e2ddd0;
           border-radius: 10px; }}
QCommandLinkButton {{ color: {INK}; border: 1px solid transparent; border-radius: 8px; }}
QCommandLinkButton:hover {{ background: #eef5f1; border-color: #cfe3da; }}
QCommandLinkButton:focus {{ border: 2px solid {ACCENT}; }}
QGroupBox {{ background: #f2f7f5; border: 1px solid #cfe3da; border-radius: 10px;
            padding: 10px; }}
QLabel#blockHeading {{ color: {ACCENT}; }}
QLabel#reflectNote, QLabel#quizHint {{ color: {MUTED}; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 1.1em; height: 1.1em; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #a9bfb6;
              background: {SURFACE}; color: {INK}; }}
QPushButton:hover {{ background: #e7efe9; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #8a949d; }}
QPushButton#primaryButton {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPlainTextEdit {{ background: {SURFACE}; border: 1px solid #b9c6c0; border-radius: 6px;
                 padding: 6px; }}
QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QLabel#feedbackRight {{ color: {RIGHT_GREEN}; }}
QLabel#feedbackWrong {{ color: {WRONG_RED}; }}
QLabel#problemBanner {{ background: #fff4e0; border: 1px solid #b26a00; border-radius: 6px;
                       padding: 6px; color: #5c3a00; }}
"""


def lesson_style_sheet() -> str:
    """CSS for lesson documents (Qt's rich-text subset: sizes relative to the document font)."""
    boxes = "\n".join(
        f"p.admonition-title.{kind} {{ color: {title}; }}"
        for kind, (_, _, title) in BOX_COLOURS.items()
    )
    return f"""
body {{ color: {INK}; }}
h1 {{ font-size: xx-large; color: {INK}; margin-top: 4px; margin-bottom: 10px; }}
h2 {{ font-size: x-large; color: {ACCENT}; margin-top: 20px; margin-bottom: 6px; }}
h3 {{ font-size: large; color: {INK}; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 6px; margin-bottom: 6px; line-height: 145%; }}
li {{ margin-bottom: 4px; line-height: 140%; }}
blockquote {{ margin-left: 18px; margin-right: 18px; color: {MUTED}; font-style: italic; }}
a {{ color: #1d5fa0; text-decoration: underline; }}
th {{ background-color: #eef2f0; font-weight: bold; text-align: left; }}
code {{ font-family: monospace; background-color: #f0eee8; }}
pre {{ font-family: monospace; background-color: #f0eee8; }}
p.admonition-title {{ font-weight: bold; margin-top: 0px; }}
{boxes}
"""


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
            if "admonition" not in classes:
                open_divs.append(None)
                out.append("<div>")
                continue
            kind = next((name for name in classes if name in BOX_COLOURS), "note")
            fill, edge, _ = BOX_COLOURS[kind]
            open_divs.append(kind)
            out.append(
                f'<table width="100%" cellspacing="0" cellpadding="12" border="1" bgcolor="{fill}" '
                f'style="border-color: {edge}; border-style: solid; margin-top: 10px; '
                f'margin-bottom: 10px;"><tr><td>'
            )
    out.append(html[position:])
    return "".join(out)


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale every widget's text: the application font drives all sizes in the UI."""
    font = QFont(app.font())
    size = BASE_POINT_SIZE * percent / 100
    font.setPointSizeF(size)
    app.setFont(font)
    # The toolbar grows only so far, so that "Get support" always fits on the screen. Setting
    # the sheet again also re-polishes widgets that kept their old font (seen at 200%).
    toolbar = min(size, TOOLBAR_MAX_POINT_SIZE)
    app.setStyleSheet(
        APP_STYLE
        + f"QToolBar, QToolBar QToolButton, QToolBar QLineEdit {{ font-size: {toolbar:.1f}pt; }}"
    )


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font
