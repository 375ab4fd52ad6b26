"""A lesson's button in the library: a command link that remembers its measured height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCommandLinkButton, QStyle, QWidget

# Events after which the text may take a different height.
_REMEASURE = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LanguageChange,
    }
)


_arrows: dict[int, QIcon] = {}


def _arrow(style: QStyle) -> QIcon:
    """The style's command-link arrow, made once per style and shared."""
    key = id(style)
    if key not in _arrows:
        _arrows.clear()  # a new style (the theme changed): the old arrow is not needed
        _arrows[key] = style.standardIcon(QStyle.StandardPixmap.SP_CommandLink)
    return _arrows[key]


class LessonButton(QCommandLinkButton):
    """Qt's command link lays its title and description out afresh each time the library's
    layout asks its height, and the layout asks every button whenever any part of the page
    changes. With a thousand lessons that took over a second per change; answers are kept
    here until the text, font or style change."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self._heights: dict[int, int] = {}
        self._size_hint: QSize | None = None
        # One arrow for every lesson: each button's own copy of the style's icon kept its own
        # pixmaps, about 70 KB a lesson (70 MiB with a thousand lessons).
        self.setIcon(_arrow(self.style()))

    def setText(self, text: str) -> None:
        if text != self.text():
            self._forget_sizes()
            super().setText(text)

    def setDescription(self, description: str) -> None:
        if description != self.description():
            self._forget_sizes()
            super().setDescription(description)

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        if self._size_hint is None:
            self._size_hint = super().sizeHint()
        return QSize(self._size_hint)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _REMEASURE and hasattr(self, "_heights"):  # not while constructing
            self._forget_sizes()
        super().changeEvent(event)

    def _forget_sizes(self) -> None:
        self._heights.clear()
        self._size_hint = None
        self.updateGeometry()
