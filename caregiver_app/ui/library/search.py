"""Search: the box the window puts in its toolbar, the index built in the background, and the
results page. Choosing a result opens the lesson at its first match."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from caregiver_app import paths
from caregiver_app.ui.library.search_box import SearchBox
from caregiver_app.ui.session import Location, Session, View
from caregiver_app.ui.widgets.operations import LatestOnly

if TYPE_CHECKING:  # the index and the results page are loaded after the first paint
    from caregiver_app.lessons.search import SearchIndex
    from caregiver_app.ui.library.search_view import SearchView


class Search(QObject):
    def __init__(self, session: Session):
        super().__init__(session)
        self.session = session
        self.index: SearchIndex | None = None
        self.unavailable = False  # building the index failed
        self._view: SearchView | None = None
        self.box = SearchBox()
        self.box.search_requested.connect(
            lambda query: session.navigate.emit(Location(View.SEARCH, find=query))
        )
        self.box.results_wanted.connect(self._focus_results)
        self._builder: LatestOnly | None = None

    def start_building(self) -> None:
        """Build the index in the background (or read it from its cache); once is enough.
        Started after the window's first paint: a worker reading it meanwhile would hold
        Python's lock against the window being drawn."""
        if self._builder is not None:
            return
        from caregiver_app.lessons.search import SearchIndex  # noqa: PLC0415

        library, settings = self.session.library, self.session.settings
        # Kiosks keep no cache: the index is rebuilt (in well under a second) for each visit.
        key = hashlib.sha256(str(library.root).encode()).hexdigest()[:16]
        cache = (
            None if settings.kiosk else paths.cache_dir_for(settings.data_dir) / f"search-{key}.db"
        )
        self._builder = LatestOnly(self)
        self._builder.start(lambda: SearchIndex.build(library, cache), self._ready, self._failed)

    @property
    def query(self) -> str:
        return self.box.text().strip()

    def _ready(self, index: SearchIndex) -> None:
        self.index = index
        if self._view is not None:
            self._view.index = index
            if self.query and self.session.location.view == View.SEARCH:
                self._view.show_results(self.query)

    def _failed(self, _error: BaseException) -> None:
        """The index could not be built (not enough memory, a library that changed under it):
        search says so instead of "getting ready" for ever; lessons stay open from the library."""
        self.unavailable = True
        if self._view is not None:
            self._view.unavailable = True
            if self.query:
                self._view.show_results(self.query)

    def _focus_results(self) -> None:
        if self._view is not None and self._view.isVisible() and self._view.hits:
            self._view.results.setFocus()

    @property
    def view(self) -> SearchView:
        if self._view is None:
            from caregiver_app.ui.library.search_view import SearchView  # noqa: PLC0415

            self._view = SearchView()
            self._view.index = self.index
            self._view.unavailable = self.unavailable
            self._view.result_chosen.connect(self._open_result)
        return self._view

    def results_page(self, query: str) -> SearchView:
        """The results page, showing what ``query`` finds."""
        self.start_building()  # in case the window was never painted (it always is, on screen)
        view = self.view
        view.show_results(query)
        return view

    def _open_result(self, lesson_id: str, word: str) -> None:
        self.session.navigate.emit(Location(View.LESSON, lesson_id, find=word))
