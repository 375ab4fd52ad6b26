"""Phrases built around the profile's name read well whatever the name: a family calls a
profile "Me", "Mum" or "Ravi's dad", and "Me's stress log" or "Your progress, Me" reads badly
(issue 20, item 12)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from caregiver_app.ui.private.passcode_dialogs import SetPasscodeDialog, UnlockDialog

NAME = "Me"
# The name glued into a sentence: possessive, addressed by a comma, or as a sentence's subject.
AWKWARD = re.compile(rf"\b{NAME}['\u2019]s\b|, {NAME}\b|\b{NAME} (is|has)\b")


def _words_on(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
    return [text for text in texts if text]


def test_no_sentence_is_built_around_the_profile_name(qtbot, make_window) -> None:
    window = make_window()
    window.session.store.profiles.rename(window.session.profile.id, NAME)
    window.session.reload_profile()
    words: list[str] = []
    for show in (window.show_library, window.show_progress):
        show()
        words += _words_on(window)
    for view in ("stress-log", "plan"):
        window.show_private_view(view)
        words += _words_on(window)
    words += [action.toolTip() for action in window.app_actions.commands()]
    words.append(window.app_actions.profile.toolTip())
    for dialog in (
        SetPasscodeDialog(window.session.store, window.session.profile, window),
        UnlockDialog(window.session.store, window.session.profile, window),
    ):
        words += _words_on(dialog)
        dialog.deleteLater()
    assert any(NAME in text for text in words)  # the name is shown, where it helps
    assert [text for text in words if AWKWARD.search(text)] == []
