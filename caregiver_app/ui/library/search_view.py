"""The search results page: the lessons that match, listed as the user types (the box they type
in is ``search_box``, made with the window; this page is made when first searched)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons.search import MARK_END, MARK_START, Hit, SearchIndex
from caregiver_app.ui.library.result_delegate import HTML_ROLE, ResultDelegate
from caregiver_app.ui.widgets.operations import LatestOnly
from caregiver_app.ui.widgets.text import Level, heading


def snippet_html(snippet: str) -> str:
    return html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class SearchView(QWidget):
    """Results for the words in the toolbar's search box; emits (lesson id, word to find)."""

    result_chosen = Signal(str, str)
    results_shown = Signal()  # a query's results (or "none") are on screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.index: SearchIndex | None = None
        self.unavailable = False  # the index could not be built
        self.hits: list[Hit] = []
        self._searcher = LatestOnly(self)
        self.heading = heading(level=Level.PAGE)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setToolTip(self.tr("Open a result to read the lesson at that place"))
        self.results.setSpacing(4)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap on resize
        # Rows are as wide as the list; a scroll bar that comes and goes would change that
        # width after the rows were measured, and cut their right edge off.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)

    def show_results(self, query: str) -> None:
        """Look for ``query`` off the UI thread (ranking and snippets take over a frame in a
        library of a thousand lessons); the results replace the old ones when they arrive."""
        if self.index is None:
            self.heading.setText(
                self.tr(
                    "Search is not available right now. You can still open every lesson from "
                    "the Library."
                )
                if self.unavailable
                else self.tr("Getting the lessons ready to search…")
            )
            self.results.clear()
            return
        index = self.index
        # Only the newest query's results are shown; one typed over by then is dropped.
        self._searcher.start(
            lambda: index.search(query), lambda hits: self._show(query, hits), self._failed
        )

    def _failed(self, _error: BaseException) -> None:
        self.hits = []
        self.results.clear()
        self.heading.setText(self.tr("That search did not work. Try other words in a moment."))
        self.results_shown.emit()

    def _show(self, query: str, hits: list[Hit]) -> None:
        self.hits = hits
        self.results.clear()
        if not self.hits:
            self.heading.setText(self.tr("No lessons mention “%s”.") % query)
            self.results_shown.emit()
            return
        count = len(self.hits)
        text = (
            self.tr("1 lesson mentions “%1”.")
            if count == 1
            else self.tr("%2 lessons mention “%1”.")
        )
        self.heading.setText(text.replace("%1", query).replace("%2", str(count)))
        for hit in self.hits:
            item = QListWidgetItem(hit.title)  # plain text, for type-ahead; drawn rich below
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit.title)
            plain_snippet = hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, plain_snippet)
            item.setData(
                HTML_ROLE,
                f"<b>{html.escape(hit.title)}</b><br/><span>{snippet_html(hit.snippet)}</span>",
            )
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results_shown.emit()

    def _open(self, item: QListWidgetItem) -> None:
        hit = self.hits[self.results.row(item)]
        self.result_chosen.emit(hit.lesson_id, hit.first_match)
