"""The toolbar's search box: what the user types is searched for after a short pause."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

TYPING_PAUSE_MS = 120


class SearchBox(QLineEdit):
    """The toolbar's search box: results follow the typing after a short pause."""

    search_requested = Signal(str)
    results_wanted = Signal()  # Down: on to the results, to open one with Enter

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText(self.tr("Search lessons"))
        self.setToolTip(self.tr("Search lessons (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search lessons"))
        self.setClearButtonEnabled(True)
        # Narrows before anything else in the toolbar has to go: on a small window the box
        # gives up its width so that Get support is never pushed into the overflow menu.
        self.setMinimumWidth(120)
        self.setMaximumWidth(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._pause.start())
        self.returnPressed.connect(self._emit)

    def sizeHint(self) -> QSize:
        """Wide enough for its placeholder when there is room (a line edit's own hint is not)."""
        hint = super().sizeHint()
        return QSize(self.maximumWidth(), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.results_wanted.emit()
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        self._pause.stop()
        if self.text().strip():
            self.search_requested.emit(self.text().strip())
