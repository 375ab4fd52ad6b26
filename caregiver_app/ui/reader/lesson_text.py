"""A stretch of lesson text: a QTextBrowser as tall as its text, inside the reader's scroll area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from caregiver_app.ui.widgets.theme import lesson_style_sheet, qt_html

ASSET_SCHEME = "asset"
MAX_IMAGE_WIDTH = 720


class LessonText(QTextBrowser):
    """Shows safe lesson HTML. Loads pictures only through ``read_asset`` (never files or network);
    links are handed to the reader through ``anchorClicked``."""

    def __init__(
        self, html: str, read_asset: Callable[[str], bytes | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._read_asset = read_asset
        self.setObjectName("lessonText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; border: none; }")
        self.document().setDefaultStyleSheet(lesson_style_sheet())
        self.document().setDocumentMargin(2)
        self.setHtml(qt_html(html))
        self.setAccessibleName(self.tr("Lesson text"))
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def set_text_font(self, font: QFont) -> None:
        self.document().setDefaultFont(font)
        self._fit_height()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name)
        if url.scheme() != ASSET_SCHEME or kind != QTextDocument.ResourceType.ImageResource:
            return None  # nothing else is ever fetched: no files, no network
        data = self._read_asset(url.path())
        if data is None:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        if image.width() > MAX_IMAGE_WIDTH:
            image = image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def _fit_height(self) -> None:
        document = self.document()
        width = self.viewport().width()
        # setTextWidth lays the whole text out again even at the width it already has, and
        # this runs on every resize and change of the text's size (a long lesson's parts were
        # each laid out about five times while it opened).
        if document.textWidth() != width:
            document.setTextWidth(width)
        height = int(document.size().height()) + self.frameWidth() * 2 + 2
        if height != self.height():
            self.setFixedHeight(height)

    def anchor_y(self, anchor: str) -> int | None:
        """The vertical position of a heading anchor in this text, or None if it is not here."""
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and anchor in fragment.charFormat().anchorNames():
                    return int(self.document().documentLayout().blockBoundingRect(block).top())
                iterator += 1
            block = block.next()
        return None
