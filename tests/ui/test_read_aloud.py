"""Read aloud: sentence by sentence with the sentence highlighted; says so when it cannot speak."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from caregiver_app.ui.reader.read_aloud import sentences
from tests.ui.conftest import open_lesson_and_wait


def test_lessons_are_split_into_sentences_with_their_positions() -> None:
    found = sentences(["First one. Second one!", "Next part? Yes"])
    assert [(s.part, s.text) for s in found] == [
        (0, "First one."),
        (0, "Second one!"),
        (1, "Next part?"),
        (1, "Yes"),
    ]
    assert "First one. Second one!"[found[1].start : found[1].end].strip() == "Second one!"


def test_reading_aloud_highlights_each_sentence_and_stops(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    bar = window.reading.reader.read_aloud
    bar.engine_name = "mock"  # Qt's test engine; real machines use their own
    with qtbot.waitSignal(
        bar.state_changed, check_params_cb=lambda state: state == "playing", timeout=5000
    ):
        qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.current is not None, timeout=5000)
    highlighted = window.reading.reader.text_parts[bar.current.part].textCursor().selectedText()
    assert highlighted.strip() == bar.current.text
    assert bar.play_button.text() == "Pause"
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.current is None, timeout=5000)


def test_without_a_speech_engine_it_explains_instead_of_failing(
    qtbot, make_window, monkeypatch
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    bar = window.reading.reader.read_aloud
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert "speech engine" in bar.message.text() and not bar.play_button.isEnabled()


def test_without_qts_speech_library_it_explains_instead_of_failing(
    qtbot, make_window, monkeypatch
) -> None:
    """On Linux QtTextToSpeech will not even import without PulseAudio's client library."""
    window = make_window()
    open_lesson_and_wait(qtbot, window, "signs/common")
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    bar = window.reading.reader.read_aloud
    with qtbot.waitSignal(bar.state_changed, timeout=5000) as blocker:
        qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["unavailable"]
    assert "speech engine" in bar.message.text()
    assert not bar.play_button.isEnabled()
