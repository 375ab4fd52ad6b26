"""Live preview for lesson authors: the lesson being written, as the reader will show it, drawn
again after each save, with its problems beside it.

It only reads. Editors save in different ways (in place, or a new file renamed over the old),
so it watches the folders as well as the files, and waits a moment after a change for the
editor to finish writing before it renders.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons.library import Library
from caregiver_app.lessons.single_file import FileRender, render_file
from caregiver_app.ui.reader.reader import ReaderView
from caregiver_app.ui.widgets.operations import LatestOnly
from caregiver_app.ui.widgets.text import Level, heading

SETTLE_MS = 150  # after a change, for the editor to finish writing (well inside half a second)
MAX_FILES = 2_000  # a folder with more is not a lesson folder; the first found are listed
_SKIPPED = {"node_modules", "__pycache__", "images", "media"}  # and every hidden folder
_AUTHOR_NOTES = {"readme.md", "glossary.md"}


class PreviewWindow(QMainWindow):
    """Shows the most recently saved lesson in ``folder`` (or the one chosen from the list)."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder.resolve()
        self.setWindowTitle(self.tr("Lesson preview — %s") % self.folder)
        self.current: Path | None = None
        self.library: Library | None = None
        self._seen: dict[Path, float] = {}  # file -> the modification time last seen
        self._renderer = LatestOnly(self)
        self._build_ui()
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        self.watcher.fileChanged.connect(lambda _path: self.settle.start())
        self.settle.timeout.connect(self.rescan)
        self.files.itemActivated.connect(self._choose)
        self.files.itemClicked.connect(self._choose)
        self.rescan()

    def _build_ui(self) -> None:
        self.reader = ReaderView(self._read_asset, allow_external_links=False)
        self.reader.back_button.hide()
        self.reader.open_external = lambda _parent, _url: False  # an author's preview stays put
        self.reader.reflection_note = self.tr("Preview: nothing you type here is kept.")
        self.showing = QLabel()
        self.showing.setObjectName("previewShowing")
        self.showing.setWordWrap(True)
        self.follow = QCheckBox(self.tr("&Follow the file being saved"))
        self.follow.setChecked(True)
        self.files = QListWidget()
        self.files.setObjectName("previewFiles")
        self.files.setAccessibleName(self.tr("Lesson files, the most recently saved first"))
        self.problems = QListWidget()
        self.problems.setObjectName("previewProblems")
        self.problems.setAccessibleName(self.tr("Problems in this lesson"))
        self.problems.setWordWrap(True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(heading(self.tr("Lessons"), Level.SECTION))
        side_layout.addWidget(self.follow)
        side_layout.addWidget(self.files, 1)
        problems_side = QWidget()
        problems_layout = QVBoxLayout(problems_side)
        problems_layout.addWidget(heading(self.tr("Problems"), Level.SECTION))
        problems_layout.addWidget(self.problems, 1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.showing)
        middle_layout.addWidget(self.reader, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((side, 1), (middle, 4), (problems_side, 1)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.setCentralWidget(splitter)
        self.resize(1280, 800)

    # --- watching -----------------------------------------------------------------------

    def rescan(self) -> None:
        """List the lesson files again; show the one just saved (or keep showing the one
        chosen), and watch every folder and file, new ones too."""
        found = self._lesson_files()
        changed = [path for path, stamp in found.items() if self._seen.get(path) != stamp]
        first_scan = not self._seen
        self._seen = found
        self._watch(found)
        self._list(found)
        if self.current is None or (self.follow.isChecked() and changed and not first_scan):
            newest = max(changed or found, key=lambda path: found[path], default=None)
            if newest is not None:
                self.show_file(newest)
        elif self.current in changed or self.current not in found:
            self.show_file(self.current)

    def _lesson_files(self) -> dict[Path, float]:
        """The .md lessons under the folder, walked without descending into hidden or tool
        folders (.git, node_modules) and stopping at MAX_FILES, so that a save is answered
        quickly even when the folder is large. Links that lead out of the folder are left out,
        as the app leaves them out."""
        files: dict[Path, float] = {}
        for folder, subfolders, names in os.walk(self.folder):
            subfolders[:] = sorted(
                name for name in subfolders if not name.startswith(".") and name not in _SKIPPED
            )
            for name in sorted(names):
                if not name.lower().endswith(".md") or name.lower() in _AUTHOR_NOTES:
                    continue
                path = Path(folder) / name
                try:
                    if path.is_symlink() and not path.resolve().is_relative_to(self.folder):
                        continue
                    files[path] = path.stat().st_mtime
                except (OSError, RuntimeError):
                    continue  # removed while we looked, or a looping link
                if len(files) >= MAX_FILES:
                    return files
        return files

    def _watch(self, files: dict[Path, float]) -> None:
        folders = {str(self.folder)} | {str(path.parent) for path in files}
        folders |= {str(path.parent.parent) for path in files if self.folder in path.parents}
        wanted = folders | {str(path) for path in files}
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _list(self, files: dict[Path, float]) -> None:
        self.files.blockSignals(True)
        self.files.clear()
        for path in sorted(files, key=lambda path: files[path], reverse=True):
            item = QListWidgetItem(path.relative_to(self.folder).as_posix())
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files.addItem(item)
            if path == self.current:
                self.files.setCurrentItem(item)
        self.files.blockSignals(False)

    def _choose(self, item: QListWidgetItem) -> None:
        """A file chosen from the list stays shown: following stops until asked again."""
        self.follow.setChecked(False)
        self.show_file(Path(item.data(Qt.ItemDataRole.UserRole)))

    # --- showing ------------------------------------------------------------------------

    def show_file(self, path: Path) -> None:
        """Render ``path`` in the background and show it; a file that cannot be shown keeps
        the last good version on screen and lists why."""
        self.current = path
        self._renderer.start(
            lambda: render_file(path),
            lambda result: self._show(path, result),
            lambda error: self._failed(path, error),
        )

    def _failed(self, path: Path, error: BaseException) -> None:
        """The renderer itself failed (a bug, or no memory): say so; keep what is shown."""
        if path != self.current:
            return
        self.problems.clear()
        self.problems.addItem(self.tr("The lesson could not be shown: %s") % error)

    def _show(self, path: Path, result: FileRender) -> None:
        if path != self.current:
            return
        name = (
            path.relative_to(self.folder).as_posix() if path.is_relative_to(self.folder) else path
        )
        saved = QTime.currentTime().toString("HH:mm:ss")
        self.problems.clear()
        for problem in result.problems:
            self.problems.addItem(f"{problem.line}: {problem.message}")
        if not result.problems:
            self.problems.addItem(self.tr("No problems."))
        if result.rendered is None:
            self.showing.setText(
                self.tr("%1 could not be shown (%2); the last version that could is still here.")
                .replace("%1", str(name))
                .replace("%2", saved)
            )
            return
        self.library = result.library  # pictures are read from the lesson's own library
        self.reader.show_lesson(result.rendered, "", None, None)
        self.showing.setText(
            self.tr("%1, as the reader shows it (read at %2)")
            .replace("%1", str(name))
            .replace("%2", saved)
        )

    def _read_asset(self, relpath: str) -> bytes | None:
        return self.library.read_asset(relpath) if self.library is not None else None
