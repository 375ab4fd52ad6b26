"""Drawing a search result: the lesson's title in bold over a snippet with the match in bold.

A label widget per row cost about a millisecond each to make and measure, so listing thirty
results held the UI thread for over a frame. A delegate lays the same rich text out only for
the rows it draws or measures.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's rich text; the display text stays plain
PADDING = 8  # around the text, as the labels had
MAX_KEPT = 500  # laid-out rows kept; a query lists at most 30

Index = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # The list asks each row's size several times per layout, and paints it again on every
        # hover and scroll: lay each text out once per width and font.
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        html = index.data(HTML_ROLE) or ""
        width = max(width, 100)
        key = (html, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > MAX_KEPT:  # rows of queries long gone
                self._documents.clear()
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(PADDING)
            document.setHtml(html)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""  # the rich text below replaces the plain one
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        document = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        widget = option.widget
        if isinstance(widget, QListView):  # the row's width: the list's, less its spacing
            width = widget.viewport().width() - 2 * widget.spacing()
        else:
            width = option.rect.width()
        height = self._document(option, index, width).size().height()
        return QSize(width, int(height) + 1)
