"""Keeps a profile's progress in step with the reader: what was opened, how far, how long,
quiz answers and reflections. Writes are small, quick transactions; nothing typed is lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from caregiver_app.store import LockedError, PrivateData, Progress
from caregiver_app.ui.reader.reader import ReaderView
from caregiver_app.ui.widgets.saving import Saved, StoreWriter

SAVE_POSITION_AFTER_MS = 800  # after scrolling stops
SAVE_REFLECTION_AFTER_MS = 500  # after typing stops
MAX_SECONDS_PER_STRETCH = 120  # time with no scrolling past this is not counted as reading


class ProgressTracker(QObject):
    """Connects a ``ReaderView`` to one profile's ``Progress``."""

    changed = Signal()  # something the library or progress page shows has changed
    save_failed = Signal(str)  # a message for the user
    saved_again = Signal()  # a save worked after one had failed

    def __init__(
        self,
        reader: ReaderView,
        progress: Progress,
        private: PrivateData,
        parent: QObject | None = None,
        writer: StoreWriter | None = None,
    ):
        super().__init__(parent)
        self.reader = reader
        self.progress = progress
        self.private = private
        self.lesson_id: str | None = None
        # The last save failed? The next that works clears the warning.
        self._writer = writer or StoreWriter(self.tr("Your progress"), self)
        self._writer.failed.connect(self.save_failed)
        self._writer.recovered.connect(self.saved_again)
        self._reading = QElapsedTimer()
        self._position_timer = self._single_shot(SAVE_POSITION_AFTER_MS, self.save_position)
        self._reflection_timer = self._single_shot(SAVE_REFLECTION_AFTER_MS, self.save_reflections)
        # Typed and not yet saved, with the profile's data it belongs to: a save that failed is
        # tried again for that profile, never for whoever uses the app next.
        self._pending_reflections: dict[tuple[str, str], tuple[PrivateData, str]] = {}
        reader.lesson_shown.connect(self._on_lesson_shown)
        reader.quiz_answered.connect(self._on_quiz_answered)
        reader.reflection_changed.connect(self._on_reflection_changed)
        reader.completion_toggled.connect(self.set_completed)
        reader.reading_area.verticalScrollBar().valueChanged.connect(
            lambda _value: self._position_timer.start()
        )

    def _single_shot(self, milliseconds: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(milliseconds)
        timer.timeout.connect(slot)
        return timer

    def switch_profile(self, progress: Progress, private: PrivateData) -> None:
        self.leave_lesson()
        self.progress = progress
        self.private = private

    def set_private(self, private: PrivateData) -> None:
        """Locking or unlocking the same profile: save what is pending with the old access;
        what of this profile's still cannot be saved is tried again with the new one (what an
        earlier profile left pending stays theirs)."""
        self.save_reflections()
        self._pending_reflections = {
            key: (private if old.profile_id == private.profile_id else old, text)
            for key, (old, text) in self._pending_reflections.items()
        }
        self.private = private

    # --- what the reader tells us --------------------------------------------------------

    def _on_lesson_shown(self, lesson_id: str) -> None:
        self.leave_lesson()
        written = self._write(lambda: self.progress.opened(lesson_id))
        state = written.value
        if not written.ok:  # not writable now (read-only, a full disk): show what was saved
            try:
                state = self.progress.lesson(lesson_id)
            except sqlite3.Error:
                state = None
        self.lesson_id = lesson_id
        self._reading.start()
        if state is None:
            return  # the reader still shows the lesson; the banner says why nothing was kept
        self.reader.set_completed(state.completed)
        self.reader.restore(
            position=state.position,
            reflections=self._read(lambda: self.private.reflections(lesson_id), {}),
            answers={
                quiz_id: set(attempt.chosen)
                for quiz_id, attempt in self._read(
                    lambda: self.progress.last_answers(lesson_id), {}
                ).items()
            },
        )
        self._position_timer.stop()  # restoring the position is not the reader scrolling
        self.changed.emit()

    def _on_quiz_answered(
        self, lesson_id: str, quiz_id: str, chosen: list[int], right: bool
    ) -> None:
        if self._write(lambda: self.progress.record_answer(lesson_id, quiz_id, chosen, right)).ok:
            self.changed.emit()

    def _on_reflection_changed(self, lesson_id: str, reflection_id: str, text: str) -> None:
        self._pending_reflections[(lesson_id, reflection_id)] = (self.private, text)
        self._reflection_timer.start()

    def set_completed(self, lesson_id: str, completed: bool) -> None:
        if self._write(lambda: self.progress.set_completed(lesson_id, completed)).ok:
            self.changed.emit()

    # --- saving --------------------------------------------------------------------------

    def save_position(self) -> None:
        if self.lesson_id is None:
            return
        seconds = min(self._reading.restart() // 1000, MAX_SECONDS_PER_STRETCH)
        lesson_id, position = self.lesson_id, self.reader.reading_position()
        self._write(lambda: self.progress.save_reading(lesson_id, position, seconds))

    def save_reflections(self) -> None:
        pending, self._pending_reflections = self._pending_reflections, {}
        for (lesson_id, reflection_id), (private, text) in pending.items():
            save = partial(private.save_reflection, lesson_id, reflection_id, text)
            if not self._write(save).ok:  # try again next time, for the same profile
                self._pending_reflections[lesson_id, reflection_id] = (private, text)

    def leave_lesson(self) -> None:
        """Save everything about the lesson being left (also called when the app closes)."""
        self._reflection_timer.stop()
        self.save_reflections()
        self._position_timer.stop()
        self.save_position()
        self.lesson_id = None

    def _write(self, change: Callable[[], object]) -> Saved:
        """Run a store change; a failure is told to the user (``save_failed``)."""
        return self._writer.attempt(change)

    def _read(self, query: Callable[[], dict], default: dict) -> dict:
        try:
            return query()
        except (sqlite3.Error, LockedError):
            return default
