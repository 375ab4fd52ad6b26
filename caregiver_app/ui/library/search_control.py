"""Wires search into the window: the toolbar box, the index built in the background, and opening
a result at its first match."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut

from caregiver_app import paths
from caregiver_app.lessons.search import SearchIndex
from caregiver_app.ui.library.search_view import SearchBox, SearchView
from caregiver_app.ui.widgets.operations import LatestOnly

if TYPE_CHECKING:
    from caregiver_app.ui.shell.main_window import MainWindow


class SearchControl(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.index: SearchIndex | None = None
        self.unavailable = False  # building the index failed
        self._view: SearchView | None = None
        self._find_next_open = ""
        self.box = SearchBox()
        window.actions.toolbar.insertWidget(window.actions.take_home, self.box)
        self.box.search_requested.connect(window.show_search)
        self.box.results_wanted.connect(self._focus_results)
        focus = QShortcut(QKeySequence("Ctrl+K"), window)
        focus.activated.connect(lambda: (self.box.setFocus(), self.box.selectAll()))
        library = window.library
        # Kiosks keep no cache: the index is rebuilt (in well under a second) for each visit.
        key = hashlib.sha256(str(library.root).encode()).hexdigest()[:16]
        settings = window.settings
        cache = (
            None if settings.kiosk else paths.cache_dir_for(settings.data_dir) / f"search-{key}.db"
        )
        self._builder = LatestOnly(self)
        self._builder.start(lambda: SearchIndex.build(library, cache), self._ready, self._failed)

    def _ready(self, index: SearchIndex) -> None:
        self.index = index
        if self._view is not None:
            self._view.index = index
            if self.box.text().strip() and self.window.location.view == "search":
                self._view.show_results(self.box.text().strip())

    def _failed(self, _error: BaseException) -> None:
        """The index could not be built (not enough memory, a library that changed under it):
        search says so instead of "getting ready" for ever; lessons stay open from the library."""
        self.unavailable = True
        if self._view is not None:
            self._view.unavailable = True
            if self.box.text().strip():
                self._view.show_results(self.box.text().strip())

    def _focus_results(self) -> None:
        if self._view is not None and self._view.isVisible() and self._view.hits:
            self._view.results.setFocus()

    @property
    def view(self) -> SearchView:
        if self._view is None:
            self._view = SearchView()
            self._view.index = self.index
            self._view.unavailable = self.unavailable
            self._view.result_chosen.connect(self._open_result)
            self.window.stack.addWidget(self._view)
        return self._view

    def _open_result(self, lesson_id: str, word: str) -> None:
        self._find_next_open = word
        reader = self.window.reader
        reader.lesson_shown.connect(self._find_in_lesson)
        self.window.open_lesson(lesson_id)

    def _find_in_lesson(self, _lesson_id: str) -> None:
        reader = self.window.reader
        reader.lesson_shown.disconnect(self._find_in_lesson)
        if self._find_next_open:
            reader.find_bar.open(self._find_next_open)
            reader.find_bar.find(restart=True)
            self._find_next_open = ""
