"""Read aloud: the lesson spoken by the system's speech engine, sentence by sentence, with the
sentence being read highlighted. Where no engine is installed, the bar says what to install."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from caregiver_app.ui.reader.reading_area import ReadingArea
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # QtTextToSpeech is loaded on first use: it is slow, and may be missing
    from PySide6.QtTextToSpeech import QTextToSpeech

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*", re.UNICODE)
NO_ENGINE = QT_TRANSLATE_NOOP(
    "ReadAloudBar",
    "Read aloud needs a speech engine, and none is installed on this computer. On Linux, install "
    "speech-dispatcher and espeak-ng; Windows and macOS have one built in.",
)


@dataclass(frozen=True)
class Sentence:
    part: int  # which text part of the lesson
    start: int
    end: int
    text: str


def sentences(texts: list[str]) -> list[Sentence]:
    """The sentences of each text part, with their positions (for highlighting)."""
    found = []
    for part, text in enumerate(texts):
        for match in _SENTENCE.finditer(text):
            words = match.group(0).strip()
            if any(ch.isalnum() for ch in words):
                found.append(Sentence(part, match.start(), match.end(), words))
    return found


class ReadAloudBar(QWidget):
    """Play / pause, stop and speed for the reader's current lesson."""

    state_changed = Signal(str)  # "playing", "paused", "stopped", "unavailable"

    def __init__(
        self, area: ReadingArea, parent: QWidget | None = None, engine_name: str | None = None
    ):
        super().__init__(parent)
        self.area = area
        self.engine_name = engine_name  # None: the first real engine of this system
        self.speech: QTextToSpeech | None = None  # made on first use (it is slow to load)
        self.queue: list[Sentence] = []
        self.current: Sentence | None = None
        self.play_button = QPushButton(self.tr("▶ Read aloud"))
        self.play_button.setObjectName("readAloudButton")
        self.play_button.setAccessibleName(self.tr("Read this lesson aloud"))
        self.play_button.setToolTip(
            self.tr("Reads the lesson with your computer's voice, showing each sentence as it goes")
        )
        self.stop_button = QPushButton(self.tr("■ Stop"))
        self.stop_button.setObjectName("stopReadingButton")
        self.stop_button.setToolTip(self.tr("Stops reading aloud"))
        self.stop_button.setEnabled(False)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("readingSpeed")
        self.speed.setRange(-5, 5)
        self.speed.setMaximumWidth(120)
        self.speed.setAccessibleName(self.tr("Reading speed"))
        self.speed.setToolTip(self.tr("Reading speed"))
        self.message = QLabel()
        self.message.setObjectName("readAloudMessage")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.stop_button)
        layout.addWidget(QLabel(self.tr("Speed:")))
        layout.addWidget(self.speed)
        layout.addWidget(self.message, 1)
        self.play_button.clicked.connect(self.play_or_pause)
        self.stop_button.clicked.connect(self.stop)
        self.speed.valueChanged.connect(self._set_rate)

    def _engine(self) -> QTextToSpeech | None:
        if self.speech is not None:
            return self.speech
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError:  # Linux without PulseAudio's client library: no speech, no crash
            return None

        engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        name = self.engine_name or (engines[0] if engines else None)
        if name is None:
            return None
        speech = QTextToSpeech(name, self)
        if speech.state() == QTextToSpeech.State.Error:
            speech.deleteLater()
            return None
        speech.aboutToSynthesize.connect(self._speaking)
        speech.stateChanged.connect(self._engine_state)
        self.speech = speech
        self._set_rate(self.speed.value())
        return speech

    def play_or_pause(self) -> None:
        speech = self._engine()
        if speech is None:
            self.message.setText(self.tr(NO_ENGINE))
            self.play_button.setEnabled(False)
            self.state_changed.emit("unavailable")
            return
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

        state = speech.state()
        if state == QTextToSpeech.State.Speaking:
            speech.pause()
            return
        if state == QTextToSpeech.State.Paused:
            speech.resume()
            return
        self.queue = sentences([part.toPlainText() for part in self.area.whole_text()])
        for sentence in self.queue:
            speech.enqueue(sentence.text)

    def stop(self) -> None:
        if self.speech is not None:
            self.speech.stop()
        self._highlight(None)

    def _set_rate(self, value: int) -> None:
        if self.speech is not None:
            self.speech.setRate(value / 10)

    def _speaking(self, index: int) -> None:
        if 0 <= index < len(self.queue):
            self._highlight(self.queue[index])

    def _highlight(self, sentence: Sentence | None) -> None:
        self.current = sentence
        for number, part in enumerate(self.area.text_parts):
            cursor = QTextCursor(part.document())
            if sentence is not None and number == sentence.part:
                cursor.setPosition(sentence.start)
                cursor.setPosition(sentence.end, QTextCursor.MoveMode.KeepAnchor)
                part.setTextCursor(cursor)
                self.area.show_cursor(part, cursor)
            else:
                part.setTextCursor(cursor)

    def _engine_state(self, state: QTextToSpeech.State) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

        names = {
            QTextToSpeech.State.Speaking: "playing",
            QTextToSpeech.State.Paused: "paused",
            QTextToSpeech.State.Ready: "stopped",
        }
        name = names.get(state, "stopped")
        self.play_button.setText(self.tr("Pause") if name == "playing" else self.tr("▶ Read aloud"))
        self.stop_button.setEnabled(name in ("playing", "paused"))
        if name == "stopped":
            self._highlight(None)
        self.state_changed.emit(name)
