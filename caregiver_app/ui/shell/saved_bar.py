"""The line under the toolbar that says where a file was saved, with a way to its folder.

The status bar is off the bottom of a small screen, and gone in a few seconds; this stays
until the user closes it or saves something else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SavedBar(QFrame):
    """ "Saved to …  [Open folder] [Close]"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedBar")
        self.path: Path | None = None
        self.message = QLabel()
        self.message.setObjectName("feedbackRight")
        self.message.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("openFolderButton")
        self.open_folder.setToolTip(self.tr("Show the folder in your file manager"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.close_button)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_saved(self, path: Path) -> None:
        self.path = path
        self.message.setText(self.tr("✓ Saved to %s") % path)
        self.show()

    def _open_folder(self) -> None:
        if self.path is not None:  # a folder on this computer: nothing leaves it
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
