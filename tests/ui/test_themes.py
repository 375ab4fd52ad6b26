"""Themes: light, dark and high contrast; body text at 4.5:1 or better in every one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from caregiver_app.ui.widgets.theme import THEMES, Palette, palette


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(text: str, background: str) -> float:
    """WCAG 2 contrast ratio."""
    light, dark = sorted((luminance(text), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pairs(p: Palette) -> dict[str, tuple[str, str]]:
    found = {
        "body on page": (p.ink, p.background),
        "body on card": (p.ink, p.surface),
        "secondary text": (p.muted, p.surface),
        "headings": (p.accent, p.surface),
        "links": (p.link, p.surface),
        "primary buttons": ("#ffffff", p.button),
        "Get support": ("#ffffff", p.help_red),
        "right answer": (p.right, p.group_fill),
        "wrong answer": (p.wrong, p.group_fill),
        "quiz text": (p.ink, p.group_fill),
        "banners": (p.banner[2], p.banner[0]),
    }
    for kind, (fill, _edge, title) in p.boxes.items():
        found[f"{kind} box title"] = (title, fill)
        found[f"{kind} box text"] = (p.ink, fill)
    return found


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_meets_four_and_a_half_to_one(name: str) -> None:
    failing = {what: round(contrast(*colours), 2) for what, colours in pairs(THEMES[name]).items()}
    assert {what: ratio for what, ratio in failing.items() if ratio < 4.5} == {}


def test_the_theme_menu_changes_the_look_and_is_remembered(qtbot, make_window) -> None:
    window = make_window()
    window.app_actions.themes["dark"].trigger()
    assert palette().name == "dark" and window.session.preferences.theme == "dark"
    window.show_private_view("plan")
    window.close()
    again = make_window()
    assert palette().name == "dark" and again.app_actions.themes["dark"].isChecked()
    again.app_actions.themes["light"].trigger()
    assert palette().name == "light"


def test_a_new_theme_keeps_headings_and_lesson_titles_large(qtbot, make_window) -> None:
    # Applying a theme re-applies the style sheet, which resets fonts set on widgets.
    window = make_window()
    view = window.lessons.library_view
    before = view.title.fontInfo().pointSizeF()
    window.session.set_theme("dark")
    body = QApplication.font().pointSizeF()
    assert view.title.fontInfo().pointSizeF() == before > 1.5 * body
    assert view.lesson_list.lesson_delegate.lesson_font.pointSizeF() > body
    window.session.set_theme("light")


def test_follow_the_system_picks_high_contrast_then_dark(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from caregiver_app.ui.widgets import theme

    class Accessibility:
        def __init__(self, high: bool):
            self.high = high

        def contrastPreference(self):
            kind = Qt.ContrastPreference
            return kind.HighContrast if self.high else kind.NoPreference

    class Hints:
        def __init__(self, high: bool, dark: bool):
            self._high, self._dark = high, dark

        def accessibility(self):
            return Accessibility(self._high)

        def colorScheme(self):
            return Qt.ColorScheme.Dark if self._dark else Qt.ColorScheme.Light

    for high, dark, expected in (
        (True, True, "high-contrast"),
        (False, True, "dark"),
        (False, False, "light"),
    ):
        monkeypatch.setattr(
            QGuiApplication, "styleHints", staticmethod(lambda h=high, d=dark: Hints(h, d))
        )
        assert theme.system_theme() == expected


def test_right_to_left_languages_lay_out_right_to_left(qtbot) -> None:
    from PySide6.QtCore import Qt

    from caregiver_app.ui.app import _application

    app = _application("ar")
    try:
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        _application("en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
