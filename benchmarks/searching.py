"""Search benchmarks: the query (in a worker) and listing its results (on the UI thread)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from measure import report, timed


def bench_search(folder: Path, big_library: Path) -> None:
    """Searching a large library while typing: the query as it stands after each keystroke ("sl",
    "sle", "slee"...). The app runs one when typing pauses for 120 ms, in a worker; then the UI
    thread lists the results."""
    from caregiver_app.lessons import load_library  # noqa: PLC0415
    from caregiver_app.lessons.search import SearchIndex  # noqa: PLC0415

    library = load_library(big_library)
    started = time.perf_counter()
    index = SearchIndex.build(library, folder / "search-cache.db")
    built = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    SearchIndex.build(library, folder / "search-cache.db")
    cached = (time.perf_counter() - started) * 1000
    typed = [
        word[:end]
        for word in ("sleep", "burnout", "medicine", "warning signs")
        for end in range(2, len(word) + 1)
    ]
    ours = [t for query in typed for t in timed(lambda query=query: index.search(query), 3)]

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    connection.executemany(
        "INSERT INTO t VALUES (?)", [(lesson.body,) for lesson in library.lessons]
    )
    floor = [
        t
        for query in typed
        for t in timed(
            lambda query=query: connection.execute(
                "SELECT rowid FROM t WHERE t MATCH ? LIMIT 30", (f'"{query}"*',)
            ).fetchall(),
            3,
        )
    ]
    name = f"search {len(library.lessons):,} lessons (per query)"
    report(name, ours, floor, "bare FTS5 MATCH", frame_budget=False)  # off the UI thread
    print(f"{'  (index built / loaded from cache)':<38} {built:6.0f} ms / {cached:.0f} ms")
    bench_search_results(index)


def bench_search_results(index: object) -> None:
    """Listing a query's 30 results with their snippets: the part of a search on the UI thread."""
    from PySide6.QtWidgets import QApplication, QListWidget  # noqa: PLC0415

    from caregiver_app.ui.library.search_view import SearchView  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    hits = index.search("sleep")
    view = SearchView()
    view.resize(900, 700)
    view.show()
    bare = QListWidget()
    bare.resize(900, 700)
    bare.show()
    titles = [hit.title for hit in hits]

    def ours() -> None:
        view.results.itemDelegate()._documents.clear()  # rows laid out afresh, as for a new query
        view._show("sleep", hits)  # what the worker's result is handed to
        view.grab()

    def floor() -> None:
        bare.clear()
        bare.addItems(titles)
        bare.grab()

    ours()
    floor()
    report(
        f"list {len(hits)} search results, painted",
        timed(ours, 20),
        timed(floor, 20),
        "bare QListWidget of titles",
    )
    view.close()
    bare.close()
    app.processEvents()
